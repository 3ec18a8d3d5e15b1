// eval_ops.h: the slow paths of the eval loop's instructions, one named
// helper each, so that opcode bodies in eval.c stay a few lines long.
//
// Conventions: stack operands are passed as pointers into the value
// stack; helpers consume (decref) exactly what their comment says and
// report failure the VM way (vm/exc.h).
#ifndef FTPY_VM_EVAL_OPS_H
#define FTPY_VM_EVAL_OPS_H

#include <stdbool.h>

#include "vm/frame.h"

// UNPACK_SEQUENCE: pushes the `n` items of `seq` at out[0..n) in reverse
// order (out[n-1] is the first item); `seq` is not consumed.
bool unpack_sequence(Value seq, uint32_t n, Value *out);
// UNPACK_EX: `before` items, a list of the middle, `after` items, all in
// reverse order at out[0..before + after + 1).
bool unpack_ex(Value seq, uint32_t before, uint32_t after, Value *out);
// BUILD_STRING: concatenates the strs at items[0..n) (not consumed).
Value build_string(const Value *items, uint32_t n);
// FORMAT_VALUE: conversion (0 none, 1 str, 2 repr, 3 ascii) then
// format(v, spec); spec may be VALUE_NULL. Nothing is consumed.
Value format_value_op(Value v, uint32_t conversion, Value spec);
// BUILD_SET / SET_ADD / SET_UPDATE through the set type.
Value build_set(const Value *items, uint32_t n);
int set_add_value(Value set, Value item);
int set_update_values(Value set, Value iterable);
// LIST_EXTEND: appends every item of `iterable` to `list`.
int list_extend_values(Value list, Value iterable);
// DICT_UPDATE / DICT_MERGE (`unique`: a repeated key is a TypeError
// naming the called function `callee`, as f(**a, **b) reports it).
int dict_update_values(Value dict, Value mapping, bool unique, Value callee);
// CALL_EX: calls `callable` with the items of `args` (a tuple or any
// iterable) and `kwargs` (a dict, or VALUE_NULL).
Value call_ex(Value callable, Value args, Value kwargs);
// MAKE_FUNCTION: consumes the code and the optional parts (VALUE_NULL
// when absent; annotations is a dict).
Value make_function(Frame *f, Value code, Value defaults, Value kwdefaults,
                    Value annotations, Value closure);
// RAISE_VARARGS 1 and 2: raises `exc` (a class or an instance) with an
// optional cause (VALUE_NULL when absent). Neither is consumed.
void raise_exception(Value exc, Value cause);
// `raise` with no argument: re-raises the handled exception. false if
// there is none (RuntimeError raised instead).
bool reraise_handled(ThreadState *ts);
// CHECK_EG_MATCH: `e` (borrowed) becomes the exception being handled,
// which the previous one was (PUSH_EXC_INFO saved the one to restore).
void set_handled(ThreadState *ts, Value e);
// CHECK_EXC_MATCH: 1 / 0, or -1 when `type` is not an exception class or
// a tuple of them.
int exception_matches(Value exc, Value type);
// BEFORE_WITH: *exit = type(m).__exit__ bound to m, returns m.__enter__().
Value with_enter(Value manager, Value *exit);
// WITH_EXCEPT_START: exit(type(e), e, e.__traceback__).
Value with_exit_exception(Value exit, Value exc);
// PRINT_EXPR: writes repr(v) and a newline to sys.stdout and binds
// builtins._ = v, unless v is None. 0, or -1.
int print_expr(Value v);
// The errors of failed name lookups.
void raise_name_error(StrObject *name);
void raise_unbound_local(const CodeObject *code, uint32_t index);

#endif // FTPY_VM_EVAL_OPS_H
