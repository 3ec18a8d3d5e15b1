// clock.c: monotonic clock and sleeping, the only users of clock_gettime
// and nanosleep.
#include "vm/base/clock.h"

#include <errno.h>
#include <time.h>

int64_t clock_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * CLOCK_NS_PER_S + ts.tv_nsec;
}

void clock_sleep_ns(int64_t ns)
{
    if (ns <= 0)
        return;
    struct timespec req = {.tv_sec = ns / CLOCK_NS_PER_S,
                           .tv_nsec = ns % CLOCK_NS_PER_S};
    while (nanosleep(&req, &req) != 0 && errno == EINTR) {
    }
}
