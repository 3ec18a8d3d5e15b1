// test_gil.c: with the GIL enabled, attached threads take turns and every
// one of them makes progress.
#include "tests/unit/support.h"

TestSuite(gil, .init = runtime_setup_gil, .fini = runtime_teardown);

#define GIL_WORKERS 2

typedef struct Turns {
    uint32_t inside; // threads attached right now
    uint32_t max_inside;
    uint64_t progress[GIL_WORKERS];
    uint32_t stop;
} Turns;

typedef struct Worker {
    Turns *turns;
    int index;
} Worker;

static void *take_turns(void *arg)
{
    Worker *w = arg;
    Turns *t = w->turns;
    ThreadState *ts = enter_thread();
    while (!atomic_load_u32_acquire(&t->stop)) {
        uint32_t now = atomic_fetch_add_u32_seq_cst(&t->inside, 1) + 1;
        if (now > atomic_load_u32_relaxed(&t->max_inside))
            atomic_store_u32_relaxed(&t->max_inside, now);
        atomic_fetch_add_u64_relaxed(&t->progress[w->index], 1);
        atomic_fetch_add_u32_seq_cst(&t->inside, (uint32_t)-1);
        thread_poll(ts); // where a drop request is honoured
    }
    leave_thread(ts);
    return NULL;
}

Test(gil, only_one_thread_runs_and_all_make_progress)
{
    cr_assert(gil_is_enabled(&runtime.gil));
    Turns turns = {0};
    Worker w[GIL_WORKERS];
    OsThread th[GIL_WORKERS];
    for (int i = 0; i < GIL_WORKERS; i++) {
        w[i] = (Worker){&turns, i};
        th[i] = spawn(take_turns, &w[i]);
    }
    THREAD_BLOCK_BEGIN(); // release the GIL so the workers can run
    clock_sleep_ns(200 * CLOCK_NS_PER_MS);
    THREAD_BLOCK_END();
    atomic_store_u32_release(&turns.stop, 1);
    for (int i = 0; i < GIL_WORKERS; i++)
        join_detached(&th[i]);
    cr_assert_eq(turns.max_inside, 1, "two threads ran at once");
    for (int i = 0; i < GIL_WORKERS; i++)
        cr_assert_gt(turns.progress[i], 0, "worker %d never got the GIL", i);
}

#ifdef FTPY_FREE_THREADING
Test(gil_off, free_threaded_default_has_no_gil, .init = runtime_setup,
     .fini = runtime_teardown)
{
    cr_assert(!gil_is_enabled(&runtime.gil));
    cr_assert(!main_ts->holds_gil);
}
#else
Test(gil_off, classic_build_always_has_the_gil, .init = runtime_setup,
     .fini = runtime_teardown)
{
    cr_assert(gil_is_enabled(&runtime.gil));
    cr_assert(main_ts->holds_gil);
}
#endif
