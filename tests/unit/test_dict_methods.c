// test_dict_methods.c: dict as Python sees it: repr, ==, items, the
// methods, the views and their set operations, iterators, constructors.
// Expected values are python3's.
#include <string.h>

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

TestSuite(dict_methods, .init = setup, .fini = runtime_teardown);

static Value i(int64_t n)
{
    return value_from_int(n);
}

static Value pair(Value a, Value b)
{
    return value_steal(&tuple_pack(2, (Value[]){a, b})->header);
}

// {1: 'a', 2: 'b', 9: 'c'}
static Value sample(void)
{
    DictObject *d = dict_new();
    dict_set(d, i(1), str_value("a"));
    dict_set(d, i(2), str_value("b"));
    dict_set(d, i(9), str_value("c"));
    return value_steal(&d->header);
}

static DictObject *D(Value v)
{
    return (DictObject *)value_as_object(v);
}

Test(dict_methods, repr_and_recursion)
{
    expect_repr_steal(value_steal(&dict_new()->header), "{}");
    Value d = sample();
    expect_repr(d, "{1: 'a', 2: 'b', 9: 'c'}");
    value_incref(d);
    dict_set(D(d), str_value("me"), d);
    expect_repr(d, "{1: 'a', 2: 'b', 9: 'c', 'me': {...}}");
    dict_clear(D(d));
    value_decref(d);
}

Test(dict_methods, items_and_key_errors)
{
    Value d = sample();
    Value v = op_getitem(d, i(2));
    expect_repr_steal(v, "'b'");
    cr_assert_eq(op_getitem(d, i(5)), VALUE_NULL);
    ExceptionObject *e = exc_fetch();
    cr_assert_str_eq(object_type(&e->header)->name, "KeyError");
    expect_repr(e->args, "(5,)");
    refcount_dec(&e->header);
    cr_assert_eq(op_delitem(d, i(5)), -1);
    expect_error(&exc_KeyError, NULL);
    Value l = value_steal(&list_new(0)->header);
    cr_assert_eq(op_getitem(d, l), VALUE_NULL);
    expect_error(&exc_TypeError, "unhashable type: 'list'");
    cr_assert_eq(op_setitem(d, l, i(1)), -1);
    expect_error(&exc_TypeError, "unhashable type: 'list'");
    // Tuples are keys too; (1, 2) and an equal tuple are one key.
    Value t1 = pair(i(1), i(2)), t2 = pair(i(1), i(2));
    cr_assert_eq(op_setitem(d, t1, i(7)), 0);
    cr_assert_eq(op_getitem(d, t2), i(7));
    cr_assert_eq(op_delitem(d, i(1)), 0);
    cr_assert_eq(op_len(d), 3);
    cr_assert_eq(op_contains(d, t2), 1);
    cr_assert_eq(op_contains(d, i(1)), 0);
    expect_repr(d, "{2: 'b', 9: 'c', (1, 2): 7}");
    value_decref(t1);
    value_decref(t2);
    value_decref(l);
    value_decref(d);
}

Test(dict_methods, equality_ignores_order)
{
    Value a = sample();
    DictObject *b = dict_new();
    dict_set(b, i(9), str_value("c"));
    dict_set(b, i(2), str_value("b"));
    dict_set(b, i(1), str_value("a"));
    Value bv = value_steal(&b->header);
    cr_assert_eq(op_compare_bool(a, bv, CMP_EQ), 1);
    dict_set(b, i(1), str_value("z"));
    cr_assert_eq(op_compare_bool(a, bv, CMP_NE), 1);
    cr_assert_eq(op_compare_bool(a, bv, CMP_LT), -1);
    expect_error(&exc_TypeError,
                 "'<' not supported between instances of 'dict' and 'dict'");
    value_decref(a);
    value_decref(bv);
}

