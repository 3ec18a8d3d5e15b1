// test_ops.c: the generic operations' fallbacks and messages, and types
// as objects (what `type(x)`, `repr(int)` and attribute lookup show).
#include <string.h>

#include "tests/unit/support.h"
#include "vm/exc.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

TestSuite(ops, .init = runtime_setup, .fini = runtime_teardown);

static void expect_error(TypeObject *type, const char *message)
{
    ExceptionObject *e = exc_fetch();
    cr_assert(e != NULL);
    if (e == NULL)
        return;
    cr_expect_eq(object_type(&e->header), type);
    cr_expect_str_eq(exception_message(e), message);
    value_decref(value_steal(&e->header));
}

static void expect_repr(Value v, const char *text)
{
    StrObject *s = op_repr(v);
    cr_assert(s != NULL);
    cr_expect_str_eq(s ? s->data : "", text);
    refcount_dec(&s->header);
}

Test(ops, singletons_repr_and_truth)
{
    expect_repr(VALUE_NONE, "None");
    expect_repr(VALUE_NOT_IMPLEMENTED, "NotImplemented");
    expect_repr(VALUE_ELLIPSIS, "Ellipsis");
    cr_expect_eq(op_truth(VALUE_NONE), 0);
    cr_expect_eq(op_truth(value_from_int(0)), 0);
    cr_expect_eq(op_truth(value_from_int(-3)), 1);
}

Test(ops, types_are_objects)
{
    expect_repr(value_new_ref(&str_type.header), "<class 'str'>");
    cr_expect_eq(value_type(value_from_int(1)), &int_type);
    cr_expect_eq(value_type(VALUE_NONE), &none_type);
    cr_expect_eq(object_type(&str_type.header), &type_type);
    // type(None)() is None, as in CPython.
    Value t = value_new_ref(&none_type.header);
    cr_expect_eq(op_call(t, NULL, 0, NULL), VALUE_NONE);
    // type(x) with one argument.
    Value arg = VALUE_NONE;
    Value r = op_call(value_new_ref(&type_type.header), &arg, 1, NULL);
    cr_expect_eq(value_as_object(r), &none_type.header);
}

Test(ops, unsupported_operands_name_both_types)
{
    Value s = value_steal(&str_from_cstr("a")->header);
    cr_expect_eq(op_binary(VALUE_NONE, s, BINOP_ADD), VALUE_NULL);
    expect_error(&exc_TypeError,
                 "unsupported operand type(s) for +: 'NoneType' and 'str'");
    cr_expect_eq(op_binary(VALUE_NONE, s, BINOP_POW), VALUE_NULL);
    expect_error(&exc_TypeError, "unsupported operand type(s) for ** or "
                                 "pow(): 'NoneType' and 'str'");
    cr_expect_eq(op_binary(VALUE_NONE, s, BINOP_SUB | BINOP_INPLACE),
                 VALUE_NULL);
    expect_error(&exc_TypeError,
                 "unsupported operand type(s) for -=: 'NoneType' and 'str'");
    cr_expect_eq(op_unary(VALUE_NONE, UNARY_NEG), VALUE_NULL);
    expect_error(&exc_TypeError, "bad operand type for unary -: 'NoneType'");
    value_decref(s);
}

Test(ops, comparison_falls_back_to_identity_for_equality_only)
{
    cr_expect_eq(op_compare_bool(VALUE_NONE, VALUE_NONE, CMP_EQ), 1);
    cr_expect_eq(op_compare_bool(VALUE_NONE, VALUE_ELLIPSIS, CMP_NE), 1);
    cr_expect_eq(op_compare_bool(VALUE_NONE, VALUE_ELLIPSIS, CMP_LT), -1);
    expect_error(&exc_TypeError, "'<' not supported between instances of "
                                 "'NoneType' and 'ellipsis'");
}

Test(ops, missing_protocols_raise_type_errors)
{
    cr_expect_eq(op_len(VALUE_NONE), -1);
    expect_error(&exc_TypeError, "object of type 'NoneType' has no len()");
    cr_expect_eq(op_iter(VALUE_NONE), VALUE_NULL);
    expect_error(&exc_TypeError, "'NoneType' object is not iterable");
    cr_expect_eq(op_call(VALUE_NONE, NULL, 0, NULL), VALUE_NULL);
    expect_error(&exc_TypeError, "'NoneType' object is not callable");
    cr_expect_eq(op_getitem(VALUE_NONE, VALUE_NONE), VALUE_NULL);
    expect_error(&exc_TypeError, "'NoneType' object is not subscriptable");
    StrObject *name = str_intern_cstr("foo");
    cr_expect_eq(op_getattr(VALUE_NONE, name), VALUE_NULL);
    expect_error(&exc_AttributeError,
                 "'NoneType' object has no attribute 'foo'");
}

Test(ops, strbuf_builds_text)
{
    StrBuf b;
    strbuf_init(&b);
    for (int i = 0; i < 100; i++)
        strbuf_printf(&b, "%d,", i);
    StrObject *s = strbuf_finish(&b);
    cr_expect_eq(s->size, 290);
    cr_expect(strncmp(s->data, "0,1,2,", 6) == 0);
    cr_expect(str_equal_cstr(s, s->data));
    refcount_dec(&s->header);
}
