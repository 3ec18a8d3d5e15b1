// int.h: Python's int. Values in the small range (vm/value.h) are tagged
// words and never allocated; anything larger is an IntObject holding a
// GMP integer. Every operation normalises its result: a result that fits
// the small range is always returned tagged, so an IntObject never holds
// a small value (two representations never compete for one number).
// Instances of Python subclasses of int are IntObjects too, and those may
// hold any value: code reading an IntObject never assumes it is large.
//
// bool is a subclass of int (vm/objects/bool.c): True and False are
// accepted wherever an int is, and read as 1 and 0.
//
// The arithmetic (the binary and unary slots, pow with a modulus) lives in
// int_ops.c; divmod, round and abs over ints and floats in number.h.
//
// Concurrency: ints are immutable; nothing to lock. The str-conversion
// digit limit is a process-wide setting read with relaxed atomics.
#ifndef FTPY_VM_OBJECTS_INT_H
#define FTPY_VM_OBJECTS_INT_H

#include <gmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/object.h"
#include "vm/ops.h"
#include "vm/value.h"

typedef struct StrObject StrObject;

typedef struct IntObject {
    ObjHeader header;
    mpz_t value; // never within [VALUE_INT_MIN, VALUE_INT_MAX] for int
} IntObject;

extern TypeObject int_type;

// int, bool, or a subclass.
bool int_check(Value v);
Value int_from_i64(int64_t i);
Value int_from_u64(uint64_t u);
Value int_from_double(double d); // OverflowError/ValueError for inf/nan
// Parses text the way int(text, base) does (base 0: literal prefixes;
// surrounding whitespace, sign and single underscores between digits
// allowed). ValueError "invalid literal for int() with base 10: 'x'" on
// bad input.
Value int_from_string(const char *text, size_t len, int base);
// The value as int64_t; false (no exception) if it does not fit.
bool int_as_i64(Value v, int64_t *out);
// The value as a double, correctly rounded (half to even); false with
// OverflowError "int too large to convert to float" if it does not fit.
bool int_as_double(Value v, double *out);
// Digits in base 2, 8, 10 or 16, with the 0b/0o/0x prefix for those
// bases (hex(), oct(), bin(); base 10 is str()). Base 10 honours the
// digit limit below (ValueError "Exceeds the limit (4300 digits) ...").
StrObject *int_to_string(Value v, int base);
// The sign: -1, 0 or 1.
int int_sign(Value v);

// ------------------------------------------------------------ GMP access

// A small int's value: true for tagged ints and bools (which are read as
// 0 and 1), false for IntObjects (which may still hold a small value when
// they belong to a subclass). `v` must be an int.
static inline bool int_small(Value v, int64_t *out)
{
    if (value_is_int(v)) {
        *out = value_as_int(v);
        return true;
    }
    Object *op = value_as_object(v);
    if (object_type(op) == &bool_type) {
        *out = op == &true_object;
        return true;
    }
    return false;
}

// A read-only GMP view of any int Value: `z` points either into the
// IntObject or at `tmp`, which holds a small value. Clear it when done;
// the Value must outlive the view.
typedef struct IntView {
    mpz_t tmp;
    mpz_srcptr z;
} IntView;
void int_view_init(IntView *w, Value v);
void int_view_clear(IntView *w);

// The normalised int for `z` (tagged when it fits). Takes over `z`, which
// is cleared afterwards.
Value int_from_mpz(mpz_t z);
// v as an exact int (bools and subclass instances become plain ints).
Value int_exact(Value v);
// A new instance of `type` (int or a subclass of it) holding the value of
// the int `v`.
Value int_new_of_type(TypeObject *type, Value v);

// num / den correctly rounded to a double (half to even, subnormals
// included), for num >= 0 and den > 0; false if it overflows.
bool int_ratio_to_double(mpz_srcptr num, mpz_srcptr den, double *out);

// Python's hash(int): |v| mod 2**61 - 1 with v's sign, -1 becoming -2;
// equal to object_hash_small_int for small values and to hash(float) for
// equal floats.
int64_t int_hash(Value v);
// Three-way comparison of two ints: -1, 0 or 1.
int int_compare(Value a, Value b);
// Exact comparison of an int and a double: -1, 0, 1, or 2 when d is nan
// (unordered).
int int_compare_double(Value a, double d);

// The digit limit of decimal conversions (sys.get_int_max_str_digits):
// 4300 by default, 0 for none.
int int_max_str_digits(void);
void int_set_max_str_digits(int digits);

// The slots bool shares with int.
int64_t int_hash_slot(Object *self);
int int_equal_slot(Object *self, Value other);
Value int_compare_slot(Value a, Value b, CmpOp op);
int int_truth(Value self);

// ------------------------------------------------------------ arithmetic
// (int_ops.c)

// The binary and unary slots of int. Operands that are ints or bools are
// handled here, floats are passed on to float's slot (so int + float
// works from either side), anything else gives NotImplemented.
Value int_binary(Value a, Value b, BinOp op);
Value int_unary(Value a, UnaryOp op);
// pow(a, b, mod) for ints: negative exponents use the modular inverse.
// ValueError "complex modulo" if any of them is complex; TypeError
// "pow() 3rd argument not allowed unless all arguments are integers",
// ValueError "pow() 3rd argument cannot be 0" and "base is not
// invertible for the given modulus".
Value int_pow_mod(Value a, Value b, Value mod);
// Floor division and modulo of two ints, as divmod(a, b) computes them.
// ZeroDivisionError "integer division or modulo by zero".
bool int_divmod(Value a, Value b, Value *quotient, Value *remainder);
// abs() of an int.
Value int_abs(Value v);

// ------------------------------------------------------------ bytes

// int.to_bytes: the value in `length` bytes at `out`, big- or
// little-endian, two's complement when `is_signed`. OverflowError "int
// too big to convert" (or "can't convert negative int to unsigned") when
// it does not fit.
bool int_to_bytes(Value v, uint8_t *out, size_t length, bool little,
                  bool is_signed);
// int.from_bytes over `length` bytes.
Value int_from_bytes(const uint8_t *bytes, size_t length, bool little,
                     bool is_signed);

#endif // FTPY_VM_OBJECTS_INT_H
