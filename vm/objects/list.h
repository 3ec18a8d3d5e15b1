// list.h: the list object's storage and its thread-safety protocol. The
// Python-visible methods (sort, index, repr, ...) are layered on these
// operations by the type machinery.
//
// Items are Values (vm/value.h): a list of small ints holds no pointers
// and touches no refcounts.
//
// Concurrency (free-threaded build):
//   - Every mutation runs inside the list's critical section
//     (CRITICAL_BEGIN on the list), so writers are serialised.
//   - `size` and `array` are written with release stores and may be read
//     without the lock (len() is one relaxed load).
//   - Reads (list_get) take no lock once the list is marked shared
//     (GC_BIT_SHARED): the reader loads the array, bounds-checks against
//     the array's own capacity, loads the item and increfs it with an
//     ordinary refcount_inc. That is safe because, while the list is
//     shared, every reference the list drops (pop, set, clear, delete)
//     and every array it replaces is released through QSBR, after every
//     reader has passed a quiescent point (facts H2-B). Empty slots are
//     kept NULL so a racing reader sees "no item", never garbage.
//   - A list starts unshared. Its owner reads it directly; the first read
//     by another thread takes the lock and marks it shared; from then on
//     mutations pay the QSBR cost.
//   - The list's own dealloc drops its items directly: nobody can be
//     reading a list whose last reference is gone.
// Classic build: the GIL serialises everything; no sharing logic.
#ifndef FTPY_VM_OBJECTS_LIST_H
#define FTPY_VM_OBJECTS_LIST_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/value.h"

typedef struct ListArray {
    int64_t capacity;
    Value items[]; // items[size..capacity) are VALUE_NULL
} ListArray;

typedef struct ListObject {
    ObjHeader header;
    int64_t size;     // atomic: written under the lock, read anywhere
    ListArray *array; // atomic: NULL while capacity is 0
} ListObject;

extern TypeObject list_type;

// A new empty list with room for `capacity` items.
ListObject *list_new(int64_t capacity);

static inline int64_t list_len(ListObject *l)
{
    return atomic_load_i64_relaxed(&l->size);
}

// Appends; takes over the caller's reference to `v`.
void list_append(ListObject *l, Value v);
// Inserts before `index` (clamped to [0, size] after adding size to a
// negative index, like list.insert); steals `v`.
void list_insert(ListObject *l, int64_t index, Value v);
// A new reference to item `index` (negative counts from the end) in
// *out; false if out of range.
bool list_get(ListObject *l, int64_t index, Value *out);
// Replaces item `index`, stealing `v`; false if out of range (and `v` is
// then released).
bool list_set(ListObject *l, int64_t index, Value v);
// Removes item `index` and gives its reference to *out; false if out of
// range or empty.
bool list_pop(ListObject *l, int64_t index, Value *out);
// Removes every item.
void list_clear(ListObject *l);

#endif // FTPY_VM_OBJECTS_LIST_H
