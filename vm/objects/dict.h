// dict.h: the dict object's storage: an insertion-ordered hash table of
// Values, safe to read without a lock from other threads.
//
// Layout (the compact dict of CPython 3.6+): one DictKeys block holds a
// power-of-two array of indices into an array of entries kept in
// insertion order. Deleting an entry leaves a hole; a resize compacts.
//
// Concurrency (free-threaded build; rules in vm/objects/container.h):
//   - Every mutation runs in the dict's critical section.
//   - dict_get needs no lock when the key is a str or a small int (the
//     cases of globals, builtins and attribute lookups): comparing those
//     runs no user code. It loads the keys block, probes with acquire
//     loads, and increfs the value it finds. Entries and index slots are
//     published with release stores after they are filled; values and
//     keys the dict drops, and keys blocks it replaces, go through QSBR
//     while the dict is shared, so whatever a reader loaded stays alive
//     until its next quiescent point.
//   - Other keys (equality may run arbitrary code) are looked up under
//     the lock.
// Classic build: the GIL serialises everything.
#ifndef FTPY_VM_OBJECTS_DICT_H
#define FTPY_VM_OBJECTS_DICT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/value.h"

typedef struct DictEntry {
    int64_t hash;
    Value key;   // VALUE_NULL once deleted
    Value value; // VALUE_NULL once deleted
} DictEntry;

typedef struct DictKeys {
    int64_t nslots;   // power of two
    int64_t usable;   // capacity of entries[]
    int64_t nentries; // entries used so far, holes included
    int64_t slots[];  // nslots indices (-1 empty, -2 deleted), then entries
} DictKeys;

typedef struct DictObject {
    ObjHeader header;
    int64_t size;   // live entries; atomic
    DictKeys *keys; // atomic; never NULL
} DictObject;

extern TypeObject dict_type;

DictObject *dict_new(void);

static inline int64_t dict_len(DictObject *d)
{
    return atomic_load_i64_relaxed(&d->size);
}

// 1 and a new reference to the value in *out if `key` is present, 0 if
// not, -1 if the key is unhashable or a comparison failed.
int dict_get(DictObject *d, Value key, Value *out);
// Sets d[key] = value, taking over both references. 0, or -1 (and both
// released) if the key is unhashable.
int dict_set(DictObject *d, Value key, Value value);
// 1 if `key` was removed, 0 if absent, -1 on error.
int dict_del(DictObject *d, Value key);
void dict_clear(DictObject *d);
// Iteration in insertion order: start with *pos = 0; each call returns
// new references to the next key and value, or false at the end. A dict
// changed meanwhile may skip or repeat items, never crash.
bool dict_next(DictObject *d, int64_t *pos, Value *key, Value *value);
// The same backwards (reversed(d)): start with *pos = INT64_MAX.
bool dict_prev(DictObject *d, int64_t *pos, Value *key, Value *value);

// Keys are hashed with op_hash and compared with Python's ==, which may
// run code; a lookup whose comparison changed the dict starts again.
// Any hashable key works (1, 1.0 and True are one key); an unhashable one
// raises TypeError "unhashable type: 'list'".

// Removes `key`: 1 and its value's reference in *out (if `out` is not
// NULL), 0 if absent, -1 on error.
int dict_pop(DictObject *d, Value key, Value *out);
// Removes the last inserted item, giving its references; false if empty.
bool dict_popitem(DictObject *d, Value *key, Value *value);
// d.setdefault(key, dflt): 0 and a new reference to the value now stored
// under `key` in *out, or -1 on error.
int dict_setdefault(DictObject *d, Value key, Value dflt, Value *out);

// ------------------------------------------------------------ Python

// Whether `v` is a dict (or a subclass).
bool dict_check(Value v);
// A shallow copy (a plain dict).
DictObject *dict_copy(DictObject *d);
// d.update(other): other is a mapping (anything with keys()) or an
// iterable of pairs, with CPython's errors. false on error.
bool dict_update_from(DictObject *d, Value other);
// d.update(**kw): the keyword values follow `nargs` positional ones.
void dict_update_kwargs(DictObject *d, const Value *args, size_t nargs,
                        Object *kwnames);

extern const struct MethodDef dict_methods[]; // dict_methods.c

// The views of d.keys(), d.values(), d.items() (dictview.c).
typedef struct DictViewObject {
    ObjHeader header;
    DictObject *dict; // a reference
} DictViewObject;

extern TypeObject dict_keys_type, dict_values_type, dict_items_type;
extern TypeObject dict_keyiterator_type, dict_valueiterator_type,
    dict_itemiterator_type;
extern TypeObject dict_reversekeyiterator_type, dict_reversevalueiterator_type,
    dict_reverseitemiterator_type;

// A new view of `type` on the dict `d` (a Value).
Value dict_view_new(TypeObject *type, Value d);
// A new iterator of `type` (one of the six above) over `d`.
Value dict_iter_new(TypeObject *type, DictObject *d);

#endif // FTPY_VM_OBJECTS_DICT_H
