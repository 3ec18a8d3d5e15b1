// value.h: Value, the tagged machine word the eval loop and containers
// pass around.
//
//   ...xxx1   small int: the signed 63-bit integer value << 1 | 1. No
//             allocation, no refcount: integer-heavy code does no
//             refcount traffic at all. Larger ints are heap objects.
//   ...x000   an object pointer that owns one reference
//   ...x010   an object pointer that owns nothing ("borrowed"): only for
//             immortal or deferred objects, whose lifetime the collector
//             guarantees while a stack slot holds them (vm/refcount.h).
//             Never tag a mortal object this way to pass it on: whoever
//             stores the Value would keep it without a reference.
//   0         no value (NULL)
//
// Heap objects are at least 8-byte aligned, which frees the low 3 bits.
#ifndef FTPY_VM_VALUE_H
#define FTPY_VM_VALUE_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/refcount.h"

typedef uintptr_t Value;

#define VALUE_NULL ((Value)0)
#define VALUE_TAG_INT ((uintptr_t)1)
#define VALUE_TAG_BORROWED ((uintptr_t)2)
#define VALUE_TAG_MASK ((uintptr_t)7)
#define VALUE_INT_MAX (INT64_MAX >> 1)
#define VALUE_INT_MIN (INT64_MIN >> 1)

static inline bool value_is_int(Value v)
{
    return (v & VALUE_TAG_INT) != 0;
}

static inline bool value_fits_int(int64_t i)
{
    return i >= VALUE_INT_MIN && i <= VALUE_INT_MAX;
}

// `i` must satisfy value_fits_int.
static inline Value value_from_int(int64_t i)
{
    return ((uint64_t)i << 1) | VALUE_TAG_INT;
}

static inline int64_t value_as_int(Value v)
{
    return (int64_t)v >> 1; // arithmetic shift restores the sign
}

static inline bool value_is_object(Value v)
{
    return v != VALUE_NULL && !value_is_int(v);
}

static inline bool value_is_borrowed(Value v)
{
    return (v & VALUE_TAG_MASK) == VALUE_TAG_BORROWED;
}

static inline Object *value_as_object(Value v)
{
    return (Object *)(v & ~VALUE_TAG_MASK);
}

// Takes over the caller's reference to `op`.
static inline Value value_steal(Object *op)
{
    return (Value)op;
}

// A new reference to `op`: borrowed (uncounted) when `op` is immortal or
// deferred, counted otherwise.
static inline Value value_new_ref(Object *op)
{
    if (refcount_is_immortal(op) || refcount_is_deferred(op))
        return (Value)op | VALUE_TAG_BORROWED;
    refcount_inc(op);
    return (Value)op;
}

static inline void value_incref(Value v)
{
    if ((v & VALUE_TAG_MASK) == 0 && v != VALUE_NULL)
        refcount_inc((Object *)v);
}

static inline void value_decref(Value v)
{
    if ((v & VALUE_TAG_MASK) == 0 && v != VALUE_NULL)
        refcount_dec((Object *)v);
}

#endif // FTPY_VM_VALUE_H
