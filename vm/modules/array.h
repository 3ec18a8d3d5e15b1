// array.h: the array module's type, array.array: a mutable sequence of
// C numbers (typecodes b B u h H i I l L q Q f d) kept packed in one
// buffer, with CPython 3.11's methods, conversions and messages
// (vm/modules/array.c).
//
// Layout: the header, the typecode's descriptor, the size in items, then
// a separately allocated ArrayBuf (NULL while the capacity is 0) whose
// data is 16-byte aligned, so every item is naturally aligned.
//
// Concurrency (free-threaded build), the rules of vm/objects/container.h
// applied to raw items instead of Values:
//   - Every mutation holds the array's critical section.
//   - `size` and `buf` are written with release stores; lock-free readers
//     load them with acquire loads, so a reader that sees a size or a
//     buffer sees the items stored before it.
//   - Items of a published buffer are written and read lock-free only
//     with relaxed atomic stores and loads of the item's own width (the
//     2-byte ones through the aligned 4-byte word that holds them), so a
//     racing reader sees an old or a new item, never a torn one.
//   - Reads of single items (a[i], iteration, array_get) take no lock
//     once the array is shared (or from the owner), as list_get does;
//     the first read by another thread takes the lock and marks the
//     array shared. A replaced buffer is freed through QSBR while the
//     array is shared (container_drop_memory).
//   - Whole-array reads (repr, comparison, tobytes, slicing, count, ...)
//     copy the items under the lock and work on the copy.
// Classic build: the GIL serialises everything.
#ifndef FTPY_VM_MODULES_ARRAY_H
#define FTPY_VM_MODULES_ARRAY_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/objects/bytes.h"
#include "vm/value.h"

typedef struct ArrayDescr ArrayDescr; // one per typecode (array.c)

typedef struct ArrayBuf {
    int64_t capacity; // items
    int64_t unused;   // keeps data 16-byte aligned
    unsigned char data[];
} ArrayBuf;

typedef struct ArrayObject {
    ObjHeader header;
    const ArrayDescr *descr; // fixed at construction
    int64_t size;            // items; atomic: written under the lock
    ArrayBuf *buf;           // atomic: written under the lock
} ArrayObject;

extern TypeObject array_type;          // array.array
extern TypeObject array_iterator_type; // arrayiterator

// array.array or a subclass.
bool array_check(Value v);
static inline ArrayObject *array_of(Value v)
{
    return (ArrayObject *)value_as_object(v);
}
// A new empty array of `typecode`; NULL (no exception) for a bad code.
ArrayObject *array_new(char typecode);
// The current length (a relaxed load: a hint that may be stale).
static inline int64_t array_len(ArrayObject *a)
{
    return atomic_load_i64_relaxed(&a->size);
}
// The item size in bytes.
int array_itemsize(const ArrayObject *a);

// Appends `v` (borrowed) converted to the array's type; false with
// CPython's TypeError or OverflowError if it does not convert.
bool array_append(ArrayObject *a, Value v);
// Item `index` (negative counts from the end) as a new Python value in
// *out: 1, 0 if out of range (no exception), -1 if the item has no
// Python value ('u' items outside Unicode: ValueError). Lock-free once
// shared.
int array_get(ArrayObject *a, int64_t index, Value *out);
// Removes item `index` (negative counts from the end) into *out: 1, 0
// if out of range (no exception), -1 as array_get.
int array_pop(ArrayObject *a, int64_t index, Value *out);

// The items' bytes as they are now (tobytes()): a new bytes object.
BytesObject *array_to_bytes(ArrayObject *a);
// Copies src[0, n) over the array's bytes at `offset` (negative counts
// from the end of the bytes), as a writable buffer; false if that range
// is not inside the array, with the byte length in *len.
bool array_write_bytes(ArrayObject *a, int64_t offset, const void *src,
                       int64_t n, int64_t *len);

#endif // FTPY_VM_MODULES_ARRAY_H
