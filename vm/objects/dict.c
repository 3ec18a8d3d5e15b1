// dict.c: dict storage (layout and thread-safety protocol in dict.h).
#include "vm/objects/dict.h"
#include "vm/objects/type.h"

#include <string.h>

#include "alloc/alloc.h"
#include "vm/critical.h"
#include "vm/objects/container.h"
#include "vm/objects/str.h"
#include "vm/ops.h"

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/objects/list.h"
#include "vm/objects/reprutil.h"
#include "vm/objects/sequtil.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"

#define SLOT_EMPTY (-1)
#define SLOT_DELETED (-2)
#define MIN_SLOTS 8
#define PERTURB_SHIFT 5

static void dict_dealloc(Object *op);

// ------------------------------------------------------------ keys blocks

static DictEntry *entries_of(DictKeys *k)
{
    return (DictEntry *)&k->slots[k->nslots];
}

static size_t keys_bytes(int64_t nslots)
{
    int64_t usable = nslots * 2 / 3;
    return sizeof(DictKeys) + (size_t)nslots * sizeof(int64_t) +
           (size_t)usable * sizeof(DictEntry);
}

static DictKeys *keys_new(int64_t nslots)
{
    DictKeys *k = alloc_zeroed(keys_bytes(nslots));
    k->nslots = nslots;
    k->usable = nslots * 2 / 3;
    memset(k->slots, 0xff, (size_t)nslots * sizeof(int64_t)); // all EMPTY
    return k;
}

static int64_t slot_load(DictKeys *k, int64_t i)
{
    // Acquire: pairs with slot_store; the entry it names is filled.
    return atomic_load_i64_acquire(&k->slots[i]);
}

static void slot_store(DictKeys *k, int64_t i, int64_t ix)
{
    atomic_store_i64_release(&k->slots[i], ix);
}

static Value field_load(Value *field)
{
    return (Value)atomic_load_ptr_acquire(field);
}

static void field_store(Value *field, Value v)
{
    atomic_store_ptr_release(field, (void *)v);
}

// ------------------------------------------------------------ probing

// Equality without running user code: 1/0, or -1 if it cannot tell.
static int fast_equal(Value a, Value b)
{
    if (a == b)
        return 1;
    if (value_is_int(a) || value_is_int(b))
        return value_is_int(a) && value_is_int(b) ? 0 : -1;
    Object *x = value_as_object(a), *y = value_as_object(b);
    if (object_type(x) == &str_type && object_type(y) == &str_type)
        return str_equal((StrObject *)x, (StrObject *)y);
    return -1;
}

typedef struct Probe {
    int64_t slot;  // where the key is, or the first free slot
    int64_t index; // its entry index, or -1 if absent
} Probe;

#define PROBE_RESTART 1

// Under the lock, a key that needs Python's ==: compares it with the
// entry `ix` of `k`. The comparison may run code that changes `d`; then
// the probe must start again (PROBE_RESTART).
static int slow_equal(DictObject *d, DictKeys *k, int64_t ix, Value other,
                      Value key)
{
    value_incref(other); // == may drop the dict's reference
    int eq = object_equal(other, key);
    value_decref(other);
    if (eq < 0)
        return -1;
    if (d->keys != k || entries_of(k)[ix].key != other)
        return -2;
    return eq;
}

