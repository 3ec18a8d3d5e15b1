// test_str_methods.c: str's slots and methods against python3's results
// for the same expressions (shown in each comment or call).
#include <string.h>

#include "tests/unit/text_support.h"
#include "vm/objects/list.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

TestSuite(str_methods, .init = text_setup, .fini = text_teardown);

static Value bin(Value a, Value b, BinOp op)
{
    return keep(op_binary(a, b, op));
}

Test(str_methods, repr_like_python)
{
    cr_expect_str_eq(R(S("abc")), "'abc'");
    cr_expect_str_eq(R(S("it's")), "\"it's\"");
    cr_expect_str_eq(R(S("'\"")), "'\\'\"'");
    cr_expect_str_eq(R(S("a\\b\n\t\r\x01\x7f")), "'a\\\\b\\n\\t\\r\\x01\\x7f'");
    // repr('é\x85\xa0\xad\u2028€😀') ==
    // "'é\\x85\\xa0\\xad\\u2028€😀'"
    cr_expect_str_eq(R(S("\xc3\xa9\xc2\x85\xc2\xa0\xc2\xad\xe2\x80\xa8\xe2\x82"
                         "\xac\xf0\x9f\x98\x80")),
                     "'\xc3\xa9\\x85\\xa0\\xad\\u2028\xe2\x82\xac\xf0\x9f\x98"
                     "\x80'");
    // ascii('é€😀') == "'\\xe9\\u20ac\\U0001f600'"
    StrObject *a = ascii_repr(S("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"));
    cr_expect_str_eq(a->data, "'\\xe9\\u20ac\\U0001f600'");
    keep(value_steal(&a->header));
}

Test(str_methods, operators)
{
    cr_expect_str_eq(T(bin(S("ab"), S("cd"), BINOP_ADD)), "abcd");
    cr_expect_str_eq(T(bin(S("ab"), I(3), BINOP_MUL)), "ababab");
    cr_expect_str_eq(T(bin(I(2), S("x"), BINOP_MUL)), "xx");
    cr_expect_str_eq(T(bin(S("ab"), I(-1), BINOP_MUL)), "");
    cr_expect(bin(S("a"), I(1), BINOP_ADD) == VALUE_NULL);
    expect_error(&exc_TypeError, "can only concatenate str (not \"int\") to "
                                 "str");
    cr_expect(bin(S("a"), S("b"), BINOP_MUL) == VALUE_NULL);
    expect_error(&exc_TypeError,
                 "can't multiply sequence by non-int of type 'str'");
    cr_expect(op_compare_bool(S("a"), S("b"), CMP_LT) == 1);
    cr_expect(op_compare_bool(S("b"), S("ab"), CMP_GE) == 1);
    cr_expect(op_compare_bool(S("\xc3\xa9"), S("z"), CMP_GT) == 1);
    cr_expect(op_compare_bool(S("a"), S("a"), CMP_NE) == 0);
    cr_expect(op_compare_bool(S("a"), I(1), CMP_LT) == -1);
    expect_error(&exc_TypeError,
                 "'<' not supported between instances of 'str' and 'int'");
}

Test(str_methods, items_and_membership)
{
    Value s = S("h\xc3\xa9llo");
    cr_expect_eq(op_len(s), 5);
    cr_expect_str_eq(T(keep(op_getitem(s, I(1)))), "\xc3\xa9");
    cr_expect_str_eq(T(keep(op_getitem(s, I(-1)))), "o");
    cr_expect(op_getitem(s, I(5)) == VALUE_NULL);
    expect_error(&exc_IndexError, "string index out of range");
    cr_expect(op_getitem(s, S("x")) == VALUE_NULL);
    expect_error(&exc_TypeError, "string indices must be integers, not 'str'");
    cr_expect_eq(op_contains(s, S("ll")), 1);
    cr_expect_eq(op_contains(s, S("")), 1);
    cr_expect_eq(op_contains(s, S("x")), 0);
    cr_expect_eq(op_contains(s, I(1)), -1);
    expect_error(&exc_TypeError,
                 "'in <string>' requires string as left operand, not int");
}

Test(str_methods, iteration_yields_characters)
{
    Value it = keep(op_iter(S("a\xc3\xa9")));
    cr_expect_str_eq(value_type(it)->name, "str_iterator");
    cr_expect_str_eq(T(keep(op_next(it))), "a");
    cr_expect_str_eq(T(keep(op_next(it))), "\xc3\xa9");
    cr_expect(op_next(it) == VALUE_NULL && exc_occurred() == NULL);
    cr_expect_str_eq(value_type(keep(op_iter(S("ab"))))->name,
                     "str_ascii_iterator");
}

