// range.h: range objects (range(stop), range(start, stop[, step])) and
// their iterator, which the eval loop may drive directly through
// range_iter_next_fast.
//
// A range stores its bounds as C integers: ftpy supports ranges whose
// start, stop and step are small ints (|x| < 2**62, vm/value.h), and
// raises OverflowError for larger ones; every item and the length then
// fit the small-int range too.
//
// Concurrency: a range is immutable. A range iterator is meant for one
// thread; threads sharing one may see an item twice, never anything
// unsafe.
#ifndef FTPY_VM_OBJECTS_RANGE_H
#define FTPY_VM_OBJECTS_RANGE_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/object.h"
#include "vm/value.h"

typedef struct RangeObject {
    ObjHeader header;
    int64_t start, stop, step; // step != 0
    int64_t length;
} RangeObject;

typedef struct RangeIterObject {
    ObjHeader header;
    int64_t next, step;
    int64_t remaining;
} RangeIterObject;

extern TypeObject range_type, range_iterator_type;

// range(start, stop, step): a new range, or VALUE_NULL with ValueError
// "range() arg 3 must not be zero" / OverflowError.
Value range_new(int64_t start, int64_t stop, int64_t step);

static inline bool range_check(Value v)
{
    return value_is_object(v) && object_type(value_as_object(v)) == &range_type;
}

// The next item of a range iterator (an object of range_iterator_type) in
// *out: false when exhausted. Never fails, never allocates.
static inline bool range_iter_next_fast(Object *it, Value *out)
{
    RangeIterObject *r = (RangeIterObject *)it;
    if (r->remaining <= 0)
        return false;
    *out = value_from_int(r->next);
    r->next = (int64_t)((uint64_t)r->next + (uint64_t)r->step);
    r->remaining--;
    return true;
}

#endif // FTPY_VM_OBJECTS_RANGE_H
