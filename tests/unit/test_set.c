// test_set.c: set and frozenset as Python sees them. The iteration order
// of sets of ints must be CPython's: data/set_cases.h holds random
// operation sequences with the orders python3 printed
// (data/gen_set_cases.py), replayed here.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests/unit/data/set_cases.h"
#include "tests/unit/pyexpect.h"
#include "tests/unit/support.h"
#include "vm/exc.h"
#include "vm/objects/dict.h"
#include "vm/objects/list.h"
#include "vm/objects/set.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

static void setup(void)
{
    runtime_setup();
    pyexpect_init();
}

TestSuite(set, .init = setup, .fini = runtime_teardown);

static Value i(int64_t n)
{
    return value_from_int(n);
}

static SetObject *S(Value v)
{
    return (SetObject *)value_as_object(v);
}

// The items in iteration order, space separated.
static void order(Value s, char *out, size_t size)
{
    int64_t pos = 0;
    Value key;
    size_t len = 0;
    out[0] = 0;
    while (set_next(S(s), &pos, &key, NULL)) {
        len += (size_t)snprintf(out + len, size - len, "%s%lld", len ? " " : "",
                                (long long)value_as_int(key));
    }
}

static void replace(Value *a, Value r)
{
    cr_assert(r != VALUE_NULL);
    value_decref(*a);
    *a = r;
}

static void apply_inplace(Value *a, Value b, BinOp op)
{
    replace(a, op_binary(*a, b, op | BINOP_INPLACE));
}

// dict.fromkeys(s): the keys in s's iteration order.
static Value keys_dict(Value s)
{
    DictObject *d = dict_new();
    int64_t pos = 0;
    Value key;
    while (set_next(S(s), &pos, &key, NULL))
        dict_set(d, key, VALUE_NONE);
    return value_steal(&d->header);
}

static void step(Value *a, Value *b, char op, int64_t x, char *pops,
                 size_t *plen)
{
    Value v;
    switch (op) {
    case 'a':
        cr_assert_eq(set_add(S(*a), i(x)), 0);
        break;
    case 'd':
        cr_assert(set_discard(S(*a), i(x)) >= 0);
        break;
    case 'b':
        cr_assert_eq(set_add(S(*b), i(x)), 0);
        break;
    case 'p':
        if (set_pop(S(*a), &v))
            *plen += (size_t)sprintf(pops + *plen, "%s%lld", *plen ? " " : "",
                                     (long long)value_as_int(v));
        else
            *plen += (size_t)sprintf(pops + *plen, "%sE", *plen ? " " : "");
        break;
    case 'u':
        apply_inplace(a, *b, BINOP_OR);
        break;
    case 'i':
        apply_inplace(a, *b, BINOP_AND);
        break;
    case 's':
        apply_inplace(a, *b, BINOP_SUB);
        break;
    case 'x':
        apply_inplace(a, *b, BINOP_XOR);
        break;
    case 'U':
        replace(a, op_binary(*a, *b, BINOP_OR));
        break;
    case 'I':
        replace(a, op_binary(*a, *b, BINOP_AND));
        break;
    case 'S':
        replace(a, op_binary(*a, *b, BINOP_SUB));
        break;
    case 'X':
        replace(a, op_binary(*a, *b, BINOP_XOR));
        break;
    case 'c':
        replace(a, set_copy(S(*a)));
        break;
    case 'l':
        v = list_from_iterable(*b);
        cr_assert(set_update(S(*a), v));
        value_decref(v);
        break;
    case 'D':
        v = list_from_iterable(*b);
        cr_assert(set_difference_update(S(*a), v));
        value_decref(v);
        break;
    case 'C':
        set_clear(S(*b));
        break;
    case 'f':
        v = list_from_iterable(*a);
        replace(a, set_from_iterable(&set_type, v));
        value_decref(v);
        break;
    case 'F': {
        Value fa = set_from_iterable(&frozenset_type, *a);
        Value fb = set_from_iterable(&frozenset_type, *b);
        Value x2 = op_binary(fa, fb, BINOP_XOR);
        cr_assert_str_eq(value_type(x2)->name, "frozenset");
        replace(a, set_from_iterable(&set_type, x2));
        value_decref(x2);
        value_decref(fa);
        value_decref(fb);
        break;
    }
    case 'y':
        v = list_from_iterable(*b);
        cr_assert(set_symmetric_difference_update(S(*a), v));
        value_decref(v);
        break;
    case 'Y':
    case 'n':
        v = list_from_iterable(*b);
        replace(a, op == 'Y' ? set_symmetric_difference(S(*a), v)
                             : set_intersection(S(*a), v));
        value_decref(v);
        break;
    case 'k':
    case 'm':
        v = keys_dict(*b);
        replace(a, op == 'k' ? set_from_iterable(&set_type, v)
                             : set_difference(S(*a), v));
        value_decref(v);
        break;
    default:
        cr_assert(false, "unknown op %c", op);
    }
}

