// mutex.c: slow paths of the 1-byte mutex (see mutex.h for the protocol).
#include "vm/base/mutex.h"

#include <sched.h>

#include "vm/base/clock.h"
#include "vm/base/debug.h"
#include "vm/base/parking.h"

// Yields before parking. Spinning pays only when the owner runs on
// another core and is about to unlock, so it stops after MAX_SPIN yields
// or MAX_SPIN_NS, whichever comes first: a yield on a busy machine can
// last a whole timeslice, and time spent spinning is time the fairness
// hand-off cannot help with.
#define MAX_SPIN 40
#define MAX_SPIN_NS (50 * CLOCK_NS_PER_US)

// Each parked locker passes this to the unlocker's callback.
typedef struct MutexWaiter {
    int64_t since_ns; // when it started waiting
    bool handed_off;  // set by the unlocker: the lock is now ours
} MutexWaiter;

bool mutex_lock_timed(Mutex *m, int64_t timeout_ns, MutexFlags flags)
{
    int64_t start = clock_now_ns();
    int64_t deadline = timeout_ns < 0 ? -1 : start + timeout_ns;
    int spins = 0;
    uint8_t bits = atomic_load_u8_relaxed(&m->bits);
    for (;;) {
        if (!(bits & MUTEX_LOCKED)) {
            if (atomic_cas_u8_seq_cst(&m->bits, &bits, bits | MUTEX_LOCKED))
                return true;
            continue;
        }
        if (timeout_ns == 0)
            return false;
        if (!(bits & MUTEX_HAS_PARKED)) {
            if (spins++ < MAX_SPIN && clock_now_ns() - start < MAX_SPIN_NS) {
                sched_yield();
                bits = atomic_load_u8_relaxed(&m->bits);
                continue;
            }
            uint8_t want = bits | MUTEX_HAS_PARKED;
            if (!atomic_cas_u8_seq_cst(&m->bits, &bits, want))
                continue;
            bits = want;
        }
        int64_t left = -1;
        if (deadline >= 0 && (left = deadline - clock_now_ns()) <= 0)
            return false;
        MutexWaiter w = {.since_ns = start, .handed_off = false};
        ParkResult r =
            parking_park(&m->bits, &bits, 1, left, &w, flags == MUTEX_DETACH);
        // handed_off was written before the waker's release store, which
        // parking_park's acquire load pairs with.
        if (r == PARK_WOKEN && w.handed_off)
            return true;
        bits = atomic_load_u8_relaxed(&m->bits);
    }
}

void mutex_lock_slow(Mutex *m, MutexFlags flags)
{
    mutex_lock_timed(m, -1, flags);
}

// Runs under the parking bucket lock, so no locker can park or set
// HAS_PARKED on `m` meanwhile: plain stores of the new byte are safe.
static void unpark_cb(void *ctx, void *waiter_arg, bool has_more)
{
    Mutex *m = ctx;
    MutexWaiter *w = waiter_arg;
    uint8_t parked = has_more ? MUTEX_HAS_PARKED : 0;
    if (w && clock_now_ns() - w->since_ns > MUTEX_HANDOFF_NS) {
        w->handed_off = true;
        // The byte stays LOCKED: ownership passes straight to `w`.
        atomic_store_u8_relaxed(&m->bits, MUTEX_LOCKED | parked);
        return;
    }
    // Release: pairs with the next locker's CAS; it sees our critical
    // section's writes.
    atomic_store_u8_release(&m->bits, parked);
}

void mutex_unlock_slow(Mutex *m)
{
    uint8_t bits = atomic_load_u8_relaxed(&m->bits);
    DEBUG_ASSERT(bits & MUTEX_LOCKED); // unlocking a mutex nobody holds
    for (;;) {
        if (bits == MUTEX_LOCKED) {
            if (atomic_cas_u8_seq_cst(&m->bits, &bits, 0))
                return;
            continue;
        }
        // LOCKED | HAS_PARKED: wake one waiter (or hand the lock over).
        parking_unpark(&m->bits, unpark_cb, m);
        return;
    }
}