Test(str_methods, constructor)
{
    Value t = value_new_ref(&str_type.header);
    Value args[3] = {B("caf\xc3\xa9"), S("utf-8")};
    cr_expect_str_eq(T(keep(op_call(t, NULL, 0, NULL))), "");
    cr_expect_str_eq(T(keep(op_call(t, args, 2, NULL))), "caf\xc3\xa9");
    cr_expect_str_eq(T(keep(op_call(t, (Value[]){S("x")}, 1, NULL))), "x");
    cr_expect_str_eq(T(keep(op_call(t, (Value[]){B("ab")}, 1, NULL))), "b'ab'");
    cr_expect(op_call(t, (Value[]){I(1), S("utf-8")}, 2, NULL) == VALUE_NULL);
    expect_error(&exc_TypeError,
                 "decoding to str: need a bytes-like object, int found");
    cr_expect(op_call(t, (Value[]){S("a"), S("utf-8")}, 2, NULL) == VALUE_NULL);
    expect_error(&exc_TypeError, "decoding str is not supported");
    cr_expect(op_call(t, (Value[]){B("\xff"), S("utf-8")}, 2, NULL) ==
              VALUE_NULL);
    expect_error(&exc_UnicodeDecodeError, "'utf-8' codec can't decode byte "
                                          "0xff in position 0: invalid start "
                                          "byte");
    Value r =
        op_call(t, (Value[]){B("a\xff"), S("ascii"), S("ignore")}, 3, NULL);
    cr_expect_str_eq(T(keep(r)), "a");
}

Test(str_methods, find_family)
{
    Value s = S("banana");
    cr_expect_eq(M(s, "find", S("na")), I(2));
    cr_expect_eq(M(s, "rfind", S("na")), I(4));
    cr_expect_eq(M(s, "find", S("na"), I(3)), I(4));
    cr_expect_eq(M(s, "find", S("na"), I(-3), I(-1)), I(-1));
    cr_expect_eq(M(s, "rfind", S("")), I(6));
    cr_expect_eq(M(s, "find", S(""), I(7)), I(-1));
    cr_expect_eq(M(s, "index", S("b")), I(0));
    cr_expect_eq(M(s, "count", S("a")), I(3));
    cr_expect_eq(M(s, "count", S(""), I(2)), I(5));
    cr_expect_eq(M(s, "count", S("a"), VALUE_NONE, I(2)), I(1));
    cr_expect_eq(M(S("h\xc3\xa9h\xc3\xa9"), "rfind", S("h")), I(2));
    cr_expect(M(s, "index", S("x")) == VALUE_NULL);
    expect_error(&exc_ValueError, "substring not found");
    cr_expect(M(s, "rindex", S("x")) == VALUE_NULL);
    expect_error(&exc_ValueError, "substring not found");
    cr_expect(M(s, "find", I(1)) == VALUE_NULL);
    expect_error(&exc_TypeError, "must be str, not int");
    cr_expect(M(s, "find", S("a"), S("x")) == VALUE_NULL);
    expect_error(&exc_TypeError, "slice indices must be integers or None or "
                                 "have an __index__ method");
}

Test(str_methods, prefixes)
{
    Value s = S("banana");
    cr_expect_eq(M(s, "startswith", S("ban")), VALUE_TRUE);
    cr_expect_eq(M(s, "startswith", S("na"), I(2)), VALUE_TRUE);
    cr_expect_eq(M(s, "endswith", S("an"), I(0), I(-1)), VALUE_TRUE);
    cr_expect_eq(M(S("abc"), "startswith", S(""), I(3)), VALUE_TRUE);
    cr_expect_eq(M(S("abc"), "startswith", S(""), I(4)), VALUE_FALSE);
    Value t =
        keep(value_steal(&tuple_pack(2, (Value[]){S("x"), S("ana")})->header));
    cr_expect_eq(M(s, "endswith", t), VALUE_TRUE);
    cr_expect(M(s, "startswith", I(1)) == VALUE_NULL);
    expect_error(&exc_TypeError, "startswith first arg must be str or a tuple "
                                 "of str, not int");
}

