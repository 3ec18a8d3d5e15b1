// test_bytearray.c: bytearray's storage, slots and methods against
// python3's results for the same expressions, and its critical-section
// protocol under racing threads.
#include <string.h>

#include "tests/unit/text_support.h"
#include "vm/objects/bytearray.h"
#include "vm/objects/list.h"
#include "vm/objects/slice.h"
#include "vm/ops.h"
#include "vm/thread.h"

TestSuite(bytearray, .init = text_setup, .fini = text_teardown);

static Value BA(const char *s)
{
    return keep(value_steal(&bytearray_from(s, (int64_t)strlen(s))->header));
}

static Value SL(Value start, Value stop, Value step)
{
    return keep(slice_new(start, stop, step));
}

Test(bytearray, repr_like_python)
{
    cr_expect_str_eq(R(BA("hello")), "bytearray(b'hello')");
    cr_expect_str_eq(R(BA("")), "bytearray(b'')");
    // CPython escapes ' in a bytearray's repr even inside "...".
    cr_expect_str_eq(R(BA("'")), "bytearray(b\"\\'\")");
    cr_expect_str_eq(R(BA("'\"")), "bytearray(b'\\'\"')");
}

Test(bytearray, items_and_slice_assignment)
{
    Value ba = BA("0123456789");
    cr_expect_eq(op_getitem(ba, I(-1)), I('9'));
    cr_expect(op_getitem(ba, I(10)) == VALUE_NULL);
    expect_error(&exc_IndexError, "bytearray index out of range");
    cr_expect_eq(op_setitem(ba, I(0), I(65)), 0);
    cr_expect_eq(op_setitem(ba, I(0), I(256)), -1);
    expect_error(&exc_ValueError, "byte must be in range(0, 256)");
    cr_expect_eq(op_setitem(ba, SL(I(1), I(4), VALUE_NONE), B("xy")), 0);
    cr_expect_str_eq(R(ba), "bytearray(b'Axy456789')");
    cr_expect_eq(op_setitem(ba, SL(VALUE_NONE, VALUE_NONE, I(2)), B("abcde")),
                 0);
    cr_expect_str_eq(R(ba), "bytearray(b'axb4c6d8e')");
    cr_expect_eq(op_setitem(ba, SL(VALUE_NONE, VALUE_NONE, I(2)), B("ab")), -1);
    expect_error(&exc_ValueError, "attempt to assign bytes of size 2 to "
                                  "extended slice of size 5");
    cr_expect_eq(op_delitem(ba, SL(VALUE_NONE, VALUE_NONE, I(-3))), 0);
    cr_expect_str_eq(R(ba), "bytearray(b'ax4cd8')");
    cr_expect_eq(op_delitem(ba, I(0)), 0);
    cr_expect_str_eq(R(ba), "bytearray(b'x4cd8')");
    cr_expect_eq(op_setitem(ba, SL(I(0), I(0), VALUE_NONE), ba), 0);
    cr_expect_str_eq(R(ba), "bytearray(b'x4cd8x4cd8')");
    cr_expect_eq(op_setitem(ba, SL(I(0), I(1), VALUE_NONE), I(5)), -1);
    expect_error(&exc_TypeError, "can assign only bytes, buffers, or "
                                 "iterables of ints in range(0, 256)");
    cr_expect_str_eq(R(keep(op_getitem(ba, SL(I(1), I(3), VALUE_NONE)))),
                     "bytearray(b'4c')");
}

Test(bytearray, operators_and_comparison)
{
    Value a = BA("ab");
    cr_expect_str_eq(R(keep(op_binary(a, B("c"), BINOP_ADD))),
                     "bytearray(b'abc')");
    cr_expect_str_eq(R(keep(op_binary(B("c"), a, BINOP_ADD))), "b'cab'");
    cr_expect_str_eq(R(keep(op_binary(I(2), a, BINOP_MUL))),
                     "bytearray(b'abab')");
    cr_expect(op_binary(a, S("x"), BINOP_ADD) == VALUE_NULL);
    expect_error(&exc_TypeError, "can't concat str to bytearray");
    Value r = keep(op_binary(a, a, BINOP_ADD | BINOP_INPLACE));
    cr_expect_eq(r, a);
    cr_expect_str_eq(R(a), "bytearray(b'abab')");
    cr_expect_eq(op_equal(a, B("abab")), 1);
    cr_expect_eq(op_equal(B("abab"), a), 1);
    cr_expect_eq(op_compare_bool(a, B("b"), CMP_LT), 1);
    cr_expect_eq(op_compare_bool(B("b"), a, CMP_GT), 1);
    cr_expect_eq(op_contains(a, B("ba")), 1);
    cr_expect_eq(op_contains(B("xabx"), BA("ab")), 1);
    cr_expect_eq(op_hash(a), -1);
    expect_error(&exc_TypeError, "unhashable type: 'bytearray'");
}

