// set.c: set and frozenset tables (CPython 3.11's setobject.c layout and
// probing, so iteration order matches), the set algebra with CPython's
// construction orders, and the type slots. Methods: set_methods.c.
//
// Concurrency: see set.h. Functions named *_locked run inside the set's
// critical section; the others take it themselves. An algorithm over two
// sets reads the other one an entry at a time (set_next, contains), each
// under that set's own lock.
#include "vm/objects/set.h"

#include <string.h>

#include "alloc/alloc.h"
#include "vm/args.h"
#include "vm/critical.h"
#include "vm/exc.h"
#include "vm/objects/dict.h"
#include "vm/objects/reprutil.h"
#include "vm/objects/sequtil.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define RESTART (-2)

// ------------------------------------------------------------ checks

bool anyset_check(Value v)
{
    if (!value_is_object(v))
        return false;
    TypeObject *t = object_type(value_as_object(v));
    return type_is_subtype(t, &set_type) || type_is_subtype(t, &frozenset_type);
}

bool frozenset_check(Value v)
{
    return value_is_object(v) &&
           type_is_subtype(object_type(value_as_object(v)), &frozenset_type);
}

static SetObject *as_set(Value v)
{
    return (SetObject *)value_as_object(v);
}

static void set_used(SetObject *s, int64_t n)
{
    atomic_store_i64_relaxed(&s->used, n);
}

SetObject *set_new(TypeObject *type)
{
    SetObject *s = (SetObject *)object_new(type);
    s->table = s->small;
    s->mask = SET_MINSIZE - 1;
    s->hash = -1;
    return s;
}

// The type of results: set for set subclasses, frozenset otherwise.
static TypeObject *base_type(SetObject *s)
{
    TypeObject *t = object_type(&s->header);
    if (t == &set_type || t == &frozenset_type)
        return t;
    return type_is_subtype(t, &set_type) ? &set_type : &frozenset_type;
}

// ------------------------------------------------------------ probing

// Whether entry `e` of `table` holds `key`: 1 / 0 / -1, or RESTART if
// the comparison (Python code) changed the set under us.
static int entry_equal(SetObject *s, SetEntry *table, SetEntry *e, Value key)
{
    Value start = e->key;
    if (value_same(start, key))
        return 1;
    if (value_is_int(start) && value_is_int(key))
        return 0;
    if (value_is_object(start) && value_is_object(key) &&
        object_type(value_as_object(start)) == &str_type &&
        object_type(value_as_object(key)) == &str_type)
        return str_equal((StrObject *)value_as_object(start),
                         (StrObject *)value_as_object(key));
    value_incref(start);
    int eq = object_equal(start, key);
    value_decref(start);
    if (eq < 0)
        return -1;
    if (s->table != table || e->key != start)
        return RESTART;
    return eq;
}

