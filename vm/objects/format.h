// format.h: Python's format specification mini-language and str.format.
//
// format_value(v, spec) is format(v, spec) for str, int (and bool) and
// float, following CPython 3.11: [[fill]align][sign][z][#][0][width]
// [grouping][.precision][type], with align < > ^ =, sign + - space,
// grouping , or _, and the types s (str); b c d o x X n (int); e E f F g G
// n % and none (float; ints accept these too). Other objects format
// through their __format__ method, or as str(v) when spec is empty. f-strings
// and the format() builtin call it.
//
// Errors are CPython's: ValueError "Unknown format code 'd' for object of
// type 'str'", "Invalid format specifier ...", "Cannot specify ',' with
// 'x'.", TypeError "unsupported format string passed to X.__format__".
//
// Concurrency: pure functions (they may call Python code through
// __format__, __getitem__ and attribute lookups).
#ifndef FTPY_VM_OBJECTS_FORMAT_H
#define FTPY_VM_OBJECTS_FORMAT_H

#include <stddef.h>

#include "vm/objects/str.h"
#include "vm/value.h"

// format(v, spec); a new str, or NULL with an exception set.
StrObject *format_value(Value v, StrObject *spec);

// format(d, spec) for a float's value (what float.__format__ does).
StrObject *format_float(double d, StrObject *spec);

// format(complex(re, im), spec) for a non-empty spec, as CPython 3.11's
// complex.__format__: the float types e E f F g G n apply to both parts;
// no type is repr-like (parentheses unless the real part is +0, a
// precision switches to 'g'). ValueError "Zero padding is not allowed in
// complex format specifier", "'=' alignment flag is not allowed in
// complex format specifier".
StrObject *format_complex(double re, double im, StrObject *spec);

// fmt.format(*args, **kwargs) in the CallFn convention: replacement
// fields {} {0} {name}, with .attr and [index] lookups, conversions !r !s
// !a, and format specs that may themselves hold {fields} (one level).
StrObject *str_format(StrObject *fmt, const Value *args, size_t nargs,
                      Object *kwnames);
// fmt.format_map(mapping): named fields are mapping[name] (so a dict
// subclass's __missing__ applies); positional fields are errors.
StrObject *str_format_map(StrObject *fmt, Value mapping);

// fmt % args: printf-style formatting (%d %5.2f %-10s %(key)s %x %r ...)
// with CPython's conversions and errors. `fmt` is a str; args a tuple, a
// mapping (for %(key)s) or a single value.
Value str_percent(Value fmt, Value args);
// fmt % args for a bytes or bytearray `fmt` (PEP 461), giving the same
// type: %s and %b take bytes-like objects or __bytes__ ("%b requires a
// bytes-like object, or an object that implements __bytes__, not
// 'str'"), %r and %a insert ascii(), %c an int in range(256) or a single
// byte; the numeric conversions are str's.
Value bytes_percent(Value fmt, Value args);

#endif // FTPY_VM_OBJECTS_FORMAT_H
