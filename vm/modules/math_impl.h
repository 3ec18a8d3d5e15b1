// math_impl.h: what the two halves of the math module share. math.c
// holds the floating-point functions and builds the module; math_int.c
// the integer ones (factorial, gcd, lcm, comb, perm, isqrt) and prod.
//
// Concurrency: none needed; the functions keep no state.
#ifndef FTPY_VM_MODULES_MATH_IMPL_H
#define FTPY_VM_MODULES_MATH_IMPL_H

#include "vm/object.h"

// The integer functions, NULL-name terminated (math_int.c).
extern const MethodDef math_int_functions[];

#endif // FTPY_VM_MODULES_MATH_IMPL_H
