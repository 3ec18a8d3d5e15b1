// test_bytes.c: bytes' slots and methods against python3's results for
// the same expressions.
#include <string.h>

#include "tests/unit/text_support.h"
#include "vm/ops.h"

TestSuite(bytes, .init = text_setup, .fini = text_teardown);

Test(bytes, repr_like_python)
{
    cr_expect_str_eq(R(B("abc")), "b'abc'");
    cr_expect_str_eq(R(B("'")), "b\"'\"");
    cr_expect_str_eq(R(B("'\"")), "b'\\'\"'");
    cr_expect_str_eq(R(Bn("\x00\t\n\r\\\x7f\x80\xff", 8)),
                     "b'\\x00\\t\\n\\r\\\\\\x7f\\x80\\xff'");
}

Test(bytes, operators_and_items)
{
    cr_expect_str_eq(R(keep(op_binary(B("ab"), B("cd"), BINOP_ADD))),
                     "b'abcd'");
    cr_expect_str_eq(R(keep(op_binary(B("ab"), I(2), BINOP_MUL))), "b'abab'");
    cr_expect(op_binary(B("a"), S("a"), BINOP_ADD) == VALUE_NULL);
    expect_error(&exc_TypeError, "can't concat str to bytes");
    cr_expect_eq(op_getitem(B("abc"), I(1)), I(98));
    cr_expect(op_getitem(B("abc"), I(3)) == VALUE_NULL);
    expect_error(&exc_IndexError, "index out of range");
    cr_expect_eq(op_len(B("abc")), 3);
    cr_expect_eq(op_contains(B("abc"), I(99)), 1);
    cr_expect_eq(op_contains(B("abc"), B("bc")), 1);
    cr_expect_eq(op_contains(B("abc"), I(300)), -1);
    expect_error(&exc_ValueError, "byte must be in range(0, 256)");
    cr_expect_eq(op_contains(B("abc"), S("a")), -1);
    expect_error(&exc_TypeError, "a bytes-like object is required, not 'str'");
    cr_expect(op_compare_bool(B("ab"), B("b"), CMP_LT) == 1);
    cr_expect(op_equal(B("ab"), B("ab")) == 1);
    cr_expect_eq(op_hash(B("ab")), op_hash(B("ab")));
    Value it = keep(op_iter(B("hi")));
    cr_expect_eq(op_next(it), I('h'));
    cr_expect_eq(op_next(it), I('i'));
    cr_expect(op_next(it) == VALUE_NULL);
}

Test(bytes, constructor)
{
    Value t = value_new_ref(&bytes_type.header);
    cr_expect_str_eq(R(keep(op_call(t, NULL, 0, NULL))), "b''");
    cr_expect_str_eq(R(keep(op_call(t, (Value[]){I(3)}, 1, NULL))),
                     "b'\\x00\\x00\\x00'");
    cr_expect_str_eq(
        R(keep(op_call(t, (Value[]){S("h\xc3\xa9"), S("utf-8")}, 2, NULL))),
        "b'h\\xc3\\xa9'");
    cr_expect_str_eq(R(keep(op_call(t, (Value[]){B("ab")}, 1, NULL))), "b'ab'");
    cr_expect(op_call(t, (Value[]){I(-1)}, 1, NULL) == VALUE_NULL);
    expect_error(&exc_ValueError, "negative count");
    cr_expect(op_call(t, (Value[]){S("a")}, 1, NULL) == VALUE_NULL);
    expect_error(&exc_TypeError, "string argument without an encoding");
    cr_expect(op_call(t, (Value[]){B("a"), S("utf-8")}, 2, NULL) == VALUE_NULL);
    expect_error(&exc_TypeError, "encoding without a string argument");
}

