// struct_impl.h: what the two halves of the struct module share.
// struct_codec.c compiles format strings into layouts and converts
// between Python values and packed bytes; struct.c holds the Struct and
// unpack_iterator types, the buffers and the module functions.
//
// A layout follows CPython 3.11's struct rules: '@' (the default) uses
// native sizes and aligns each field to its size; '=', '<', '>' and '!'
// use the standard sizes without alignment. The hosts ftpy builds for
// are little-endian, so '@' and '=' are little-endian too.
//
// Concurrency: a layout is immutable once compiled and may be read by
// any number of threads; the conversions keep no state.
#ifndef FTPY_VM_MODULES_STRUCT_IMPL_H
#define FTPY_VM_MODULES_STRUCT_IMPL_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/object.h"
#include "vm/objects/tuple.h"
#include "vm/value.h"

// struct.error, an Exception subclass (struct_codec.c).
extern TypeObject exc_StructError;

// The byte-order mode of a format (its first character).
typedef enum StructMode {
    STRUCT_NATIVE, // '@' or none: native sizes, alignment
    STRUCT_LITTLE, // '<' and '=': standard sizes, host byte order
    STRUCT_BIG,    // '>' and '!': standard sizes, swapped byte order
} StructMode;

// One format character with its repeat count. For 's' and 'p' the count
// is the field's length in bytes and the field is one value; for 'x' it
// is a number of pad bytes and no value; for the others, `count` values
// of `size` bytes each, the first at `offset`.
typedef struct StructCode {
    char code;
    uint8_t size;
    int64_t count;
    int64_t offset;
} StructCode;

typedef struct StructLayout {
    StructMode mode;
    int64_t size;   // bytes packed
    int64_t nitems; // values packed or unpacked
    int64_t ncodes;
    StructCode codes[];
} StructLayout;

// Compiles the format text fmt[0, len): a new layout (free it with
// alloc_free), or NULL with struct.error ("bad char in struct format",
// "repeat count given without format specifier", "total struct size too
// long", "embedded null character").
StructLayout *struct_compile(const char *fmt, int64_t len);

// Packs items[0, l->nitems) into out[0, l->size) (which must be zeroed:
// pad bytes are left alone). False with struct.error ("required argument
// is not an integer", "'h' format requires -32768 <= number <= 32767",
// "argument out of range", ...) or OverflowError ("float too large to
// pack with f format").
bool struct_pack_items(const StructLayout *l, const Value *items,
                       unsigned char *out);

// The values packed in data[0, l->size), as a new tuple.
TupleObject *struct_unpack_items(const StructLayout *l,
                                 const unsigned char *data);

#endif // FTPY_VM_MODULES_STRUCT_IMPL_H
