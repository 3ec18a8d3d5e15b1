// int.h: Python's int. Values in the small range (vm/value.h) are tagged
// words and never allocated; anything larger is an IntObject holding a
// GMP integer. Every operation normalises its result: a result that fits
// the small range is always returned tagged, so an IntObject never holds
// a small value (two representations never compete for one number).
//
// bool is a subclass of int (vm/objects/bool.c): True and False are
// accepted wherever an int is.
//
// Concurrency: ints are immutable; nothing to lock.
#ifndef FTPY_VM_OBJECTS_INT_H
#define FTPY_VM_OBJECTS_INT_H

#include <gmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/object.h"
#include "vm/value.h"

typedef struct StrObject StrObject;

typedef struct IntObject {
    ObjHeader header;
    mpz_t value; // never within [VALUE_INT_MIN, VALUE_INT_MAX]
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
// The value as a double; false with OverflowError "int too large to
// convert to float" if it does not fit.
bool int_as_double(Value v, double *out);
// Digits in base 2, 8, 10 or 16, with the 0b/0o/0x prefix for those
// bases (hex(), oct(), bin(); base 10 is str()).
StrObject *int_to_string(Value v, int base);
// The sign: -1, 0 or 1.
int int_sign(Value v);

#endif // FTPY_VM_OBJECTS_INT_H
