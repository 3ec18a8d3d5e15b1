// dict.c: dict storage (layout and thread-safety protocol in dict.h).
#include "vm/objects/dict.h"
#include "vm/objects/type.h"

#include <string.h>

#include "alloc/alloc.h"
#include "vm/critical.h"
#include "vm/objects/container.h"
#include "vm/objects/str.h"

#define SLOT_EMPTY (-1)
#define SLOT_DELETED (-2)
#define MIN_SLOTS 8
#define PERTURB_SHIFT 5

static void dict_dealloc(Object *op);

TypeObject dict_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "dict",
    .basic_size = sizeof(DictObject),
    .dealloc = dict_dealloc,
};

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

// Finds `key`. With `exact_only`, gives up (returns -1) on a key it
// cannot compare without user code; otherwise returns 0, or -1 if a
// comparison failed.
static int probe(DictKeys *k, Value key, int64_t hash, bool exact_only,
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
            if (eq < 0)
                eq = exact_only ? -1 : object_equal(other, key);
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
        probe(k, key, hash, true, &p); // absent: finds a free slot
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
    int64_t hash = object_hash(key);
    int rc = 0;
    if (hash == -1) {
        rc = -1;
    } else {
        CRITICAL_BEGIN(&d->header);
        container_note_access(&d->header);
        Probe p;
        rc = probe(d->keys, key, hash, false, &p);
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
    if (probe(k, key, hash, true, &p) < 0)
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
    int64_t hash = object_hash(key);
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
    rc = probe(d->keys, key, hash, false, &p);
    if (rc == 0 && p.index >= 0) {
        *out = entries_of(d->keys)[p.index].value;
        value_incref(*out);
        rc = 1;
    }
    CRITICAL_END(&d->header);
    return rc;
}

int dict_del(DictObject *d, Value key)
{
    int64_t hash = object_hash(key);
    if (hash == -1)
        return -1;
    int rc;
    CRITICAL_BEGIN(&d->header);
    container_note_access(&d->header);
    Probe p;
    rc = probe(d->keys, key, hash, false, &p);
    if (rc == 0 && p.index >= 0) {
        DictKeys *k = d->keys;
        DictEntry *e = &entries_of(k)[p.index];
        Value old_key = e->key, old_value = e->value;
        slot_store(k, p.slot, SLOT_DELETED); // new probes skip it
        field_store(&e->key, VALUE_NULL);
        field_store(&e->value, VALUE_NULL);
        set_size(d, d->size - 1);
        container_drop_value(&d->header, old_key);
        container_drop_value(&d->header, old_value);
        rc = 1;
    }
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
