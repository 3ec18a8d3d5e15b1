// test_stw.c: stop-the-world with threads that are attached, blocked
// while detached, and newly created.
#include "tests/unit/support.h"

TestSuite(stw, .init = runtime_setup, .fini = runtime_teardown);

typedef struct Sleeper {
    uint32_t detached;   // set once it is about to sleep
    uint32_t reattached; // set once it is attached again
    int64_t sleep_ns;
} Sleeper;

static void *sleep_detached(void *arg)
{
    Sleeper *s = arg;
    ThreadState *ts = enter_thread();
    THREAD_BLOCK_BEGIN(); // like a blocking read() or time.sleep()
    set_flag(&s->detached);
    clock_sleep_ns(s->sleep_ns);
    THREAD_BLOCK_END();
    set_flag(&s->reattached);
    leave_thread(ts);
    return NULL;
}

static ThreadState *other_thread(void)
{
    for (ThreadState *t = runtime.threads; t; t = t->next)
        if (t != main_ts)
            return t;
    return NULL;
}

Test(stw, stops_at_once_while_a_thread_sleeps_detached)
{
    Sleeper s = {.sleep_ns = 100 * CLOCK_NS_PER_MS};
    OsThread t = spawn(sleep_detached, &s);
    wait_flag(main_ts, &s.detached);
    int64_t start = clock_now_ns();
    stw_stop();
    int64_t took = clock_now_ns() - start;
    // A detached thread is suspended without waiting for it to wake.
    cr_assert_lt(took, s.sleep_ns, "stop waited for the sleeper");
    cr_assert_eq(thread_status(other_thread()), THREAD_SUSPENDED);
    // Keep the world stopped past the end of its sleep: it must not
    // re-attach until we resume.
    clock_sleep_ns(2 * s.sleep_ns);
    cr_assert_eq(atomic_load_u32_acquire(&s.reattached), 0,
                 "a suspended thread attached during the stop");
    stw_start();
    join_detached(&t);
    cr_assert_eq(atomic_load_u32_acquire(&s.reattached), 1);
    cr_assert_eq(runtime.stw.stops, 1);
}

typedef struct Spinner {
    uint64_t progress; // atomic
    uint32_t started, stop;
} Spinner;

static void *spin_attached(void *arg)
{
    Spinner *s = arg;
    ThreadState *ts = enter_thread();
    set_flag(&s->started);
    while (!atomic_load_u32_acquire(&s->stop)) {
        atomic_fetch_add_u64_relaxed(&s->progress, 1);
        thread_poll(ts); // the safepoint, as on a loop back-edge
    }
    leave_thread(ts);
    return NULL;
}

Test(stw, attached_threads_stop_at_their_next_safepoint)
{
    Spinner s = {0};
    OsThread a = spawn(spin_attached, &s);
    OsThread b = spawn(spin_attached, &s);
    wait_flag(main_ts, &s.started);
    for (int round = 0; round < 20; round++) {
        stw_stop();
        uint64_t frozen = atomic_load_u64_relaxed(&s.progress);
        clock_sleep_ns(2 * CLOCK_NS_PER_MS);
        cr_assert_eq(atomic_load_u64_relaxed(&s.progress), frozen,
                     "a thread ran during a stop (round %d)", round);
        for (ThreadState *t = runtime.threads; t; t = t->next)
            if (t != main_ts)
                cr_assert_neq(thread_status(t), THREAD_ATTACHED);
        stw_start();
        clock_sleep_ns(CLOCK_NS_PER_MS);
    }
    atomic_store_u32_release(&s.stop, 1);
    join_detached(&a);
    join_detached(&b);
    cr_assert_gt(atomic_load_u64_relaxed(&s.progress), 0);
    cr_assert_eq(runtime.stw.stops, 20);
}

typedef struct Newcomer {
    uint32_t attached;
} Newcomer;

static void *attach_late(void *arg)
{
    Newcomer *n = arg;
    ThreadState *ts = enter_thread(); // registers during the stop
    set_flag(&n->attached);
    leave_thread(ts);
    return NULL;
}

Test(stw, a_thread_created_during_a_stop_waits_for_the_restart)
{
    Newcomer n = {0};
    stw_stop();
    OsThread t = spawn(attach_late, &n);
    clock_sleep_ns(30 * CLOCK_NS_PER_MS);
    cr_assert_eq(atomic_load_u32_acquire(&n.attached), 0,
                 "a new thread attached while the world was stopped");
    stw_start();
    join_detached(&t);
    cr_assert_eq(atomic_load_u32_acquire(&n.attached), 1);
}

static void *request_stops(void *arg)
{
    ThreadState *ts = enter_thread();
    for (int i = 0; i < 50; i++) {
        stw_stop();
        stw_start();
        thread_poll(ts);
    }
    leave_thread(ts);
    return arg;
}

Test(stw, concurrent_requesters_take_turns)
{
    OsThread a = spawn(request_stops, NULL);
    OsThread b = spawn(request_stops, NULL);
    join_detached(&a);
    join_detached(&b);
    cr_assert_eq(runtime.stw.stops, 100);
}