Test(set, iteration_order_matches_cpython)
{
    char got[65536], pops[4096];
    for (size_t c = 0; c < sizeof set_cases / sizeof set_cases[0]; c++) {
        Value a = value_steal(&set_new(&set_type)->header);
        Value b = value_steal(&set_new(&set_type)->header);
        size_t plen = 0;
        pops[0] = 0;
        const char *p = set_cases[c][0];
        while (*p) {
            char op = *p++;
            char *end;
            long long x = strtoll(p, &end, 10);
            p = end;
            while (*p == ' ')
                p++;
            step(&a, &b, op, x, pops, &plen);
        }
        order(a, got, sizeof got);
        cr_assert_str_eq(got, set_cases[c][1], "case %zu: A", c);
        order(b, got, sizeof got);
        cr_assert_str_eq(got, set_cases[c][2], "case %zu: B", c);
        cr_assert_str_eq(pops, set_cases[c][3], "case %zu: pops", c);
        value_decref(a);
        value_decref(b);
    }
}

static Value set_of(TypeObject *t, size_t n, const int64_t *items)
{
    SetObject *s = set_new(t);
    for (size_t k = 0; k < n; k++)
        set_add(s, i(items[k]));
    return value_steal(&s->header);
}

#define SET(...)                                                               \
    set_of(&set_type, sizeof((int64_t[]){__VA_ARGS__}) / sizeof(int64_t),      \
           (int64_t[]){__VA_ARGS__})
#define FROZEN(...)                                                            \
    set_of(&frozenset_type,                                                    \
           sizeof((int64_t[]){__VA_ARGS__}) / sizeof(int64_t),                 \
           (int64_t[]){__VA_ARGS__})

Test(set, reprs)
{
    expect_repr_steal(value_steal(&set_new(&set_type)->header), "set()");
    expect_repr_steal(value_steal(&set_new(&frozenset_type)->header),
                      "frozenset()");
    expect_repr_steal(SET(1, 2), "{1, 2}");
    expect_repr_steal(FROZEN(2, 1), "frozenset({1, 2})");
    Value s = SET(1), t = value_steal(&tuple_pack(1, &s)->header);
    expect_repr_steal(t, "({1},)");
    value_decref(s);
}

Test(set, frozenset_hash_is_cpython_s)
{
    // python3: hash(frozenset({1, 2})), hash(frozenset()),
    //          hash(frozenset(range(100)))
    Value a = FROZEN(1, 2), e = value_steal(&set_new(&frozenset_type)->header);
    cr_assert_eq(op_hash(a), -1826646154956904602LL);
    cr_assert_eq(op_hash(e), 133146708735736LL);
    SetObject *r = set_new(&frozenset_type);
    for (int k = 0; k < 100; k++)
        set_add(r, i(k));
    cr_assert_eq(op_hash(value_steal(&r->header)), 4411996150312757951LL);
    Value plain = SET(1);
    cr_assert_eq(op_hash(plain), -1);
    expect_error(&exc_TypeError, "unhashable type: 'set'");
    value_decref(plain);
    refcount_dec(&r->header);
    value_decref(a);
    value_decref(e);
}

Test(set, comparisons)
{
    Value a = SET(1, 2), b = SET(1, 2, 3), f = FROZEN(2, 1);
    cr_assert_eq(op_compare_bool(a, f, CMP_EQ), 1);
    cr_assert_eq(op_compare_bool(a, b, CMP_LT), 1);
    cr_assert_eq(op_compare_bool(a, b, CMP_LE), 1);
    cr_assert_eq(op_compare_bool(b, a, CMP_GT), 1);
    cr_assert_eq(op_compare_bool(a, f, CMP_LT), 0);
    cr_assert_eq(op_compare_bool(a, b, CMP_NE), 1);
    cr_assert_eq(op_compare_bool(a, b, CMP_GE), 0);
    value_decref(a);
    value_decref(b);
    value_decref(f);
}

Test(set, operators_follow_the_left_type)
{
    Value a = SET(1, 2, 3), f = FROZEN(3, 4);
    expect_repr_steal(op_binary(a, f, BINOP_AND), "{3}");
    expect_repr_steal(op_binary(f, a, BINOP_OR), "frozenset({1, 2, 3, 4})");
    expect_repr_steal(op_binary(f, a, BINOP_SUB), "frozenset({4})");
    expect_repr_steal(op_binary(a, f, BINOP_XOR), "{1, 2, 4}");
    Value l = value_steal(&list_new(0)->header);
    cr_assert_eq(op_binary(a, l, BINOP_OR), VALUE_NULL);
    expect_error(&exc_TypeError,
                 "unsupported operand type(s) for |: 'set' and 'list'");
    // frozenset |= set makes a new frozenset.
    Value g = op_binary(f, a, BINOP_OR | BINOP_INPLACE);
    cr_assert(g != f);
    expect_repr_steal(g, "frozenset({1, 2, 3, 4})");
    value_decref(l);
    value_decref(a);
    value_decref(f);
}

