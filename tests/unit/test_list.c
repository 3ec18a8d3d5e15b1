// test_list.c: list storage semantics, reference ownership, and the
// free-threaded protocol (writers under the lock, lock-free readers).
#include "tests/unit/support.h"
#include "vm/objects/list.h"

TestSuite(list, .init = runtime_setup, .fini = runtime_teardown);

static int64_t get_int(ListObject *l, int64_t i)
{
    Value v;
    cr_assert(list_get(l, i, &v), "index %lld", (long long)i);
    return value_as_int(v);
}

Test(list, append_get_set_insert_pop_like_python)
{
    ListObject *l = list_new(0);
    for (int i = 0; i < 100; i++)
        list_append(l, value_from_int(i));
    cr_assert_eq(list_len(l), 100);
    cr_assert_eq(get_int(l, 0), 0);
    cr_assert_eq(get_int(l, -1), 99);
    Value v;
    cr_assert(!list_get(l, 100, &v));
    cr_assert(!list_get(l, -101, &v));
    cr_assert(list_set(l, -2, value_from_int(-5)));
    cr_assert_eq(get_int(l, 98), -5);
    list_insert(l, 0, value_from_int(1000));    // [1000, 0, 1, ...]
    list_insert(l, -1, value_from_int(2000));   // before the last
    list_insert(l, 500, value_from_int(3000));  // clamped: appends
    list_insert(l, -500, value_from_int(4000)); // clamped: front
    cr_assert_eq(list_len(l), 104);
    cr_assert_eq(get_int(l, 0), 4000);
    cr_assert_eq(get_int(l, 1), 1000);
    cr_assert_eq(get_int(l, -1), 3000);
    cr_assert_eq(get_int(l, -3), 2000);
    cr_assert(list_pop(l, -1, &v));
    cr_assert_eq(value_as_int(v), 3000);
    cr_assert(list_pop(l, 0, &v));
    cr_assert_eq(value_as_int(v), 4000);
    cr_assert_eq(get_int(l, 0), 1000);
    list_clear(l);
    cr_assert_eq(list_len(l), 0);
    cr_assert(!list_pop(l, -1, &v));
    list_append(l, value_from_int(7)); // usable after clear
    cr_assert_eq(get_int(l, 0), 7);
    refcount_dec(&l->header);
}

Test(list, items_are_owned_and_released_exactly_once)
{
    ListObject *l = list_new(2);
    for (int i = 0; i < 1000; i++)
        list_append(l, value_steal(object_new(&counted_type)));
    Value v;
    cr_assert(list_get(l, 10, &v));
    cr_assert_eq(refcount_total(value_as_object(v)), 2, "list + caller");
    value_decref(v);
    cr_assert(list_set(l, 10, value_from_int(1))); // drops the object
    cr_assert_eq(frees(), 1);
    cr_assert(list_pop(l, 0, &v)); // caller owns it now
    cr_assert_eq(frees(), 1);
    value_decref(v);
    cr_assert_eq(frees(), 2);
    cr_assert(!list_set(l, 5000, value_steal(object_new(&counted_type))));
    cr_assert_eq(frees(), 3, "a rejected value is released");
    refcount_dec(&l->header); // dealloc drops the remaining 998
    cr_assert_eq(frees(), 1001);
}

#ifdef FTPY_FREE_THREADING
static void *read_first(void *arg)
{
    ThreadState *ts = enter_thread();
    Value v;
    cr_assert(list_get(arg, 0, &v));
    value_decref(v);
    leave_thread(ts);
    return NULL;
}

Test(list, first_read_by_another_thread_marks_it_shared)
{
    ListObject *l = list_new(0);
    list_append(l, value_from_int(1));
    cr_assert_eq(gc_bits(&l->header) & GC_BIT_SHARED, 0);
    OsThread t = spawn(read_first, l);
    join_detached(&t);
    cr_assert_neq(gc_bits(&l->header) & GC_BIT_SHARED, 0);
    refcount_dec(&l->header);
}

// ------------------------------------------------------------ races

#define RACE_ROUNDS 30000

typedef struct Race {
    ListObject *list;
    uint32_t stop;
    uint64_t reads, bad;
    uint32_t made;          // objects the writer created
    uint32_t readers_ready; // the writer starts once both readers run
} Race;

static Value fresh(Race *r)
{
    r->made++;
    return value_steal(object_new(&counted_type));
}

// Mutates the list constantly: every kind of drop and array change.
static void *mutate(void *arg)
{
    Race *r = arg;
    ThreadState *ts = enter_thread();
    while (atomic_load_u32_acquire(&r->readers_ready) < 2)
        thread_poll(ts);
    uint32_t x = 7;
    for (int i = 0; i < RACE_ROUNDS; i++) {
        x = x * 1103515245 + 12345;
        Value out;
        switch (x >> 16 & 7) {
        case 0:
        case 1:
        case 2:
            list_append(r->list, fresh(r));
            break;
        case 3:
            list_insert(r->list, x % 7, fresh(r));
            break;
        case 4:
            list_set(r->list, x % 5, fresh(r));
            break;
        case 5:
        case 6:
            if (list_pop(r->list, x % 3 == 0 ? 0 : -1, &out))
                value_decref(out);
            break;
        default:
            if (x % 64 == 0)
                list_clear(r->list);
        }
        if (i % 16 == 0)
            thread_poll(ts); // processes delayed frees
    }
    atomic_store_u32_release(&r->stop, 1);
    leave_thread(ts);
    return NULL;
}

// Reads random indices without a lock; every value it gets must be a
// live object of the right type.
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
        if (list_get(r->list, (int64_t)(x >> 8) % 64, &v)) {
            reads++;
            if (object_type(value_as_object(v)) != &counted_type)
                bad++;
            value_decref(v);
        }
        thread_poll(ts); // a quiescent point: lets delayed frees go
    }
    atomic_fetch_add_u64_seq_cst(&r->reads, reads);
    atomic_fetch_add_u64_seq_cst(&r->bad, bad);
    leave_thread(ts);
    return NULL;
}

Test(list, lock_free_readers_never_see_freed_items)
{
    Race r = {.list = list_new(0)};
    list_append(r.list, fresh(&r));
    OsThread w = spawn(mutate, &r);
    OsThread a = spawn(read_randomly, &r);
    OsThread b = spawn(read_randomly, &r);
    join_detached(&w);
    join_detached(&a);
    join_detached(&b);
    cr_assert_gt(r.reads, 0);
    cr_assert_eq(r.bad, 0);
    cr_assert_neq(gc_bits(&r.list->header) & GC_BIT_SHARED, 0);
    refcount_dec(&r.list->header);
    // Delayed decrefs of the exited threads are adopted and released
    // here (nobody else is online any more), and decrefs other threads
    // queued to us, the owner of the first object, merge at our safepoint.
    while (qsbr_process(main_ts->qsbr)) {
    }
    thread_poll(main_ts);
    cr_assert_eq(frees(), r.made, "freed %u of %u", frees(), r.made);
}
#endif