Test(dict_methods, get_setdefault_pop_popitem)
{
    Value d = sample();
    expect_repr_steal(call(d, "get", 1, (Value[]){i(1)}), "'a'");
    cr_assert(value_is_none(call(d, "get", 1, (Value[]){i(5)})));
    cr_assert_eq(call(d, "get", 2, (Value[]){i(5), i(0)}), i(0));
    expect_repr_steal(call(d, "setdefault", 2, (Value[]){i(1), i(0)}), "'a'");
    cr_assert_eq(call(d, "setdefault", 2, (Value[]){i(4), i(0)}), i(0));
    expect_repr_steal(call(d, "pop", 1, (Value[]){i(2)}), "'b'");
    cr_assert_eq(call(d, "pop", 2, (Value[]){i(2), i(-1)}), i(-1));
    cr_assert_eq(call(d, "pop", 1, (Value[]){i(2)}), VALUE_NULL);
    expect_error(&exc_KeyError, NULL);
    expect_repr_steal(call(d, "popitem", 0, NULL), "(4, 0)");
    expect_repr(d, "{1: 'a', 9: 'c'}");
    call_none(d, "clear", 0, NULL);
    cr_assert_eq(call(d, "popitem", 0, NULL), VALUE_NULL);
    expect_error(&exc_KeyError, "popitem(): dictionary is empty");
    cr_assert_eq(call(d, "get", 0, NULL), VALUE_NULL);
    expect_error(&exc_TypeError, "get expected at least 1 argument, got 0");
    cr_assert_eq(call(d, "keys", 1, (Value[]){i(1)}), VALUE_NULL);
    expect_error(&exc_TypeError, "dict.keys() takes no arguments (1 given)");
    value_decref(d);
}

Test(dict_methods, constructors_and_update)
{
    Value dt = value_new_ref(&dict_type.header);
    ListObject *src = list_new(0);
    list_append(src, pair(i(1), i(2)));
    list_append(src, pair(i(3), i(4)));
    Value z = str_value("z");
    TupleObject *kw = tuple_pack(1, &z);
    Value args[] = {value_steal(&src->header), i(5)};
    Value d = op_call(dt, args, 1, &kw->header);
    expect_repr(d, "{1: 2, 3: 4, 'z': 5}");
    Value copy = op_call(dt, &d, 1, NULL);
    cr_assert_eq(op_compare_bool(copy, d, CMP_EQ), 1);
    // Errors of the pairs form.
    ListObject *bad = list_new(0);
    list_append(bad, i(1));
    Value badv = value_steal(&bad->header);
    cr_assert_eq(op_call(dt, &badv, 1, NULL), VALUE_NULL);
    expect_error(&exc_TypeError, "cannot convert dictionary update sequence "
                                 "element #0 to a sequence");
    list_set(bad, 0,
             value_steal(&tuple_pack(3, (Value[]){i(1), i(2), i(3)})->header));
    cr_assert_eq(call(d, "update", 1, &badv), VALUE_NULL);
    expect_error(&exc_ValueError, "dictionary update sequence element #0 "
                                  "has length 3; 2 is required");
    cr_assert_eq(op_call(dt, (Value[]){i(1), i(2)}, 2, NULL), VALUE_NULL);
    expect_error(&exc_TypeError, "dict expected at most 1 argument, got 2");
    // fromkeys is a class method.
    Value keys =
        value_steal(&list_from_array((Value[]){i(1), i(2)}, 2)->header);
    expect_repr_steal(call(dt, "fromkeys", 1, &keys), "{1: None, 2: None}");
    expect_repr_steal(call(dt, "fromkeys", 2, (Value[]){keys, i(0)}),
                      "{1: 0, 2: 0}");
    // | and |=
    Value other = sample();
    expect_repr_steal(op_binary(copy, other, BINOP_OR),
                      "{1: 'a', 3: 4, 'z': 5, 2: 'b', 9: 'c'}");
    Value r = op_binary(copy, other, BINOP_OR | BINOP_INPLACE);
    cr_assert_eq(r, copy);
    value_decref(r);
    cr_assert_eq(op_len(copy), 5);
    cr_assert_eq(op_binary(copy, keys, BINOP_OR), VALUE_NULL);
    expect_error(&exc_TypeError,
                 "unsupported operand type(s) for |: 'dict' and 'list'");
    value_decref(other);
    value_decref(keys);
    value_decref(badv);
    value_decref(copy);
    value_decref(d);
    value_decref(args[0]);
    refcount_dec(&kw->header);
    value_decref(z);
}

