// ops.h: the generic operations the eval loop and every builtin use on
// any Value: repr/str, arithmetic, comparison, truth, length, items,
// iteration, calls and attributes. Each dispatches to the operand's type
// slots (vm/object.h) and falls back to Python's default behaviour, with
// CPython's error messages when neither side supports the operation.
//
// Conventions (vm/exc.h): arguments are borrowed; returned Values and
// objects are new references; VALUE_NULL / NULL / -1 mean an exception is
// set.
#ifndef FTPY_VM_OPS_H
#define FTPY_VM_OPS_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/object.h"
#include "vm/value.h"

typedef struct StrObject StrObject;

// The type of any Value (small ints are int).
TypeObject *value_type(Value v);
// Python's `a is b` (small ints compare by value; tags are ignored).
static inline bool value_same(Value a, Value b)
{
    if (value_is_int(a) || value_is_int(b))
        return a == b;
    return value_as_object(a) == value_as_object(b);
}

StrObject *op_repr(Value v);
StrObject *op_str(Value v);
// `op` is a BinOp, optionally | BINOP_INPLACE.
Value op_binary(Value a, Value b, int op);
Value op_unary(Value a, UnaryOp op);
// Rich comparison; the result may be any object (usually a bool).
Value op_compare(Value a, Value b, CmpOp op);
// The same, reduced to truth: 1 / 0 / -1.
int op_compare_bool(Value a, Value b, CmpOp op);
// `a == b` for containers: identity first, then ==. 1 / 0 / -1.
int op_equal(Value a, Value b);
int op_truth(Value v);
int64_t op_len(Value v);
Value op_getitem(Value container, Value key);
int op_setitem(Value container, Value key, Value value);
int op_delitem(Value container, Value key);
// `item in container`: 1 / 0 / -1.
int op_contains(Value container, Value item);
Value op_iter(Value v);
// The next item; VALUE_NULL when exhausted (no exception) or on error.
// A StopIteration raised by the iterator means exhausted and is cleared.
Value op_next(Value iterator);
// The same without clearing StopIteration (its value matters to
// `yield from`).
Value op_next_raw(Value iterator);
Value op_call(Value callable, const Value *args, size_t nargs, Object *kwnames);
Value op_getattr(Value v, StrObject *name);
// 1 and a new reference in *out if present, 0 if absent (AttributeError
// swallowed), -1 on another error.
int op_lookup_attr(Value v, StrObject *name, Value *out);
int op_setattr(Value v, StrObject *name, Value value);
int op_delattr(Value v, StrObject *name);
// hash(v), or -1 with TypeError "unhashable type: 'list'".
int64_t op_hash(Value v);
// Whether iter(v) could succeed.
static inline bool op_is_iterable(Value v)
{
    return value_type(v)->iter != NULL;
}
// Whether calling `v` could succeed (callable()).
bool op_is_callable(Value v);

// The singletons, as Values.
#define VALUE_NONE ((Value)&none_object | VALUE_TAG_BORROWED)
#define VALUE_TRUE ((Value)&true_object | VALUE_TAG_BORROWED)
#define VALUE_FALSE ((Value)&false_object | VALUE_TAG_BORROWED)
#define VALUE_NOT_IMPLEMENTED ((Value)&notimpl_object | VALUE_TAG_BORROWED)
#define VALUE_ELLIPSIS ((Value)&ellipsis_object | VALUE_TAG_BORROWED)
extern Object none_object, true_object, false_object, notimpl_object,
    ellipsis_object;
extern TypeObject none_type, bool_type, notimpl_type, ellipsis_type;

static inline Value value_bool(bool b)
{
    return b ? VALUE_TRUE : VALUE_FALSE;
}
static inline bool value_is_none(Value v)
{
    return value_as_object(v) == &none_object && !value_is_int(v);
}
static inline bool value_is_not_implemented(Value v)
{
    return value_as_object(v) == &notimpl_object && !value_is_int(v);
}
// Whether `v` is an instance of `t` or of a subclass.
bool value_isinstance(Value v, TypeObject *t);

#endif // FTPY_VM_OPS_H