Test(str_methods, split_and_join)
{
    cr_expect_str_eq(J(M(S("a,b,,c"), "split", S(","))), "a|b||c");
    cr_expect_str_eq(J(M(S("a,b,c"), "rsplit", S(","), I(1))), "a,b|c");
    cr_expect_str_eq(J(M(S("  a b  c  "), "split")), "a|b|c");
    cr_expect_str_eq(J(M(S("  a b  c  "), "rsplit", VALUE_NONE, I(1))),
                     "  a b|c");
    cr_expect_str_eq(J(M(S("  a b  c  "), "split", VALUE_NONE, I(1))),
                     "a|b  c  ");
    // 'a\u3000b\xa0c'.rsplit() == ['a', 'b', 'c']
    cr_expect_str_eq(J(M(S("a\xe3\x80\x80"
                           "b\xc2\xa0"
                           "c"),
                         "rsplit")),
                     "a|b|c");
    Value kw[] = {I(1)};
    const char *names[] = {"maxsplit"};
    cr_expect_str_eq(J(call_method_kw(S("a b c"), "split", 0, kw, 1, names)),
                     "a|b c");
    cr_expect(M(S("a"), "split", S("")) == VALUE_NULL);
    expect_error(&exc_ValueError, "empty separator");
    cr_expect(M(S("a"), "split", I(1)) == VALUE_NULL);
    expect_error(&exc_TypeError, "must be str or None, not int");
    // 'a\nb\r\nc\rd\x0be\x1cf\u2028g\n'.splitlines()
    Value lines = S("a\nb\r\nc\rd\x0b"
                    "e\x1c"
                    "f\xe2\x80\xa8g\n");
    cr_expect_str_eq(J(M(lines, "splitlines")), "a|b|c|d|e|f|g");
    cr_expect_str_eq(J(M(S("a\r\nb"), "splitlines", VALUE_TRUE)), "a\r\n|b");
    cr_expect_str_eq(T(M(S(", "), "join", S("x\xc3\xa9"))), "x, \xc3\xa9");
    cr_expect(M(S(""), "join", I(1)) == VALUE_NULL);
    expect_error(&exc_TypeError, "can only join an iterable");
}

Test(str_methods, strip_replace_partition)
{
    cr_expect_str_eq(T(M(S("  a b \n"), "strip")), "a b");
    cr_expect_str_eq(T(M(S("xxaxx"), "lstrip", S("x"))), "axx");
    cr_expect_str_eq(T(M(S("xxaxx"), "rstrip", S("x"))), "xxa");
    cr_expect(M(S("a"), "strip", I(1)) == VALUE_NULL);
    expect_error(&exc_TypeError, "strip arg must be None or str");
    cr_expect_str_eq(T(M(S("aaa"), "replace", S("a"), S("bb"), I(2))), "bbbba");
    cr_expect(M(S("a"), "replace", I(1), S("b")) == VALUE_NULL);
    expect_error(&exc_TypeError, "replace() argument 1 must be str, not int");
    // The parts joined with '|': ('a', '=', 'b=c') and so on.
    cr_expect_str_eq(J(M(S("a=b=c"), "partition", S("="))), "a|=|b=c");
    cr_expect_str_eq(J(M(S("a=b=c"), "rpartition", S("="))), "a=b|=|c");
    cr_expect_str_eq(J(M(S("abc"), "partition", S("x"))), "abc||");
    cr_expect_str_eq(J(M(S("abc"), "rpartition", S("x"))), "||abc");
    cr_expect_str_eq(T(M(S("prefix"), "removeprefix", S("pre"))), "fix");
    cr_expect_str_eq(T(M(S("prefix"), "removesuffix", S("x"))), "prefi");
    cr_expect_str_eq(T(M(S("prefix"), "removesuffix", S("y"))), "prefix");
}

Test(str_methods, padding)
{
    cr_expect_str_eq(T(M(S("ab"), "center", I(5), S("*"))), "**ab*");
    cr_expect_str_eq(T(M(S("abc"), "center", I(6))), " abc  ");
    cr_expect_str_eq(T(M(S("a"), "ljust", I(3), S("\xc3\xa9"))),
                     "a\xc3\xa9\xc3\xa9");
    cr_expect_str_eq(T(M(S("a"), "rjust", I(3))), "  a");
    cr_expect_str_eq(T(M(S("-42"), "zfill", I(5))), "-0042");
    cr_expect_str_eq(T(M(S("42"), "zfill", I(1))), "42");
    cr_expect(M(S("a"), "center", I(5), S("ab")) == VALUE_NULL);
    expect_error(&exc_TypeError,
                 "The fill character must be exactly one character long");
    cr_expect(M(S("a"), "center", S("x")) == VALUE_NULL);
    expect_error(&exc_TypeError,
                 "'str' object cannot be interpreted as an integer");
    cr_expect_str_eq(T(M(S("a\tbc\td\n\te"), "expandtabs")),
                     "a       bc      d\n        e");
    cr_expect_str_eq(T(M(S("a\tb"), "expandtabs", I(4))), "a   b");
}

