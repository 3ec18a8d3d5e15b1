// set.h: set and frozenset: open-addressing hash tables of (key, hash)
// entries laid out exactly as CPython 3.11's setobject.c lays them out
// (8 initial slots, 9 linear probes then perturbed probing, dummy entries
// left by deletion and reused by insertion, the same resize points), so
// that iterating a set yields its items in the order CPython does.
//
// Entries: key == VALUE_NULL and hash == 0 is an empty slot; key ==
// VALUE_NULL and hash == -1 is a dummy (a deleted entry).
//
// Concurrency (free-threaded build): every access to a set's table, read
// or write, holds the set's critical section (no lock-free reads). A
// comparison inside a probe may run Python code that changes the set;
// the probe then starts again, as CPython's does. A frozenset is filled
// by its creator before anyone else can see it.
#ifndef FTPY_VM_OBJECTS_SET_H
#define FTPY_VM_OBJECTS_SET_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/object.h"
#include "vm/value.h"

#define SET_MINSIZE 8

typedef struct SetEntry {
    Value key;
    int64_t hash;
} SetEntry;

typedef struct SetObject {
    ObjHeader header;
    int64_t fill;    // active + dummy entries
    int64_t used;    // active entries
    int64_t mask;    // table size - 1
    SetEntry *table; // `small` or an allocated block
    int64_t hash;    // frozenset: cached hash, -1 until computed
    int64_t finger;  // where pop() looks next
    SetEntry small[SET_MINSIZE];
} SetObject;

extern TypeObject set_type, frozenset_type, set_iterator_type;

// set, frozenset, or a subclass of either.
bool anyset_check(Value v);
bool frozenset_check(Value v);
// A new empty set of `type` (set, frozenset or a subclass).
SetObject *set_new(TypeObject *type);
// type(iterable): a new set holding the items of any iterable
// (VALUE_NULL iterable: empty). VALUE_NULL on error.
Value set_from_iterable(TypeObject *type, Value iterable);

static inline int64_t set_len(SetObject *s)
{
    return atomic_load_i64_relaxed(&s->used);
}

// Adds `key` (borrowed). 0, or -1 (unhashable, comparison error).
int set_add(SetObject *s, Value key);
// 1 if present, 0 if not, -1 on error.
int set_contains_key(SetObject *s, Value key);
// Removes `key`: 1 if it was there, 0 if not, -1 on error.
int set_discard(SetObject *s, Value key);
void set_clear(SetObject *s);
// Removes an arbitrary item (CPython's choice: the first active entry at
// or after the last pop's position) giving its reference; false if empty.
bool set_pop(SetObject *s, Value *key);
// `s` takes over the contents of `r`, a set nobody else can see yet,
// whose reference is released (CPython's swap of set bodies).
void set_assign(SetObject *s, Value r);
// s |= iterable (any iterable; sets and dicts take CPython's fast paths).
bool set_update(SetObject *s, Value iterable);
// Iteration in table order: start with *pos = 0; each call gives a new
// reference to the next key (and its hash), or false at the end.
bool set_next(SetObject *s, int64_t *pos, Value *key, int64_t *hash);

// The set algebra, with CPython's construction order (so results iterate
// as CPython's do). Results take the type of `s` (set or frozenset); the
// _update forms change `s`. `other` is any iterable unless noted.
Value set_copy(SetObject *s);
Value set_union(SetObject *s, Value other);
Value set_intersection(SetObject *s, Value other);
Value set_difference(SetObject *s, Value other);
Value set_symmetric_difference(SetObject *s, Value other);
bool set_intersection_update(SetObject *s, Value other);
bool set_difference_update(SetObject *s, Value other);
bool set_symmetric_difference_update(SetObject *s, Value other);
// 1 / 0 / -1.
int set_issubset(SetObject *s, Value other);
int set_issuperset(SetObject *s, Value other);
int set_isdisjoint(SetObject *s, Value other);

// Method table (set_methods.c) and the frozenset one (a subset).
extern const struct MethodDef set_methods[], frozenset_methods[];

#endif // FTPY_VM_OBJECTS_SET_H
