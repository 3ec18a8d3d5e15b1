// bytearray.h: Python's bytearray, the mutable sibling of bytes.
//
// Layout: the header, the size, then a separately allocated buffer of
// `capacity` bytes (NULL while the capacity is 0). The slots live in
// bytearray.c; the methods in bytearray_methods.c, where the read-only
// ones (find, split, upper, ...) run bytes' own code (bytes_methods.def)
// on a snapshot and turn bytes results back into bytearrays.
//
// Concurrency (free-threaded build):
//   - Every access to `data` and `capacity`, reads included, holds the
//     object's critical section (CRITICAL_BEGIN on the bytearray), as
//     CPython's free-threaded bytearray does. There are no lock-free
//     readers of the buffer, so container.h's QSBR rules have nothing to
//     protect here: a replaced buffer is freed at once.
//   - `size` is written under the lock with release stores and may be
//     read anywhere with a relaxed load (len(), the truth test); such a
//     read is a hint that may be stale by the time it is used.
//   - Code that needs the bytes as a whole (repr, comparison, the bytes
//     methods, bytes(ba), b"" + ba) takes a snapshot under the lock
//     (bytearray_snapshot) and works on that immutable copy.
// Classic build: the GIL serialises everything.
#ifndef FTPY_VM_OBJECTS_BYTEARRAY_H
#define FTPY_VM_OBJECTS_BYTEARRAY_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/objects/bytes.h"
#include "vm/value.h"

typedef struct ByteArrayObject {
    ObjHeader header;
    int64_t size;     // atomic: written under the lock, read anywhere
    int64_t capacity; // under the lock
    char *data;       // under the lock; NULL while capacity is 0
} ByteArrayObject;

extern TypeObject bytearray_type;
extern TypeObject bytearray_iterator_type;

// A new bytearray holding a copy of data[0, size) (data may be NULL when
// size is 0).
ByteArrayObject *bytearray_from(const char *data, int64_t size);
// bytearray or a subclass.
bool bytearray_check(Value v);
static inline ByteArrayObject *bytearray_of(Value v)
{
    return (ByteArrayObject *)value_as_object(v);
}
// The current length (a relaxed load; see Concurrency above).
static inline int64_t bytearray_len(ByteArrayObject *ba)
{
    return atomic_load_i64_relaxed(&ba->size);
}

// The contents as they are now: a new bytes object, consistent even if
// other threads mutate `ba` meanwhile.
BytesObject *bytearray_snapshot(ByteArrayObject *ba);
// Any bytes-like Value as bytes: a new reference to `v` itself if it is
// bytes, a snapshot if it is a bytearray, NULL (no exception set)
// otherwise.
BytesObject *bytearray_bytes_like(Value v);

// Replaces bytes [lo, hi) (clamped to the current size, lo <= hi after
// clamping) with src[0, m). `src` must not point into `ba` (pass a
// snapshot when it might).
void bytearray_splice(ByteArrayObject *ba, int64_t lo, int64_t hi,
                      const char *src, int64_t m);
// Appends one byte.
void bytearray_append(ByteArrayObject *ba, unsigned char c);
// Inserts one byte before `index`, clamped as list.insert does (a
// negative index counts from the end, then [0, size]).
void bytearray_insert(ByteArrayObject *ba, int64_t index, unsigned char c);
// Removes byte `index` (negative counts from the end) into *out; false
// if out of range.
bool bytearray_pop(ByteArrayObject *ba, int64_t index, unsigned char *out);

// A byte value from a Python int: TypeError "'str' object cannot be
// interpreted as an integer" for non-ints, ValueError "byte must be in
// range(0, 256)" outside [0, 255].
bool bytearray_byte_arg(Value v, unsigned char *out);

// The method table (bytearray_methods.c).
extern const MethodDef bytearray_methods[];

#endif // FTPY_VM_OBJECTS_BYTEARRAY_H