Test(bytearray, mutating_methods)
{
    Value ba = BA("hello");
    cr_expect_eq(M(ba, "append", I(33)), VALUE_NONE);
    cr_expect_eq(M(ba, "extend", B(" ok")), VALUE_NONE);
    cr_expect_eq(M(ba, "pop"), I('k'));
    cr_expect_eq(M(ba, "insert", I(-100), I('>')), VALUE_NONE);
    cr_expect_eq(M(ba, "remove", I('l')), VALUE_NONE);
    cr_expect_str_eq(R(ba), "bytearray(b'>helo! o')");
    cr_expect(M(ba, "remove", I('z')) == VALUE_NULL);
    expect_error(&exc_ValueError, "value not found in bytearray");
    cr_expect_eq(M(ba, "reverse"), VALUE_NONE);
    cr_expect_str_eq(R(ba), "bytearray(b'o !oleh>')");
    Value copy = M(ba, "copy");
    cr_expect_eq(M(ba, "clear"), VALUE_NONE);
    cr_expect_str_eq(R(ba), "bytearray(b'')");
    cr_expect_str_eq(R(copy), "bytearray(b'o !oleh>')");
    cr_expect(M(ba, "pop") == VALUE_NULL);
    expect_error(&exc_IndexError, "pop from empty bytearray");
    cr_expect(M(ba, "extend", I(5)) == VALUE_NULL);
    expect_error(&exc_TypeError, "can't extend bytearray with int");
}

Test(bytearray, shared_methods_return_bytearrays)
{
    Value ba = BA("a b,c");
    cr_expect_str_eq(R(M(ba, "upper")), "bytearray(b'A B,C')");
    cr_expect_str_eq(R(M(ba, "split")), "[bytearray(b'a'), bytearray(b'b,c')]");
    cr_expect_str_eq(R(M(ba, "partition", B(","))),
                     "(bytearray(b'a b'), bytearray(b','), bytearray(b'c'))");
    cr_expect_eq(M(ba, "find", BA("b")), I(2));
    cr_expect_str_eq(T(M(ba, "decode")), "a b,c");
    Value two =
        keep(value_steal(&list_from_array((Value[]){ba, ba}, 2)->header));
    cr_expect_str_eq(R(M(B("-"), "join", two)), "b'a b,c-a b,c'");
    cr_expect(M(B("-"), "join", keep(list_from_iterable(ba))) == VALUE_NULL);
    expect_error(&exc_TypeError, "sequence item 0: expected a bytes-like "
                                 "object, int found");
}

// ------------------------------------------------------------ races

#define ROUNDS 20000

typedef struct Race {
    ByteArrayObject *ba;
    uint32_t stop;
    uint64_t bad;
} Race;

// Appends and pops 'x' bytes, so the buffer grows and shrinks.
static void *mutate(void *arg)
{
    Race *r = arg;
    ThreadState *ts = enter_thread();
    unsigned char c;
    for (int i = 0; i < ROUNDS; i++) {
        if (i % 3 == 2)
            bytearray_pop(r->ba, 0, &c);
        else
            bytearray_append(r->ba, 'x');
        if (i % 16 == 0)
            thread_poll(ts);
    }
    atomic_store_u32_release(&r->stop, 1);
    leave_thread(ts);
    return NULL;
}

// Snapshots must only ever hold the bytes the writer puts in.
static void *snapshot(void *arg)
{
    Race *r = arg;
    ThreadState *ts = enter_thread();
    uint64_t bad = 0;
    while (!atomic_load_u32_acquire(&r->stop)) {
        BytesObject *b = bytearray_snapshot(r->ba);
        for (int64_t i = 0; i < b->size; i++)
            bad += b->data[i] != 'x';
        refcount_dec(&b->header);
        thread_poll(ts);
    }
    atomic_fetch_add_u64_seq_cst(&r->bad, bad);
    leave_thread(ts);
    return NULL;
}

Test(bytearray, snapshots_stay_consistent_under_mutation)
{
    Race r = {.ba = bytearray_from(NULL, 0)};
    OsThread w = spawn(mutate, &r), s = spawn(snapshot, &r);
    join_detached(&w);
    join_detached(&s);
    cr_expect_eq(r.bad, 0);
    cr_expect_eq(bytearray_len(r.ba), ROUNDS - 2 * (ROUNDS / 3));
    refcount_dec(&r.ba->header);
}
