// number_support.h: small helpers the int and float tests share: values
// from Python-like literals, results as the text Python prints, and
// checks of the exception raised.
#ifndef FTPY_TESTS_UNIT_NUMBER_SUPPORT_H
#define FTPY_TESTS_UNIT_NUMBER_SUPPORT_H

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tests/unit/support.h"
#include "vm/exc.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

static inline Value int_lit(const char *text)
{
    return int_from_string(text, strlen(text), 10);
}

static inline Value str_val(const char *text)
{
    return value_steal(&str_from_cstr(text)->header);
}

static inline Value type_val(TypeObject *t)
{
    return value_new_ref(&t->header);
}

// repr(v) as a C string the caller frees; drops the reference to v.
static inline char *repr_take(Value v)
{
    cr_assert_neq(v, VALUE_NULL, "unexpected exception: %s",
                  exc_occurred() ? exception_message(exc_occurred()) : "?");
    StrObject *s = op_repr(v);
    char *text = strdup(s->data);
    refcount_dec(&s->header);
    value_decref(v);
    return text;
}

static inline void expect_repr(Value v, const char *want)
{
    char *got = repr_take(v);
    cr_expect_str_eq(got, want);
    free(got);
}

// A 2-tuple's items, each checked against its repr; drops the tuple.
static inline void expect_pair(Value v, const char *first, const char *second)
{
    cr_assert_neq(v, VALUE_NULL);
    cr_assert_eq(value_type(v), &tuple_type);
    TupleObject *t = (TupleObject *)value_as_object(v);
    cr_assert_eq(t->size, 2);
    value_incref(t->items[0]);
    value_incref(t->items[1]);
    expect_repr(t->items[0], first);
    expect_repr(t->items[1], second);
    value_decref(v);
}

// The call failed with `type` and message `msg` (NULL: not checked).
static inline void expect_error(Value r, TypeObject *type, const char *msg)
{
    cr_assert_eq(r, VALUE_NULL, "expected %s", type->name);
    ExceptionObject *e = exc_fetch();
    cr_assert_not_null(e);
    cr_expect_eq(object_type(&e->header), type, "raised %s, expected %s",
                 object_type(&e->header)->name, type->name);
    if (msg) {
        const char *m = exception_message(e);
        cr_expect_str_eq(m ? m : "<no message>", msg);
    }
    refcount_dec(&e->header);
}

// type(*args) with positional arguments.
static inline Value call_type(TypeObject *t, size_t nargs, const Value *args)
{
    return op_call(type_val(t), args, nargs, NULL);
}

// obj.name(*args); drops nothing.
static inline Value call_method(Value obj, const char *name, size_t nargs,
                                const Value *args)
{
    Value m = op_getattr(obj, str_intern_cstr(name));
    cr_assert_neq(m, VALUE_NULL, "no method %s", name);
    Value r = op_call(m, args, nargs, NULL);
    value_decref(m);
    return r;
}

#endif // FTPY_TESTS_UNIT_NUMBER_SUPPORT_H
