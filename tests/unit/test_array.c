// test_array.c: array.array's storage through its C API (append, get,
// pop, bytes) and its free-threaded protocol: writers under the lock,
// lock-free readers that never see a torn, freed or phantom item.
#include "tests/unit/support.h"
#include "vm/exc.h"
#include "vm/modules/array.h"
#include "vm/objects/slice.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

static void setup(void)
{
    runtime_setup();
    type_ready(&array_type); // what importing the module does
    type_ready(&array_iterator_type);
}

TestSuite(array, .init = setup, .fini = runtime_teardown);

static int64_t get_int(ArrayObject *a, int64_t i)
{
    Value v;
    cr_assert_eq(array_get(a, i, &v), 1, "index %lld", (long long)i);
    cr_assert(value_is_int(v));
    return value_as_int(v);
}

Test(array, append_get_pop_like_python)
{
    ArrayObject *a = array_new('h');
    cr_assert_not_null(a);
    cr_assert_null(array_new('z'));
    for (int i = 0; i < 100; i++)
        cr_assert(array_append(a, value_from_int(i - 50)));
    cr_assert_eq(array_len(a), 100);
    cr_assert_eq(array_itemsize(a), 2);
    cr_assert_eq(get_int(a, 0), -50);
    cr_assert_eq(get_int(a, -1), 49);
    Value v;
    cr_assert_eq(array_get(a, 100, &v), 0);
    cr_assert_eq(array_get(a, -101, &v), 0);
    cr_assert(!array_append(a, value_from_int(1 << 20)), "out of range");
    cr_assert_not_null(exc_occurred());
    exc_clear();
    cr_assert_eq(array_pop(a, 0, &v), 1);
    cr_assert_eq(value_as_int(v), -50);
    cr_assert_eq(array_pop(a, -1, &v), 1);
    cr_assert_eq(value_as_int(v), 49);
    cr_assert_eq(array_len(a), 98);
    BytesObject *b = array_to_bytes(a);
    cr_assert_eq(b->size, 196);
    cr_assert_eq((unsigned char)b->data[0], 0xcf); // -49, little-endian
    refcount_dec(&b->header);
    refcount_dec(&a->header);
}

Test(array, write_bytes_patches_items_in_place)
{
    ArrayObject *a = array_new('i');
    for (int i = 0; i < 4; i++)
        array_append(a, value_from_int(0));
    int64_t len;
    const unsigned char one[2] = {1, 1};
    cr_assert(array_write_bytes(a, 3, one, 2, &len)); // across items 0, 1
    cr_assert_eq(len, 16);
    cr_assert_eq(get_int(a, 0), 1 << 24);
    cr_assert_eq(get_int(a, 1), 1);
    cr_assert(array_write_bytes(a, -1, one, 1, &len));
    cr_assert_eq(get_int(a, 3), 1 << 24);
    cr_assert(!array_write_bytes(a, 15, one, 2, &len), "past the end");
    cr_assert(!array_write_bytes(a, -17, one, 1, &len), "before the start");
    refcount_dec(&a->header);
}

#ifdef FTPY_FREE_THREADING
static Value arr_value(ArrayObject *a)
{
    return (Value)&a->header;
}

static void *read_first(void *arg)
{
    ThreadState *ts = enter_thread();
    Value v;
    cr_assert_eq(array_get(arg, 0, &v), 1);
    value_decref(v); // a float: 'd' items are boxed
    leave_thread(ts);
    return NULL;
}

Test(array, first_read_by_another_thread_marks_it_shared)
{
    ArrayObject *a = array_new('d');
    cr_assert(array_append(a, value_from_int(1)));
    cr_assert_eq(gc_bits(&a->header) & GC_BIT_SHARED, 0);
    OsThread t = spawn(read_first, a);
    join_detached(&t);
    cr_assert_neq(gc_bits(&a->header) & GC_BIT_SHARED, 0);
    refcount_dec(&a->header);
}

// ------------------------------------------------------------ races

#define RACE_ROUNDS 30000

// Every value the writer stores has the same 16-bit pattern in each
// lane of the item ('q': four lanes, 'h': two bytes), and none is zero:
// a reader that sees unequal lanes saw a torn item, and a zero is an item
// nobody wrote (a fresh buffer's memory).
typedef struct Race {
    ArrayObject *array, *chunk; // chunk: 40 items to add
    char code;
    uint32_t stop;
    uint64_t reads, bad;
    uint32_t readers_ready;
} Race;

static Value pattern(char code, uint32_t k)
{
    if (code == 'h')
        return value_from_int((int64_t)((k % 127 + 1) * 0x0101));
    uint64_t lane = k % 16000 + 1; // keeps the value a small int
    return value_from_int((int64_t)(lane * 0x0001000100010001ULL));
}

