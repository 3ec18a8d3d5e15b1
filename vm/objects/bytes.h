// bytes.h: Python's bytes, an immutable byte string.
//
// Layout: the header, the size, a cached hash, then the bytes inline
// (NUL-terminated so they can be handed to C APIs; the NUL is not part of
// the value). Methods live in bytes_methods.c.
//
// Concurrency: a bytes object never changes after construction except its
// hash cache, which racing threads fill with the same value (relaxed
// atomics).
#ifndef FTPY_VM_OBJECTS_BYTES_H
#define FTPY_VM_OBJECTS_BYTES_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/object.h"
#include "vm/value.h"

typedef struct BytesObject {
    ObjHeader header;
    int64_t size;
    int64_t hash; // -1 until computed; atomic
    char data[];  // size bytes + NUL
} BytesObject;

extern TypeObject bytes_type;
extern TypeObject bytes_iterator_type;

// A new bytes object holding a copy of data[0, size).
BytesObject *bytes_from(const char *data, int64_t size);
// A new bytes object of `size` bytes, uninitialised except the NUL, for
// the caller to fill before it is shared.
BytesObject *bytes_alloc(int64_t size);
// bytes(src) the way int.from_bytes converts its argument (CPython's
// PyObject_Bytes): a new reference to `src` if it is bytes, else a new
// bytes object from an iterable of ints in range(256). TypeError "cannot
// convert 'str' object to bytes" for str and non-iterables; ValueError
// "bytes must be in range(0, 256)".
Value bytes_of_object(Value src);
// bytes or a subclass.
bool bytes_check(Value v);
static inline BytesObject *bytes_of(Value v)
{
    return (BytesObject *)value_as_object(v);
}

int64_t bytes_hash(BytesObject *b);
// repr(b) exactly as CPython: b'..' with \t \n \r \xNN escapes and the
// same quote choice as str.
struct StrObject *bytes_repr(const BytesObject *b);

// The method table (bytes_methods.c).
extern const MethodDef bytes_methods[];

#endif // FTPY_VM_OBJECTS_BYTES_H
