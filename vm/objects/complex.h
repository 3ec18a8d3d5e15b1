// complex.h: Python's complex, a pair of IEEE doubles, with CPython
// 3.11's arithmetic (Smith's division, ** by repeated squaring for small
// integral exponents and through polar form otherwise, its errors), its
// repr ("(1+2j)", "-0j", "(nan+infj)"), the parsing of complex('1+2j')
// and the hash that makes hash(1+0j) == hash(1).
//
// Mixed arithmetic: the slots accept int, bool and float operands on
// either side and convert them to complex (OverflowError for ints too
// large for a double). Only == and != compare; ordering gives
// NotImplemented, hence CPython's TypeError.
//
// Concurrency: complex numbers are immutable.
#ifndef FTPY_VM_OBJECTS_COMPLEX_H
#define FTPY_VM_OBJECTS_COMPLEX_H

#include <stdbool.h>
#include <stddef.h>

#include "vm/object.h"
#include "vm/value.h"

typedef struct Complex {
    double real, imag;
} Complex;

typedef struct ComplexObject {
    ObjHeader header;
    Complex value;
} ComplexObject;

extern TypeObject complex_type;

Value complex_new(double real, double imag);
bool complex_check(Value v);
static inline Complex complex_value(Value v)
{
    return ((ComplexObject *)value_as_object(v))->value;
}

// x ** y as complex ** complex computes it: ZeroDivisionError "0.0 to a
// negative or complex power", OverflowError "complex exponentiation".
// float ** float uses it for a negative base and a fractional exponent.
Value complex_pow(Complex x, Complex y);
// abs(z): OverflowError "absolute value too large" when it overflows.
Value complex_abs(Value z);
// a / b by Smith's method, as complex division computes it; a zero
// divisor sets errno to EDOM (and gives 0j).
Complex complex_quotient(Complex a, Complex b);
// Any number as a complex, the way cmath reads its arguments: a complex,
// __complex__, else a real number (int, float, __float__, __index__);
// TypeError "must be real number, not str" otherwise.
bool complex_from_value(Value v, Complex *out);

// The text of one part as repr shows it: the shortest digits that read
// back ("1", "2.5", "1e+16", "inf", "nan"; no ".0" on integral values)
// into `buf` (at least 32 bytes). With `sign` a non-negative value (and
// nan) gets a "+".
void complex_part_repr(double d, bool sign, char *buf);

#endif // FTPY_VM_OBJECTS_COMPLEX_H
