// test_strops.c: str method algorithms against python3's results for the
// same calls (shown in each comment).
#include <string.h>

#include "tests/unit/support.h"
#include "vm/objects/strops.h"

// Every object a test makes is kept here and released by the fixture.
static Object *made[256];
static int n_made;

static void release_all(void)
{
    while (n_made > 0)
        refcount_dec(made[--n_made]);
    runtime_teardown();
}

TestSuite(strops, .init = runtime_setup, .fini = release_all);

static void *keep(void *obj)
{
    made[n_made++] = obj;
    return obj;
}

static StrObject *S(const char *text)
{
    return keep(str_from_cstr(text));
}

// Joins a list of strs with '|' for easy comparison.
static const char *flat(ListObject *l)
{
    keep(l);
    return ((StrObject *)keep(str_join(S("|"), l)))->data;
}

Test(strops, split_like_python)
{
    cr_assert_str_eq(flat(str_split(S("a,b,,c"), S(","), -1)), "a|b||c");
    cr_assert_str_eq(flat(str_split(S("  a  b\tc\n"), NULL, -1)), "a|b|c");
    cr_assert_str_eq(flat(str_split(S("a,b,c"), S(","), 1)), "a|b,c");
    cr_assert_eq(list_len(keep(str_split(S(""), NULL, -1))), 0); // ''.split()
    ListObject *one = keep(str_split(S(""), S(","), -1));        // ['']
    cr_assert_eq(list_len(one), 1);
    cr_assert_str_eq(flat(str_split(S("a b  "), NULL, 1)), "a|b  ");
    // '\u00e9t\u00e9'.split('t') == ['é', 'é']
    cr_assert_str_eq(flat(str_split(S("\xc3\xa9t\xc3\xa9"), S("t"), -1)),
                     "\xc3\xa9|\xc3\xa9");
    // U+3000 is whitespace: 'a\u3000b'.split() == ['a', 'b']
    cr_assert_str_eq(flat(str_split(S("a\xe3\x80\x80"
                                      "b"),
                                    NULL, -1)),
                     "a|b");
}

// The text of a result the fixture will release.
static const char *R(StrObject *result)
{
    return ((StrObject *)keep(result))->data;
}

Test(strops, replace_like_python)
{
    cr_assert_str_eq(R(str_replace(S("hello"), S("l"), S("L"), -1)), "heLLo");
    cr_assert_str_eq(R(str_replace(S("aaa"), S("a"), S("b"), 2)), "bba");
    cr_assert_str_eq(R(str_replace(S("abc"), S(""), S("-"), -1)), "-a-b-c-");
    cr_assert_str_eq(R(str_replace(S("abc"), S(""), S("-"), 2)), "-a-bc");
    cr_assert_str_eq(R(str_replace(S("abc"), S("x"), S("y"), -1)), "abc");
}

Test(strops, find_count_prefixes_like_python)
{
    cr_assert_eq(str_find(S("banana"), S("na"), 0, INT64_MAX), 2);
    cr_assert_eq(str_find(S("banana"), S("x"), 0, INT64_MAX), -1);
    cr_assert_eq(str_find(S("banana"), S("na"), 3, INT64_MAX), 4);
    cr_assert_eq(str_find(S("banana"), S("na"), -2, INT64_MAX), 4);
    cr_assert_eq(str_find(S("banana"), S(""), 6, INT64_MAX), 6);
    cr_assert_eq(str_find(S("banana"), S(""), 7, INT64_MAX), -1);
    cr_assert_eq(str_find(S("h\xc3\xa9llo"), S("l"), 0, INT64_MAX), 2);
    cr_assert_eq(str_count(S("banana"), S("a")), 3);
    cr_assert_eq(str_count(S("banana"), S("")), 7);
    cr_assert_eq(str_count(S("aaaa"), S("aa")), 2);
    cr_assert(str_startswith(S("banana"), S("ban")));
    cr_assert(!str_startswith(S("ba"), S("ban")));
    cr_assert(str_endswith(S("banana"), S("")));
    cr_assert(str_endswith(S("banana"), S("ana")));
}

Test(strops, strip_like_python)
{
    cr_assert_str_eq(R(str_strip(S("  xx  "), NULL, STRIP_BOTH)), "xx");
    cr_assert_str_eq(R(str_strip(S("xxhixx"), S("x"), STRIP_BOTH)), "hi");
    cr_assert_str_eq(R(str_strip(S("  a "), NULL, STRIP_LEFT)), "a ");
    cr_assert_str_eq(R(str_strip(S("  a "), NULL, STRIP_RIGHT)), "  a");
    cr_assert_str_eq(R(str_strip(S("\xc3\xa9"
                                   "a\xc3\xa9"),
                                 S("\xc3\xa9"), STRIP_BOTH)),
                     "a");
    cr_assert_str_eq(R(str_strip(S("   "), NULL, STRIP_BOTH)), "");
}

Test(strops, join_like_python)
{
    ListObject *l = keep(list_new(0));
    cr_assert_str_eq(R(str_join(S("-"), l)), ""); // ''.join([]) == ''
    list_append(l, value_steal(&str_from_cstr("a")->header));
    list_append(l, value_steal(&str_from_cstr("b")->header));
    list_append(l, value_steal(&str_from_cstr("c")->header));
    StrObject *j = keep(str_join(S("-"), l));
    cr_assert_str_eq(j->data, "a-b-c");
    cr_assert_eq(j->length, 5);
}
