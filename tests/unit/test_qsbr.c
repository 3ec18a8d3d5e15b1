// test_qsbr.c: quiescent-state-based reclamation.
#include "alloc/alloc.h"
#include "alloc/qsbr.h"
#include "tests/unit/support.h"

static uint32_t released;

static void count_release(void *ptr)
{
    atomic_fetch_add_u32_seq_cst(&released, 1);
    alloc_free(ptr);
}

static uint32_t releases(void)
{
    return atomic_load_u32_relaxed(&released);
}

Test(qsbr, a_free_waits_until_every_online_thread_is_quiescent)
{
    QsbrShared shared;
    qsbr_init(&shared);
    QsbrThread *me = qsbr_register(&shared);
    QsbrThread *r1 = qsbr_register(&shared);
    QsbrThread *r2 = qsbr_register(&shared);
    qsbr_attach(me);
    qsbr_attach(r1); // two readers that may hold pointers
    qsbr_attach(r2);

    qsbr_retire(me, alloc_raw(64), count_release, 64);
    qsbr_quiescent(me);
    cr_assert_eq(qsbr_process(me), 1);
    cr_assert_eq(releases(), 0, "readers have not passed a quiescent point");
    qsbr_quiescent(r1);
    cr_assert_eq(qsbr_process(me), 1);
    cr_assert_eq(releases(), 0, "r2 may still read it");
    qsbr_quiescent(r2);
    cr_assert_eq(qsbr_process(me), 0);
    cr_assert_eq(releases(), 1);
    qsbr_fini(&shared);
}

Test(qsbr, detached_threads_do_not_hold_back_reclamation)
{
    QsbrShared shared;
    qsbr_init(&shared);
    QsbrThread *me = qsbr_register(&shared);
    QsbrThread *blocked = qsbr_register(&shared);
    qsbr_attach(me);
    qsbr_attach(blocked);
    qsbr_detach(blocked); // e.g. blocked in I/O
    qsbr_retire(me, alloc_raw(32), count_release, 32);
    qsbr_quiescent(me);
    cr_assert_eq(qsbr_process(me), 0);
    cr_assert_eq(releases(), 1);
    qsbr_fini(&shared);
}

Test(qsbr, items_of_an_exited_thread_are_released_by_another)
{
    QsbrShared shared;
    qsbr_init(&shared);
    QsbrThread *me = qsbr_register(&shared);
    QsbrThread *leaver = qsbr_register(&shared);
    qsbr_attach(me);
    qsbr_attach(leaver);
    for (int i = 0; i < 3; i++)
        qsbr_retire(leaver, alloc_raw(16), count_release, 16);
    qsbr_detach(leaver);
    qsbr_unregister(leaver); // its items move to the abandoned queue
    cr_assert_eq(releases(), 0);
    cr_assert_eq(qsbr_process(me), 0); // adopted, and nobody else is online
    cr_assert_eq(releases(), 3);
    // The slot is reused by the next thread that registers.
    cr_assert_eq(qsbr_register(&shared), leaver);
    qsbr_fini(&shared);
}

Test(qsbr, soft_limit_asks_for_processing)
{
    QsbrShared shared;
    qsbr_init(&shared);
    QsbrThread *me = qsbr_register(&shared);
    qsbr_attach(me);
    bool asked = false;
    for (int i = 0; i < QSBR_QUEUE_ITEMS_SOFT && !asked; i++)
        asked = qsbr_retire(me, alloc_raw(8), count_release, 8);
    cr_assert(asked);
    cr_assert(!qsbr_retire(me, alloc_raw(8), count_release, 8) ||
              qsbr_pending(me) >= QSBR_QUEUE_ITEMS_SOFT);
    qsbr_fini(&shared); // releases everything still queued
    cr_assert_eq(releases(), QSBR_QUEUE_ITEMS_SOFT + 1);
}

// ------------------------------------------------------------ threads
// Free-threaded only: the reader must stay attached while the main thread
// runs, which a GIL forbids (with a GIL a waiting thread is detached, and
// detached threads never hold reclamation back: see the test above).
#ifdef FTPY_FREE_THREADING

typedef struct Reader {
    uint32_t online, go, done;
} Reader;

// Attached through a thread state; parks until told to pass a safepoint.
static void *reader(void *arg)
{
    Reader *r = arg;
    ThreadState *ts = enter_thread();
    set_flag(&r->online);
    while (!atomic_load_u32_acquire(&r->go)) {
        // Attached and busy without a safepoint: a reader mid-lookup.
    }
    thread_poll(ts); // quiescent point
    set_flag(&r->done);
    wait_flag(NULL, &r->go); // stays attached
    leave_thread(ts);
    return NULL;
}

TestSuite(qsbr_threads, .init = runtime_setup, .fini = runtime_teardown);

Test(qsbr_threads, safepoints_of_real_threads_release_delayed_frees)
{
    Reader r = {0};
    OsThread t = spawn(reader, &r);
    wait_flag(main_ts, &r.online);
    qsbr_retire(main_ts->qsbr, alloc_raw(128), count_release, 128);
    thread_poll(main_ts);
    qsbr_process(main_ts->qsbr);
    cr_assert_eq(releases(), 0, "the reader is attached and not quiescent");
    set_flag(&r.go);
    wait_flag(main_ts, &r.done);
    thread_poll(main_ts);
    qsbr_process(main_ts->qsbr);
    cr_assert_eq(releases(), 1);
    join_detached(&t);
}
#endif
