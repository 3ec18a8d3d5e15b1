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
#include <stddef.h>
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
// The same wrapped as "<wrapper>(b'..')" with bytearray's escaping (a '
// is escaped even inside "..."), for bytearray and its subclasses;
// wrapper NULL gives bytes_repr.
struct StrObject *bytes_repr_in(const BytesObject *b, const char *wrapper);

// The method table (bytes_methods.c), and each shared method as a
// function (bytes_method_find, ...; see bytes_methods.def): they accept
// bytearray arguments wherever bytes are accepted.
extern const MethodDef bytes_methods[];
#define BYTES_METHOD(name)                                                     \
    Value bytes_method_##name(Value self, const Value *args, size_t nargs,     \
                              Object *kwnames);
#define BYTES_CLASSMETHOD(name) BYTES_METHOD(name)
#define BYTES_STATICMETHOD(name) BYTES_METHOD(name)
#include "vm/objects/bytes_methods.def"
#undef BYTES_METHOD
#undef BYTES_CLASSMETHOD
#undef BYTES_STATICMETHOD

#endif // FTPY_VM_OBJECTS_BYTES_H
