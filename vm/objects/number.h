// number.h: the builtins that work across int and float (divmod, round,
// abs) and small helpers the number types share.
//
// Conventions (vm/exc.h): arguments are borrowed; results are new
// references; VALUE_NULL means an exception is set.
//
// Concurrency: numbers are immutable; nothing here keeps state.
#ifndef FTPY_VM_OBJECTS_NUMBER_H
#define FTPY_VM_OBJECTS_NUMBER_H

#include <stdbool.h>
#include <stddef.h>

#include "vm/object.h"
#include "vm/value.h"

// divmod(a, b) for ints and floats: a (quotient, remainder) tuple with
// floor semantics. TypeError "unsupported operand type(s) for divmod():
// 'str' and 'int'" for other operands.
Value number_divmod(Value a, Value b);
// round(x) / round(x, ndigits) (ndigits VALUE_NULL when absent; None is
// the same): ints round half to even at 10**-ndigits; floats round
// correctly (round(2.675, 2) == 2.67). Without ndigits the result is an
// int, with it the type of x. TypeError "type str doesn't define
// __round__ method" for other types.
Value number_round(Value x, Value ndigits);
// abs(x) for ints, bools, floats and complex numbers; TypeError "bad operand
// type for abs(): 'str'" otherwise.
Value number_abs(Value x);

// Whether a three-way result c (-1, 0, 1, or 2 for unordered) satisfies
// `op`.
static inline bool number_cmp_holds(int c, CmpOp op)
{
    if (c == 2)
        return op == CMP_NE;
    switch (op) {
    case CMP_LT:
        return c < 0;
    case CMP_LE:
        return c <= 0;
    case CMP_EQ:
        return c == 0;
    case CMP_NE:
        return c != 0;
    case CMP_GT:
        return c > 0;
    default:
        return c >= 0;
    }
}

// Python's repr of the text (quotes chosen as str's repr chooses them),
// cut to at most `max_chars` code points when max_chars > 0 (printf's
// "%.200R"). The caller frees the result with free().
char *number_quote_text(const char *text, size_t len, size_t max_chars);
// Narrows [*start, *end) to drop the surrounding whitespace int() and
// float() ignore (what str.isspace() accepts, in UTF-8).
void number_strip(const char **start, const char **end);
// Raises an exception of `type` whose args are (errno, strerror(errno)),
// e.g. OverflowError(34, 'Numerical result out of range').
void number_raise_errno(TypeObject *type, int err);

#endif // FTPY_VM_OBJECTS_NUMBER_H