Test(bytes, decode)
{
    cr_expect_str_eq(T(M(B("caf\xc3\xa9"), "decode")), "caf\xc3\xa9");
    cr_expect_str_eq(T(M(B("caf\xe9"), "decode", S("latin-1"))), "caf\xc3\xa9");
    cr_expect(M(B("\xe2\x82"), "decode") == VALUE_NULL);
    expect_error(&exc_UnicodeDecodeError,
                 "'utf-8' codec can't decode bytes in position 0-1: "
                 "unexpected end of data");
    cr_expect(M(B("\xe9\x41"), "decode") == VALUE_NULL);
    expect_error(&exc_UnicodeDecodeError,
                 "'utf-8' codec can't decode byte 0xe9 in position 0: invalid "
                 "continuation byte");
    cr_expect(M(B("a\xff"), "decode", S("ascii")) == VALUE_NULL);
    expect_error(&exc_UnicodeDecodeError,
                 "'ascii' codec can't decode byte 0xff in position 1: ordinal "
                 "not in range(128)");
    cr_expect_str_eq(T(M(B("\xe2\x82"
                           "a"),
                         "decode", S("utf-8"), S("replace"))),
                     "\xef\xbf\xbd"
                     "a");
    cr_expect_str_eq(T(M(B("\xff"
                           "a"),
                         "decode", S("utf-8"), S("backslashreplace"))),
                     "\\xffa");
    cr_expect(M(B("\xff"), "decode", S("ascii"), S("foo")) == VALUE_NULL);
    expect_error(&exc_LookupError, "unknown error handler name 'foo'");
}

Test(bytes, methods)
{
    cr_expect_str_eq(J(M(B("a b  c"), "split")), "a|b|c");
    cr_expect_str_eq(J(M(B("a,b,c"), "rsplit", B(","), I(1))), "a,b|c");
    cr_expect_str_eq(R(M(B("  ab "), "strip")), "b'ab'");
    cr_expect_str_eq(R(M(B("xxaxx"), "rstrip", B("x"))), "b'xxa'");
    cr_expect_str_eq(R(M(B("aaa"), "replace", B("a"), B("b"), I(2))), "b'bba'");
    cr_expect_str_eq(R(M(B("ab"), "replace", B(""), B("-"))), "b'-a-b-'");
    cr_expect_eq(M(B("abcb"), "find", I('b')), I(1));
    cr_expect_eq(M(B("abcb"), "rfind", B("b")), I(3));
    cr_expect_eq(M(B("abc"), "count", B("")), I(4));
    cr_expect(M(B("abc"), "index", B("x")) == VALUE_NULL);
    expect_error(&exc_ValueError, "subsection not found");
    cr_expect_eq(M(B("abc"), "startswith", B("ab")), VALUE_TRUE);
    cr_expect(M(B("abc"), "startswith", S("a")) == VALUE_NULL);
    expect_error(&exc_TypeError, "startswith first arg must be bytes or a "
                                 "tuple of bytes, not str");
    cr_expect_str_eq(R(M(B("aBc dE"), "title")), "b'Abc De'");
    cr_expect_str_eq(R(M(B("aBc"), "swapcase")), "b'AbC'");
    cr_expect_eq(M(B("a1"), "isalnum"), VALUE_TRUE);
    cr_expect_eq(M(B(""), "isdigit"), VALUE_FALSE);
    cr_expect_str_eq(T(M(Bn("\x00\x61\x62", 3), "hex")), "006162");
    cr_expect_str_eq(T(M(B("\x01\x02\x03"), "hex", S(":"), I(2))), "01:0203");
    Value cls = value_new_ref(&bytes_type.header);
    cr_expect_str_eq(R(M(cls, "fromhex", S("0a 1B"))), "b'\\n\\x1b'");
    cr_expect(M(cls, "fromhex", S("0g")) == VALUE_NULL);
    expect_error(&exc_ValueError, "non-hexadecimal number found in fromhex() "
                                  "arg at position 1");
    cr_expect_str_eq(J(M(B("a=b"), "partition", B("="))), "a|=|b");
    cr_expect(M(B("ab"), "join", B("xyz")) == VALUE_NULL);
    expect_error(&exc_TypeError, "sequence item 0: expected a bytes-like "
                                 "object, int found");
}
