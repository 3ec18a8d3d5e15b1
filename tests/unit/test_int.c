// test_int.c: int and bool as Python shows them: the two representations
// and normalisation, repr and bases, hash, the constructor, methods and
// attributes, bool's own behaviour, to/from bytes, errors. Expected values
// are python3's. (test_number.c replays thousands of generated cases.)
#include "tests/unit/number_support.h"
#include "vm/objects/bytes.h"
#include "vm/objects/number.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"

static void setup(void)
{
    runtime_setup();
    type_ready(&int_type);
    type_ready(&bool_type);
    type_ready(&float_type);
}

TestSuite(int, .init = setup, .fini = runtime_teardown);

Test(int, results_are_tagged_whenever_they_fit)
{
    Value max = int_from_i64(VALUE_INT_MAX);
    cr_assert(value_is_int(max));
    Value big = op_binary(max, value_from_int(1), BINOP_ADD);
    cr_assert(value_is_object(big), "2**62 is an IntObject");
    cr_expect_eq(value_type(big), &int_type);
    Value back = op_binary(big, value_from_int(1), BINOP_SUB);
    cr_expect_eq(back, max, "2**62 - 1 is tagged again");
    Value neg = op_unary(big, UNARY_NEG); // -2**62 fits
    cr_expect(value_is_int(neg));
    cr_expect_eq(value_as_int(neg), VALUE_INT_MIN);
    Value parsed = int_lit("00000000000000000000000000000042");
    cr_expect_eq(parsed, value_from_int(42));
    value_decref(big);
}

