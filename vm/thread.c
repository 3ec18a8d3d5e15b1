// thread.c: attach/detach and the eval breaker (see thread.h and state.h
// for the state machine).
#include "vm/thread.h"

#include "vm/base/parking.h"
#include "vm/critical.h"

// Leaves ATTACHED for `status` (DETACHED or SUSPENDED).
static void detach_as(ThreadState *ts, ThreadStatus status, bool forced_gil)
{
    critical_suspend_all(ts);
    qsbr_detach(ts->qsbr);
    // Release: everything this thread did while attached happens-before a
    // stop-the-world requester whose CAS or load observes the new status.
    atomic_store_u8_release(&ts->status, (uint8_t)status);
    if (ts->holds_gil) {
        ts->holds_gil = 0;
        gil_drop(&runtime.gil, ts, forced_gil);
    }
    if (atomic_load_u8_relaxed(&runtime.stw.requested))
        stw_notify_requester();
}

void thread_detach(ThreadState *ts)
{
    detach_as(ts, THREAD_DETACHED, false);
}

void thread_attach(ThreadState *ts)
{
    if (gil_is_enabled(&runtime.gil)) {
        gil_take(&runtime.gil, ts);
        ts->holds_gil = 1;
    }
    for (;;) {
        uint8_t expected = THREAD_DETACHED;
        // seq_cst CAS: pairs with the requester's CAS to SUSPENDED; exactly
        // one of them wins.
        if (atomic_cas_u8_seq_cst(&ts->status, &expected, THREAD_ATTACHED))
            break;
        // SUSPENDED by a stop-the-world: sleep until stw_start stores
        // DETACHED and wakes us.
        parking_park(&ts->status, &expected, 1, -1, NULL, false);
    }
    qsbr_attach(ts->qsbr);
    critical_resume(ts);
}

// A stop-the-world asked us to stop. If the request is stale (the stop
// ended while we were detached), there is nothing to do: a live requester
// cannot finish while we are ATTACHED, so `requested` read here is exact.
static void suspend_for_stw(ThreadState *ts)
{
    if (!atomic_load_u8_relaxed(&runtime.stw.requested))
        return;
    detach_as(ts, THREAD_SUSPENDED, false);
    thread_attach(ts); // parks until stw_start
}

void thread_handle_breaker(ThreadState *ts)
{
    uint64_t bits = atomic_load_u64_relaxed(&ts->eval_breaker);
    if (bits & BREAKER_PLEASE_STOP) {
        thread_breaker_clear(ts, BREAKER_PLEASE_STOP);
        suspend_for_stw(ts);
    }
#ifdef FTPY_FREE_THREADING
    if (bits & BREAKER_EXPLICIT_MERGE) {
        thread_breaker_clear(ts, BREAKER_EXPLICIT_MERGE);
        brc_merge_pending(ts);
    }
#endif
    if (bits & BREAKER_QSBR_PROCESS) {
        thread_breaker_clear(ts, BREAKER_QSBR_PROCESS);
        qsbr_process(ts->qsbr);
    }
    if (bits & BREAKER_GIL_DROP) {
        thread_breaker_clear(ts, BREAKER_GIL_DROP);
        if (ts->holds_gil) {
            detach_as(ts, THREAD_DETACHED, true); // forced switch
            thread_attach(ts);
        }
    }
}

// ------------------------------------------------------------ parking

// Parking on a contended mutex detaches an attached thread, so it can be
// stopped and holds no critical section while it sleeps.
static void *park_detach(void)
{
    ThreadState *ts = thread_current();
    if (ts == NULL || thread_status(ts) != THREAD_ATTACHED)
        return NULL;
    thread_detach(ts);
    return ts;
}

static void park_attach(void *token)
{
    if (token)
        thread_attach(token);
}

void thread_install_parking_hooks(void)
{
    static const ParkingHooks hooks = {park_detach, park_attach};
    parking_set_hooks(&hooks);
}
