// text_support.h: helpers for the str, bytes, format and file tests:
// building arguments, calling a type's methods by name, and checking
// results and exceptions the way a Python user sees them.
//
// Every object a helper returns is kept and released by text_teardown,
// the suites' fini fixture.
#ifndef FTPY_TESTS_UNIT_TEXT_SUPPORT_H
#define FTPY_TESTS_UNIT_TEXT_SUPPORT_H

#include "tests/unit/pyexpect.h"
#include "tests/unit/support.h"
#include "vm/exc.h"
#include "vm/objects/bytes.h"
#include "vm/objects/str.h"
#include "vm/value.h"

// The suites' fixtures: a runtime with the text types readied.
void text_setup(void);
void text_teardown(void);
// Keeps `v` (an owned reference) until teardown; returns it.
Value keep(Value v);
Value S(const char *utf8);                // a str
Value Bn(const char *data, int64_t size); // bytes
Value B(const char *data);                // bytes of a C string
Value I(int64_t i);                       // a small int
// self.name(*args) with `n` positional arguments; the result is kept
// (VALUE_NULL if it raised).
Value call_method(Value self, const char *name, size_t n, const Value *args);
// The same with keyword arguments: kwnames are C strings, their values
// follow the positional ones in args.
Value call_method_kw(Value self, const char *name, size_t n, const Value *args,
                     size_t nkw, const char *const *kwnames);
#define M(self, name, ...)                                                     \
    call_method((self), (name),                                                \
                sizeof((Value[]){VALUE_NONE, ##__VA_ARGS__}) / sizeof(Value) - \
                    1,                                                         \
                (Value[]){VALUE_NONE, ##__VA_ARGS__} + 1)
// repr(v) as C text (kept).
const char *R(Value v);
// The text of a str Value.
const char *T(Value v);
// Joins a list or tuple of strs or bytes with '|' into C text, for
// comparisons.
const char *J(Value list);
// Asserts the pending exception's type and message, then clears it.

#endif // FTPY_TESTS_UNIT_TEXT_SUPPORT_H
