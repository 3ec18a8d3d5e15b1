// test_format.c: format(value, spec) and str.format against python3's
// results for the same calls (shown in each line).
#include <string.h>

#include "tests/unit/text_support.h"
#include "vm/objects/format.h"
#include "vm/ops.h"

TestSuite(format, .init = text_setup, .fini = text_teardown);

// format(v, spec) as C text, or NULL if it raised.
static const char *F(Value v, const char *spec)
{
    StrObject *r = format_value(v, (StrObject *)value_as_object(S(spec)));
    if (r == NULL)
        return NULL;
    keep(value_steal(&r->header));
    return r->data;
}

static const char *FD(double d, const char *spec)
{
    StrObject *r = format_float(d, (StrObject *)value_as_object(S(spec)));
    if (r == NULL)
        return NULL;
    keep(value_steal(&r->header));
    return r->data;
}

Test(format, strings)
{
    cr_expect_str_eq(F(S("abc"), ""), "abc");
    cr_expect_str_eq(F(S("abc"), "5"), "abc  ");
    cr_expect_str_eq(F(S("abc"), ">5"), "  abc");
    cr_expect_str_eq(F(S("abc"), "*^7"), "**abc**");
    cr_expect_str_eq(F(S("abc"), ".2"), "ab");
    cr_expect_str_eq(F(S("\xc3\xa9"), "\xc3\xa9<3"),
                     "\xc3\xa9\xc3\xa9\xc3\xa9");
    cr_expect(F(S("a"), "d") == NULL);
    expect_error(&exc_ValueError,
                 "Unknown format code 'd' for object of type 'str'");
    cr_expect(F(S("a"), "+") == NULL);
    expect_error(&exc_ValueError,
                 "Sign not allowed in string format specifier");
    cr_expect(F(S("a"), "=5") == NULL);
    expect_error(&exc_ValueError,
                 "'=' alignment not allowed in string format specifier");
}

Test(format, integers)
{
    cr_expect_str_eq(F(I(42), "5"), "   42");
    cr_expect_str_eq(F(I(42), "<5"), "42   ");
    cr_expect_str_eq(F(I(-42), "=6"), "-   42");
    cr_expect_str_eq(F(I(42), "+d"), "+42");
    cr_expect_str_eq(F(I(42), " d"), " 42");
    cr_expect_str_eq(F(I(255), "#x"), "0xff");
    cr_expect_str_eq(F(I(255), "X"), "FF");
    cr_expect_str_eq(F(I(5), "#b"), "0b101");
    cr_expect_str_eq(F(I(8), "o"), "10");
    cr_expect_str_eq(F(I(1234567), ","), "1,234,567");
    cr_expect_str_eq(F(I(1234567), "_"), "1_234_567");
    cr_expect_str_eq(F(I(1234), "08,"), "0,001,234");
    cr_expect_str_eq(F(I(-1234), "010,"), "-0,001,234");
    cr_expect_str_eq(F(I(255), "#010_x"), "0x000_00ff");
    cr_expect_str_eq(F(I(65), "c"), "A");
    cr_expect_str_eq(F(I(42), "05"), "00042");
    cr_expect_str_eq(F(VALUE_TRUE, "d"), "1");
    cr_expect_str_eq(F(I(1), "%"), "100.000000%");
    cr_expect_str_eq(F(I(3), ".2f"), "3.00");
    cr_expect(F(I(1), ".2") == NULL);
    expect_error(&exc_ValueError,
                 "Precision not allowed in integer format specifier");
    cr_expect(F(I(1), ",x") == NULL);
    expect_error(&exc_ValueError, "Cannot specify ',' with 'x'.");
    cr_expect(F(I(1), "abc") == NULL);
    expect_error(&exc_ValueError,
                 "Invalid format specifier 'abc' for object of type 'int'");
}

Test(format, floats)
{
    cr_expect_str_eq(FD(1.5, ""), "1.5");
    cr_expect_str_eq(FD(123456.0, "10"), "  123456.0");
    cr_expect_str_eq(FD(1e16, ""), "1e+16");
    cr_expect_str_eq(FD(3.14159, ".2f"), "3.14");
    cr_expect_str_eq(FD(-3.14159, "+.3e"), "-3.142e+00");
    cr_expect_str_eq(FD(1e-5, "G"), "1E-05");
    cr_expect_str_eq(FD(1e5, "g"), "100000");
    cr_expect_str_eq(FD(100.0, ".3"), "1e+02");
    cr_expect_str_eq(FD(100.0, ".4"), "100.0");
    cr_expect_str_eq(FD(1.0, ".0"), "1e+00");
    cr_expect_str_eq(FD(12345.678, ",.2f"), "12,345.68");
    cr_expect_str_eq(FD(0.25, ".1%"), "25.0%");
    cr_expect_str_eq(FD(12.0, ".0%"), "1200%");
    cr_expect_str_eq(FD(1.5, "#.0f"), "2.");
    cr_expect_str_eq(FD(1.0, "#.3g"), "1.00");
    cr_expect_str_eq(FD(1.0, "=^10.2e"), "=1.00e+00=");
    cr_expect_str_eq(FD(-0.0, "z.1f"), "0.0");
    cr_expect_str_eq(FD(-1.5, "08.2f"), "-0001.50");
    cr_expect_str_eq(FD(1.0 / 0.0, "F"), "INF");
    cr_expect_str_eq(FD(-1.0 / 0.0, ""), "-inf");
    cr_expect(FD(1.5, "d") == NULL);
    expect_error(&exc_ValueError,
                 "Unknown format code 'd' for object of type 'float'");
}

static const char *SF(const char *fmt, size_t n, const Value *args)
{
    Value r = call_method(S(fmt), "format", n, args);
    return r == VALUE_NULL ? NULL : T(r);
}

Test(format, str_format)
{
    Value two[] = {S("a"), I(7)};
    cr_expect_str_eq(SF("{} {}", 2, two), "a 7");
    cr_expect_str_eq(SF("{1}{0}{1}", 2, two), "7a7");
    cr_expect_str_eq(SF("{{}} {0!r:>5}", 2, two), "{}   'a'");
    cr_expect_str_eq(SF("{1:0{0}}", 2, (Value[]){I(4), I(7)}), "0007");
    cr_expect_str_eq(SF("{0[1]}", 1, (Value[]){S("xyz")}), "y");
    cr_expect_str_eq(SF("{!a}", 1, (Value[]){S("\xc3\xa9")}), "'\\xe9'");
    Value kw[] = {S("x"), S("v")};
    const char *names[] = {"name"};
    Value r = call_method_kw(S("{0}={name}"), "format", 1, kw, 1, names);
    cr_expect_str_eq(T(r), "x=v");
    cr_expect(SF("{2}", 2, two) == NULL);
    expect_error(&exc_IndexError,
                 "Replacement index 2 out of range for positional args tuple");
    cr_expect(SF("{} {0}", 2, two) == NULL);
    expect_error(&exc_ValueError, "cannot switch from automatic field "
                                  "numbering to manual field specification");
    cr_expect(SF("{x}", 2, two) == NULL);
    expect_error(&exc_KeyError, "x");
    cr_expect(SF("}", 0, NULL) == NULL);
    expect_error(&exc_ValueError, "Single '}' encountered in format string");
    cr_expect(SF("{0!x}", 2, two) == NULL);
    expect_error(&exc_ValueError, "Unknown conversion specifier x");
    cr_expect(SF("{", 0, NULL) == NULL);
    expect_error(&exc_ValueError, "Single '{' encountered in format string");
}