Test(dict_methods, views)
{
    Value d = sample();
    Value k = call(d, "keys", 0, NULL), v = call(d, "values", 0, NULL);
    Value it = call(d, "items", 0, NULL);
    expect_repr(k, "dict_keys([1, 2, 9])");
    expect_repr(v, "dict_values(['a', 'b', 'c'])");
    expect_repr(it, "dict_items([(1, 'a'), (2, 'b'), (9, 'c')])");
    cr_assert_eq(op_len(k), 3);
    cr_assert_eq(op_contains(k, i(9)), 1);
    Value a = str_value("a");
    Value pa = pair(i(1), a), px = pair(i(1), i(0));
    value_decref(a);
    cr_assert_eq(op_contains(it, pa), 1);
    cr_assert_eq(op_contains(it, px), 0);
    SetObject *s13 = set_new(&set_type);
    set_add(s13, i(1));
    set_add(s13, i(3));
    Value s = value_steal(&s13->header);
    expect_repr_steal(op_binary(k, s, BINOP_AND), "{1}");
    expect_repr_steal(op_binary(s, k, BINOP_AND), "{1}");
    expect_repr_steal(op_binary(k, s, BINOP_OR), "{1, 2, 3, 9}");
    expect_repr_steal(op_binary(k, s, BINOP_SUB), "{2, 9}");
    set_discard(s13, i(3));
    set_add(s13, i(17));
    expect_repr_steal(op_binary(k, s, BINOP_XOR), "{17, 2, 9}");
    cr_assert_eq(op_compare_bool(k, k, CMP_EQ), 1);
    // python3: {1:1, 2:2, 5:5, 9:0}.items() ^ {2:2, 3:3, 9:1, 40:4}.items()
    DictObject *d1 = dict_new(), *d2 = dict_new();
    int64_t kv1[][2] = {{1, 1}, {2, 2}, {5, 5}, {9, 0}};
    int64_t kv2[][2] = {{2, 2}, {3, 3}, {9, 1}, {40, 4}};
    for (int n = 0; n < 4; n++) {
        dict_set(d1, i(kv1[n][0]), i(kv1[n][1]));
        dict_set(d2, i(kv2[n][0]), i(kv2[n][1]));
    }
    Value i1 = call((Value)&d1->header, "items", 0, NULL);
    Value i2 = call((Value)&d2->header, "items", 0, NULL);
    expect_repr_steal(op_binary(i1, i2, BINOP_XOR),
                      "{(40, 4), (5, 5), (9, 0), (1, 1), (3, 3), (9, 1)}");
    value_decref(i1);
    value_decref(i2);
    refcount_dec(&d1->header);
    refcount_dec(&d2->header);
    cr_assert_eq(op_compare_bool(k, s, CMP_LE), 0);
    // Iterating: reversed, and a dict that changes size.
    Value rev = call(d, "__reversed__", 0, NULL);
    cr_assert_str_eq(value_type(rev)->name, "dict_reversekeyiterator");
    expect_repr_steal(list_from_iterable(rev), "[9, 2, 1]");
    Value fwd = op_iter(d);
    cr_assert_str_eq(value_type(fwd)->name, "dict_keyiterator");
    cr_assert_eq(op_next(fwd), i(1));
    dict_set(D(d), i(100), i(0));
    cr_assert_eq(op_next(fwd), VALUE_NULL);
    expect_error(&exc_RuntimeError, "dictionary changed size during iteration");
    Value all[] = {k, v, it, pa, px, s, rev, fwd, d};
    for (size_t n = 0; n < sizeof all / sizeof all[0]; n++)
        value_decref(all[n]);
}

// A key whose == runs code that empties the dict being probed.
static DictObject *victim;

static Value evil_compare(Value a, Value b, CmpOp op)
{
    (void)a;
    (void)b;
    if (op == CMP_EQ && victim) {
        DictObject *d = victim;
        victim = NULL;
        dict_clear(d);
    }
    return VALUE_FALSE;
}

static int64_t evil_hash(Object *self)
{
    (void)self;
    return 42;
}

static TypeObject evil_type = {
    .header = OBJ_HEADER_IMMORTAL(NULL),
    .name = "evil",
    .basic_size = sizeof(Object),
    .dealloc = object_free,
    .hash = evil_hash,
    .compare = evil_compare,
};

Test(dict_methods, a_probe_survives_mutation_by_eq)
{
    DictObject *d = dict_new();
    Value a = value_steal(object_new(&evil_type));
    Value b = value_steal(object_new(&evil_type));
    dict_set(d, a, i(1));
    for (int n = 0; n < 20; n++)
        dict_set(d, i(n * 1000), i(n));
    victim = d;
    Value v;
    cr_assert_eq(dict_get(d, b, &v), 0, "restarted on the emptied dict");
    cr_assert_eq(dict_len(d), 0);
    value_decref(b);
    refcount_dec(&d->header);
}
