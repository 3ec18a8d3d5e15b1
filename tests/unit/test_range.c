// test_range.c: range, slice and the builtin iterators (iterator,
// reversed, enumerate, zip, map, filter) as Python sees them. Expected
// values are python3's.
#include <string.h>

#include "tests/unit/pyexpect.h"
#include "tests/unit/support.h"
#include "vm/exc.h"
#include "vm/objects/builtin.h"
#include "vm/objects/int.h"
#include "vm/objects/iter.h"
#include "vm/objects/list.h"
#include "vm/objects/range.h"
#include "vm/objects/slice.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

static void setup(void)
{
    runtime_setup();
    pyexpect_init();
}

TestSuite(range, .init = setup, .fini = runtime_teardown);

#define NONE INT64_MIN

static Value i(int64_t n)
{
    return n == NONE ? VALUE_NONE : value_from_int(n);
}

static Value R(int64_t start, int64_t stop, int64_t step)
{
    Value r = range_new(start, stop, step);
    cr_assert(r != VALUE_NULL);
    return r;
}

static Value type_value(TypeObject *t)
{
    return value_new_ref(&t->header);
}

// list(x) as its repr; x is released.
static void expect_list(Value x, const char *want)
{
    cr_assert(x != VALUE_NULL);
    expect_repr_steal(list_from_iterable(x), want);
    value_decref(x);
}

Test(range, construct_and_repr)
{
    Value rt = type_value(&range_type);
    expect_repr_steal(op_call(rt, (Value[]){i(5)}, 1, NULL), "range(0, 5)");
    expect_repr_steal(op_call(rt, (Value[]){i(0), i(-10), i(-2)}, 3, NULL),
                      "range(0, -10, -2)");
    cr_assert_eq(op_call(rt, (Value[]){i(1), i(2), i(0)}, 3, NULL), VALUE_NULL);
    expect_error(&exc_ValueError, "range() arg 3 must not be zero");
    cr_assert_eq(op_call(rt, NULL, 0, NULL), VALUE_NULL);
    expect_error(&exc_TypeError, "range expected at least 1 argument, got 0");
    cr_assert_eq(op_call(rt, (Value[]){VALUE_NONE}, 1, NULL), VALUE_NULL);
    expect_error(&exc_TypeError,
                 "'NoneType' object cannot be interpreted as an integer");
}

