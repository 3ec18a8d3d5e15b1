// thread.h: attach, detach, and the safepoint poll.
//
// attach: take the GIL if it is enabled, CAS status DETACHED -> ATTACHED
//         (parking while a stop-the-world holds us SUSPENDED), go online
//         for QSBR, re-acquire the innermost critical section.
// detach: suspend all critical sections, go offline for QSBR, store
//         DETACHED (release: our object writes happen-before a
//         stop-the-world requester that sees it), drop the GIL.
//
// Every blocking operation detaches first: THREAD_BLOCK_BEGIN /
// THREAD_BLOCK_END around a sleep or blocking system call, and the
// mutex/parking layer on its own when it parks.
//
// thread_poll() is the safepoint: a QSBR quiescent point plus one relaxed
// load of the eval breaker. The eval loop calls it on backward jumps and
// calls; it is the only place a thread parks for a stop-the-world, merges
// its BRC queue, processes delayed frees or yields the GIL.
#ifndef FTPY_VM_THREAD_H
#define FTPY_VM_THREAD_H

#include "vm/state.h"

void thread_attach(ThreadState *ts);
void thread_detach(ThreadState *ts);

// Handles every pending eval-breaker request (slow path of thread_poll).
void thread_handle_breaker(ThreadState *ts);

static inline void thread_poll(ThreadState *ts)
{
    qsbr_quiescent(ts->qsbr);
    if (atomic_load_u64_relaxed(&ts->eval_breaker))
        thread_handle_breaker(ts);
}

// Sets (any thread) or clears (owner) eval-breaker bits.
static inline void thread_breaker_set(ThreadState *ts, uint64_t bits)
{
    atomic_or_u64_seq_cst(&ts->eval_breaker, bits);
}
static inline void thread_breaker_clear(ThreadState *ts, uint64_t bits)
{
    atomic_and_u64_seq_cst(&ts->eval_breaker, ~bits);
}

static inline ThreadStatus thread_status(const ThreadState *ts)
{
    return (ThreadStatus)atomic_load_u8_acquire(&ts->status);
}

// Brackets a blocking call made by an attached thread.
#define THREAD_BLOCK_BEGIN()                                                   \
    {                                                                          \
        ThreadState *blocked_ts_ = thread_current();                           \
        thread_detach(blocked_ts_);
#define THREAD_BLOCK_END()                                                     \
    thread_attach(blocked_ts_);                                                \
    }

// Installs the parking-lot hooks so that parking on a contended mutex
// detaches (called by runtime_init).
void thread_install_parking_hooks(void);

#endif // FTPY_VM_THREAD_H
