// test_critical.c: per-object critical sections.
#include "tests/unit/support.h"
#include "vm/critical.h"

TestSuite(critical, .init = runtime_setup, .fini = runtime_teardown);

typedef struct Counter {
    ObjHeader header;
    uint64_t value; // guarded by the object's critical section
} Counter;

static TypeObject counter_type = {
    .header = OBJ_HEADER_IMMORTAL(NULL),
    .name = "counter",
    .basic_size = sizeof(Counter),
    .dealloc = object_free,
};

#define OPPOSITE_ROUNDS 100000

typedef struct Pair {
    Counter *first, *second; // the order this thread names them in
} Pair;

static void *lock_pair_repeatedly(void *arg)
{
    Pair *p = arg;
    ThreadState *ts = enter_thread();
    for (int i = 0; i < OPPOSITE_ROUNDS; i++) {
        CRITICAL_BEGIN2(&p->first->header, &p->second->header);
        p->first->value++;
        p->second->value++;
        CRITICAL_END2(&p->first->header, &p->second->header);
        if (i % 128 == 0)
            thread_poll(ts); // lets the GIL switch in GIL builds
    }
    leave_thread(ts);
    return NULL;
}

Test(critical, two_objects_in_opposite_order_never_deadlock)
{
    Counter *a = (Counter *)object_new(&counter_type);
    Counter *b = (Counter *)object_new(&counter_type);
    Pair ab = {a, b}, ba = {b, a};
    OsThread t1 = spawn(lock_pair_repeatedly, &ab);
    OsThread t2 = spawn(lock_pair_repeatedly, &ba);
    join_detached(&t1);
    join_detached(&t2);
    cr_assert_eq(a->value, 2 * OPPOSITE_ROUNDS);
    cr_assert_eq(b->value, 2 * OPPOSITE_ROUNDS);
    refcount_dec(&a->header);
    refcount_dec(&b->header);
}

Test(critical, same_object_twice_takes_one_lock)
{
    Counter *a = (Counter *)object_new(&counter_type);
    CRITICAL_BEGIN2(&a->header, &a->header);
    a->value++;
    CRITICAL_END2(&a->header, &a->header);
    cr_assert_eq(a->value, 1);
#ifdef FTPY_FREE_THREADING
    cr_assert(!mutex_is_locked(&a->header.ob_mutex));
#endif
    refcount_dec(&a->header);
}

#ifdef FTPY_FREE_THREADING
Test(critical, detach_suspends_all_and_attach_resumes_only_the_innermost)
{
    Counter *outer = (Counter *)object_new(&counter_type);
    Counter *inner = (Counter *)object_new(&counter_type);
    Mutex *mo = &outer->header.ob_mutex, *mi = &inner->header.ob_mutex;
    CRITICAL_BEGIN(&outer->header);
    CRITICAL_BEGIN(&inner->header);
    cr_assert(mutex_is_locked(mo) && mutex_is_locked(mi));
    thread_detach(main_ts); // e.g. a blocking call
    cr_assert(!mutex_is_locked(mo), "outer released while detached");
    cr_assert(!mutex_is_locked(mi), "inner released while detached");
    thread_attach(main_ts);
    cr_assert(mutex_is_locked(mi), "innermost re-acquired");
    cr_assert(!mutex_is_locked(mo), "outer stays released for now");
    CRITICAL_END(&inner->header);
    cr_assert(mutex_is_locked(mo), "outer re-acquired when inner ends");
    cr_assert(!mutex_is_locked(mi));
    CRITICAL_END(&outer->header);
    cr_assert(!mutex_is_locked(mo));
    cr_assert_eq(main_ts->critical, 0);
    refcount_dec(&outer->header);
    refcount_dec(&inner->header);
}

typedef struct Holder {
    Counter *obj;
    uint32_t locked, release;
} Holder;

static void *hold_then_block(void *arg)
{
    Holder *h = arg;
    ThreadState *ts = enter_thread();
    CRITICAL_BEGIN(&h->obj->header);
    set_flag(&h->locked);
    // Blocks while "holding" the section: it must be released meanwhile.
    THREAD_BLOCK_BEGIN();
    wait_flag(NULL, &h->release);
    THREAD_BLOCK_END();
    h->obj->value += 10; // the section is ours again
    CRITICAL_END(&h->obj->header);
    leave_thread(ts);
    return NULL;
}

Test(critical, a_blocked_holder_does_not_block_other_threads)
{
    Holder h = {.obj = (Counter *)object_new(&counter_type)};
    OsThread t = spawn(hold_then_block, &h);
    wait_flag(main_ts, &h.locked);
    clock_sleep_ns(5 * CLOCK_NS_PER_MS);
    CRITICAL_BEGIN(&h.obj->header); // would deadlock without suspension
    h.obj->value += 1;
    CRITICAL_END(&h.obj->header);
    set_flag(&h.release);
    join_detached(&t);
    cr_assert_eq(h.obj->value, 11);
    refcount_dec(&h.obj->header);
}
#endif
