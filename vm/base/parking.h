// parking.h: the parking lot. Threads sleep keyed by an address instead of
// owning a kernel object per lock, so a lock can be one byte.
//
// Protocol (futex semantics): parking_park() takes the bucket lock for
// `addr`, compares the current value at `addr` with `expected`, and sleeps
// only if they are equal. Whoever changes the value and wants sleepers to
// notice calls parking_unpark()/parking_unpark_all() afterwards; because
// the comparison and the enqueue happen under the bucket lock, a wake-up
// can never slip between a sleeper's check and its sleep.
//
// Thread safety: every function may be called from any thread. The table
// has PARKING_BUCKETS buckets, each a pthread mutex plus a FIFO of waiters;
// a waiter lives on its sleeper's stack and is woken through a futex word
// inside it.
#ifndef FTPY_VM_BASE_PARKING_H
#define FTPY_VM_BASE_PARKING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PARKING_BUCKETS 257

typedef enum ParkResult {
    PARK_WOKEN,   // an unparker woke us
    PARK_AGAIN,   // *addr != expected when we came to sleep: re-check
    PARK_TIMEOUT, // the timeout passed with nobody waking us
} ParkResult;

// Sleeps while *addr == *expected (`size` is 1, 4 or 8 bytes).
// `timeout_ns` < 0 waits forever. `waiter_arg` is handed to the unparker's
// callback. With `detach`, the thread-layer hooks run around the sleep
// (see parking_set_hooks), so a parked thread never blocks a
// stop-the-world and holds no critical section.
ParkResult parking_park(const void *addr, const void *expected, size_t size,
                        int64_t timeout_ns, void *waiter_arg, bool detach);

// Called by parking_unpark with the bucket lock held, exactly once:
// `waiter_arg` is the woken waiter's argument (NULL if nobody was parked
// on the address) and `has_more` tells whether others still wait there.
// It must not block or park.
typedef void (*UnparkFn)(void *ctx, void *waiter_arg, bool has_more);

// Wakes the longest-waiting thread parked on `addr` (if any), after
// running `fn` under the bucket lock.
void parking_unpark(const void *addr, UnparkFn fn, void *ctx);

// Wakes every thread parked on `addr`.
void parking_unpark_all(const void *addr);

// Hooks the thread layer installs once, before a second thread exists:
// `detach` runs before a detaching sleep and returns a token that
// `attach` receives after it. vm/base cannot see thread states, so this is
// how a parked thread becomes stoppable and drops its critical sections.
typedef struct ParkingHooks {
    void *(*detach)(void);
    void (*attach)(void *token);
} ParkingHooks;

void parking_set_hooks(const ParkingHooks *hooks);

#endif // FTPY_VM_BASE_PARKING_H
