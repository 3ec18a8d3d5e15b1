// test_float.c: float as Python shows it: the shortest repr, the
// constructor and string parsing, arithmetic corners (signed zeros, the
// errors of / // % **), exact comparisons with big ints, hash, methods
// and round. Expected values are python3's.
#include <float.h>

#include "tests/unit/number_support.h"
#include "vm/objects/number.h"
#include "vm/objects/type.h"

static void setup(void)
{
    runtime_setup();
    type_ready(&int_type);
    type_ready(&bool_type);
    type_ready(&float_type);
}

// Floats made inline by fl(), released when the test ends.
static Value made[256];
static int made_count;

static void teardown(void)
{
    for (int i = 0; i < made_count; i++)
        value_decref(made[i]);
    runtime_teardown();
}

TestSuite(float, .init = setup, .fini = teardown);

static Value keep(Value v)
{
    cr_assert_lt(made_count, 256);
    return made[made_count++] = v;
}

static Value fl(double d)
{
    cr_assert_lt(made_count, 256);
    return made[made_count++] = float_new(d);
}

Test(float, repr_is_the_shortest_round_trip)
{
    struct {
        double d;
        const char *want;
    } cases[] = {
        {0.1, "0.1"},
        {1e16, "1e+16"},
        {1e-5, "1e-05"},
        {123456789012345678.0, "1.2345678901234568e+17"},
        {1e22, "1e+22"},
        {0.0001, "0.0001"},
        {-0.0, "-0.0"},
        {0.0, "0.0"},
        {INFINITY, "inf"},
        {-INFINITY, "-inf"},
        {NAN, "nan"},
        {1.5, "1.5"},
        {100.0, "100.0"},
        {2.5e-7, "2.5e-07"},
        {1234567890123456.0, "1234567890123456.0"},
        {0.1 + 0.2, "0.30000000000000004"},
        {5e-324, "5e-324"},
        {1.7976931348623157e308, "1.7976931348623157e+308"},
        {9007199254740993.0, "9007199254740992.0"},
        {-123.456, "-123.456"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        expect_repr(float_new(cases[i].d), cases[i].want);
}

Test(float, format_helpers)
{
    StrObject *s = float_format_fixed(2.675, 2);
    cr_expect_str_eq(s->data, "2.67");
    refcount_dec(&s->header);
    s = float_format_exp(12345.678, 3);
    cr_expect_str_eq(s->data, "1.235e+04");
    refcount_dec(&s->header);
    s = float_format_fixed(-NAN, 2);
    cr_expect_str_eq(s->data, "nan");
    refcount_dec(&s->header);
}

Test(float, constructor)
{
    expect_repr(call_type(&float_type, 0, NULL), "0.0");
    const char *texts[][2] = {
        {"  1.5 ", "1.5"},     {"inf", "inf"},        {"-nan", "nan"},
        {"1_000.5", "1000.5"}, {"-Infinity", "-inf"}, {"1e500", "inf"},
        {".5", "0.5"},         {"5.", "5.0"},         {"1E5", "100000.0"},
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        Value arg = str_val(texts[i][0]);
        expect_repr(call_type(&float_type, 1, &arg), texts[i][1]);
        value_decref(arg);
    }
    Value arg = value_from_int(3);
    expect_repr(call_type(&float_type, 1, &arg), "3.0");
    arg = VALUE_TRUE;
    expect_repr(call_type(&float_type, 1, &arg), "1.0");
    arg = int_lit("9007199254740993"); // 2**53 + 1: rounds half to even
    expect_repr(call_type(&float_type, 1, &arg), "9007199254740992.0");
    value_decref(arg);
}

Test(float, constructor_errors)
{
    Value arg = str_val("x");
    expect_error(call_type(&float_type, 1, &arg), &exc_ValueError,
                 "could not convert string to float: 'x'");
    value_decref(arg);
    arg = str_val("0x1p3");
    expect_error(call_type(&float_type, 1, &arg), &exc_ValueError,
                 "could not convert string to float: '0x1p3'");
    value_decref(arg);
    arg = str_val("1__0");
    expect_error(call_type(&float_type, 1, &arg), &exc_ValueError,
                 "could not convert string to float: '1__0'");
    value_decref(arg);
    arg = op_binary(value_from_int(10), value_from_int(400), BINOP_POW);
    expect_error(call_type(&float_type, 1, &arg), &exc_OverflowError,
                 "int too large to convert to float");
    value_decref(arg);
    arg = VALUE_NONE;
    expect_error(call_type(&float_type, 1, &arg), &exc_TypeError,
                 "float() argument must be a string or a real number, not "
                 "'NoneType'");
}

Test(float, division_and_modulo_follow_cpython)
{
    expect_repr(op_binary(fl(-7.5), value_from_int(2), BINOP_FLOORDIV), "-4.0");
    expect_repr(op_binary(fl(7.5), value_from_int(-2), BINOP_MOD), "-0.5");
    expect_repr(op_binary(fl(-0.0), value_from_int(1), BINOP_MOD), "0.0");
    expect_repr(op_binary(fl(-0.0), value_from_int(1), BINOP_FLOORDIV), "-0.0");
    expect_repr(op_binary(fl(1.0), fl(-INFINITY), BINOP_MOD), "-inf");
    expect_pair(number_divmod(fl(7.5), value_from_int(-2)), "-4.0", "-0.5");
    expect_error(op_binary(value_from_int(1), fl(0.0), BINOP_TRUEDIV),
                 &exc_ZeroDivisionError, "float division by zero");
    expect_error(op_binary(fl(1.0), value_from_int(0), BINOP_FLOORDIV),
                 &exc_ZeroDivisionError, "float floor division by zero");
    expect_error(op_binary(fl(1.0), VALUE_FALSE, BINOP_MOD),
                 &exc_ZeroDivisionError, "float modulo");
    expect_error(number_divmod(value_from_int(1), fl(0.0)),
                 &exc_ZeroDivisionError, "float divmod()");
}

Test(float, power_corners)
{
    expect_repr(op_binary(fl(-2.0), fl(INFINITY), BINOP_POW), "inf");
    expect_repr(op_binary(fl(NAN), value_from_int(0), BINOP_POW), "1.0");
    expect_repr(op_binary(fl(1.0), fl(NAN), BINOP_POW), "1.0");
    expect_repr(op_binary(fl(-8.0), value_from_int(3), BINOP_POW), "-512.0");
    expect_repr(op_binary(fl(-0.0), value_from_int(3), BINOP_POW), "-0.0");
    expect_error(op_binary(fl(0.0), value_from_int(-1), BINOP_POW),
                 &exc_ZeroDivisionError,
                 "0.0 cannot be raised to a negative power");
    expect_repr(op_binary(fl(-8.0), fl(0.5), BINOP_POW),
                "(1.7319121124709868e-16+2.8284271247461903j)");
    Value r = op_binary(fl(10.0), value_from_int(400), BINOP_POW);
    cr_assert_eq(r, VALUE_NULL);
    ExceptionObject *e = exc_fetch();
    cr_assert_eq(object_type(&e->header), &exc_OverflowError);
    TupleObject *args = (TupleObject *)value_as_object(e->args);
    cr_assert_eq(args->size, 2);
    cr_expect_eq(args->items[0], value_from_int(34));
    cr_expect_str_eq(((StrObject *)value_as_object(args->items[1]))->data,
                     "Numerical result out of range");
    refcount_dec(&e->header);
    expect_repr(op_binary(fl(1e308), value_from_int(10), BINOP_MUL), "inf");
}

Test(float, comparisons_with_ints_are_exact)
{
    Value two63 = int_lit("9223372036854775808");
    Value two63p1 = int_lit("9223372036854775809");
    Value huge = op_binary(value_from_int(10), value_from_int(400), BINOP_POW);
    cr_expect_eq(op_compare_bool(two63, fl(0x1p63), CMP_EQ), 1);
    cr_expect_eq(op_compare_bool(fl(0x1p63), two63p1, CMP_LT), 1);
    cr_expect_eq(op_compare_bool(two63p1, fl(0x1p63), CMP_EQ), 0);
    cr_expect_eq(op_compare_bool(huge, fl(1e308), CMP_GT), 1);
    cr_expect_eq(op_compare_bool(huge, fl(INFINITY), CMP_LT), 1);
    cr_expect_eq(op_compare_bool(value_from_int(9007199254740993),
                                 fl(9007199254740992.0), CMP_GT),
                 1);
    cr_expect_eq(op_compare_bool(fl(NAN), value_from_int(1), CMP_LT), 0);
    cr_expect_eq(op_compare_bool(fl(NAN), value_from_int(1), CMP_NE), 1);
    cr_expect_eq(op_compare_bool(value_from_int(1), fl(NAN), CMP_GE), 0);
    cr_expect_eq(op_compare_bool(VALUE_TRUE, fl(1.0), CMP_EQ), 1);
    Value nan = float_new(NAN);
    cr_expect_eq(op_compare_bool(nan, nan, CMP_EQ), 0);
    cr_expect_eq(op_equal(nan, nan), 1, "containers check identity first");
    value_decref(nan);
    value_decref(two63);
    value_decref(two63p1);
    value_decref(huge);
}

Test(float, hash_matches_int_hash)
{
    cr_expect_eq(object_hash(fl(1.5)), 1152921504606846977);
    cr_expect_eq(object_hash(fl(-1.0)), -2);
    cr_expect_eq(object_hash(fl(-0.0)), 0);
    cr_expect_eq(object_hash(fl(INFINITY)), 314159);
    cr_expect_eq(object_hash(fl(-INFINITY)), -314159);
    cr_expect_eq(object_hash(fl(1e300)),
                 object_hash(keep(int_from_double(1e300))));
    Value a = float_new(NAN), b = float_new(NAN);
    cr_expect_neq(object_hash(a), object_hash(b), "nan hashes by identity");
    cr_expect_eq(object_equal(fl(3.0), value_from_int(3)), 1);
    value_decref(a);
    value_decref(b);
}

Test(float, methods_and_attributes)
{
    Value x = float_new(0.1);
    expect_pair(call_method(x, "as_integer_ratio", 0, NULL), "3602879701896397",
                "36028797018963968");
    expect_repr(call_method(x, "is_integer", 0, NULL), "False");
    expect_repr(op_getattr(x, str_intern_cstr("real")), "0.1");
    expect_repr(op_getattr(x, str_intern_cstr("imag")), "0.0");
    expect_repr(call_method(x, "conjugate", 0, NULL), "0.1");
    value_decref(x);
    x = float_new(-2.5);
    expect_pair(call_method(x, "as_integer_ratio", 0, NULL), "-5", "2");
    expect_repr(call_method(x, "__floor__", 0, NULL), "-3");
    expect_repr(call_method(x, "__ceil__", 0, NULL), "-2");
    expect_repr(call_method(x, "__trunc__", 0, NULL), "-2");
    value_decref(x);
    x = float_new(INFINITY);
    expect_error(call_method(x, "as_integer_ratio", 0, NULL),
                 &exc_OverflowError,
                 "cannot convert Infinity to integer ratio");
    value_decref(x);
    x = float_new(4.0);
    expect_repr(call_method(x, "is_integer", 0, NULL), "True");
    value_decref(x);
    expect_error(op_unary(fl(1.5), UNARY_INVERT), &exc_TypeError,
                 "bad operand type for unary ~: 'float'");
    expect_repr(op_unary(fl(0.0), UNARY_NEG), "-0.0");
}

Test(float, round_is_correctly_rounded)
{
    expect_repr(number_round(fl(2.675), value_from_int(2)), "2.67");
    expect_repr(number_round(fl(2.5), VALUE_NULL), "2");
    expect_repr(number_round(fl(3.5), VALUE_NONE), "4");
    expect_repr(number_round(fl(-0.5), VALUE_NULL), "0");
    expect_repr(number_round(fl(0.5), value_from_int(0)), "0.0");
    expect_repr(number_round(fl(-0.4), value_from_int(0)), "-0.0");
    expect_repr(number_round(fl(0.125), value_from_int(2)), "0.12");
    expect_repr(number_round(fl(1234.5678), value_from_int(-2)), "1200.0");
    expect_repr(number_round(fl(1.5), value_from_int(400)), "1.5");
    expect_error(number_round(fl(1.7976931348623157e308), value_from_int(-308)),
                 &exc_OverflowError, "rounded value too large to represent");
    expect_error(number_round(fl(INFINITY), VALUE_NULL), &exc_OverflowError,
                 "cannot convert float infinity to integer");
    expect_error(number_round(fl(NAN), VALUE_NULL), &exc_ValueError,
                 "cannot convert float NaN to integer");
    expect_error(number_round(fl(1.5), fl(1.0)), &exc_TypeError,
                 "'float' object cannot be interpreted as an integer");
    expect_repr(number_abs(fl(-0.0)), "0.0");
}

// float.hex() and float.fromhex(); python3 gives the expected strings.
Test(float, hex_and_fromhex)
{
    struct {
        double d;
        const char *hex;
    } cases[] = {
        {255.0, "0x1.fe00000000000p+7"},
        {0.1, "0x1.999999999999ap-4"},
        {-0.0, "-0x0.0p+0"},
        {5e-324, "0x0.0000000000001p-1022"},
        {INFINITY, "inf"},
        {1.7976931348623157e308, "0x1.fffffffffffffp+1023"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        StrObject *s = float_hex_double(cases[k].d);
        cr_expect_str_eq(s->data, cases[k].hex);
        refcount_dec(&s->header);
    }
    Value ft = type_val(&float_type);
    expect_repr(
        call_method(ft, "fromhex", 1, (Value[]){keep(str_val("0x1.8p1"))}),
        "3.0");
    expect_repr(call_method(fl(255.0), "hex", 0, NULL),
                "'0x1.fe00000000000p+7'");
    double d;
    // Half to even at the last bit, and underflow to the smallest
    // subnormal from just above half of it.
    cr_assert(float_from_hex("0x1.00000000000008p0", 20, &d));
    cr_expect_eq(d, 1.0);
    cr_assert(float_from_hex("0x1.00000000000018p0", 20, &d));
    cr_expect_eq(d, 1.0 + 2 * DBL_EPSILON);
    cr_assert(float_from_hex(" -0x1.0000000000001p-1075 ", 26, &d));
    cr_expect_eq(d, -5e-324);
    cr_assert(float_from_hex("-Infinity", 9, &d));
    cr_expect(isinf(d) && d < 0);
    cr_expect_not(float_from_hex("0x1.fffffffffffff8p+1023", 24, &d));
    expect_error(VALUE_NULL, &exc_OverflowError,
                 "hexadecimal value too large to represent as a float");
    cr_expect_not(float_from_hex("0x1p", 4, &d));
    expect_error(VALUE_NULL, &exc_ValueError,
                 "invalid hexadecimal floating-point string");
    expect_error(call_method(ft, "fromhex", 1, (Value[]){fl(1.0)}),
                 &exc_TypeError, "bad argument type for built-in operation");
}
