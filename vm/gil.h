// gil.h: the optional global interpreter lock ("new GIL" design).
//
// With the GIL enabled, attaching a thread state takes the GIL and
// detaching drops it; that is the whole integration (vm/thread.c). A
// waiter that has waited GIL_INTERVAL_NS without the GIL changing hands
// sets BREAKER_GIL_DROP_REQUEST on the holder, which drops the GIL at its
// next safepoint and then waits until another thread has taken it
// (forced switching), so the two threads alternate instead of the
// releaser winning every race (the old GIL's "battle").
//
// The classic build always enables it; the free-threaded build enables it
// when PYTHON_GIL=1 or -X gil=1 (vm/main.c).
//
// Thread safety: `holder` and the drop request are read and written under
// `lock` (a leaf mutex), so a waiter never flags a thread state that has
// already dropped the GIL. `locked` is the word waiters park on.
#ifndef FTPY_VM_GIL_H
#define FTPY_VM_GIL_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/base/mutex.h"

#define GIL_INTERVAL_NS (5 * 1000 * 1000) // 5 ms, CPython's switch interval

struct ThreadState;

typedef struct Gil {
    uint8_t enabled;            // atomic; fixed before threads start
    uint32_t locked;            // atomic; 1 while held; waiters park here
    uint64_t switch_number;     // atomic; bumped on every take
    Mutex lock;                 // leaf: guards holder
    struct ThreadState *holder; // under lock
} Gil;

void gil_init(Gil *gil, bool enabled);
static inline bool gil_is_enabled(const Gil *gil)
{
    return atomic_load_u8_relaxed(&gil->enabled) != 0;
}
// Blocks until `ts` holds the GIL. `ts` is not attached yet.
void gil_take(Gil *gil, struct ThreadState *ts);
// Releases the GIL held by `ts`. With `forced`, waits until another thread
// has taken it (or one interval has passed).
void gil_drop(Gil *gil, struct ThreadState *ts, bool forced);

#endif // FTPY_VM_GIL_H
