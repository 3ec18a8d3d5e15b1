// test_str.c: str storage, strict UTF-8 decoding, and the intern table.
#include <stdio.h>
#include <string.h>

#include "tests/unit/support.h"
#include "vm/objects/str.h"

TestSuite(str, .init = runtime_setup, .fini = runtime_teardown);

Test(str, ascii_and_non_ascii_lengths_and_indexing)
{
    StrObject *a = str_from_cstr("hello");
    cr_assert(str_is_ascii(a));
    cr_assert_eq(a->length, 5);
    cr_assert_eq(str_code_point_at(a, 4), 'o');
    StrObject *u = str_from_cstr("h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80");
    cr_assert(!str_is_ascii(u)); // "héllo € 😀"
    cr_assert_eq(u->length, 9);
    cr_assert_eq(u->size, 15);
    cr_assert_eq(str_code_point_at(u, 1), 0xE9);
    cr_assert_eq(str_code_point_at(u, 6), 0x20AC);
    cr_assert_eq(str_code_point_at(u, 8), 0x1F600);
    StrObject *mid = str_substring(u, 1, 4); // "éll"
    cr_assert_eq(mid->length, 3);
    cr_assert_eq(strcmp(mid->data, "\xc3\xa9ll"), 0);
    StrObject *tail = str_substring(u, 2, 5); // "llo": ASCII again
    cr_assert(str_is_ascii(tail));
    refcount_dec(&a->header);
    refcount_dec(&u->header);
    refcount_dec(&mid->header);
    refcount_dec(&tail->header);
}

Test(str, concat_equal_compare_hash)
{
    StrObject *a = str_from_cstr("ab"), *b = str_from_cstr("c\xc3\xa9");
    StrObject *ab = str_concat(a, b);
    StrObject *same = str_from_cstr("abc\xc3\xa9");
    cr_assert_eq(ab->length, 4);
    cr_assert(str_equal(ab, same));
    cr_assert_eq(str_hash(ab), str_hash(same));
    cr_assert_neq(str_hash(ab), -1);
    cr_assert_lt(str_compare(a, ab), 0, "a prefix sorts first");
    cr_assert_gt(str_compare(b, a), 0);
    StrObject *z = str_from_cstr("z"), *e = str_from_cstr("\xc3\xa9");
    cr_assert_gt(str_compare(e, z), 0, "U+00E9 sorts after 'z'");
    Object *all[] = {&a->header,    &b->header, &ab->header,
                     &same->header, &z->header, &e->header};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        refcount_dec(all[i]);
}

Test(str, strict_decoding_rejects_what_python_rejects)
{
    static const struct {
        const char *bytes;
        int64_t size, bad;
    } cases[] = {
        {"ok\xff", 3, 2},           // invalid start byte
        {"\xc0\x80", 2, 0},         // overlong NUL
        {"a\xed\xa0\x80", 4, 1},    // encoded surrogate U+D800
        {"ab\xe2\x82", 4, 2},       // truncated sequence
        {"\xf4\x90\x80\x80", 4, 0}, // above U+10FFFF
        {"x\xe2(\xa1", 4, 1},       // bad continuation
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        int64_t bad = -1;
        cr_assert_eq(str_from_utf8(cases[i].bytes, cases[i].size, &bad), NULL,
                     "case %zu accepted", i);
        cr_assert_eq(bad, cases[i].bad, "case %zu offset", i);
    }
    int64_t bad;
    StrObject *max = str_from_utf8("\xf4\x8f\xbf\xbf", 4, &bad); // U+10FFFF
    cr_assert_neq(max, NULL);
    cr_assert_eq(str_code_point_at(max, 0), 0x10FFFF);
    refcount_dec(&max->header);
}

Test(str, code_points_may_include_lone_surrogates)
{
    uint32_t cps[] = {'a', 0xD800, 0x1F600};
    StrObject *s = str_from_code_points(cps, 3);
    cr_assert_eq(s->length, 3);
    cr_assert_eq(s->size, 1 + 3 + 4);
    for (int i = 0; i < 3; i++)
        cr_assert_eq(str_code_point_at(s, i), cps[i]);
    refcount_dec(&s->header);
}

Test(str, interning_returns_one_immortal_object_per_text)
{
    StrObject *a = str_intern_cstr("__init__");
    StrObject *b = str_intern(str_from_cstr("__init__"));
    cr_assert_eq(a, b);
    cr_assert(refcount_is_immortal(&a->header));
    cr_assert_neq(a, str_intern_cstr("__init_"));
}

#define NAMES 2000

static void *intern_many(void *arg)
{
    StrObject **out = arg;
    ThreadState *ts = enter_thread();
    char name[32];
    for (int i = 0; i < NAMES; i++) {
        snprintf(name, sizeof name, "name_%d", i);
        out[i] = str_intern_cstr(name);
        thread_poll(ts);
    }
    leave_thread(ts);
    return NULL;
}

Test(str, threads_interning_the_same_names_agree)
{
    static StrObject *left[NAMES], *right[NAMES];
    OsThread a = spawn(intern_many, left);
    OsThread b = spawn(intern_many, right);
    join_detached(&a);
    join_detached(&b);
    for (int i = 0; i < NAMES; i++)
        cr_assert_eq(left[i], right[i], "name_%d interned twice", i);
}
