// stw.c: stop-the-world (protocol in stw.h).
#include "vm/stw.h"

#include "vm/base/clock.h"
#include "vm/base/debug.h"
#include "vm/base/parking.h"
#include "vm/thread.h"

#define RESCAN_NS CLOCK_NS_PER_MS

// Tries to take `t` out of play. Returns true if it is stopped.
static bool stop_one(ThreadState *t)
{
    uint8_t s = atomic_load_u8_acquire(&t->status);
    for (;;) {
        if (s == THREAD_SUSPENDED)
            return true;
        if (s == THREAD_ATTACHED) {
            thread_breaker_set(t, BREAKER_PLEASE_STOP);
            return false;
        }
        // DETACHED: suspend it without its cooperation. seq_cst CAS:
        // pairs with the release store in its detach (we see everything it
        // did) and races with its attach CAS (exactly one wins).
        if (atomic_cas_u8_seq_cst(&t->status, &s, THREAD_SUSPENDED))
            return true;
    }
}

// One pass over the registry. Returns true when no other thread is
// attached.
static bool stop_all(ThreadState *self)
{
    bool all = true;
    mutex_lock_flags(&runtime.registry_lock, MUTEX_NO_DETACH);
    for (ThreadState *t = runtime.threads; t; t = t->next)
        if (t != self && !stop_one(t))
            all = false;
    mutex_unlock(&runtime.registry_lock);
    return all;
}

void stw_stop(void)
{
    StwState *stw = &runtime.stw;
    ThreadState *self = thread_current();
    DEBUG_ASSERT(self && thread_status(self) == THREAD_ATTACHED);
    mutex_lock(&stw->mutex); // detaching: we can be stopped while we wait
    mutex_lock_flags(&runtime.registry_lock, MUTEX_NO_DETACH);
    atomic_store_u8_relaxed(&stw->requested, 1);
    mutex_unlock(&runtime.registry_lock);
    while (!stop_all(self)) {
        // Threads that suspend or detach wake us; the timeout covers a
        // wake-up sent between our scan and our sleep.
        uint8_t one = 1;
        parking_park(&stw->requested, &one, 1, RESCAN_NS, NULL, false);
    }
}

void stw_start(void)
{
    StwState *stw = &runtime.stw;
    ThreadState *self = thread_current();
    mutex_lock_flags(&runtime.registry_lock, MUTEX_NO_DETACH);
    for (ThreadState *t = runtime.threads; t; t = t->next) {
        if (t == self || thread_status(t) != THREAD_SUSPENDED)
            continue;
        // Release: the requester's work happens-before the resumed
        // thread's attach CAS.
        atomic_store_u8_release(&t->status, THREAD_DETACHED);
        parking_unpark_all(&t->status);
    }
    // Cleared under the registry lock: see thread_state_new.
    atomic_store_u8_relaxed(&stw->requested, 0);
    mutex_unlock(&runtime.registry_lock);
    stw->stops++;
    mutex_unlock(&stw->mutex);
}

void stw_notify_requester(void)
{
    parking_unpark_all(&runtime.stw.requested);
}
