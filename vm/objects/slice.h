// slice.h: the slice object (`a[start:stop:step]`), immutable.
//
// Concurrency: a slice never changes after construction.
#ifndef FTPY_VM_OBJECTS_SLICE_H
#define FTPY_VM_OBJECTS_SLICE_H

#include "vm/value.h"

typedef struct SliceObject {
    ObjHeader header;
    Value start, stop, step; // None when omitted
} SliceObject;

extern TypeObject slice_type;

#endif // FTPY_VM_OBJECTS_SLICE_H
