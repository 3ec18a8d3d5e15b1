// mutex.h: the 1-byte mutex, the lock inside every object header and
// behind most runtime locks.
//
// The byte holds two bits:
//   MUTEX_LOCKED      someone owns the lock
//   MUTEX_HAS_PARKED  at least one thread sleeps in the parking lot on it
// Uncontended lock: one CAS 0 -> LOCKED. Uncontended unlock: one CAS
// LOCKED -> 0. (Unlock cannot be a plain release store: a contender may
// set HAS_PARKED between our load and our store, then sleep after checking
// the byte under its bucket lock; the store would erase the bit and nobody
// would wake it. The CAS fails instead and we take the slow path.)
//
// Contention: a locker spins briefly (yielding the CPU), then sets
// HAS_PARKED and parks on the byte's address. Unlock with HAS_PARKED set
// wakes the oldest waiter. Fairness: if that waiter has waited longer than
// MUTEX_HANDOFF_NS, the lock is handed to it directly (the byte stays
// LOCKED), so a thread that re-locks in a tight loop cannot starve it.
//
// Parking detaches the thread state (MUTEX_DETACH), so a thread waiting
// for a lock never holds up a stop-the-world or holds a critical section
// while it sleeps. Internal leaf locks that are never held across Python
// code use MUTEX_NO_DETACH.
#ifndef FTPY_VM_BASE_MUTEX_H
#define FTPY_VM_BASE_MUTEX_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/base/atomic.h"

typedef struct Mutex {
    uint8_t bits;
} Mutex;

#define MUTEX_INIT                                                             \
    {                                                                          \
        0                                                                      \
    }
#define MUTEX_LOCKED 1
#define MUTEX_HAS_PARKED 2
#define MUTEX_HANDOFF_NS 1000000 // 1 ms, as in CPython's PyMutex

typedef enum MutexFlags {
    MUTEX_DETACH = 0,    // park detached (the default for runtime locks)
    MUTEX_NO_DETACH = 1, // leaf lock: keep the thread state attached
} MutexFlags;

void mutex_lock_slow(Mutex *m, MutexFlags flags);
void mutex_unlock_slow(Mutex *m);

// Locks `m`, waiting at most `timeout_ns` (< 0: forever). Returns whether
// the lock was acquired.
bool mutex_lock_timed(Mutex *m, int64_t timeout_ns, MutexFlags flags);

static inline bool mutex_try_lock(Mutex *m)
{
    uint8_t expected = 0;
    return atomic_cas_u8_seq_cst(&m->bits, &expected, MUTEX_LOCKED);
}

static inline void mutex_lock(Mutex *m)
{
    if (!mutex_try_lock(m))
        mutex_lock_slow(m, MUTEX_DETACH);
}

static inline void mutex_lock_flags(Mutex *m, MutexFlags flags)
{
    if (!mutex_try_lock(m))
        mutex_lock_slow(m, flags);
}

static inline void mutex_unlock(Mutex *m)
{
    uint8_t expected = MUTEX_LOCKED;
    if (!atomic_cas_u8_seq_cst(&m->bits, &expected, 0))
        mutex_unlock_slow(m);
}

static inline bool mutex_is_locked(const Mutex *m)
{
    return (atomic_load_u8_relaxed(&m->bits) & MUTEX_LOCKED) != 0;
}

#endif // FTPY_VM_BASE_MUTEX_H