// Under the lock: 1 and the entry's index in *at if `key` is present, 0
// if not, -1 on error.
static int lookkey_locked(SetObject *s, Value key, int64_t hash, int64_t *at)
{
restart:;
    SetEntry *table = s->table;
    uint64_t mask = (uint64_t)s->mask, perturb = (uint64_t)hash;
    for (uint64_t i = (uint64_t)hash & mask;;) {
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (SetEntry *e = &table[i];; e++) {
            if (e->hash == 0 && e->key == VALUE_NULL)
                return 0;
            if (e->hash == hash) {
                int eq = entry_equal(s, table, e, key);
                if (eq == RESTART)
                    goto restart;
                if (eq != 0) {
                    *at = e - table;
                    return eq;
                }
            }
            if (probes-- == 0)
                break;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Into a table without dummies or equal keys: the first free slot.
static void insert_clean(SetEntry *table, uint64_t mask, Value key,
                         int64_t hash)
{
    uint64_t perturb = (uint64_t)hash;
    for (uint64_t i = (uint64_t)hash & mask;;) {
        SetEntry *e = &table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (int j = 0; e->key != VALUE_NULL && j < probes; j++)
            e++;
        if (e->key == VALUE_NULL) {
            e->key = key;
            e->hash = hash;
            return;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Under the lock: rebuilds the table with the smallest power of two
// greater than `minused` slots, dropping dummies.
static void resize_locked(SetObject *s, int64_t minused)
{
    int64_t size = SET_MINSIZE;
    while (size <= minused)
        size <<= 1;
    SetEntry *old = s->table, small_copy[SET_MINSIZE];
    int64_t oldmask = s->mask;
    bool old_is_small = old == s->small;
    SetEntry *table;
    if (size == SET_MINSIZE) {
        table = s->small;
        if (old_is_small) {
            if (s->fill == s->used)
                return; // no dummies: nothing to do
            memcpy(small_copy, old, sizeof small_copy);
            old = small_copy;
        }
    } else {
        table = alloc_raw((size_t)size * sizeof(SetEntry));
    }
    memset(table, 0, (size_t)size * sizeof(SetEntry));
    s->mask = size - 1;
    s->table = table;
    s->fill = s->used;
    for (int64_t i = 0; i <= oldmask; i++)
        if (old[i].key != VALUE_NULL)
            insert_clean(table, (uint64_t)s->mask, old[i].key, old[i].hash);
    if (!old_is_small)
        alloc_free(old);
}

// Under the lock: adds `key` (borrowed) with its hash. 0 or -1.
static int add_entry_locked(SetObject *s, Value key, int64_t hash)
{
restart:;
    SetEntry *table = s->table, *freeslot = NULL, *e = NULL;
    uint64_t mask = (uint64_t)s->mask, perturb = (uint64_t)hash;
    for (uint64_t i = (uint64_t)hash & mask; e == NULL;) {
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (SetEntry *p = &table[i];; p++) {
            if (p->hash == 0 && p->key == VALUE_NULL) {
                e = p;
                break;
            }
            if (p->hash == hash) {
                int eq = entry_equal(s, table, p, key);
                if (eq == RESTART)
                    goto restart;
                if (eq != 0)
                    return eq > 0 ? 0 : -1;
            } else if (p->hash == -1 && freeslot == NULL) {
                freeslot = p; // a dummy: reused if the key is absent
            }
            if (probes-- == 0)
                break;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
    value_incref(key);
    set_used(s, s->used + 1);
    if (freeslot) {
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    s->fill++;
    e->key = key;
    e->hash = hash;
    if ((uint64_t)s->fill * 5 >= mask * 3)
        resize_locked(s, s->used > 50000 ? s->used * 2 : s->used * 4);
    return 0;
}

static int add_entry(SetObject *s, Value key, int64_t hash)
{
    int rc;
    CRITICAL_BEGIN(&s->header);
    rc = add_entry_locked(s, key, hash);
    CRITICAL_END(&s->header);
    return rc;
}

static int contains_entry(SetObject *s, Value key, int64_t hash)
{
    int rc;
    int64_t at;
    CRITICAL_BEGIN(&s->header);
    rc = lookkey_locked(s, key, hash, &at);
    CRITICAL_END(&s->header);
    return rc;
}

// 1 removed, 0 absent, -1 error.
static int discard_entry(SetObject *s, Value key, int64_t hash)
{
    int rc;
    int64_t at;
    Value old = VALUE_NULL;
    CRITICAL_BEGIN(&s->header);
    rc = lookkey_locked(s, key, hash, &at);
    if (rc == 1) {
        old = s->table[at].key;
        s->table[at].key = VALUE_NULL;
        s->table[at].hash = -1; // a dummy
        set_used(s, s->used - 1);
    }
    CRITICAL_END(&s->header);
    value_decref(old);
    return rc;
}

// ------------------------------------------------------------ basics

int set_add(SetObject *s, Value key)
{
    int64_t hash = op_hash(key);
    return hash == -1 ? -1 : add_entry(s, key, hash);
}

int set_contains_key(SetObject *s, Value key)
{
    int64_t hash = op_hash(key);
    return hash == -1 ? -1 : contains_entry(s, key, hash);
}

int set_discard(SetObject *s, Value key)
{
    int64_t hash = op_hash(key);
    return hash == -1 ? -1 : discard_entry(s, key, hash);
}

void set_clear(SetObject *s)
{
    SetEntry *old, small_copy[SET_MINSIZE];
    int64_t oldmask;
    CRITICAL_BEGIN(&s->header);
    old = s->table;
    oldmask = s->mask;
    if (old == s->small) {
        memcpy(small_copy, old, sizeof small_copy);
        old = small_copy;
    }
    memset(s->small, 0, sizeof s->small);
    s->table = s->small;
    s->mask = SET_MINSIZE - 1;
    s->fill = 0;
    set_used(s, 0);
    CRITICAL_END(&s->header);
    for (int64_t i = 0; i <= oldmask; i++)
        value_decref(old[i].key);
    if (old != small_copy)
        alloc_free(old);
}

bool set_pop(SetObject *s, Value *key)
{
    bool found = false;
    CRITICAL_BEGIN(&s->header);
    if (s->used > 0) {
        SetEntry *e = &s->table[s->finger & s->mask];
        while (e->key == VALUE_NULL) // empty or dummy
            e = e == &s->table[s->mask] ? s->table : e + 1;
        *key = e->key;
        e->key = VALUE_NULL;
        e->hash = -1;
        set_used(s, s->used - 1);
        s->finger = e - s->table + 1;
        found = true;
    }
    CRITICAL_END(&s->header);
    return found;
}

bool set_next(SetObject *s, int64_t *pos, Value *key, int64_t *hash)
{
    bool found = false;
    CRITICAL_BEGIN(&s->header);
    for (int64_t i = *pos; i <= s->mask; i++) {
        if (s->table[i].key != VALUE_NULL) {
            *key = s->table[i].key;
            value_incref(*key);
            if (hash)
                *hash = s->table[i].hash;
            *pos = i + 1;
            found = true;
            break;
        }
    }
    if (!found)
        *pos = s->mask + 1;
    CRITICAL_END(&s->header);
    return found;
}

// ------------------------------------------------------------ update

// s |= other for another set: one resize up front, then the fast paths
// of CPython's set_merge (copy slot by slot, or clean inserts).
static int merge_locked(SetObject *s, SetObject *o)
{
    if (s == o || o->used == 0)
        return 0;
    if ((s->fill + o->used) * 5 >= s->mask * 3)
        resize_locked(s, (s->used + o->used) * 2);
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        for (int64_t i = 0; i <= o->mask; i++) {
            if (o->table[i].key != VALUE_NULL) {
                value_incref(o->table[i].key);
                s->table[i] = o->table[i];
            }
        }
        s->fill = o->fill;
        set_used(s, o->used);
        return 0;
    }
    if (s->fill == 0) {
        s->fill = o->used;
        set_used(s, o->used);
        for (int64_t i = 0; i <= o->mask; i++) {
            if (o->table[i].key != VALUE_NULL) {
                value_incref(o->table[i].key);
                insert_clean(s->table, (uint64_t)s->mask, o->table[i].key,
                             o->table[i].hash);
            }
        }
        return 0;
    }
    // Keys may overlap: ordinary insertions (which may compare).
    for (int64_t i = 0; i <= o->mask; i++) {
        SetEntry e = o->table[i];
        if (e.key != VALUE_NULL && add_entry_locked(s, e.key, e.hash) < 0)
            return -1;
    }
    return 0;
}

static bool merge(SetObject *s, SetObject *o)
{
    int rc;
    CRITICAL_BEGIN2(&s->header, &o->header);
    rc = merge_locked(s, o);
    CRITICAL_END2(&s->header, &o->header);
    return rc == 0;
}

static bool update_from_dict(SetObject *s, DictObject *d)
{
    int64_t n = dict_len(d), pos = 0;
    CRITICAL_BEGIN(&s->header);
    if ((s->fill + n) * 5 >= s->mask * 3)
        resize_locked(s, (s->used + n) * 2);
    CRITICAL_END(&s->header);
    Value k, v;
    bool ok = true;
    while (ok && dict_next(d, &pos, &k, &v)) {
        ok = set_add(s, k) == 0;
        value_decref(k);
        value_decref(v);
    }
    return ok;
}

bool set_update(SetObject *s, Value iterable)
{
    if (anyset_check(iterable))
        return merge(s, as_set(iterable));
    if (value_is_object(iterable) &&
        object_type(value_as_object(iterable)) == &dict_type)
        return update_from_dict(s, (DictObject *)value_as_object(iterable));
    Value it = op_iter(iterable), key;
    if (it == VALUE_NULL)
        return false;
    bool ok = true;
    while (ok && (key = op_next(it)) != VALUE_NULL) {
        ok = set_add(s, key) == 0;
        value_decref(key);
    }
    value_decref(it);
    return ok && exc_occurred() == NULL;
}

Value set_from_iterable(TypeObject *type, Value iterable)
{
    SetObject *s = set_new(type);
    if (iterable != VALUE_NULL && !set_update(s, iterable)) {
        refcount_dec(&s->header);
        return VALUE_NULL;
    }
    return value_steal(&s->header);
}

// A Value naming `s` for a call that borrows it.
static Value as_value(SetObject *s)
{
    return (Value)&s->header;
}

Value set_copy(SetObject *s)
{
    return set_from_iterable(base_type(s), as_value(s));
}

// ------------------------------------------------------------ algebra

Value set_union(SetObject *s, Value other)
{
    Value r = set_copy(s);
    if (r == VALUE_NULL || value_as_object(other) == &s->header)
        return r;
    if (!set_update(as_set(r), other)) {
        value_decref(r);
        return VALUE_NULL;
    }
    return r;
}

// Adds to `r` each item of `it` (a set, iterated) that `in` holds (or
// lacks, with `want` false).
static bool filter_set(SetObject *r, SetObject *it, SetObject *in, bool want)
{
    int64_t pos = 0, hash;
    Value key;
    bool ok = true;
    while (ok && set_next(it, &pos, &key, &hash)) {
        int rv = contains_entry(in, key, hash);
        ok = rv >= 0 && (rv != want || add_entry(r, key, hash) == 0);
        value_decref(key);
    }
    return ok;
}

static bool intersect_iterable(SetObject *r, SetObject *s, Value other)
{
    Value it = op_iter(other), key;
    if (it == VALUE_NULL)
        return false;
    bool ok = true;
    while (ok && (key = op_next(it)) != VALUE_NULL) {
        int64_t hash = op_hash(key);
        int rv = hash == -1 ? -1 : contains_entry(s, key, hash);
        ok = rv >= 0 && (rv == 0 || add_entry(r, key, hash) == 0);
        value_decref(key);
    }
    value_decref(it);
    return ok && exc_occurred() == NULL;
}

Value set_intersection(SetObject *s, Value other)
{
    if (value_as_object(other) == &s->header)
        return set_copy(s);
    SetObject *r = set_new(base_type(s));
    bool ok;
    if (anyset_check(other)) {
        // Iterate the smaller set (the other one when sizes tie).
        SetObject *big = s, *small = as_set(other);
        if (set_len(small) > set_len(big)) {
            big = small;
            small = s;
        }
        ok = filter_set(r, small, big, true);
    } else {
        ok = intersect_iterable(r, s, other);
    }
    if (!ok) {
        refcount_dec(&r->header);
        return VALUE_NULL;
    }
    return value_steal(&r->header);
}

// Exchanges the contents of a and b (the table may be inline).
static void swap_bodies(SetObject *a, SetObject *b)
{
    SetEntry tmp[SET_MINSIZE];
    bool a_small = a->table == a->small, b_small = b->table == b->small;
    SetEntry *ta = a->table, *tb = b->table;
    memcpy(tmp, a->small, sizeof tmp);
    memcpy(a->small, b->small, sizeof tmp);
    memcpy(b->small, tmp, sizeof tmp);
    a->table = b_small ? a->small : tb;
    b->table = a_small ? b->small : ta;
    int64_t t = a->fill;
    a->fill = b->fill;
    b->fill = t;
    t = a->used;
    set_used(a, b->used);
    set_used(b, t);
    t = a->mask;
    a->mask = b->mask;
    b->mask = t;
    a->hash = b->hash = -1;
}

// s's contents become those of `r` (a private set, released).
static void take_body(SetObject *s, SetObject *r)
{
    CRITICAL_BEGIN(&s->header);
    swap_bodies(s, r);
    CRITICAL_END(&s->header);
    refcount_dec(&r->header);
}

void set_assign(SetObject *s, Value r)
{
    take_body(s, as_set(r));
}

bool set_intersection_update(SetObject *s, Value other)
{
    Value r = set_intersection(s, other);
    if (r == VALUE_NULL)
        return false;
    take_body(s, as_set(r));
    return true;
}

// Drops dummies once they are more than a quarter of the table.
static void purge_dummies(SetObject *s)
{
    CRITICAL_BEGIN(&s->header);
    if (s->fill - s->used > s->mask / 4)
        resize_locked(s, s->used > 50000 ? s->used * 2 : s->used * 4);
    CRITICAL_END(&s->header);
}

static bool discard_all(SetObject *s, SetObject *o)
{
    int64_t pos = 0, hash;
    Value key;
    bool ok = true;
    while (ok && set_next(o, &pos, &key, &hash)) {
        ok = discard_entry(s, key, hash) >= 0;
        value_decref(key);
    }
    return ok;
}

bool set_difference_update(SetObject *s, Value other)
{
    if (value_as_object(other) == &s->header) {
        set_clear(s);
        return true;
    }
    bool ok = true;
    if (anyset_check(other)) {
        Value o = other;
        // A much larger other: only the common items matter.
        if ((set_len(as_set(other)) >> 3) > set_len(s))
            o = set_intersection(s, other);
        else
            value_incref(o);
        ok = o != VALUE_NULL && discard_all(s, as_set(o));
        value_decref(o);
    } else {
        Value it = op_iter(other), key;
        ok = it != VALUE_NULL;
        while (ok && (key = op_next(it)) != VALUE_NULL) {
            ok = set_discard(s, key) >= 0;
            value_decref(key);
        }
        value_decref(it);
        ok = ok && exc_occurred() == NULL;
    }
    if (ok)
        purge_dummies(s);
    return ok;
}

static Value copy_and_difference(SetObject *s, Value other)
{
    Value r = set_copy(s);
    if (r != VALUE_NULL && !set_difference_update(as_set(r), other)) {
        value_decref(r);
        return VALUE_NULL;
    }
    return r;
}

static bool difference_from_dict(SetObject *r, SetObject *s, DictObject *d)
{
    int64_t pos = 0, hash;
    Value key, v;
    bool ok = true;
    while (ok && set_next(s, &pos, &key, &hash)) {
        int rv = dict_get(d, key, &v);
        if (rv == 1)
            value_decref(v);
        ok = rv >= 0 && (rv == 1 || add_entry(r, key, hash) == 0);
        value_decref(key);
    }
    return ok;
}

static bool exact_dict(Value v)
{
    return value_is_object(v) && object_type(value_as_object(v)) == &dict_type;
}

Value set_difference(SetObject *s, Value other)
{
    int64_t other_size;
    if (anyset_check(other))
        other_size = set_len(as_set(other));
    else if (exact_dict(other))
        other_size = dict_len((DictObject *)value_as_object(other));
    else
        return copy_and_difference(s, other);
    if ((set_len(s) >> 2) > other_size)
        return copy_and_difference(s, other);
    SetObject *r = set_new(base_type(s));
    bool ok =
        exact_dict(other)
            ? difference_from_dict(r, s, (DictObject *)value_as_object(other))
            : filter_set(r, s, as_set(other), false);
    if (!ok) {
        refcount_dec(&r->header);
        return VALUE_NULL;
    }
    return value_steal(&r->header);
}

// Each key of `key`: removed from s if there, added otherwise.
static bool toggle(SetObject *s, Value key, int64_t hash)
{
    int rv = discard_entry(s, key, hash);
    return rv == 1 || (rv == 0 && add_entry(s, key, hash) == 0);
}

bool set_symmetric_difference_update(SetObject *s, Value other)
{
    if (value_as_object(other) == &s->header) {
        set_clear(s);
        return true;
    }
    int64_t pos = 0, hash;
    Value key, v;
    bool ok = true;
    if (exact_dict(other)) {
        DictObject *d = (DictObject *)value_as_object(other);
        while (ok && dict_next(d, &pos, &key, &v)) {
            hash = op_hash(key);
            ok = hash != -1 && toggle(s, key, hash);
            value_decref(key);
            value_decref(v);
        }
        return ok;
    }
    Value o = other;
    if (anyset_check(other))
        value_incref(o);
    else
        o = set_from_iterable(base_type(s), other);
    if (o == VALUE_NULL)
        return false;
    while (ok && set_next(as_set(o), &pos, &key, &hash)) {
        ok = toggle(s, key, hash);
        value_decref(key);
    }
    value_decref(o);
    return ok;
}

Value set_symmetric_difference(SetObject *s, Value other)
{
    Value r = set_from_iterable(base_type(s), other);
    if (r != VALUE_NULL &&
        !set_symmetric_difference_update(as_set(r), as_value(s))) {
        value_decref(r);
        return VALUE_NULL;
    }
    return r;
}

int set_issubset(SetObject *s, Value other)
{
    if (!anyset_check(other)) {
        Value tmp = set_from_iterable(&set_type, other);
        if (tmp == VALUE_NULL)
            return -1;
        int r = set_issubset(s, tmp);
        value_decref(tmp);
        return r;
    }
    SetObject *o = as_set(other);
    if (set_len(s) > set_len(o))
        return 0;
    int64_t pos = 0, hash;
    Value key;
    int rv = 1;
    while (rv == 1 && set_next(s, &pos, &key, &hash)) {
        rv = contains_entry(o, key, hash);
        value_decref(key);
    }
    return rv;
}

// 1 if every item of the iterable `other` is in s (or, with `want`
// false, none is).
static int all_in(SetObject *s, Value other, bool want)
{
    Value it = op_iter(other), key;
    if (it == VALUE_NULL)
        return -1;
    int rv = 1;
    while (rv == 1 && (key = op_next(it)) != VALUE_NULL) {
        int in = set_contains_key(s, key);
        rv = in < 0 ? -1 : in == want;
        value_decref(key);
    }
    value_decref(it);
    return exc_occurred() ? -1 : rv;
}

int set_issuperset(SetObject *s, Value other)
{
    if (anyset_check(other))
        return set_issubset(as_set(other), as_value(s));
    return all_in(s, other, true);
}

int set_isdisjoint(SetObject *s, Value other)
{
    if (value_as_object(other) == &s->header)
        return set_len(s) == 0;
    if (!anyset_check(other))
        return all_in(s, other, false);
    SetObject *big = s, *small = as_set(other);
    if (set_len(small) > set_len(big)) {
        big = small;
        small = s;
    }
    int64_t pos = 0, hash;
    Value key;
    int rv = 1;
    while (rv == 1 && set_next(small, &pos, &key, &hash)) {
        int in = contains_entry(big, key, hash);
        rv = in < 0 ? -1 : !in;
        value_decref(key);
    }
    return rv;
}

// ------------------------------------------------------------ slots

static void set_dealloc(Object *op)
{
    SetObject *s = (SetObject *)op;
    for (int64_t i = 0; i <= s->mask; i++)
        value_decref(s->table[i].key);
    if (s->table != s->small)
        alloc_free(s->table);
    object_free(op);
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

// CPython's frozenset hash: order-independent, cached.
static int64_t frozenset_hash(Object *self)
{
    SetObject *s = (SetObject *)self;
    int64_t cached = atomic_load_i64_relaxed(&s->hash);
    if (cached != -1)
        return cached;
    uint64_t h = 0;
    CRITICAL_BEGIN(&s->header);
    for (int64_t i = 0; i <= s->mask; i++)
        if (s->table[i].key != VALUE_NULL)
            h ^= shuffle_bits((uint64_t)s->table[i].hash);
    h ^= ((uint64_t)s->used + 1) * 1927868237ULL;
    CRITICAL_END(&s->header);
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923ULL;
    if (h == (uint64_t)-1)
        h = 590923713ULL;
    atomic_store_i64_relaxed(&s->hash, (int64_t)h);
    return (int64_t)h;
}

// The items as a tuple (a snapshot, for repr).
static TupleObject *snapshot(SetObject *s)
{
    TupleObject *t;
    CRITICAL_BEGIN(&s->header);
    t = tuple_new(s->used);
    for (int64_t i = 0, n = 0; i <= s->mask && n < s->used; i++) {
        if (s->table[i].key != VALUE_NULL) {
            value_incref(s->table[i].key);
            tuple_init_item(t, n++, s->table[i].key);
        }
    }
    CRITICAL_END(&s->header);
    return t;
}

static StrObject *set_repr(Value self)
{
    SetObject *s = as_set(self);
    const char *name = object_type(&s->header)->name;
    if (set_len(s) == 0)
        return str_from_format("%s()", name);
    if (!repr_enter(&s->header))
        return str_from_format("%s(...)", name);
    TupleObject *t = snapshot(s);
    StrObject *r = repr_sequence("{", t->items, t->size, "}");
    refcount_dec(&t->header);
    repr_leave(&s->header);
    if (r == NULL || object_type(&s->header) == &set_type)
        return r;
    StrObject *full = str_from_format("%s(%s)", name, r->data);
    refcount_dec(&r->header);
    return full;
}

static Value set_compare(Value a, Value b, CmpOp op)
{
    if (!anyset_check(a) || !anyset_check(b))
        return VALUE_NOT_IMPLEMENTED;
    SetObject *x = as_set(a), *y = as_set(b);
    int64_t n = set_len(x), m = set_len(y);
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        r = n == m ? set_issubset(x, b) : 0;
        if (r >= 0 && op == CMP_NE)
            r = !r;
        break;
    case CMP_LE:
        r = set_issubset(x, b);
        break;
    case CMP_GE:
        r = set_issuperset(x, b);
        break;
    case CMP_LT:
        r = n < m ? set_issubset(x, b) : 0;
        break;
    default: // CMP_GT
        r = n > m ? set_issuperset(x, b) : 0;
        break;
    }
    return r < 0 ? VALUE_NULL : value_bool(r);
}

static Value set_binary(Value a, Value b, BinOp op)
{
    if (!anyset_check(a) || !anyset_check(b))
        return VALUE_NOT_IMPLEMENTED;
    SetObject *s = as_set(a);
    switch (op) {
    case BINOP_OR:
        return set_union(s, b);
    case BINOP_AND:
        return set_intersection(s, b);
    case BINOP_SUB:
        return set_difference(s, b);
    case BINOP_XOR:
        return set_symmetric_difference(s, b);
    default:
        return VALUE_NOT_IMPLEMENTED;
    }
}

static Value set_inplace(Value a, Value b, BinOp op)
{
    if (!anyset_check(a) || frozenset_check(a) || !anyset_check(b))
        return set_binary(a, b, op);
    SetObject *s = as_set(a);
    bool ok;
    switch (op) {
    case BINOP_OR:
        ok = set_update(s, b);
        break;
    case BINOP_AND:
        ok = set_intersection_update(s, b);
        break;
    case BINOP_SUB:
        ok = set_difference_update(s, b);
        break;
    case BINOP_XOR:
        ok = set_symmetric_difference_update(s, b);
        break;
    default:
        return VALUE_NOT_IMPLEMENTED;
    }
    if (!ok)
        return VALUE_NULL;
    value_incref(a);
    return a;
}

static int64_t set_length(Value self)
{
    return set_len(as_set(self));
}

static int set_contains_slot(Value self, Value key)
{
    int rv = set_contains_key(as_set(self), key);
    // A set looked up in a set is looked up as a frozenset.
    if (rv < 0 && value_isinstance(key, &set_type) &&
        exc_matches(&exc_TypeError)) {
        exc_clear();
        Value frozen = set_from_iterable(&frozenset_type, key);
        if (frozen == VALUE_NULL)
            return -1;
        rv = set_contains_key(as_set(self), frozen);
        value_decref(frozen);
    }
    return rv;
}

static Value set_new_slot(TypeObject *type, const Value *args, size_t nargs,
                          Object *kwnames)
{
    const char *name = type_is_subtype(type, &set_type) ? "set" : "frozenset";
    if (!args_between(name, name, nargs, kwnames, 0, 1))
        return VALUE_NULL;
    if (type == &frozenset_type && nargs == 1 && value_is_object(args[0]) &&
        object_type(value_as_object(args[0])) == &frozenset_type) {
        value_incref(args[0]);
        return args[0];
    }
    return set_from_iterable(type, nargs ? args[0] : VALUE_NULL);
}

// ------------------------------------------------------------ iterator

typedef struct SetIterObject {
    ObjHeader header;
    SetObject *set; // a reference
    int64_t pos;    // -1 once exhausted
    int64_t used;   // the size at creation; -1 after a size change
} SetIterObject;

static Value set_iter(Value self)
{
    SetIterObject *it = (SetIterObject *)object_new(&set_iterator_type);
    value_incref(self);
    it->set = as_set(self);
    it->used = set_len(it->set);
    return value_steal(&it->header);
}

static Value setiter_next(Value self)
{
    SetIterObject *it = (SetIterObject *)value_as_object(self);
    if (it->pos < 0)
        return VALUE_NULL;
    if (it->used != set_len(it->set)) {
        it->used = -1; // keeps raising
        exc_raise_format(&exc_RuntimeError,
                         "Set changed size during iteration");
        return VALUE_NULL;
    }
    Value key;
    if (set_next(it->set, &it->pos, &key, NULL))
        return key;
    it->pos = -1;
    return VALUE_NULL;
}

static void setiter_dealloc(Object *op)
{
    refcount_dec(&((SetIterObject *)op)->set->header);
    object_free(op);
}

TypeObject set_iterator_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "set_iterator",
    .basic_size = sizeof(SetIterObject),
    .dealloc = setiter_dealloc,
    .iter = iter_self,
    .next = setiter_next,
};

TypeObject set_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "set",
    .basic_size = sizeof(SetObject),
    .dealloc = set_dealloc,
    .hash = type_hash_unhashable,
    .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_UNHASHABLE,
    .repr = set_repr,
    .binary = set_binary,
    .inplace = set_inplace,
    .compare = set_compare,
    .length = set_length,
    .contains = set_contains_slot,
    .iter = set_iter,
    .new = set_new_slot,
    .methods = set_methods,
    .doc = "set() -> new empty set object\nset(iterable) -> new set object\n\n"
           "Build an unordered collection of unique elements.",
};

TypeObject frozenset_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "frozenset",
    .basic_size = sizeof(SetObject),
    .dealloc = set_dealloc,
    .hash = frozenset_hash,
    .flags = TYPE_FLAG_BASETYPE,
    .repr = set_repr,
    .binary = set_binary,
    .compare = set_compare,
    .length = set_length,
    .contains = set_contains_slot,
    .iter = set_iter,
    .new = set_new_slot,
    .methods = frozenset_methods,
    .doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> "
           "frozenset object\n\nBuild an immutable unordered collection of "
           "unique elements.",
};