static bool well_formed(char code, Value v)
{
    if (!value_is_int(v))
        return false;
    uint64_t x = (uint64_t)value_as_int(v);
    if (x == 0)
        return false;
    if (code == 'h')
        return (x & 0xff) == (x >> 8 & 0xff) && x < 0x8000;
    uint64_t lane = x & 0xffff;
    return x == lane * 0x0001000100010001ULL;
}

static void delete_range(ArrayObject *a, int64_t lo, int64_t hi)
{
    Value s = slice_new(value_from_int(lo), value_from_int(hi), VALUE_NONE);
    cr_assert_eq(op_delitem(arr_value(a), s), 0);
    value_decref(s);
}

// Mutates constantly: appends, in-place stores, pops from either end,
// range deletions (shrinking the buffer) and bulk extensions (replacing
// it by a larger one in one step).
static void *mutate(void *arg)
{
    Race *r = arg;
    ThreadState *ts = enter_thread();
    while (atomic_load_u32_acquire(&r->readers_ready) < 2)
        thread_poll(ts);
    uint32_t x = 7;
    Value out;
    for (int i = 0; i < RACE_ROUNDS; i++) {
        x = x * 1103515245 + 12345;
        Value v = pattern(r->code, x >> 8);
        switch (x >> 16 & 7) {
        case 0:
        case 1:
        case 2:
            cr_assert(array_append(r->array, v));
            break;
        case 3:
            if (array_len(r->array) > 0)
                op_setitem(arr_value(r->array),
                           value_from_int(x % array_len(r->array)), v);
            break;
        case 4:
        case 5:
            array_pop(r->array, x % 3 == 0 ? 0 : -1, &out);
            break;
        case 6:
            if (x % 16 == 0)
                delete_range(r->array, 0, (int64_t)(x >> 20 & 63));
            break;
        default: // a += 40 items: one jump past the capacity
            value_decref(op_binary(arr_value(r->array), arr_value(r->chunk),
                                   BINOP_ADD | BINOP_INPLACE));
        }
        if (i % 16 == 0)
            thread_poll(ts); // processes delayed frees
    }
    atomic_store_u32_release(&r->stop, 1);
    leave_thread(ts);
    return NULL;
}

// Reads random indices and iterates, without a lock.
static void *read_randomly(void *arg)
{
    Race *r = arg;
    ThreadState *ts = enter_thread();
    atomic_fetch_add_u32_seq_cst(&r->readers_ready, 1);
    uint32_t x = 99;
    uint64_t reads = 0, bad = 0;
    while (!atomic_load_u32_acquire(&r->stop)) {
        x = x * 1103515245 + 12345;
        Value v;
        if (array_get(r->array, (int64_t)(x >> 8) % 128, &v) == 1) {
            reads++;
            bad += !well_formed(r->code, v);
        }
        if (x % 64 == 0) { // a whole iteration now and then
            Value it = op_iter(arr_value(r->array));
            while ((v = op_next(it)) != VALUE_NULL) {
                reads++;
                bad += !well_formed(r->code, v);
            }
            value_decref(it);
        }
        thread_poll(ts); // a quiescent point: lets delayed frees go
    }
    atomic_fetch_add_u64_seq_cst(&r->reads, reads);
    atomic_fetch_add_u64_seq_cst(&r->bad, bad);
    leave_thread(ts);
    return NULL;
}

static void race(char code)
{
    Race r = {.array = array_new(code), .chunk = array_new(code), .code = code};
    cr_assert(array_append(r.array, pattern(code, 1)));
    for (int k = 0; k < 40; k++)
        cr_assert(array_append(r.chunk, pattern(code, 2)));
    OsThread w = spawn(mutate, &r);
    OsThread a = spawn(read_randomly, &r);
    OsThread b = spawn(read_randomly, &r);
    join_detached(&w);
    join_detached(&a);
    join_detached(&b);
    cr_assert_gt(r.reads, 0);
    cr_assert_eq(r.bad, 0, "%llu bad reads of %llu", (unsigned long long)r.bad,
                 (unsigned long long)r.reads);
    cr_assert_neq(gc_bits(&r.array->header) & GC_BIT_SHARED, 0);
    refcount_dec(&r.array->header);
    refcount_dec(&r.chunk->header);
    while (qsbr_process(main_ts->qsbr)) {
    }
    thread_poll(main_ts);
}

Test(array, lock_free_readers_never_see_torn_or_phantom_items)
{
    race('q');
}

Test(array, two_byte_items_are_read_whole)
{
    race('h');
}
#endif
