// clock.h: monotonic time for timeouts and the mutex fairness hand-off.
// Thread-safe: pure functions over the OS clock.
#ifndef FTPY_VM_BASE_CLOCK_H
#define FTPY_VM_BASE_CLOCK_H

#include <stdint.h>

#define CLOCK_NS_PER_US 1000LL
#define CLOCK_NS_PER_MS 1000000LL
#define CLOCK_NS_PER_S 1000000000LL

// Nanoseconds on CLOCK_MONOTONIC (never jumps with wall-clock changes).
int64_t clock_now_ns(void);

// Sleeps at least `ns` nanoseconds (restarts after signals). The caller
// detaches first if it holds a thread state; this function knows nothing
// about threads.
void clock_sleep_ns(int64_t ns);

#endif // FTPY_VM_BASE_CLOCK_H