Test(int, repr_and_bases)
{
    expect_repr(value_from_int(0), "0");
    expect_repr(value_from_int(-5), "-5");
    expect_repr(int_lit("-1267650600228229401496703205376"),
                "-1267650600228229401496703205376");
    struct {
        int64_t v;
        int base;
        const char *want;
    } cases[] = {{255, 16, "0xff"}, {-255, 16, "-0xff"}, {8, 8, "0o10"},
                 {-5, 2, "-0b101"}, {0, 16, "0x0"},      {0, 2, "0b0"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        StrObject *s = int_to_string(value_from_int(cases[i].v), cases[i].base);
        cr_expect_str_eq(s->data, cases[i].want);
        refcount_dec(&s->header);
    }
    Value big = int_lit("-340282366920938463463374607431768211456"); // -2**128
    StrObject *s = int_to_string(big, 16);
    cr_expect_str_eq(s->data, "-0x100000000000000000000000000000000");
    refcount_dec(&s->header);
    value_decref(big);
}

Test(int, decimal_conversion_has_cpythons_digit_limit)
{
    Value big = op_binary(value_from_int(10), value_from_int(5000), BINOP_POW);
    cr_assert_eq(op_repr(big), NULL);
    expect_error(VALUE_NULL, &exc_ValueError,
                 "Exceeds the limit (4300 digits) for integer string "
                 "conversion; use sys.set_int_max_str_digits() to increase "
                 "the limit");
    int_set_max_str_digits(0);
    char *text = repr_take(big);
    cr_expect_eq(strlen(text), 5001);
    free(text);
    int_set_max_str_digits(4300);
}

Test(int, hash_is_pythons)
{
    cr_expect_eq(object_hash(value_from_int(-1)), -2);
    Value m = int_lit("2305843009213693951"); // 2**61 - 1
    cr_expect_eq(object_hash(m), 0);
    Value big = int_lit("-100000000000000000000000000000");
    cr_expect_eq(object_hash(big), -968863072241352051);
    Value two63 = int_lit("9223372036854775808");
    Value f = float_new(9223372036854775808.0);
    cr_expect_eq(object_hash(two63), object_hash(f));
    cr_expect_eq(object_hash(two63), 4);
    cr_expect_eq(object_equal(two63, f), 1);
    cr_expect_eq(object_equal(value_from_int(1), VALUE_TRUE), 1);
    cr_expect_eq(object_hash(VALUE_TRUE), 1);
    value_decref(m);
    value_decref(big);
    value_decref(two63);
    value_decref(f);
}

Test(int, constructor)
{
    expect_repr(call_type(&int_type, 0, NULL), "0");
    Value args[2] = {str_val("  -1_000 ")};
    expect_repr(call_type(&int_type, 1, args), "-1000");
    value_decref(args[0]);
    args[0] = str_val("0x1f");
    args[1] = value_from_int(0);
    expect_repr(call_type(&int_type, 2, args), "31");
    value_decref(args[0]);
    args[0] = float_new(-3.99);
    expect_repr(call_type(&int_type, 1, args), "-3");
    value_decref(args[0]);
    args[0] = float_new(3.5e300);
    char *text = repr_take(call_type(&int_type, 1, args));
    cr_expect_eq(strncmp(text, "34999999999999998863632791976588", 32), 0);
    cr_expect_eq(strlen(text), 301);
    free(text);
    value_decref(args[0]);
    args[0] = VALUE_TRUE;
    expect_repr(call_type(&int_type, 1, args), "1");
}

Test(int, constructor_errors)
{
    Value args[2] = {str_val("abc")};
    expect_error(call_type(&int_type, 1, args), &exc_ValueError,
                 "invalid literal for int() with base 10: 'abc'");
    value_decref(args[0]);
    args[0] = float_new(1.5);
    args[1] = value_from_int(10);
    expect_error(call_type(&int_type, 2, args), &exc_TypeError,
                 "int() can't convert non-string with explicit base");
    value_decref(args[0]);
    args[0] = str_val("1");
    args[1] = value_from_int(1);
    expect_error(call_type(&int_type, 2, args), &exc_ValueError,
                 "int() base must be >= 2 and <= 36, or 0");
    value_decref(args[0]);
    args[0] = VALUE_NONE;
    expect_error(call_type(&int_type, 1, args), &exc_TypeError,
                 "int() argument must be a string, a bytes-like object or a "
                 "real number, not 'NoneType'");
    args[0] = float_new(NAN);
    expect_error(call_type(&int_type, 1, args), &exc_ValueError,
                 "cannot convert float NaN to integer");
    value_decref(args[0]);
    args[0] = float_new(-INFINITY);
    expect_error(call_type(&int_type, 1, args), &exc_OverflowError,
                 "cannot convert float infinity to integer");
    value_decref(args[0]);
}

Test(int, methods_and_attributes)
{
    Value n = value_from_int(-255);
    expect_repr(call_method(n, "bit_length", 0, NULL), "8");
    expect_repr(call_method(n, "bit_count", 0, NULL), "8");
    expect_repr(call_method(n, "conjugate", 0, NULL), "-255");
    expect_pair(call_method(n, "as_integer_ratio", 0, NULL), "-255", "1");
    expect_repr(call_method(value_from_int(0), "bit_length", 0, NULL), "0");
    Value big = int_lit("1267650600228229401496703205376"); // 2**100
    expect_repr(call_method(big, "bit_length", 0, NULL), "101");
    expect_repr(op_getattr(big, str_intern_cstr("real")),
                "1267650600228229401496703205376");
    expect_repr(op_getattr(big, str_intern_cstr("imag")), "0");
    expect_repr(op_getattr(n, str_intern_cstr("numerator")), "-255");
    expect_repr(op_getattr(n, str_intern_cstr("denominator")), "1");
    expect_repr(op_getattr(VALUE_TRUE, str_intern_cstr("real")), "1");
    expect_repr(call_method(VALUE_TRUE, "bit_length", 0, NULL), "1");
    value_decref(big);
}

Test(int, bool_is_an_int_that_prints_as_a_bool)
{
    expect_repr(VALUE_TRUE, "True");
    expect_repr(VALUE_FALSE, "False");
    cr_expect(value_isinstance(VALUE_TRUE, &int_type));
    expect_repr(op_binary(VALUE_TRUE, VALUE_TRUE, BINOP_ADD), "2");
    expect_repr(op_binary(VALUE_TRUE, VALUE_FALSE, BINOP_AND), "False");
    expect_repr(op_binary(VALUE_TRUE, VALUE_FALSE, BINOP_OR), "True");
    expect_repr(op_binary(VALUE_TRUE, VALUE_TRUE, BINOP_XOR), "False");
    expect_repr(op_binary(VALUE_TRUE, value_from_int(3), BINOP_AND), "1");
    expect_repr(op_binary(value_from_int(3), VALUE_TRUE, BINOP_OR), "3");
    expect_repr(op_binary(VALUE_TRUE, VALUE_TRUE, BINOP_TRUEDIV), "1.0");
    expect_repr(op_unary(VALUE_TRUE, UNARY_INVERT), "-2");
    expect_repr(op_unary(VALUE_TRUE, UNARY_NEG), "-1");
    expect_repr(op_unary(VALUE_TRUE, UNARY_POS), "1");
    cr_expect_eq(op_compare_bool(VALUE_TRUE, value_from_int(1), CMP_EQ), 1);
    cr_expect_eq(op_compare_bool(VALUE_FALSE, VALUE_TRUE, CMP_LT), 1);
    Value args[1] = {value_from_int(0)};
    expect_repr(call_type(&bool_type, 1, args), "False");
    args[0] = str_val("x");
    expect_repr(call_type(&bool_type, 1, args), "True");
    value_decref(args[0]);
    expect_repr(call_type(&bool_type, 0, NULL), "False");
}

Test(int, mixed_operations_go_through_the_generic_layer)
{
    Value s = str_val("a");
    expect_error(op_binary(value_from_int(1), s, BINOP_ADD), &exc_TypeError,
                 "unsupported operand type(s) for +: 'int' and 'str'");
    expect_error(op_binary(value_from_int(1), s, BINOP_ADD | BINOP_INPLACE),
                 &exc_TypeError,
                 "unsupported operand type(s) for +=: 'int' and 'str'");
    expect_error(op_compare(value_from_int(1), s, CMP_LT), &exc_TypeError,
                 "'<' not supported between instances of 'int' and 'str'");
    cr_expect_eq(op_compare_bool(value_from_int(1), s, CMP_EQ), 0);
    value_decref(s);
    Value f = float_new(0.5);
    expect_repr(op_binary(value_from_int(1), f, BINOP_ADD), "1.5");
    expect_repr(op_binary(f, value_from_int(2), BINOP_POW), "0.25");
    expect_error(op_binary(value_from_int(1), f, BINOP_LSHIFT), &exc_TypeError,
                 "unsupported operand type(s) for <<: 'int' and 'float'");
    value_decref(f);
    expect_repr(op_binary(value_from_int(2), value_from_int(-2), BINOP_POW),
                "0.25");
    expect_error(op_binary(value_from_int(0), value_from_int(-1), BINOP_POW),
                 &exc_ZeroDivisionError,
                 "0.0 cannot be raised to a negative power");
    expect_error(op_binary(value_from_int(1), value_from_int(-1), BINOP_LSHIFT),
                 &exc_ValueError, "negative shift count");
    expect_error(op_binary(value_from_int(7), value_from_int(0), BINOP_MOD),
                 &exc_ZeroDivisionError, "integer modulo by zero");
}

Test(int, true_division_is_correctly_rounded)
{
    Value a = int_lit("1000000000000000000000000000000");
    expect_repr(op_binary(a, value_from_int(7), BINOP_TRUEDIV),
                "1.4285714285714285e+29");
    value_decref(a);
    a = op_binary(value_from_int(10), value_from_int(400), BINOP_POW);
    expect_error(op_binary(a, value_from_int(1), BINOP_TRUEDIV),
                 &exc_OverflowError,
                 "integer division result too large for a float");
    expect_repr(op_binary(value_from_int(1), a, BINOP_TRUEDIV), "0.0");
    Value b = op_binary(value_from_int(10), value_from_int(399), BINOP_POW);
    expect_repr(op_binary(a, b, BINOP_TRUEDIV), "10.0");
    value_decref(a);
    value_decref(b);
    Value tiny = op_binary(value_from_int(2), value_from_int(1074), BINOP_POW);
    expect_repr(op_binary(value_from_int(1), tiny, BINOP_TRUEDIV), "5e-324");
    value_decref(tiny);
    expect_repr(op_binary(value_from_int(0), value_from_int(-5), BINOP_TRUEDIV),
                "-0.0");
    expect_error(op_binary(value_from_int(1), value_from_int(0), BINOP_TRUEDIV),
                 &exc_ZeroDivisionError, "division by zero");
}

Test(int, huge_shifts)
{
    Value one = value_from_int(1);
    Value count = int_lit("1180591620717411303424"); // 2**70
    expect_error(op_binary(one, count, BINOP_LSHIFT), &exc_OverflowError,
                 "too many digits in integer");
    expect_repr(op_binary(one, count, BINOP_RSHIFT), "0");
    expect_repr(op_binary(value_from_int(-1), count, BINOP_RSHIFT), "-1");
    expect_repr(op_binary(value_from_int(0), count, BINOP_LSHIFT), "0");
    expect_repr(op_binary(one, value_from_int(100), BINOP_LSHIFT),
                "1267650600228229401496703205376");
    value_decref(count);
}

Test(int, pow_with_modulus)
{
    expect_repr(
        int_pow_mod(value_from_int(3), value_from_int(-1), value_from_int(-7)),
        "-2");
    Value big = int_lit("1000000000000000000000");
    expect_repr(int_pow_mod(value_from_int(7), big, value_from_int(13)), "9");
    value_decref(big);
    expect_error(
        int_pow_mod(value_from_int(2), value_from_int(-1), value_from_int(4)),
        &exc_ValueError, "base is not invertible for the given modulus");
    expect_error(
        int_pow_mod(value_from_int(2), value_from_int(3), value_from_int(0)),
        &exc_ValueError, "pow() 3rd argument cannot be 0");
    Value f = float_new(2.0);
    expect_error(int_pow_mod(f, value_from_int(2), value_from_int(3)),
                 &exc_TypeError,
                 "pow() 3rd argument not allowed unless all arguments are "
                 "integers");
    value_decref(f);
}

Test(int, divmod_round_abs)
{
    expect_pair(number_divmod(value_from_int(-7), value_from_int(2)), "-4",
                "1");
    expect_repr(number_round(value_from_int(1234), value_from_int(-2)), "1200");
    expect_repr(number_round(value_from_int(250), value_from_int(-2)), "200");
    expect_repr(number_round(value_from_int(350), value_from_int(-2)), "400");
    expect_repr(number_round(VALUE_TRUE, VALUE_NULL), "1");
    Value min = int_from_i64(VALUE_INT_MIN);
    expect_repr(number_abs(min), "4611686018427387904");
    Value s = str_val("a");
    expect_error(number_round(s, VALUE_NULL), &exc_TypeError,
                 "type str doesn't define __round__ method");
    expect_error(number_abs(s), &exc_TypeError,
                 "bad operand type for abs(): 'str'");
    expect_error(number_divmod(s, value_from_int(1)), &exc_TypeError,
                 "unsupported operand type(s) for divmod(): 'str' and 'int'");
    value_decref(s);
}

Test(int, to_and_from_bytes)
{
    uint8_t out[4];
    cr_assert(int_to_bytes(value_from_int(1024), out, 2, false, false));
    cr_expect(out[0] == 0x04 && out[1] == 0x00);
    cr_assert(int_to_bytes(value_from_int(1024), out, 4, true, false));
    cr_expect(out[0] == 0x00 && out[1] == 0x04 && out[2] == 0 && out[3] == 0);
    cr_assert(int_to_bytes(value_from_int(-1), out, 1, false, true));
    cr_expect_eq(out[0], 0xff);
    cr_assert(int_to_bytes(value_from_int(-128), out, 1, false, true));
    cr_expect_eq(out[0], 0x80);
    cr_expect_not(int_to_bytes(value_from_int(128), out, 1, false, true));
    expect_error(VALUE_NULL, &exc_OverflowError, "int too big to convert");
    cr_expect_not(int_to_bytes(value_from_int(-129), out, 1, false, true));
    expect_error(VALUE_NULL, &exc_OverflowError, "int too big to convert");
    cr_expect_not(int_to_bytes(value_from_int(-1), out, 1, false, false));
    expect_error(VALUE_NULL, &exc_OverflowError,
                 "can't convert negative int to unsigned");
    cr_assert(int_to_bytes(value_from_int(0), out, 0, false, false));
    uint8_t ff[] = {0xff, 0x7f};
    expect_repr(int_from_bytes(ff, 1, false, true), "-1");
    expect_repr(int_from_bytes(ff, 2, true, true), "32767");
    expect_repr(int_from_bytes(ff, 2, false, false), "65407");
    expect_repr(int_from_bytes(ff, 0, false, true), "0");
}

Test(int, to_bytes_and_from_bytes_methods)
{
    Value big = str_val("big"), little = str_val("little");
    Value mid = str_val("mid");
    expect_repr(call_method(value_from_int(1024), "to_bytes", 2,
                            (Value[]){value_from_int(2), little}),
                "b'\\x00\\x04'");
    expect_repr(call_method(value_from_int(255), "to_bytes", 0, NULL),
                "b'\\xff'");
    // CPython 3.11 quirk: -1 fits in zero signed bytes.
    Value kwv[] = {value_from_int(0), big, VALUE_TRUE};
    Value kw = str_val("signed");
    TupleObject *names = tuple_pack(1, &kw);
    Value m = op_getattr(value_from_int(-1), str_intern_cstr("to_bytes"));
    expect_repr(op_call(m, kwv, 2, &names->header), "b''");
    value_decref(m);
    expect_error(call_method(value_from_int(256), "to_bytes", 0, NULL),
                 &exc_OverflowError, "int too big to convert");
    expect_error(call_method(value_from_int(-1), "to_bytes", 0, NULL),
                 &exc_OverflowError, "can't convert negative int to unsigned");
    expect_error(call_method(value_from_int(1), "to_bytes", 2,
                             (Value[]){value_from_int(1), mid}),
                 &exc_ValueError, "byteorder must be either 'little' or 'big'");
    expect_error(call_method(value_from_int(1), "to_bytes", 1,
                             (Value[]){value_from_int(-1)}),
                 &exc_ValueError, "length argument must be non-negative");
    expect_error(call_method(value_from_int(1), "to_bytes", 3,
                             (Value[]){value_from_int(1), big, VALUE_TRUE}),
                 &exc_TypeError,
                 "to_bytes() takes at most 2 positional arguments (3 given)");
    Value it = type_val(&int_type);
    BytesObject *b = bytes_from("\xff\xfe", 2);
    Value bv = value_steal(&b->header);
    expect_repr(call_method(it, "from_bytes", 2, (Value[]){bv, little}),
                "65279");
    expect_repr(call_method(it, "from_bytes", 1, &bv), "65534");
    expect_error(call_method(it, "from_bytes", 1, &big), &exc_TypeError,
                 "cannot convert 'str' object to bytes");
    expect_error(call_method(it, "from_bytes", 2, (Value[]){bv, it}),
                 &exc_TypeError,
                 "from_bytes() argument 'byteorder' must be str, not type");
    Value all[] = {big, little, mid, kw, bv};
    for (size_t k = 0; k < sizeof all / sizeof all[0]; k++)
        value_decref(all[k]);
    refcount_dec(&names->header);
}

Test(int, operator_dunders)
{
    expect_repr(call_method(value_from_int(12), "__add__", 1,
                            (Value[]){value_from_int(3)}),
                "15");
    expect_repr(call_method(value_from_int(2), "__rsub__", 1,
                            (Value[]){value_from_int(7)}),
                "5");
    expect_repr(call_method(value_from_int(5), "__pow__", 2,
                            (Value[]){value_from_int(2), value_from_int(3)}),
                "1");
    expect_repr(call_method(value_from_int(5), "__neg__", 0, NULL), "-5");
    Value f = float_new(1.5);
    expect_repr(call_method(value_from_int(5), "__add__", 1, &f),
                "NotImplemented");
    value_decref(f);
    expect_error(call_method(value_from_int(5), "__add__", 0, NULL),
                 &exc_TypeError, "expected 1 argument, got 0");
}
