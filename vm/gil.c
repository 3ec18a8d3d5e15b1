// gil.c: the optional GIL (design in gil.h).
#include "vm/gil.h"

#include <string.h>

#include "vm/base/parking.h"
#include "vm/thread.h"

void gil_init(Gil *gil, bool enabled)
{
    memset(gil, 0, sizeof *gil);
    gil->enabled = enabled;
}

// A waiter saw no switch for a whole interval: ask the holder to drop.
// Under gil->lock, so `holder` cannot drop and exit meanwhile.
static void request_drop(Gil *gil, uint64_t seen_switch)
{
    mutex_lock_flags(&gil->lock, MUTEX_NO_DETACH);
    if (gil->holder &&
        atomic_load_u64_relaxed(&gil->switch_number) == seen_switch)
        thread_breaker_set(gil->holder, BREAKER_GIL_DROP);
    mutex_unlock(&gil->lock);
}

void gil_take(Gil *gil, ThreadState *ts)
{
    for (;;) {
        uint32_t expected = 0;
        // seq_cst CAS: pairs with the release store in gil_drop.
        if (atomic_cas_u32_seq_cst(&gil->locked, &expected, 1))
            break;
        uint64_t seen = atomic_load_u64_relaxed(&gil->switch_number);
        ParkResult r = parking_park(&gil->locked, &expected, 4, GIL_INTERVAL_NS,
                                    NULL, false);
        if (r == PARK_TIMEOUT)
            request_drop(gil, seen);
    }
    mutex_lock_flags(&gil->lock, MUTEX_NO_DETACH);
    gil->holder = ts;
    mutex_unlock(&gil->lock);
    thread_breaker_clear(ts, BREAKER_GIL_DROP); // a stale request
    atomic_fetch_add_u64_seq_cst(&gil->switch_number, 1);
    parking_unpark_all(&gil->switch_number); // see forced switching
}

static void no_op(void *ctx, void *waiter, bool more)
{
    (void)ctx, (void)waiter, (void)more;
}

void gil_drop(Gil *gil, ThreadState *ts, bool forced)
{
    uint64_t seen = atomic_load_u64_relaxed(&gil->switch_number);
    mutex_lock_flags(&gil->lock, MUTEX_NO_DETACH);
    gil->holder = NULL;
    mutex_unlock(&gil->lock);
    // Release: pairs with the next taker's CAS.
    atomic_store_u32_release(&gil->locked, 0);
    parking_unpark(&gil->locked, no_op, NULL);
    if (forced) {
        // Let the waiter that asked actually run before we compete again.
        parking_park(&gil->switch_number, &seen, 8, GIL_INTERVAL_NS, NULL,
                     false);
    }
    (void)ts;
}
