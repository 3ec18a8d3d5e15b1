// pyexpect.h: helpers for unit tests that check what a Python user would
// see: reprs, raised exceptions (type and message), method calls by name,
// and quick builders for ints, strs and lists.
//
// Only the criterion macros the TSan shim also has are used (cr_assert,
// cr_assert_eq, cr_assert_str_eq).
#ifndef FTPY_TESTS_UNIT_PYEXPECT_H
#define FTPY_TESTS_UNIT_PYEXPECT_H

#include <stddef.h>
#include <stdint.h>

#include "vm/object.h"
#include "vm/value.h"

// Gives int and str a plain repr if their types have none yet, so that
// container reprs can be checked before the number and text types land.
void pyexpect_init(void);

// repr(v) must be `text`; `v` is borrowed (pyexpect_repr) or released
// afterwards (pyexpect_repr_steal).
void expect_repr(Value v, const char *text);
void expect_repr_steal(Value v, const char *text);
// An exception of exactly `type` must be pending (message checked unless
// NULL); it is cleared.
void expect_error(TypeObject *type, const char *message);

Value str_value(const char *text);
// A list of the given small ints.
Value int_list(size_t n, const int64_t *items);
// self.name(*args) with positional arguments (borrowed).
Value call(Value self, const char *name, size_t nargs, const Value *args);
// self.name(*args, **kw): `kwnames` names the last `nkw` of `args`.
Value call_kw(Value self, const char *name, size_t nargs, const Value *args,
              size_t nkw, const char *const *kwnames);
// Calls and must return None (released).
void call_none(Value self, const char *name, size_t nargs, const Value *args);

#endif // FTPY_TESTS_UNIT_PYEXPECT_H