// Finds `key`. Lock-free callers pass d == NULL: a key that cannot be
// compared without user code makes the probe give up (-1). Otherwise
// returns 0, -1 if a comparison failed, or PROBE_RESTART.
static int probe(DictObject *d, DictKeys *k, Value key, int64_t hash,
                 Probe *out)
{
    uint64_t mask = (uint64_t)k->nslots - 1, perturb = (uint64_t)hash;
    int64_t free_slot = -1;
    DictEntry *entries = entries_of(k);
    for (uint64_t i = (uint64_t)hash & mask;;) {
        int64_t ix = slot_load(k, (int64_t)i);
        if (ix == SLOT_EMPTY) {
            out->slot = free_slot >= 0 ? free_slot : (int64_t)i;
            out->index = -1;
            return 0;
        }
        if (ix == SLOT_DELETED && free_slot < 0)
            free_slot = (int64_t)i;
        if (ix >= 0 && entries[ix].hash == hash) {
            Value other = field_load(&entries[ix].key);
            int eq = other == VALUE_NULL ? 0 : fast_equal(other, key);
            if (eq < 0 && d == NULL)
                return -1;
            if (eq < 0)
                eq = slow_equal(d, k, ix, other, key);
            if (eq == -2)
                return PROBE_RESTART;
            if (eq < 0)
                return -1;
            if (eq) {
                out->slot = (int64_t)i;
                out->index = ix;
                return 0;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// Under the lock: probes the dict's current keys block until no
// comparison changed the dict. 0 or -1.
static int probe_locked(DictObject *d, Value key, int64_t hash, Probe *out)
{
    int rc;
    while ((rc = probe(d, d->keys, key, hash, out)) == PROBE_RESTART)
        ;
    return rc;
}

// ------------------------------------------------------------ resizing

// Under the lock: a fresh keys block with room to grow, holding the live
// entries in order (holes squeezed out). The old block goes through QSBR
// while the dict is shared: a reader may still be probing it.
static void resize(DictObject *d)
{
    DictKeys *old = d->keys;
    int64_t nslots = MIN_SLOTS;
    while (nslots * 2 / 3 < (d->size + 1) * 2)
        nslots <<= 1;
    DictKeys *k = keys_new(nslots);
    DictEntry *from = entries_of(old), *to = entries_of(k);
    int64_t n = 0;
    uint64_t mask = (uint64_t)nslots - 1;
    for (int64_t i = 0; i < old->nentries; i++) {
        if (from[i].key == VALUE_NULL)
            continue;
        uint64_t perturb = (uint64_t)from[i].hash;
        uint64_t s = perturb & mask;
        while (k->slots[s] != SLOT_EMPTY) { // keys are unique: no compare
            perturb >>= PERTURB_SHIFT;
            s = (s * 5 + perturb + 1) & mask;
        }
        to[n] = from[i]; // `k` is private until published below
        k->slots[s] = n++;
    }
    k->nentries = n;
    // Release: readers that load the new block see it filled.
    atomic_store_ptr_release(&d->keys, k);
    container_drop_memory(&d->header, old, keys_bytes(old->nslots));
}

// ------------------------------------------------------------ operations

DictObject *dict_new(void)
{
    DictObject *d = (DictObject *)object_new(&dict_type);
    d->keys = keys_new(MIN_SLOTS);
    return d;
}

static void set_size(DictObject *d, int64_t n)
{
    atomic_store_i64_release(&d->size, n);
}

// Under the lock, `key` absent: appends a new entry at probe slot `slot`.
static void insert_new(DictObject *d, Value key, int64_t hash, Value value,
                       int64_t slot)
{
    DictKeys *k = d->keys;
    if (k->nentries == k->usable) {
        resize(d);
        k = d->keys;
        Probe p;
        probe(NULL, k, key, hash, &p); // absent: only finds a free slot
        slot = p.slot;
    }
    int64_t ix = k->nentries++;
    DictEntry *e = &entries_of(k)[ix];
    e->hash = hash; // unpublished until slot_store below
    field_store(&e->key, key);
    field_store(&e->value, value);
    slot_store(k, slot, ix);
    set_size(d, d->size + 1);
}

int dict_set(DictObject *d, Value key, Value value)
{
    int64_t hash = op_hash(key);
    int rc = 0;
    if (hash == -1) {
        rc = -1;
    } else {
        CRITICAL_BEGIN(&d->header);
        container_note_access(&d->header);
        Probe p;
        rc = probe_locked(d, key, hash, &p);
        if (rc == 0 && p.index >= 0) {
            // Replace the value; the dict keeps its original key object.
            DictEntry *e = &entries_of(d->keys)[p.index];
            Value old = e->value;
            field_store(&e->value, value);
            container_drop_value(&d->header, old);
            value_decref(key); // never visible to readers
        } else if (rc == 0) {
            insert_new(d, key, hash, value, p.slot);
        }
        CRITICAL_END(&d->header);
    }
    if (rc < 0) {
        value_decref(key);
        value_decref(value);
    }
    return rc;
}

#ifdef FTPY_FREE_THREADING
// The lock-free lookup. Returns 1/0 like dict_get, or -1 if the key
// needs user code to compare (retry under the lock).
static int get_unlocked(DictObject *d, Value key, int64_t hash, Value *out)
{
    DictKeys *k = atomic_load_ptr_acquire(&d->keys);
    Probe p;
    if (probe(NULL, k, key, hash, &p) < 0)
        return -1;
    if (p.index < 0)
        return 0;
    Value v = field_load(&entries_of(k)[p.index].value);
    if (v == VALUE_NULL)
        return 0;    // deleted meanwhile
    value_incref(v); // alive: dropped values go through QSBR
    *out = v;
    return 1;
}
#endif

int dict_get(DictObject *d, Value key, Value *out)
{
    int64_t hash = op_hash(key);
    if (hash == -1)
        return -1;
#ifdef FTPY_FREE_THREADING
    if (container_is_shared(&d->header) || refcount_is_owner(&d->header)) {
        int r = get_unlocked(d, key, hash, out);
        if (r >= 0)
            return r;
    }
#endif
    int rc;
    CRITICAL_BEGIN(&d->header);
    container_note_access(&d->header);
    Probe p;
    rc = probe_locked(d, key, hash, &p);
    if (rc == 0 && p.index >= 0) {
        *out = entries_of(d->keys)[p.index].value;
        value_incref(*out);
        rc = 1;
    }
    CRITICAL_END(&d->header);
    return rc;
}

// Under the lock: removes entry p (found by a probe), giving the
// references to its key and value to the caller.
static void remove_entry(DictObject *d, const Probe *p, Value *key,
                         Value *value)
{
    DictKeys *k = d->keys;
    DictEntry *e = &entries_of(k)[p->index];
    *key = e->key;
    *value = e->value;
    slot_store(k, p->slot, SLOT_DELETED); // new probes skip it
    field_store(&e->key, VALUE_NULL);
    field_store(&e->value, VALUE_NULL);
    set_size(d, d->size - 1);
    // The caller's references must outlive lock-free readers too.
    value_incref(*key);
    value_incref(*value);
    container_drop_value(&d->header, *key);
    container_drop_value(&d->header, *value);
}

int dict_pop(DictObject *d, Value key, Value *out)
{
    int64_t hash = op_hash(key);
    if (hash == -1)
        return -1;
    int rc;
    Value old_key = VALUE_NULL, old_value = VALUE_NULL;
    CRITICAL_BEGIN(&d->header);
    container_note_access(&d->header);
    Probe p;
    rc = probe_locked(d, key, hash, &p);
    if (rc == 0 && p.index >= 0) {
        remove_entry(d, &p, &old_key, &old_value);
        rc = 1;
    }
    CRITICAL_END(&d->header);
    value_decref(old_key);
    if (out)
        *out = old_value;
    else
        value_decref(old_value);
    return rc;
}

int dict_del(DictObject *d, Value key)
{
    return dict_pop(d, key, NULL);
}

bool dict_popitem(DictObject *d, Value *key, Value *value)
{
    bool found = false;
    CRITICAL_BEGIN(&d->header);
    container_note_access(&d->header);
    DictKeys *k = d->keys;
    DictEntry *e = entries_of(k);
    int64_t ix = k->nentries;
    while (ix > 0 && e[ix - 1].key == VALUE_NULL)
        ix--;
    if (ix > 0) {
        Probe p = {.index = ix - 1};
        // Its slot: the one holding index ix - 1 along its probe path.
        uint64_t mask = (uint64_t)k->nslots - 1;
        uint64_t perturb = (uint64_t)e[ix - 1].hash;
        uint64_t s = perturb & mask;
        while (k->slots[s] != ix - 1) {
            perturb >>= PERTURB_SHIFT;
            s = (s * 5 + perturb + 1) & mask;
        }
        p.slot = (int64_t)s;
        remove_entry(d, &p, key, value);
        found = true;
    }
    CRITICAL_END(&d->header);
    return found;
}

int dict_setdefault(DictObject *d, Value key, Value dflt, Value *out)
{
    int64_t hash = op_hash(key);
    if (hash == -1)
        return -1;
    int rc;
    CRITICAL_BEGIN(&d->header);
    container_note_access(&d->header);
    Probe p;
    rc = probe_locked(d, key, hash, &p);
    if (rc == 0 && p.index >= 0) {
        *out = entries_of(d->keys)[p.index].value;
    } else if (rc == 0) {
        value_incref(key);
        value_incref(dflt);
        insert_new(d, key, hash, dflt, p.slot);
        *out = dflt;
    }
    if (rc == 0)
        value_incref(*out);
    CRITICAL_END(&d->header);
    return rc;
}

void dict_clear(DictObject *d)
{
    CRITICAL_BEGIN(&d->header);
    container_note_access(&d->header);
    DictKeys *old = d->keys;
    atomic_store_ptr_release(&d->keys, keys_new(MIN_SLOTS));
    set_size(d, 0);
    DictEntry *e = entries_of(old);
    for (int64_t i = 0; i < old->nentries; i++) {
        if (e[i].key == VALUE_NULL)
            continue;
        container_drop_value(&d->header, e[i].key);
        container_drop_value(&d->header, e[i].value);
    }
    container_drop_memory(&d->header, old, keys_bytes(old->nslots));
    CRITICAL_END(&d->header);
}

bool dict_next(DictObject *d, int64_t *pos, Value *key, Value *value)
{
    bool found = false;
    CRITICAL_BEGIN(&d->header);
    container_note_access(&d->header);
    DictKeys *k = d->keys;
    DictEntry *e = entries_of(k);
    while (!found && *pos < k->nentries) {
        DictEntry *it = &e[(*pos)++];
        if (it->key != VALUE_NULL) {
            *key = it->key;
            *value = it->value;
            value_incref(*key);
            value_incref(*value);
            found = true;
        }
    }
    CRITICAL_END(&d->header);
    return found;
}

bool dict_prev(DictObject *d, int64_t *pos, Value *key, Value *value)
{
    bool found = false;
    CRITICAL_BEGIN(&d->header);
    container_note_access(&d->header);
    DictKeys *k = d->keys;
    DictEntry *e = entries_of(k);
    if (*pos > k->nentries)
        *pos = k->nentries;
    while (!found && *pos > 0) {
        DictEntry *it = &e[--*pos];
        if (it->key != VALUE_NULL) {
            *key = it->key;
            *value = it->value;
            value_incref(*key);
            value_incref(*value);
            found = true;
        }
    }
    CRITICAL_END(&d->header);
    return found;
}

static void dict_dealloc(Object *op)
{
    // The last reference is gone: no reader can be inside.
    DictObject *d = (DictObject *)op;
    DictEntry *e = entries_of(d->keys);
    for (int64_t i = 0; i < d->keys->nentries; i++) {
        value_decref(e[i].key);
        value_decref(e[i].value);
    }
    alloc_free(d->keys);
    object_free(op);
}

// ------------------------------------------------------------ Python

bool dict_check(Value v)
{
    return value_is_object(v) &&
           type_is_subtype(object_type(value_as_object(v)), &dict_type);
}

static DictObject *as_dict(Value v)
{
    return (DictObject *)value_as_object(v);
}

DictObject *dict_copy(DictObject *d)
{
    DictObject *r = dict_new();
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v))
        dict_set(r, k, v); // hashable: it is a key already
    return r;
}

// d[k] = m[k] for every k in m.keys().
static bool update_from_mapping(DictObject *d, Value m)
{
    Value keys = VALUE_NULL, it = VALUE_NULL, k;
    StrObject *name = str_intern_cstr("keys");
    Value meth = op_getattr(m, name);
    if (meth != VALUE_NULL)
        keys = op_call(meth, NULL, 0, NULL);
    value_decref(meth);
    if (keys != VALUE_NULL)
        it = op_iter(keys);
    value_decref(keys);
    if (it == VALUE_NULL)
        return false;
    bool ok = true;
    while (ok && (k = op_next(it)) != VALUE_NULL) {
        Value v = op_getitem(m, k);
        ok = v != VALUE_NULL && dict_set(d, k, v) == 0;
        if (v == VALUE_NULL)
            value_decref(k);
    }
    value_decref(it);
    return ok && exc_occurred() == NULL;
}

// One element of an iterable of pairs: a 2-item sequence.
static bool update_pair(DictObject *d, Value item, int64_t index)
{
    Value l = list_from_iterable(item);
    if (l == VALUE_NULL) {
        if (exc_matches(&exc_TypeError)) {
            exc_clear();
            exc_raise_format(&exc_TypeError,
                             "cannot convert dictionary update sequence "
                             "element #%lld to a sequence",
                             (long long)index);
        }
        return false;
    }
    TupleObject *t = list_snapshot((ListObject *)value_as_object(l));
    value_decref(l);
    bool ok = t->size == 2;
    if (ok) {
        value_incref(t->items[0]);
        value_incref(t->items[1]);
        ok = dict_set(d, t->items[0], t->items[1]) == 0;
    } else {
        exc_raise_format(&exc_ValueError,
                         "dictionary update sequence element #%lld has "
                         "length %lld; 2 is required",
                         (long long)index, (long long)t->size);
    }
    refcount_dec(&t->header);
    return ok;
}

static bool update_from_pairs(DictObject *d, Value iterable)
{
    Value it = op_iter(iterable), item;
    if (it == VALUE_NULL)
        return false;
    bool ok = true;
    for (int64_t i = 0; ok && (item = op_next(it)) != VALUE_NULL; i++) {
        ok = update_pair(d, item, i);
        value_decref(item);
    }
    value_decref(it);
    return ok && exc_occurred() == NULL;
}

bool dict_update_from(DictObject *d, Value other)
{
    if (dict_check(other)) {
        DictObject *src = as_dict(other);
        int64_t pos = 0;
        Value k, v;
        while (dict_next(src, &pos, &k, &v))
            if (dict_set(d, k, v) < 0)
                return false;
        return true;
    }
    Value keys;
    int has = op_lookup_attr(other, str_intern_cstr("keys"), &keys);
    if (has < 0)
        return false;
    value_decref(keys);
    return has ? update_from_mapping(d, other) : update_from_pairs(d, other);
}

void dict_update_kwargs(DictObject *d, const Value *args, size_t nargs,
                        Object *kwnames)
{
    TupleObject *names = (TupleObject *)kwnames;
    for (int64_t i = 0; names && i < names->size; i++) {
        value_incref(names->items[i]);
        value_incref(args[nargs + (size_t)i]);
        dict_set(d, names->items[i], args[nargs + (size_t)i]);
    }
}

// ------------------------------------------------------------ slots

static bool repr_item(StrBuf *b, Value k, Value v)
{
    bool ok = strbuf_append_repr(b, k);
    if (ok)
        strbuf_append(b, ": ", 2);
    ok = ok && strbuf_append_repr(b, v);
    value_decref(k);
    value_decref(v);
    return ok;
}

static StrObject *dict_repr(Value self)
{
    DictObject *d = as_dict(self);
    if (dict_len(d) == 0)
        return str_from_cstr("{}");
    if (!repr_enter(&d->header))
        return str_from_cstr("{...}");
    StrBuf b;
    strbuf_init(&b);
    strbuf_append(&b, "{", 1);
    int64_t pos = 0, n = 0;
    Value k, v;
    bool ok = true;
    while (ok && dict_next(d, &pos, &k, &v)) {
        if (n++ > 0)
            strbuf_append(&b, ", ", 2);
        ok = repr_item(&b, k, v);
    }
    repr_leave(&d->header);
    if (!ok) {
        strbuf_discard(&b);
        return NULL;
    }
    strbuf_append(&b, "}", 1);
    return strbuf_finish(&b);
}

// 1 if a and b hold equal items, 0 if not, -1 on error.
static int dict_equal_items(DictObject *a, DictObject *b)
{
    if (dict_len(a) != dict_len(b))
        return 0;
    int64_t pos = 0;
    Value k, v, w;
    int eq = 1;
    while (eq == 1 && dict_next(a, &pos, &k, &v)) {
        eq = dict_get(b, k, &w);
        if (eq == 1) {
            eq = object_equal(v, w);
            value_decref(w);
        }
        value_decref(k);
        value_decref(v);
    }
    return eq;
}

static Value dict_compare(Value a, Value b, CmpOp op)
{
    if (!dict_check(a) || !dict_check(b) || (op != CMP_EQ && op != CMP_NE))
        return VALUE_NOT_IMPLEMENTED;
    int eq = dict_equal_items(as_dict(a), as_dict(b));
    if (eq < 0)
        return VALUE_NULL;
    return value_bool((eq == 1) == (op == CMP_EQ));
}

static Value dict_binary(Value a, Value b, BinOp op)
{
    if (op != BINOP_OR || !dict_check(a) || !dict_check(b))
        return VALUE_NOT_IMPLEMENTED;
    DictObject *r = dict_copy(as_dict(a));
    if (!dict_update_from(r, b)) {
        refcount_dec(&r->header);
        return VALUE_NULL;
    }
    return value_steal(&r->header);
}

static Value dict_inplace(Value a, Value b, BinOp op)
{
    if (op != BINOP_OR || !dict_check(a))
        return dict_binary(a, b, op);
    if (!dict_update_from(as_dict(a), b))
        return VALUE_NULL;
    value_incref(a);
    return a;
}

static int64_t dict_length(Value self)
{
    return dict_len(as_dict(self));
}

static Value raise_key_error(Value key)
{
    exc_raise(exception_new(&exc_KeyError,
                            value_steal(&tuple_pack(1, &key)->header)));
    return VALUE_NULL;
}

// d[key] for a subclass that defines __missing__.
static Value missing(Value self, Value key)
{
    Value fn;
    int has = object_type(value_as_object(self)) == &dict_type
                  ? 0
                  : op_lookup_attr(self, str_intern_cstr("__missing__"), &fn);
    if (has <= 0)
        return has < 0 ? VALUE_NULL : raise_key_error(key);
    Value r = op_call(fn, &key, 1, NULL);
    value_decref(fn);
    return r;
}

static Value dict_getitem(Value self, Value key)
{
    Value v;
    int r = dict_get(as_dict(self), key, &v);
    if (r < 0)
        return VALUE_NULL;
    return r ? v : missing(self, key);
}

static int dict_setitem(Value self, Value key, Value value)
{
    if (value != VALUE_NULL) {
        value_incref(key);
        value_incref(value);
        return dict_set(as_dict(self), key, value);
    }
    int r = dict_del(as_dict(self), key);
    if (r == 0)
        raise_key_error(key);
    return r == 1 ? 0 : -1;
}

static int dict_contains(Value self, Value key)
{
    Value v;
    int r = dict_get(as_dict(self), key, &v);
    if (r == 1)
        value_decref(v);
    return r;
}

static Value dict_iter(Value self)
{
    return dict_iter_new(&dict_keyiterator_type, as_dict(self));
}

static Value dict_new_slot(TypeObject *type, const Value *args, size_t nargs,
                           Object *kwnames)
{
    size_t npos = nargs;
    if (npos > 1) {
        exc_raise_format(&exc_TypeError,
                         "dict expected at most 1 argument, got %zu", npos);
        return VALUE_NULL;
    }
    DictObject *d = (DictObject *)object_new(type);
    d->keys = keys_new(MIN_SLOTS);
    if (npos == 1 && !dict_update_from(d, args[0])) {
        refcount_dec(&d->header);
        return VALUE_NULL;
    }
    dict_update_kwargs(d, args, npos, kwnames);
    return value_steal(&d->header);
}

TypeObject dict_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "dict",
    .basic_size = sizeof(DictObject),
    .dealloc = dict_dealloc,
    .hash = type_hash_unhashable,
    .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_UNHASHABLE,
    .repr = dict_repr,
    .binary = dict_binary,
    .inplace = dict_inplace,
    .compare = dict_compare,
    .length = dict_length,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .iter = dict_iter,
    .new = dict_new_slot,
    .methods = dict_methods,
    .doc = "dict() -> new empty dictionary\ndict(mapping) -> new dictionary "
           "initialized from a mapping object's\n    (key, value) pairs\n"
           "dict(iterable) -> new dictionary initialized as if via:\n    d = "
           "{}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> "
           "new dictionary initialized with the name=value pairs\n    in the "
           "keyword argument list.  For example:  dict(one=1, two=2)",
};
