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
// float.hex(): "0x1.8000000000000p+1", "-0x0.0p+0", "inf".
StrObject *float_hex_double(double d);
// float.fromhex(text) into *out: ValueError "invalid hexadecimal
// floating-point string" / "hexadecimal string too long to convert",
// OverflowError "hexadecimal value too large to represent as a float".
bool float_from_hex(const char *text, size_t len, double *out);

// The shortest digits that read back as d (d finite and > 0): writes them
// NUL-terminated to `digits` (at least 18 bytes) and returns the decimal
// exponent of the first digit (d = 0.d1d2... * 10**(exp+1)).
int float_shortest_digits(double d, char *digits);
// d with `precision` digits after the point ("%.*f"), and in exponent
// notation with `precision` digits after the point ("1.5e+16"); inf and
// nan are spelt "inf", "nan".
StrObject *float_format_fixed(double d, int precision);
StrObject *float_format_exp(double d, int precision);

// Python's hash(float): equal to hash(int) for integral values, 314159
// for inf; nan hashes by identity (`self`).
int64_t float_hash_double(double d, const void *self);

// The binary slot of float: any mix of int, bool and float operands
// (ints are converted, OverflowError if too large); NotImplemented
// otherwise. A negative base to a fractional power gives a complex.
Value float_binary(Value a, Value b, BinOp op);
// Rich comparison with exact results against ints of any size.
Value float_compare(Value a, Value b, CmpOp op);
// divmod(x, y) of doubles, as CPython: ZeroDivisionError "float divmod()".
bool float_divmod(double x, double y, double *quotient, double *remainder);
// x ** y with CPython's special cases: ZeroDivisionError "0.0 cannot be
// raised to a negative power", OverflowError (34, 'Numerical result out
// of range'); a negative base with a fractional exponent is a ValueError
// here (float_binary gives the complex result for it, as CPython does).
bool float_pow(double x, double y, double *out);

#endif // FTPY_VM_OBJECTS_FLOAT_H
