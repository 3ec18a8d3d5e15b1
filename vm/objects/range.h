// range.h: range objects (range(stop), range(start, stop[, step])) and
// their iterators; the eval loop may drive the common one directly
// through range_iter_next_fast.
//
// As in CPython, a range holds start, stop, step and its length as
// Python ints of any size. When all four are small ints (vm/value.h) the
// range is `small` and every operation takes a C int64 fast path (every
// item then fits a small int too); otherwise the GMP-backed slow path
// runs. len() raises OverflowError only past sys.maxsize. Iterating a
// small range gives a range_iterator, any other a longrange_iterator.
//
// Concurrency: a range is immutable. A range_iterator is meant for one
// thread; threads sharing one may see an item twice, never anything
// unsafe. A longrange_iterator steps under its critical section.
#ifndef FTPY_VM_OBJECTS_RANGE_H
#define FTPY_VM_OBJECTS_RANGE_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/object.h"
#include "vm/value.h"

typedef struct RangeObject {
    ObjHeader header;
    Value start, stop, step; // exact ints, owned; step != 0
    Value length;            // an exact int >= 0, owned
    bool small;              // all four are tagged small ints
} RangeObject;

typedef struct RangeIterObject {
    ObjHeader header;
    int64_t next, step;
    int64_t remaining;
} RangeIterObject;

// The iterator of a range that is not small: the next item, the step
// and the number of items left, all exact ints (owned).
typedef struct LongRangeIterObject {
    ObjHeader header;
    Value next, step, remaining;
} LongRangeIterObject;

extern TypeObject range_type, range_iterator_type, longrange_iterator_type;

// range(start, stop, step): a new range, or VALUE_NULL with ValueError
// "range() arg 3 must not be zero".
Value range_new(int64_t start, int64_t stop, int64_t step);
// The same for ints of any size (borrowed; bools are read as ints).
Value range_new_values(Value start, Value stop, Value step);

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
