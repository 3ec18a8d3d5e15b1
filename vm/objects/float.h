// float.h: Python's float (an IEEE double), with CPython's repr (the
// shortest string that round-trips), arithmetic, comparisons that are
// exact against ints of any size, and hash equal to an equal int's.
//
// Concurrency: floats are immutable.
#ifndef FTPY_VM_OBJECTS_FLOAT_H
#define FTPY_VM_OBJECTS_FLOAT_H

#include <stdbool.h>
#include <stddef.h>

#include "vm/object.h"
#include "vm/value.h"

typedef struct StrObject StrObject;

typedef struct FloatObject {
    ObjHeader header;
    double value;
} FloatObject;

extern TypeObject float_type;

Value float_new(double d);
bool float_check(Value v); // float or a subclass
static inline double float_value(Value v)
{
    return ((FloatObject *)value_as_object(v))->value;
}
// int or float as a double; TypeError "must be real number, not str"
// otherwise (OverflowError for huge ints).
bool value_as_double(Value v, double *out);
// repr(d) exactly as CPython: "0.1", "1e+16", "inf", "-0.0".
StrObject *float_repr_double(double d);
// Parses text as float(text) does; ValueError "could not convert string
// to float: 'x'".
Value float_from_string(const char *text, size_t len);

#endif // FTPY_VM_OBJECTS_FLOAT_H
