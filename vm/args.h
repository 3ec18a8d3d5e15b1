// args.h: unpacking the arguments of builtin functions and methods (the
// CallFn convention of vm/object.h) with CPython's error messages, and
// the conversions builtins apply to them.
#ifndef FTPY_VM_ARGS_H
#define FTPY_VM_ARGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/object.h"
#include "vm/value.h"

// Positional-only arguments and no keywords: checks min <= nargs <= max,
// raising TypeError ("len() takes exactly one argument (2 given)",
// "pop expected at most 1 argument, got 2", "x() takes no keyword
// arguments") otherwise.
bool args_positional(const char *fname, size_t nargs, Object *kwnames,
                     size_t min, size_t max);

// General unpacking. `names` lists the parameters separated by commas,
// e.g. "sep,maxsplit"; the first `posonly` may only be passed by
// position, the first `required` are mandatory; a name starting with '$'
// is keyword-only. out[i] receives the (borrowed) argument or VALUE_NULL
// when not given.
bool args_parse(const char *fname, const Value *args, size_t nargs,
                Object *kwnames, const char *names, size_t posonly,
                size_t required, Value *out);

// The keyword check of CPython's Argument Clinic, for builtins whose
// unknown keywords are reported as "'foo' is an invalid keyword argument
// for complex()" (args_parse says "got an unexpected keyword argument",
// as Python functions do): false with that TypeError if a name in
// `kwnames` is not among `names` (args_parse's list).
bool args_clinic_keywords(const char *fname, Object *kwnames,
                          const char *names);

// An int (or bool) as a C integer: TypeError "'str' object cannot be
// interpreted as an integer" for other types, OverflowError "Python int
// too large to convert to C ssize_t" when it does not fit.
bool value_as_index(Value v, int64_t *out);
// Like value_as_index, but None gives `dflt` (slice-style arguments).
bool value_as_index_or_none(Value v, int64_t dflt, int64_t *out);
// Python's slice.indices(): clamps start/stop/step Values (None =
// default) to a sequence of `length`; returns the item count, or -1.
int64_t slice_adjust(Value start, Value stop, Value step, int64_t length,
                     int64_t *ostart, int64_t *ostop, int64_t *ostep);
// The optional start/end arguments of str and bytes find, count,
// startswith and the like (absent or None = the whole of `length`),
// clamped as CPython's ADJUST_INDICES; *start may still exceed *end or
// `length`. TypeError "slice indices must be integers or None or have an
// __index__ method" for other types.
bool args_text_range(Value vstart, Value vend, int64_t length, int64_t *start,
                     int64_t *end);
// A sequence index: negative counts from the end; -1 with IndexError
// "<what> index out of range" when outside [0, length).
int64_t index_normalize(Value index, int64_t length, const char *what);

#endif // FTPY_VM_ARGS_H