Test(set, contains_and_set_keys)
{
    Value a = SET(1, 2);
    Value key = FROZEN(1), inner = SET(1);
    set_add(S(a), key);
    cr_assert_eq(op_contains(a, i(2)), 1);
    cr_assert_eq(op_contains(a, inner), 1, "a set key is looked up frozen");
    Value l = value_steal(&list_new(0)->header);
    cr_assert_eq(op_contains(a, l), -1);
    expect_error(&exc_TypeError, "unhashable type: 'list'");
    call_none(a, "remove", 1, &inner);
    cr_assert_eq(op_len(a), 2);
    value_decref(l);
    value_decref(inner);
    value_decref(key);
    value_decref(a);
}

Test(set, methods)
{
    Value a = SET(1, 2, 3), l = value_steal(&list_new(0)->header);
    list_append((ListObject *)value_as_object(l), i(3));
    list_append((ListObject *)value_as_object(l), i(4));
    expect_repr_steal(call(a, "union", 1, &l), "{1, 2, 3, 4}");
    expect_repr_steal(call(a, "intersection", 1, &l), "{3}");
    expect_repr_steal(call(a, "difference", 1, &l), "{1, 2}");
    expect_repr_steal(call(a, "symmetric_difference", 1, &l), "{1, 2, 4}");
    cr_assert_eq(call(a, "issubset", 1, &l), VALUE_FALSE);
    cr_assert_eq(call(a, "isdisjoint", 1, &l), VALUE_FALSE);
    cr_assert_eq(call(a, "issuperset", 1, (Value[]){a}), VALUE_TRUE);
    call_none(a, "add", 1, (Value[]){i(7)});
    call_none(a, "discard", 1, (Value[]){i(1)});
    call_none(a, "discard", 1, (Value[]){i(1)});
    cr_assert_eq(call(a, "remove", 1, (Value[]){i(1)}), VALUE_NULL);
    ExceptionObject *e = exc_fetch();
    cr_assert_str_eq(object_type(&e->header)->name, "KeyError");
    expect_repr(e->args, "(1,)");
    refcount_dec(&e->header);
    call_none(a, "intersection_update", 1, &l);
    expect_repr(a, "{3}");
    call_none(a, "clear", 0, NULL);
    cr_assert_eq(call(a, "pop", 0, NULL), VALUE_NULL);
    expect_error(&exc_KeyError, "pop from an empty set");
    cr_assert_eq(call(a, "add", 0, NULL), VALUE_NULL);
    expect_error(&exc_TypeError,
                 "set.add() takes exactly one argument (0 given)");
    value_decref(l);
    value_decref(a);
}

Test(set, iterator_detects_size_changes)
{
    Value a = SET(1, 2, 3);
    Value it = op_iter(a);
    cr_assert_str_eq(value_type(it)->name, "set_iterator");
    cr_assert_eq(op_next(it), i(1));
    set_add(S(a), i(9));
    cr_assert_eq(op_next(it), VALUE_NULL);
    expect_error(&exc_RuntimeError, "Set changed size during iteration");
    value_decref(it);
    value_decref(a);
}

Test(set, constructors)
{
    Value st = value_new_ref(&set_type.header);
    Value ft = value_new_ref(&frozenset_type.header);
    Value f = FROZEN(5);
    cr_assert_eq(op_call(ft, &f, 1, NULL), f, "frozenset(f) is f");
    value_decref(f);
    expect_repr_steal(op_call(st, &f, 1, NULL), "{5}");
    cr_assert_eq(op_call(st, (Value[]){i(1), i(2)}, 2, NULL), VALUE_NULL);
    expect_error(&exc_TypeError, "set expected at most 1 argument, got 2");
    cr_assert_eq(op_call(st, (Value[]){i(1)}, 1, NULL), VALUE_NULL);
    expect_error(&exc_TypeError, "'int' object is not iterable");
    value_decref(f);
}

// ------------------------------------------------------------ races

#ifdef FTPY_FREE_THREADING
typedef struct SetRace {
    SetObject *set;
    int64_t base;
} SetRace;

// Adds 2000 ints of its own, discards every third, reads the others.
static void *add_discard(void *arg)
{
    SetRace *r = arg;
    ThreadState *ts = enter_thread();
    for (int64_t k = 0; k < 2000; k++) {
        cr_assert_eq(set_add(r->set, value_from_int(r->base + k)), 0);
        if (k % 3 == 0)
            cr_assert_eq(set_discard(r->set, value_from_int(r->base + k)), 1);
        cr_assert(set_contains_key(r->set, value_from_int(r->base)) >= 0);
        thread_poll(ts);
    }
    leave_thread(ts);
    return NULL;
}

Test(set, concurrent_writers_keep_every_item)
{
    SetObject *s = set_new(&set_type);
    SetRace a = {s, 0}, b = {s, 100000};
    OsThread ta = spawn(add_discard, &a), tb = spawn(add_discard, &b);
    join_detached(&ta);
    join_detached(&tb);
    cr_assert_eq(set_len(s), 2 * (2000 - 667));
    for (int64_t k = 0; k < 2000; k++) {
        cr_assert_eq(set_contains_key(s, value_from_int(k)), k % 3 != 0);
        cr_assert_eq(set_contains_key(s, value_from_int(100000 + k)),
                     k % 3 != 0);
    }
    refcount_dec(&s->header);
}
#endif
