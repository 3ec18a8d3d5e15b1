// list.h: the list object: its storage, its thread-safety protocol, and
// the helpers the rest of the VM builds lists with. The type's slots live
// in list.c, its methods in list_methods.c, sort in listsort.c.
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

// ------------------------------------------------------------ helpers

// Whether `v` is a list (or a subclass).
bool list_check(Value v);
// A new list of the given items (new references are taken).
ListObject *list_from_array(const Value *items, int64_t n);
// list(it): a new list of the items of any iterable; VALUE_NULL on error.
Value list_from_iterable(Value it);
// l.extend(iterable); false with an exception set on error.
bool list_extend(ListObject *l, Value iterable);
// The items as they are now: a new tuple (consistent even if other
// threads mutate the list meanwhile).
struct TupleObject *list_snapshot(ListObject *l);
// Replaces items [lo, hi) (0 <= lo <= hi, clamped to the current size)
// with the `m` items of `src`, taking over their references.
void list_splice(ListObject *l, int64_t lo, int64_t hi, const Value *src,
                 int64_t m);
// Sorts in place, stably: by key(item) when `key` is not VALUE_NULL or
// None, comparing with `<` (op_compare_bool). 0, or -1 if a key call or
// a comparison raised (the list then holds its items in some order), or
// ValueError "list modified during sort".
int list_sort(ListObject *l, Value key, bool reverse);

// Internal to the list type (listsort.c): stable merge sort of `n`
// items by their keys (keys == items when there is no key function),
// moving both arrays alike. 0, or -1 if a comparison raised.
int list_sort_array(Value *keys, Value *items, int64_t n);

// The type's method table (list_methods.c) and its iterator types.
extern const struct MethodDef list_methods[];
extern TypeObject list_iterator_type;        // list_iterator
extern TypeObject list_reverseiterator_type; // list_reverseiterator
// iter(l) and reversed(l): new iterators over `list` (a list Value).
Value list_iter(Value list);
Value list_reversed(Value list);

#endif // FTPY_VM_OBJECTS_LIST_H
