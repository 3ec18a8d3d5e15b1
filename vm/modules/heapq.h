// heapq.h: the heapq module's iterator type (vm/modules/heapq.c).
//
// Thread safety: a merge object advances under its own critical section.
#ifndef FTPY_VM_MODULES_HEAPQ_H
#define FTPY_VM_MODULES_HEAPQ_H

#include "vm/object.h"

extern TypeObject merge_type; // heapq.merge(*iterables, key, reverse)

#endif // FTPY_VM_MODULES_HEAPQ_H
