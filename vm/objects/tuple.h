// tuple.h: the tuple object: an immutable, fixed-size array of Values.
//
// Concurrency: a tuple is filled by its creator before anyone else can
// see it and never changes afterwards, so it is read without locks.
// Its hash is Python's (the xxHash-based tuple hash of CPython 3.8+), so
// hash((1, 2, 3)) is the same number CPython prints.
#ifndef FTPY_VM_OBJECTS_TUPLE_H
#define FTPY_VM_OBJECTS_TUPLE_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/value.h"

typedef struct TupleObject {
    ObjHeader header;
    int64_t size;
    Value items[];
} TupleObject;

extern TypeObject tuple_type;

// A tuple of `size` VALUE_NULL items, to be filled with tuple_init_item
// before it is shared (size 0: the empty singleton).
TupleObject *tuple_new(int64_t size);
// Stores a reference the tuple takes over (creator only, once per index).
static inline void tuple_init_item(TupleObject *t, int64_t i, Value v)
{
    t->items[i] = v;
}
// A tuple of the given Values (new references are taken).
TupleObject *tuple_pack(int64_t size, const Value *items);

// Python's hash of the tuple, or -1 if an item is unhashable.
int64_t tuple_hash(TupleObject *t);

// Whether `v` is a tuple (or a subclass).
bool tuple_check(Value v);
// tuple(it): a tuple of the items of any iterable (the same object for an
// exact tuple); VALUE_NULL on error.
Value tuple_from_iterable(Value it);
// The tuple (), an immortal singleton; tuple_new(0) returns it too.
TupleObject *tuple_empty(void);

extern TypeObject tuple_iterator_type; // tuple_iterator

#endif // FTPY_VM_OBJECTS_TUPLE_H