Test(range, length_items_and_slices)
{
    Value r = R(0, 10, 3);
    cr_assert_eq(op_len(r), 4);
    Value e = R(10, 0, 1);
    cr_assert_eq(op_len(e), 0);
    cr_assert_eq(op_getitem(r, i(-1)), i(9));
    cr_assert_eq(op_getitem(r, i(4)), VALUE_NULL);
    expect_error(&exc_IndexError, "range object index out of range");
    cr_assert_eq(op_getitem(r, VALUE_NONE), VALUE_NULL);
    expect_error(&exc_TypeError,
                 "range indices must be integers or slices, not NoneType");
    struct {
        int64_t a, b, c;
        const char *want;
    } cases[] = {
        {NONE, NONE, -1, "range(9, -3, -3)"},
        {1, NONE, NONE, "range(3, 12, 3)"},
        {-2, NONE, NONE, "range(6, 12, 3)"},
        {10, 20, NONE, "range(12, 12, 3)"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        Value s = slice_new(i(cases[k].a), i(cases[k].b), i(cases[k].c));
        expect_repr_steal(op_getitem(r, s), cases[k].want);
        value_decref(s);
    }
    Value down = R(10, 0, -3), s = slice_new(i(5), i(0), i(-2));
    expect_repr_steal(op_getitem(down, s), "range(1, 10, 6)");
    expect_list(op_iter(down), "[10, 7, 4, 1]");
    value_decref(s);
    value_decref(down);
    value_decref(e);
    value_decref(r);
}

Test(range, membership_count_index)
{
    Value r = R(0, 10, 3), neg = R(0, -10, -3);
    cr_assert_eq(op_contains(r, i(3)), 1);
    cr_assert_eq(op_contains(r, i(4)), 0);
    cr_assert_eq(op_contains(r, i(12)), 0);
    cr_assert_eq(op_contains(neg, i(-3)), 1);
    cr_assert_eq(op_contains(r, VALUE_NONE), 0);
    cr_assert_eq(call(r, "index", 1, (Value[]){i(9)}), i(3));
    cr_assert_eq(call(r, "count", 1, (Value[]){i(9)}), i(1));
    cr_assert_eq(call(r, "count", 1, (Value[]){i(8)}), i(0));
    cr_assert_eq(call(r, "index", 1, (Value[]){i(7)}), VALUE_NULL);
    expect_error(&exc_ValueError, "7 is not in range");
    value_decref(r);
    value_decref(neg);
}

Test(range, equality_hash_and_attributes)
{
    Value a = R(0, 10, 1), b = R(0, 10, 1), c = R(1, 2, 3), d = R(1, 5, 9);
    Value e1 = R(0, 0, 1), e2 = R(5, 2, 1);
    cr_assert_eq(op_compare_bool(a, b, CMP_EQ), 1);
    cr_assert_eq(op_compare_bool(c, d, CMP_EQ), 1, "both are [1]");
    cr_assert_eq(op_compare_bool(e1, e2, CMP_EQ), 1, "both are empty");
    cr_assert_eq(op_compare_bool(a, c, CMP_NE), 1);
    cr_assert_eq(op_hash(c), op_hash(d));
    // python3: hash(range(0, 10, 3))
    Value r = R(0, 10, 3);
    cr_assert_eq(op_hash(r), -1816567394155750349LL);
    cr_assert_eq(op_getattr(r, str_intern_cstr("start")), i(0));
    cr_assert_eq(op_getattr(r, str_intern_cstr("stop")), i(10));
    cr_assert_eq(op_getattr(r, str_intern_cstr("step")), i(3));
    Value all[] = {a, b, c, d, e1, e2, r};
    for (size_t k = 0; k < sizeof all / sizeof all[0]; k++)
        value_decref(all[k]);
}

Test(range, iterators_fast_path_and_reversed)
{
    Value r = R(0, -7, -2);
    Value it = op_iter(r);
    cr_assert_str_eq(value_type(it)->name, "range_iterator");
    Value v;
    int64_t n = 0, sum = 0;
    while (range_iter_next_fast(value_as_object(it), &v)) {
        n++;
        sum += value_as_int(v);
    }
    cr_assert_eq(n, 4);
    cr_assert_eq(sum, -12);
    value_decref(it);
    Value rt = type_value(&reversed_type);
    expect_list(op_call(rt, &r, 1, NULL), "[-6, -4, -2, 0]");
    Value empty = R(0, 0, 1);
    expect_list(op_call(rt, &empty, 1, NULL), "[]");
    value_decref(empty);
    value_decref(r);
}

static Value big(const char *digits)
{
    return int_from_string(digits, strlen(digits), 10);
}

// Bounds beyond the small ints take the slow path (python3's results).
Test(range, big_bounds)
{
    Value e20 = big("100000000000000000000"), e19 = big("10000000000000000000");
    Value r = range_new_values(i(0), e20, i(1));
    cr_assert(r != VALUE_NULL);
    expect_repr(r, "range(0, 100000000000000000000)");
    expect_repr_steal(op_getitem(r, i(-1)), "99999999999999999999");
    cr_assert_eq(op_contains(r, e19), 1);
    cr_assert_eq(op_contains(r, e20), 0);
    cr_assert_eq(op_len(r), -1);
    expect_error(&exc_OverflowError,
                 "Python int too large to convert to C ssize_t");
    cr_assert_eq(op_truth(r), 1);
    expect_repr_steal(call(r, "index", 1, &e19), "10000000000000000000");
    Value it = op_iter(r);
    cr_assert_str_eq(value_type(it)->name, "longrange_iterator");
    cr_assert_eq(op_next(it), i(0));
    cr_assert_eq(op_next(it), i(1));
    value_decref(it);
    // range(0, 10**19, 2)[::3] and its reverse.
    Value evens = range_new_values(i(0), e19, i(2));
    Value s = slice_new(VALUE_NONE, VALUE_NONE, i(3));
    expect_repr_steal(op_getitem(evens, s),
                      "range(0, 10000000000000000000, 6)");
    Value back = slice_new(VALUE_NONE, VALUE_NONE, i(-1));
    expect_repr_steal(op_getitem(evens, back),
                      "range(9999999999999999998, -2, -2)");
    Value rt = type_value(&reversed_type);
    Value tail = range_new_values(e19, big("10000000000000000005"), i(2));
    expect_list(op_call(rt, &tail, 1, NULL),
                "[10000000000000000004, 10000000000000000002, "
                "10000000000000000000]");
    // len(range(sys.maxsize)) fits; equality and hash ignore the stop.
    Value maxsize = range_new(0, INT64_MAX, 1);
    cr_assert_eq(op_len(maxsize), INT64_MAX);
    Value a = range_new_values(e20, big("100000000000000000001"), i(5));
    Value b = range_new_values(e20, big("100000000000000000002"), i(7));
    cr_assert_eq(op_compare_bool(a, b, CMP_EQ), 1);
    cr_assert_eq(op_hash(a), op_hash(b));
    Value all[] = {e20, e19, r, evens, s, back, tail, maxsize, a, b};
    for (size_t k = 0; k < sizeof all / sizeof all[0]; k++)
        value_decref(all[k]);
}

Test(range, slice_objects)
{
    Value s = slice_new(i(1), i(2), VALUE_NONE);
    expect_repr(s, "slice(1, 2, None)");
    Value t = slice_new(i(1), i(2), VALUE_NONE),
          u = slice_new(i(1), i(3), i(1));
    cr_assert_eq(op_compare_bool(s, t, CMP_EQ), 1);
    cr_assert_eq(op_compare_bool(s, u, CMP_EQ), 0);
    cr_assert_eq(op_getattr(u, str_intern_cstr("step")), i(1));
    cr_assert_eq(op_hash(s), -1);
    expect_error(&exc_TypeError, "unhashable type: 'slice'");
    // slice(None, None, -2).indices(10) == (9, -1, -2)
    Value w = slice_new(VALUE_NONE, VALUE_NONE, i(-2));
    expect_repr_steal(call(w, "indices", 1, (Value[]){i(10)}), "(9, -1, -2)");
    cr_assert_eq(call(w, "indices", 1, (Value[]){i(-1)}), VALUE_NULL);
    expect_error(&exc_ValueError, "length should not be negative");
    Value st = type_value(&slice_type);
    expect_repr_steal(op_call(st, (Value[]){i(5)}, 1, NULL),
                      "slice(None, 5, None)");
    Value all[] = {s, t, u, w};
    for (size_t k = 0; k < sizeof all / sizeof all[0]; k++)
        value_decref(all[k]);
}

static Value list3(void)
{
    return value_steal(
        &list_from_array((Value[]){i(1), i(2), i(3)}, 3)->header);
}

Test(range, enumerate_and_zip)
{
    Value et = type_value(&enumerate_type), zt = type_value(&zip_type);
    Value l = list3(), r = R(0, 2, 1);
    Value start = str_value("start");
    TupleObject *kw = tuple_pack(1, &start);
    expect_list(op_call(et, (Value[]){l, i(5)}, 1, &kw->header),
                "[(5, 1), (6, 2), (7, 3)]");
    cr_assert_eq(op_call(et, NULL, 0, NULL), VALUE_NULL);
    expect_error(&exc_TypeError,
                 "enumerate() missing required argument 'iterable'");
    cr_assert_eq(op_call(et, (Value[]){l, VALUE_NONE}, 2, NULL), VALUE_NULL);
    expect_error(&exc_TypeError,
                 "'NoneType' object cannot be interpreted as an integer");
    expect_list(op_call(zt, (Value[]){l, r}, 2, NULL), "[(1, 0), (2, 1)]");
    expect_list(op_call(zt, NULL, 0, NULL), "[]");
    // strict=True
    Value strict = str_value("strict");
    TupleObject *skw = tuple_pack(1, &strict);
    Value z = op_call(zt, (Value[]){l, r, VALUE_TRUE}, 2, &skw->header);
    cr_assert_eq(list_from_iterable(z), VALUE_NULL);
    expect_error(&exc_ValueError,
                 "zip() argument 2 is shorter than argument 1");
    value_decref(z);
    z = op_call(zt, (Value[]){r, r, l, VALUE_TRUE}, 3, &skw->header);
    cr_assert_eq(list_from_iterable(z), VALUE_NULL);
    expect_error(&exc_ValueError,
                 "zip() argument 3 is longer than arguments 1-2");
    value_decref(z);
    refcount_dec(&skw->header);
    refcount_dec(&kw->header);
    value_decref(strict);
    value_decref(start);
    value_decref(r);
    value_decref(l);
}

static Value add_fn(Value self, const Value *args, size_t nargs,
                    Object *kwnames)
{
    (void)self;
    (void)kwnames;
    int64_t s = 0;
    for (size_t k = 0; k < nargs; k++)
        s += value_as_int(args[k]);
    return value_from_int(s);
}

static Value odd_fn(Value self, const Value *args, size_t nargs,
                    Object *kwnames)
{
    (void)self;
    (void)nargs;
    (void)kwnames;
    return value_from_int(value_as_int(args[0]) % 2);
}

static const MethodDef add_def = {"add", add_fn, 0};
static const MethodDef odd_def = {"odd", odd_fn, 0};

Test(range, map_filter_reversed_iterator)
{
    Value mt = type_value(&map_type), ft = type_value(&filter_type);
    Value rt = type_value(&reversed_type);
    Value add = builtin_new(&add_def, VALUE_NULL);
    Value odd = builtin_new(&odd_def, VALUE_NULL);
    Value l = list3(), r = R(10, 100, 10);
    expect_list(op_call(mt, (Value[]){add, l, r}, 3, NULL), "[11, 22, 33]");
    cr_assert_eq(op_call(mt, (Value[]){add}, 1, NULL), VALUE_NULL);
    expect_error(&exc_TypeError, "map() must have at least two arguments.");
    expect_list(op_call(ft, (Value[]){odd, l}, 2, NULL), "[1, 3]");
    Value zeros =
        value_steal(&list_from_array((Value[]){i(0), i(4), i(0)}, 3)->header);
    expect_list(op_call(ft, (Value[]){VALUE_NONE, zeros}, 2, NULL), "[4]");
    cr_assert_eq(op_call(ft, (Value[]){odd}, 1, NULL), VALUE_NULL);
    expect_error(&exc_TypeError, "filter expected 2 arguments, got 1");
    // reversed: __reversed__ of list and tuple's sequence protocol.
    Value rl = op_call(rt, &l, 1, NULL);
    cr_assert_str_eq(value_type(rl)->name, "list_reverseiterator");
    expect_list(rl, "[3, 2, 1]");
    Value t = value_steal(&tuple_pack(2, (Value[]){i(7), i(8)})->header);
    Value rtup = op_call(rt, &t, 1, NULL);
    cr_assert_str_eq(value_type(rtup)->name, "reversed");
    expect_list(rtup, "[8, 7]");
    cr_assert_eq(op_call(rt, (Value[]){i(1)}, 1, NULL), VALUE_NULL);
    expect_error(&exc_TypeError, "'int' object is not reversible");
    // The generic sequence iterator.
    Value si = seq_iter_new(t);
    cr_assert_str_eq(value_type(si)->name, "iterator");
    expect_list(si, "[7, 8]");
    Value all[] = {add, odd, l, r, zeros, t};
    for (size_t k = 0; k < sizeof all / sizeof all[0]; k++)
        value_decref(all[k]);
}
