// match.h: the run-time side of match statements (PEP 634): the slow
// paths of MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS and
// COPY_DICT_WITHOUT_KEYS (vm/opcodes.def), with CPython 3.11's results
// and error messages. The compiler's side is vm/compile/compile_match.c.
//
// What counts as a sequence or a mapping follows CPython's type flags:
// list, tuple, range and array.array are sequences and dict a mapping, as
// are their subclasses; a class is also one when a class before any of
// those in its MRO carries collections.abc's marker `__abc_tpflags__` in
// its own dict (collections.abc.Sequence and Mapping do, and
// ABCMeta.register sets it on registered classes). str, bytes and bytearray
// never are.
//
// Thread safety: containers are read through their own APIs (dict_get,
// tuples are immutable), which are safe against concurrent writers; no
// global lock is taken. Arbitrary Python code may run (__eq__, get,
// __instancecheck__, properties), as in CPython.
#ifndef FTPY_VM_MATCH_H
#define FTPY_VM_MATCH_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/value.h"

// MATCH_SEQUENCE / MATCH_MAPPING: whether a sequence / mapping pattern
// may match `v` (no Python code runs).
bool match_is_sequence(Value v);
bool match_is_mapping(Value v);

// MATCH_KEYS: `keys` is a tuple. A new tuple of map.get(k, <missing>)
// for each key, VALUE_NONE when one is missing, VALUE_NULL on error (a
// key repeated at run time is a ValueError: "mapping pattern checks
// duplicate key ('a')"). Nothing is consumed.
Value match_keys(Value map, Value keys);

// COPY_DICT_WITHOUT_KEYS: a new dict with the items of `map` except
// `keys` (a tuple), or VALUE_NULL on error. Nothing is consumed.
Value match_copy_without_keys(Value map, Value keys);

// MATCH_CLASS: whether `subject` is an instance of `cls` and has the
// attributes the pattern names: `nargs` positional sub-patterns (named by
// cls.__match_args__, or the subject itself for bool, bytearray, bytes,
// dict, float, frozenset, int, list, set, str, tuple and their
// subclasses) then the keyword ones in `names` (a tuple of str). A new
// tuple of the attributes, VALUE_NONE when the pattern does not match
// (an AttributeError looking one up means no match), VALUE_NULL on
// error. Nothing is consumed.
Value match_class(Value subject, Value cls, uint32_t nargs, Value names);

#endif // FTPY_VM_MATCH_H
