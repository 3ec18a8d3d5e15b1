// test_complex.c: complex as Python shows it: repr with signed zeros and
// specials, the hash shared with int and float, == across the number
// types, arithmetic whose last bits depend on the order of the
// operations, the errno-driven errors of **, and complex('...').
// Expected values are python3's.
#include "tests/unit/number_support.h"
#include "vm/objects/complex.h"
#include "vm/objects/type.h"

static void setup(void)
{
    runtime_setup();
    type_ready(&int_type);
    type_ready(&bool_type);
    type_ready(&float_type);
    type_ready(&complex_type);
}

TestSuite(complex, .init = setup, .fini = runtime_teardown);

static Value cx(double re, double im)
{
    return complex_new(re, im);
}

// op_binary with both operands dropped afterwards.
static Value binary(Value a, Value b, BinOp op)
{
    Value r = op_binary(a, b, op);
    value_decref(a);
    value_decref(b);
    return r;
}

Test(complex, repr)
{
    expect_repr(cx(1, 2), "(1+2j)");
    expect_repr(cx(0, 1), "1j");
    expect_repr(cx(0, -0.0), "-0j");
    expect_repr(cx(-0.0, -1), "(-0-1j)");
    expect_repr(cx(-0.0, 0), "(-0+0j)");
    expect_repr(cx(NAN, INFINITY), "(nan+infj)");
    expect_repr(cx(0, -NAN), "nanj");
    expect_repr(cx(1e16, 1e-5), "(1e+16+1e-05j)");
    expect_repr(cx(1.5, -2.25), "(1.5-2.25j)");
}

Test(complex, hash_matches_int_and_float)
{
    Value z = cx(1, 0), w = cx(1.5, 2.5), v = cx(0, -1);
    cr_expect_eq(object_hash(z), object_hash(value_from_int(1)));
    cr_expect_eq(object_hash(w), 4611686018429387911LL);
    cr_expect_eq(object_hash(v), -2000006);
    cr_expect_eq(op_equal(z, value_from_int(1)), 1);
    cr_expect_eq(op_equal(value_from_int(1), z), 1);
    cr_expect_eq(op_equal(w, value_from_int(1)), 0);
    value_decref(z);
    value_decref(w);
    value_decref(v);
}

Test(complex, arithmetic_corners)
{
    expect_repr(binary(cx(INFINITY, 0), float_new(2.0), BINOP_TRUEDIV),
                "(inf+nanj)");
    expect_repr(binary(value_from_int(1), cx(1e-320, 1e-320), BINOP_TRUEDIV),
                "(inf-infj)");
    expect_repr(binary(cx(1e200, 1e200), value_from_int(2), BINOP_POW),
                "(nan+nanj)");
    expect_repr(binary(cx(0, 1), value_from_int(-2), BINOP_POW), "(-1-0j)");
    expect_repr(binary(float_new(-8.0), float_new(1.0 / 3), BINOP_POW),
                "(1.0000000000000002+1.7320508075688772j)");
    expect_error(binary(cx(1, 0), cx(0, 0), BINOP_TRUEDIV),
                 &exc_ZeroDivisionError, "complex division by zero");
    expect_error(binary(cx(0, 0), value_from_int(-1), BINOP_POW),
                 &exc_ZeroDivisionError, "0.0 to a negative or complex power");
    expect_error(binary(cx(10, 0), value_from_int(400), BINOP_POW),
                 &exc_OverflowError, "complex exponentiation");
    expect_error(binary(cx(1, 0), value_from_int(1), BINOP_FLOORDIV),
                 &exc_TypeError,
                 "unsupported operand type(s) for //: 'complex' and 'int'");
}

static void expect_parse(const char *text, const char *want)
{
    Value s = str_val(text);
    Value r = call_type(&complex_type, 1, &s);
    value_decref(s);
    if (want)
        expect_repr(r, want);
    else
        expect_error(r, &exc_ValueError, "complex() arg is a malformed string");
}

Test(complex, from_string)
{
    expect_parse(" ( 1+2j ) ", "(1+2j)");
    expect_parse("-j", "-1j");
    expect_parse("1+j", "(1+1j)");
    expect_parse("1_0+2_0j", "(10+20j)");
    expect_parse("-Infinityj", "-infj");
    expect_parse("1e5-1e-5J", "(100000-1e-05j)");
    expect_parse("1 + 2j", NULL);
    expect_parse("1e", NULL);
    expect_parse("(1+2j", NULL);
    expect_parse("", NULL);
}
