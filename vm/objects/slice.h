// slice.h: the slice object (`a[1:2:3]`, slice(1, 2, 3)): three Values,
// None where omitted. Sequences turn it into indices with slice_adjust
// (vm/args.h).
//
// Concurrency: immutable after construction.
#ifndef FTPY_VM_OBJECTS_SLICE_H
#define FTPY_VM_OBJECTS_SLICE_H

#include <stdbool.h>

#include "vm/object.h"
#include "vm/value.h"

typedef struct SliceObject {
    ObjHeader header;
    Value start, stop, step;
} SliceObject;

extern TypeObject slice_type;

// A new slice; the three arguments are borrowed (new references are
// taken). Pass VALUE_NONE for an omitted part.
Value slice_new(Value start, Value stop, Value step);

static inline bool slice_check(Value v)
{
    return value_is_object(v) && object_type(value_as_object(v)) == &slice_type;
}

// The slice's indices for a sequence of `length` (slice_adjust on its
// fields): the item count, or -1 with an exception set.
int64_t slice_indices(Value slice, int64_t length, int64_t *start,
                      int64_t *stop, int64_t *step);

// The same for a `length` of any size (an exact int >= 0), as CPython's
// _PySlice_GetLongIndices: new references to exact ints in *start, *stop
// and *step, or false with TypeError / ValueError "slice step cannot be
// zero".
bool slice_indices_long(Value slice, Value length, Value *start, Value *stop,
                        Value *step);

#endif // FTPY_VM_OBJECTS_SLICE_H
