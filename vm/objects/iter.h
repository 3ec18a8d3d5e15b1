// iter.h: the builtin iterator types: the generic iterator over a
// sequence (`iterator`, for types with only __getitem__), reversed,
// enumerate, zip, map and filter. Their constructors are the builtins of
// the same names; each iterator's iter returns itself.
//
// Files: iter.c (iterator, reversed), enumerate.c, zip.c, mapfilter.c.
//
// Concurrency: an iterator is meant to be advanced by one thread at a
// time, as in CPython; threads sharing one may see items skipped or
// repeated but nothing unsafe, since every position is a plain integer
// and the iterated objects are held by reference for the iterator's
// whole life.
#ifndef FTPY_VM_OBJECTS_ITER_H
#define FTPY_VM_OBJECTS_ITER_H

#include "vm/object.h"
#include "vm/value.h"

extern TypeObject seq_iterator_type; // iterator
extern TypeObject reversed_type;     // reversed
extern TypeObject enumerate_type;    // enumerate
extern TypeObject zip_type;          // zip
extern TypeObject map_type;          // map
extern TypeObject filter_type;       // filter

// iter(seq) for a type with getitem but no iter: items seq[0], seq[1],
// ... until IndexError or StopIteration.
Value seq_iter_new(Value seq);
// reversed(seq): seq.__reversed__() if it has one, else an iterator over
// a sequence's indices backwards; TypeError "'int' object is not
// reversible" otherwise.
Value reversed_of(Value seq);

#endif // FTPY_VM_OBJECTS_ITER_H