Test(str_methods, case_mapping)
{
    cr_expect_str_eq(T(M(S("Hello World"), "upper")), "HELLO WORLD");
    cr_expect_str_eq(T(M(S("Hello World"), "swapcase")), "hELLO wORLD");
    // 'straße'.upper() == 'STRASSE'; 'ÀÉ'.lower() == 'àé'
    cr_expect_str_eq(T(M(S("stra\xc3\x9f"
                           "e"),
                         "upper")),
                     "STRASSE");
    cr_expect_str_eq(T(M(S("\xc3\x80\xc3\x89"), "lower")), "\xc3\xa0\xc3\xa9");
    // 'ΣΑΣ ΣΑΣ.'.lower() == 'σας σας.'
    cr_expect_str_eq(
        T(M(S("\xce\xa3\xce\x91\xce\xa3 \xce\xa3\xce\x91\xce\xa3."), "lower")),
        "\xcf\x83\xce\xb1\xcf\x82 \xcf\x83\xce\xb1\xcf\x82.");
    // 'привет'.upper() == 'ПРИВЕТ'
    cr_expect_str_eq(
        T(M(S("\xd0\xbf\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82"), "upper")),
        "\xd0\x9f\xd0\xa0\xd0\x98\xd0\x92\xd0\x95\xd0\xa2");
    cr_expect_str_eq(T(M(S("hello wORLD 3rd"), "title")), "Hello World 3Rd");
    cr_expect_str_eq(T(M(S("hELLO wORLD"), "capitalize")), "Hello world");
    cr_expect_str_eq(T(M(S("Stra\xc3\x9f"
                           "e"),
                         "casefold")),
                     "strasse");
}

Test(str_methods, predicates)
{
    cr_expect_eq(M(S("abc"), "isalpha"), VALUE_TRUE);
    cr_expect_eq(M(S(""), "isalpha"), VALUE_FALSE);
    cr_expect_eq(M(S("\xc3\xa9t\xc3\xa9"), "isalpha"), VALUE_TRUE);
    cr_expect_eq(M(S("a1"), "isalnum"), VALUE_TRUE);
    cr_expect_eq(M(S("123"), "isdecimal"), VALUE_TRUE);
    // '²'.isdigit() True, '²'.isdecimal() False, '½'.isnumeric() True
    cr_expect_eq(M(S("\xc2\xb2"), "isdigit"), VALUE_TRUE);
    cr_expect_eq(M(S("\xc2\xb2"), "isdecimal"), VALUE_FALSE);
    cr_expect_eq(M(S("\xc2\xbd"), "isnumeric"), VALUE_TRUE);
    // '٣'.isdecimal() True
    cr_expect_eq(M(S("\xd9\xa3"), "isdecimal"), VALUE_TRUE);
    cr_expect_eq(M(S(" \t\n"), "isspace"), VALUE_TRUE);
    cr_expect_eq(M(S("ABC1"), "isupper"), VALUE_TRUE);
    cr_expect_eq(M(S("1"), "isupper"), VALUE_FALSE);
    cr_expect_eq(M(S("abc"), "islower"), VALUE_TRUE);
    cr_expect_eq(M(S("Hello World"), "istitle"), VALUE_TRUE);
    cr_expect_eq(M(S("Hello world"), "istitle"), VALUE_FALSE);
    cr_expect_eq(M(S("_x1"), "isidentifier"), VALUE_TRUE);
    cr_expect_eq(M(S("1x"), "isidentifier"), VALUE_FALSE);
    cr_expect_eq(M(S("\xc3\xa9t\xc3\xa9"), "isidentifier"), VALUE_TRUE);
    cr_expect_eq(M(S(""), "isprintable"), VALUE_TRUE);
    cr_expect_eq(M(S("a\n"), "isprintable"), VALUE_FALSE);
    cr_expect_eq(M(S("\xc3\xa9"), "isascii"), VALUE_FALSE);
}

Test(str_methods, encode)
{
    cr_expect_str_eq(R(M(S("caf\xc3\xa9"), "encode")), "b'caf\\xc3\\xa9'");
    cr_expect_str_eq(R(M(S("caf\xc3\xa9"), "encode", S("latin-1"))),
                     "b'caf\\xe9'");
    cr_expect(M(S("\xc3\xa9\xc3\xa9"), "encode", S("ascii")) == VALUE_NULL);
    expect_error(&exc_UnicodeEncodeError,
                 "'ascii' codec can't encode characters in position 0-1: "
                 "ordinal not in range(128)");
    cr_expect(M(S("a\xe2\x82\xac"), "encode", S("latin1")) == VALUE_NULL);
    expect_error(&exc_UnicodeEncodeError,
                 "'latin-1' codec can't encode character '\\u20ac' in "
                 "position 1: ordinal not in range(256)");
    cr_expect_str_eq(R(M(S("\xc3\xa9\xe2\x82\xac"), "encode", S("ascii"),
                         S("backslashreplace"))),
                     "b'\\\\xe9\\\\u20ac'");
    cr_expect_str_eq(R(M(S("\xc3\xa9"), "encode", S("ascii"), S("replace"))),
                     "b'?'");
    cr_expect(M(S("a"), "encode", S("foo")) == VALUE_NULL);
    expect_error(&exc_LookupError, "unknown encoding: foo");
}
