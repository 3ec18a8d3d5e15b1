// test_tuple.c: tuple storage, CPython's tuple hash, equality, ownership.
// Expected hashes are python3's: hash((1, 2, 3)), hash(()), ...
#include "tests/unit/pyexpect.h"
#include "tests/unit/support.h"
#include "vm/exc.h"
#include "vm/objects/list.h"
#include "vm/objects/slice.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

TestSuite(tuple, .init = runtime_setup, .fini = runtime_teardown);

static TupleObject *ints(int64_t n, const int64_t *values)
{
    TupleObject *t = tuple_new(n);
    for (int64_t i = 0; i < n; i++)
        tuple_init_item(t, i, value_from_int(values[i]));
    return t;
}

Test(tuple, hash_matches_cpython)
{
    int64_t one_two_three[] = {1, 2, 3}, minus_one[] = {-1}, pair[] = {1, 2};
    TupleObject *a = ints(3, one_two_three);
    TupleObject *empty = tuple_new(0);
    TupleObject *m = ints(1, minus_one);
    cr_assert_eq(tuple_hash(a), 529344067295497451LL);
    cr_assert_eq(tuple_hash(empty), 5740354900026072187LL);
    cr_assert_eq(tuple_hash(m), 8078679518589016365LL);
    // ((1, 2), 3): a nested tuple hashes through the slot.
    TupleObject *nested = tuple_new(2);
    tuple_init_item(nested, 0, value_steal(&ints(2, pair)->header));
    tuple_init_item(nested, 1, value_from_int(3));
    cr_assert_eq(tuple_hash(nested), -333907151259015829LL);
    Object *all[] = {&a->header, &empty->header, &m->header, &nested->header};
    for (int i = 0; i < 4; i++)
        refcount_dec(all[i]);
}

Test(tuple, equality_is_elementwise)
{
    int64_t x[] = {1, 2, 3}, y[] = {1, 2, 4};
    TupleObject *a = ints(3, x), *b = ints(3, x), *c = ints(3, y);
    TupleObject *shorter = ints(2, x);
    cr_assert_eq(object_equal(value_steal(&a->header), (Value)b), 1);
    cr_assert_eq(object_equal((Value)a, (Value)c), 0);
    cr_assert_eq(object_equal((Value)a, (Value)shorter), 0);
    cr_assert_eq(object_equal((Value)a, value_from_int(1)), 0);
    Value sa = value_steal(&str_from_cstr("a")->header);
    Value sb = value_steal(&str_from_cstr("a")->header);
    TupleObject *ta = tuple_pack(1, &sa), *tb = tuple_pack(1, &sb);
    cr_assert_eq(object_equal((Value)ta, (Value)tb), 1, "equal strs");
    cr_assert_eq(tuple_hash(ta), tuple_hash(tb));
    value_decref(sa);
    value_decref(sb);
    Object *all[] = {&a->header,       &b->header,  &c->header,
                     &shorter->header, &ta->header, &tb->header};
    for (int i = 0; i < 6; i++)
        refcount_dec(all[i]);
}

Test(tuple, owns_its_items)
{
    Value objs[3];
    for (int i = 0; i < 3; i++)
        objs[i] = value_steal(object_new(&counted_type));
    TupleObject *t = tuple_pack(3, objs); // takes new references
    for (int i = 0; i < 3; i++)
        value_decref(objs[i]);
    cr_assert_eq(frees(), 0);
    refcount_dec(&t->header);
    cr_assert_eq(frees(), 3);
}

// ------------------------------------------------------------ Python

static Value tv(int64_t n, const int64_t *values)
{
    return value_steal(&ints(n, values)->header);
}

Test(tuple, python_behaviour)
{
    pyexpect_init();
    int64_t one[] = {1}, two[] = {2, 3}, abc[] = {1, 2, 1};
    Value a = tv(1, one), b = tv(2, two), c = tv(3, abc);
    Value empty = value_steal(&tuple_new(0)->header);
    cr_assert_eq(value_as_object(empty), &tuple_empty()->header,
                 "() is a singleton");
    expect_repr(empty, "()");
    expect_repr(a, "(1,)");
    expect_repr_steal(op_binary(a, b, BINOP_ADD), "(1, 2, 3)");
    expect_repr_steal(op_binary(b, value_from_int(2), BINOP_MUL),
                      "(2, 3, 2, 3)");
    Value rev = slice_new(VALUE_NONE, VALUE_NONE, value_from_int(-1));
    expect_repr_steal(op_getitem(c, rev), "(1, 2, 1)");
    value_decref(rev);
    cr_assert_eq(op_compare_bool(b, c, CMP_GT), 1);
    cr_assert_eq(op_getitem(empty, value_from_int(0)), VALUE_NULL);
    expect_error(&exc_IndexError, "tuple index out of range");
    Value l = value_steal(&list_new(0)->header);
    cr_assert_eq(op_binary(a, l, BINOP_ADD), VALUE_NULL);
    expect_error(&exc_TypeError,
                 "can only concatenate tuple (not \"list\") to tuple");
    cr_assert_eq(call(c, "count", 1, (Value[]){value_from_int(1)}),
                 value_from_int(2));
    cr_assert_eq(
        call(c, "index", 2, (Value[]){value_from_int(1), value_from_int(1)}),
        value_from_int(2));
    cr_assert_eq(call(b, "index", 1, (Value[]){value_from_int(9)}), VALUE_NULL);
    expect_error(&exc_ValueError, "tuple.index(x): x not in tuple");
    // tuple(t) is t; tuple(list) copies; iteration.
    Value tt = value_new_ref(&tuple_type.header);
    cr_assert_eq(op_call(tt, &c, 1, NULL), c);
    value_decref(c);
    Value lst = list_from_iterable(c);
    expect_repr_steal(op_call(tt, &lst, 1, NULL), "(1, 2, 1)");
    Value it = op_iter(b);
    cr_assert_str_eq(value_type(it)->name, "tuple_iterator");
    expect_repr_steal(tuple_from_iterable(it), "(2, 3)");
    Value all[] = {a, b, c, empty, l, lst, it};
    for (size_t k = 0; k < sizeof all / sizeof all[0]; k++)
        value_decref(all[k]);
}
