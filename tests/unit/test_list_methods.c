// test_list_methods.c: list as Python sees it: repr, comparisons, + and *,
// indexing and slices (get, set, delete), the methods, sort with key and
// reverse, and iteration. Expected values are python3's.
#include <string.h>

#include "alloc/qsbr.h"
#include "tests/unit/pyexpect.h"
#include "tests/unit/support.h"
#include "vm/exc.h"
#include "vm/objects/builtin.h"
#include "vm/objects/list.h"
#include "vm/objects/slice.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

static void setup(void)
{
    runtime_setup();
    pyexpect_init();
}

TestSuite(list_methods, .init = setup, .fini = runtime_teardown);

#define NONE INT64_MIN
#define LIST(...)                                                              \
    int_list(sizeof((int64_t[]){__VA_ARGS__}) / sizeof(int64_t),               \
             (int64_t[]){__VA_ARGS__})

static Value i(int64_t n)
{
    return value_from_int(n);
}

static Value sl(int64_t start, int64_t stop, int64_t step)
{
    Value a = start == NONE ? VALUE_NONE : i(start);
    Value b = stop == NONE ? VALUE_NONE : i(stop);
    Value c = step == NONE ? VALUE_NONE : i(step);
    return slice_new(a, b, c);
}

static Value digits(void)
{
    return LIST(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
}

Test(list_methods, repr_and_recursion)
{
    expect_repr_steal(value_steal(&list_new(0)->header), "[]");
    Value l = LIST(1, 2);
    list_append((ListObject *)value_as_object(l), str_value("a"));
    expect_repr(l, "[1, 2, 'a']");
    value_incref(l);
    list_append((ListObject *)value_as_object(l), l); // l.append(l)
    expect_repr(l, "[1, 2, 'a', [...]]");
    Value outer = value_steal(&list_from_array(&l, 1)->header);
    expect_repr(outer, "[[1, 2, 'a', [...]]]");
    list_clear((ListObject *)value_as_object(l)); // break the cycle
    value_decref(outer);
    value_decref(l);
}

Test(list_methods, comparisons)
{
    struct {
        Value a, b;
        CmpOp op;
        bool want;
    } cases[] = {
        {LIST(1, 2, 3), LIST(1, 2, 4), CMP_LT, true},
        {LIST(1, 2), LIST(1, 2, 0), CMP_LT, true},
        {LIST(1, 2), LIST(1, 2), CMP_EQ, true},
        {LIST(2), LIST(1, 5), CMP_GT, true},
        {LIST(1, 2), LIST(1, 2, 3), CMP_NE, true},
        {LIST(), LIST(), CMP_LE, true},
        {LIST(1, 3), LIST(1, 2, 9), CMP_GE, true},
        {LIST(1, 3), LIST(1, 3), CMP_LT, false},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        cr_assert_eq(op_compare_bool(cases[k].a, cases[k].b, cases[k].op),
                     cases[k].want, "case %zu", k);
        value_decref(cases[k].a);
        value_decref(cases[k].b);
    }
    Value a = LIST(1), s = str_value("x");
    list_append((ListObject *)value_as_object(a), s);
    Value b = LIST(1, 2);
    cr_assert_eq(op_compare_bool(a, b, CMP_LT), -1);
    expect_error(&exc_TypeError,
                 "'<' not supported between instances of 'str' and 'int'");
    value_decref(a);
    value_decref(b);
}

Test(list_methods, concat_and_repeat)
{
    Value a = LIST(1, 2), b = LIST(3);
    expect_repr_steal(op_binary(a, b, BINOP_ADD), "[1, 2, 3]");
    expect_repr_steal(op_binary(a, i(3), BINOP_MUL), "[1, 2, 1, 2, 1, 2]");
    expect_repr_steal(op_binary(i(2), b, BINOP_MUL), "[3, 3]");
    expect_repr_steal(op_binary(a, i(-1), BINOP_MUL), "[]");
    cr_assert_eq(op_binary(a, i(1), BINOP_ADD), VALUE_NULL);
    expect_error(&exc_TypeError,
                 "can only concatenate list (not \"int\") to list");
    cr_assert_eq(op_binary(a, VALUE_NONE, BINOP_MUL), VALUE_NULL);
    expect_error(&exc_TypeError,
                 "can't multiply sequence by non-int of type 'NoneType'");
    // In place: += takes any iterable, *= repeats in place.
    Value t = value_steal(&tuple_pack(2, (Value[]){i(4), i(5)})->header);
    Value r = op_binary(a, t, BINOP_ADD | BINOP_INPLACE);
    cr_assert_eq(r, a, "+= returns the list itself");
    value_decref(r);
    expect_repr(a, "[1, 2, 4, 5]");
    r = op_binary(b, i(3), BINOP_MUL | BINOP_INPLACE);
    value_decref(r);
    expect_repr(b, "[3, 3, 3]");
    cr_assert_eq(op_binary(a, i(5), BINOP_ADD | BINOP_INPLACE), VALUE_NULL);
    expect_error(&exc_TypeError, "'int' object is not iterable");
    value_decref(t);
    value_decref(a);
    value_decref(b);
}

Test(list_methods, indexing)
{
    Value l = LIST(10, 20, 30);
    Value v = op_getitem(l, i(-1));
    cr_assert_eq(value_as_int(v), 30);
    cr_assert_eq(op_getitem(l, i(3)), VALUE_NULL);
    expect_error(&exc_IndexError, "list index out of range");
    cr_assert_eq(op_getitem(l, VALUE_NONE), VALUE_NULL);
    expect_error(&exc_TypeError,
                 "list indices must be integers or slices, not NoneType");
    cr_assert_eq(op_setitem(l, i(1), i(21)), 0);
    cr_assert_eq(op_setitem(l, i(-4), i(0)), -1);
    expect_error(&exc_IndexError, "list assignment index out of range");
    cr_assert_eq(op_delitem(l, i(0)), 0);
    cr_assert_eq(op_delitem(l, i(5)), -1);
    expect_error(&exc_IndexError, "list assignment index out of range");
    expect_repr(l, "[21, 30]");
    cr_assert_eq(op_len(l), 2);
    cr_assert_eq(op_contains(l, i(30)), 1);
    cr_assert_eq(op_contains(l, i(31)), 0);
    value_decref(l);
}

static void expect_slice(int64_t a, int64_t b, int64_t c, const char *want)
{
    Value l = digits(), s = sl(a, b, c);
    expect_repr_steal(op_getitem(l, s), want);
    value_decref(s);
    value_decref(l);
}

Test(list_methods, get_slices)
{
    expect_slice(2, 8, 3, "[2, 5]");
    expect_slice(NONE, NONE, -2, "[9, 7, 5, 3, 1]");
    expect_slice(-3, NONE, NONE, "[7, 8, 9]");
    expect_slice(8, 2, -2, "[8, 6, 4]");
    expect_slice(100, NONE, NONE, "[]");
}

// a = list(range(10)); a[slice] = value (or del a[slice]); repr(a).
static void expect_assign(int64_t a, int64_t b, int64_t c, Value value,
                          const char *want)
{
    Value l = digits(), s = sl(a, b, c);
    int rc = value == VALUE_NULL ? op_delitem(l, s) : op_setitem(l, s, value);
    cr_assert_eq(rc, 0);
    expect_repr(l, want);
    value_decref(value);
    value_decref(s);
    value_decref(l);
}

Test(list_methods, assign_and_delete_slices)
{
    expect_assign(2, 5, NONE, LIST(99), "[0, 1, 99, 5, 6, 7, 8, 9]");
    expect_assign(5, 2, NONE, LIST(7, 7),
                  "[0, 1, 2, 3, 4, 7, 7, 5, 6, 7, 8, 9]");
    expect_assign(NONE, NONE, 3, LIST(0, 0, 0, 0),
                  "[0, 1, 2, 0, 4, 5, 0, 7, 8, 0]");
    expect_assign(
        NONE, NONE, -3,
        value_steal(&tuple_pack(4, (Value[]){i(1), i(2), i(3), i(4)})->header),
        "[4, 1, 2, 3, 4, 5, 2, 7, 8, 1]");
    expect_assign(NONE, NONE, 2, VALUE_NULL, "[1, 3, 5, 7, 9]");
    expect_assign(7, 1, -2, VALUE_NULL, "[0, 1, 2, 4, 6, 8, 9]");
    expect_assign(2, 4, NONE, VALUE_NULL, "[0, 1, 4, 5, 6, 7, 8, 9]");
    // b[1:3] = b assigns a copy of b.
    Value l = digits(), s = sl(1, 3, NONE);
    cr_assert_eq(op_setitem(l, s, l), 0);
    expect_repr(l, "[0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 3, 4, 5, 6, 7, 8, 9]");
    cr_assert_eq(op_setitem(l, s, i(5)), -1);
    expect_error(&exc_TypeError, "can only assign an iterable");
    Value ext = sl(NONE, NONE, 3), two = LIST(1, 2);
    cr_assert_eq(op_setitem(l, ext, i(5)), -1);
    expect_error(&exc_TypeError, "must assign iterable to extended slice");
    cr_assert_eq(op_setitem(l, ext, two), -1);
    expect_error(&exc_ValueError, "attempt to assign sequence of size 2 to "
                                  "extended slice of size 6");
    value_decref(two);
    value_decref(ext);
    value_decref(s);
    value_decref(l);
}

Test(list_methods, mutating_methods)
{
    Value l = LIST(1, 2, 3);
    call_none(l, "append", 1, (Value[]){i(4)});
    call_none(l, "insert", 2, (Value[]){i(-10), i(0)});
    call_none(l, "insert", 2, (Value[]){i(100), i(9)});
    call_none(l, "insert", 2, (Value[]){i(-1), i(8)});
    expect_repr(l, "[0, 1, 2, 3, 4, 8, 9]");
    Value t = value_steal(&tuple_pack(2, (Value[]){i(5), i(6)})->header);
    call_none(l, "extend", 1, &t);
    call_none(l, "remove", 1, (Value[]){i(8)});
    expect_repr(l, "[0, 1, 2, 3, 4, 9, 5, 6]");
    Value v = call(l, "pop", 0, NULL);
    cr_assert_eq(value_as_int(v), 6);
    v = call(l, "pop", 1, (Value[]){i(0)});
    cr_assert_eq(value_as_int(v), 0);
    call_none(l, "reverse", 0, NULL);
    expect_repr(l, "[5, 9, 4, 3, 2, 1]");
    Value c = call(l, "copy", 0, NULL);
    call_none(l, "clear", 0, NULL);
    expect_repr(l, "[]");
    expect_repr_steal(c, "[5, 9, 4, 3, 2, 1]");
    value_decref(t);
    value_decref(l);
}

Test(list_methods, method_errors)
{
    Value l = LIST(1), empty = value_steal(&list_new(0)->header);
    cr_assert_eq(call(l, "remove", 1, (Value[]){i(2)}), VALUE_NULL);
    expect_error(&exc_ValueError, "list.remove(x): x not in list");
    cr_assert_eq(call(empty, "pop", 0, NULL), VALUE_NULL);
    expect_error(&exc_IndexError, "pop from empty list");
    cr_assert_eq(call(l, "pop", 1, (Value[]){i(5)}), VALUE_NULL);
    expect_error(&exc_IndexError, "pop index out of range");
    cr_assert_eq(call(l, "index", 1, (Value[]){i(3)}), VALUE_NULL);
    expect_error(&exc_ValueError, "3 is not in list");
    cr_assert_eq(call(l, "append", 0, NULL), VALUE_NULL);
    expect_error(&exc_TypeError,
                 "list.append() takes exactly one argument (0 given)");
    cr_assert_eq(call(l, "pop", 2, (Value[]){i(1), i(2)}), VALUE_NULL);
    expect_error(&exc_TypeError, "pop expected at most 1 argument, got 2");
    cr_assert_eq(call(l, "insert", 1, (Value[]){i(1)}), VALUE_NULL);
    expect_error(&exc_TypeError, "insert expected 2 arguments, got 1");
    cr_assert_eq(call(l, "reverse", 1, (Value[]){i(1)}), VALUE_NULL);
    expect_error(&exc_TypeError, "list.reverse() takes no arguments (1 given)");
    cr_assert_eq(call(l, "sort", 1, (Value[]){i(1)}), VALUE_NULL);
    expect_error(&exc_TypeError, "sort() takes no positional arguments");
    const char *foo[] = {"foo"};
    cr_assert_eq(call_kw(l, "sort", 1, (Value[]){i(1)}, 1, foo), VALUE_NULL);
    expect_error(&exc_TypeError,
                 "'foo' is an invalid keyword argument for sort()");
    value_decref(l);
    value_decref(empty);
}

Test(list_methods, index_and_count)
{
    Value l = LIST(1, 2, 3, 2);
    cr_assert_eq(call(l, "index", 1, (Value[]){i(2)}), i(1));
    cr_assert_eq(call(l, "index", 2, (Value[]){i(2), i(2)}), i(3));
    cr_assert_eq(call(l, "index", 2, (Value[]){i(2), i(-1)}), i(3));
    cr_assert_eq(call(l, "index", 3, (Value[]){i(2), i(0), i(1)}), VALUE_NULL);
    expect_error(&exc_ValueError, "2 is not in list");
    cr_assert_eq(call(l, "count", 1, (Value[]){i(2)}), i(2));
    value_decref(l);
}

// A key function for the sort tests: the first item of a tuple.
static Value first_item(Value self, const Value *args, size_t nargs,
                        Object *kwnames)
{
    (void)self;
    (void)nargs;
    (void)kwnames;
    return op_getitem(args[0], i(0));
}

static const MethodDef first_def = {"first", first_item, 0};

static Value raising_key(Value self, const Value *args, size_t nargs,
                         Object *kwnames)
{
    (void)self;
    (void)nargs;
    (void)kwnames;
    if (value_as_int(args[0]) == 3) {
        exc_raise_format(&exc_ValueError, "bad key");
        return VALUE_NULL;
    }
    return args[0];
}

static const MethodDef raising_def = {"raising", raising_key, 0};

static Value pairs(void)
{
    // [(1,'a'), (0,'b'), (1,'c'), (0,'d')]
    const char *names[] = {"a", "b", "c", "d"};
    int64_t keys[] = {1, 0, 1, 0};
    ListObject *l = list_new(4);
    for (int k = 0; k < 4; k++) {
        Value s = str_value(names[k]);
        Value t = value_steal(&tuple_pack(2, (Value[]){i(keys[k]), s})->header);
        value_decref(s);
        list_append(l, t);
    }
    return value_steal(&l->header);
}

Test(list_methods, sort_is_stable_with_key_and_reverse)
{
    const char *kw[] = {"key"}, *kw2[] = {"key", "reverse"};
    Value key = builtin_new(&first_def, VALUE_NULL);
    Value p = pairs();
    Value r = call_kw(p, "sort", 1, (Value[]){key}, 1, kw);
    cr_assert(value_is_none(r));
    expect_repr(p, "[(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c')]");
    value_decref(p);
    p = pairs();
    r = call_kw(p, "sort", 2, (Value[]){key, VALUE_TRUE}, 2, kw2);
    cr_assert(value_is_none(r));
    expect_repr(p, "[(1, 'a'), (1, 'c'), (0, 'b'), (0, 'd')]");
    value_decref(p);
    // A long list exercises the merges: sorted(reversed(range(1000))).
    ListObject *big = list_new(0);
    for (int k = 999; k >= 0; k--)
        list_append(big, i(k % 2 ? k : 1000 - k));
    cr_assert_eq(list_sort(big, VALUE_NULL, false), 0);
    Value prev = VALUE_NULL, v;
    for (int k = 0; list_get(big, k, &v); k++) {
        if (prev != VALUE_NULL)
            cr_assert(value_as_int(prev) <= value_as_int(v));
        prev = v;
    }
    refcount_dec(&big->header);
    value_decref(key);
}

Test(list_methods, sort_errors_propagate)
{
    Value l = LIST(5, 4, 3, 2, 1);
    Value key = builtin_new(&raising_def, VALUE_NULL);
    cr_assert_eq(list_sort((ListObject *)value_as_object(l), key, false), -1);
    expect_error(&exc_ValueError, "bad key");
    cr_assert_eq(op_len(l), 5, "the items are all still there");
    list_append((ListObject *)value_as_object(l), str_value("x"));
    cr_assert_eq(list_sort((ListObject *)value_as_object(l), VALUE_NULL, 0),
                 -1);
    expect_error(&exc_TypeError, NULL);
    cr_assert_eq(op_len(l), 6);
    value_decref(key);
    value_decref(l);
}

Test(list_methods, construct_and_iterate)
{
    Value src = LIST(1, 2, 3);
    Value lt = value_new_ref(&list_type.header);
    Value copy = op_call(lt, &src, 1, NULL);
    expect_repr(copy, "[1, 2, 3]");
    cr_assert_eq(op_call(lt, (Value[]){i(1)}, 1, NULL), VALUE_NULL);
    expect_error(&exc_TypeError, "'int' object is not iterable");
    cr_assert_eq(op_call(lt, (Value[]){i(1), i(2)}, 2, NULL), VALUE_NULL);
    expect_error(&exc_TypeError, "list expected at most 1 argument, got 2");
    // Appending while iterating: the iterator sees the new items.
    Value it = op_iter(copy), v;
    cr_assert_str_eq(value_type(it)->name, "list_iterator");
    int64_t sum = 0, n = 0;
    while ((v = op_next(it)) != VALUE_NULL) {
        sum += value_as_int(v);
        if (n++ == 0)
            list_append((ListObject *)value_as_object(copy), i(10));
    }
    cr_assert_eq(exc_occurred(), NULL);
    cr_assert_eq(sum, 16);
    value_decref(it);
    // reversed(l) through __reversed__.
    Value rit = call(copy, "__reversed__", 0, NULL);
    cr_assert_str_eq(value_type(rit)->name, "list_reverseiterator");
    Value back = list_from_iterable(rit);
    expect_repr_steal(back, "[10, 3, 2, 1]");
    value_decref(rit);
    value_decref(copy);
    value_decref(src);
}

// ------------------------------------------------------------ races

#ifdef FTPY_FREE_THREADING
#define ROUNDS 3000

typedef struct Shared {
    ListObject *list;
    uint32_t stop, ready;
    uint64_t bad;
} Shared;

// Bulk mutations (slice assignment, deletion, sort, reverse) on a list
// of counted objects while another thread reads it without a lock.
static void *bulk_mutate(void *arg)
{
    Shared *s = arg;
    ThreadState *ts = enter_thread();
    while (!atomic_load_u32_acquire(&s->ready))
        thread_poll(ts);
    for (int k = 0; k < ROUNDS; k++) {
        Value fresh[3];
        for (int n = 0; n < 3; n++)
            fresh[n] = value_steal(object_new(&counted_type));
        list_splice(s->list, k % 5, k % 5 + 1, fresh, 3);
        Value del = slice_new(value_from_int(0), VALUE_NONE,
                              value_from_int(k % 2 ? 2 : 3));
        if (list_len(s->list) > 40)
            op_delitem((Value)&s->list->header, del);
        value_decref(del);
        if (k % 50 == 0)
            call_none((Value)&s->list->header, "reverse", 0, NULL);
        thread_poll(ts);
    }
    atomic_store_u32_release(&s->stop, 1);
    leave_thread(ts);
    return NULL;
}

static void *read_all(void *arg)
{
    Shared *s = arg;
    ThreadState *ts = enter_thread();
    atomic_store_u32_release(&s->ready, 1);
    uint64_t bad = 0;
    while (!atomic_load_u32_acquire(&s->stop)) {
        Value v;
        for (int64_t k = 0; list_get(s->list, k, &v); k++) {
            if (object_type(value_as_object(v)) != &counted_type)
                bad++;
            value_decref(v);
        }
        thread_poll(ts);
    }
    atomic_store_u64_relaxed(&s->bad, bad);
    leave_thread(ts);
    return NULL;
}

Test(list_methods, bulk_mutations_race_lock_free_readers)
{
    Shared s = {.list = list_new(0)};
    for (int n = 0; n < 10; n++)
        list_append(s.list, value_steal(object_new(&counted_type)));
    OsThread w = spawn(bulk_mutate, &s), r = spawn(read_all, &s);
    join_detached(&w);
    join_detached(&r);
    cr_assert_eq(s.bad, 0);
    int64_t left = list_len(s.list);
    refcount_dec(&s.list->header);
    // Delayed frees, including those the exited threads left behind
    // (adopted here, now that nobody else is online), then the decrefs
    // queued to us as owner, at our safepoint.
    while (qsbr_process(main_ts->qsbr)) {
    }
    thread_poll(main_ts);
    cr_assert_eq(frees(), (uint32_t)(10 + 3 * ROUNDS), "%lld left",
                 (long long)left);
}
#endif
