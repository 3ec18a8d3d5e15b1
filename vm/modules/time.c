// time.c: the time module's clocks and sleep: time/time_ns (the wall
// clock), monotonic and perf_counter (CLOCK_MONOTONIC), process_time
// and thread_time (CPU time), each with its _ns twin, and sleep.
//
// Seconds as floats follow CPython's conversion of a nanosecond count:
// exact when whole, otherwise ns / 1e9.
//
// Concurrency: no state. sleep detaches its thread for the duration
// (THREAD_BLOCK_BEGIN/END), so stop-the-world requests and the GIL are
// never held up by a sleeping thread.
#include <math.h>
#include <time.h>

#include "vm/args.h"
#include "vm/base/clock.h"
#include "vm/exc.h"
#include "vm/modules/modules.h"
#include "vm/objects/builtin.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/ops.h"
#include "vm/thread.h"

#define FN(name)                                                               \
    static Value time_##name(Value self, const Value *args, size_t nargs,      \
                             Object *kwnames)

// The clock's reading in nanoseconds.
static int64_t read_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * CLOCK_NS_PER_S + ts.tv_nsec;
}

// CPython's _PyTime_AsSecondsDouble.
static Value seconds(int64_t ns)
{
    if (ns % CLOCK_NS_PER_S == 0)
        return float_new((double)(ns / CLOCK_NS_PER_S));
    return float_new((double)ns / 1e9);
}

static Value clock_seconds(const char *name, size_t nargs, Object *kwnames,
                           clockid_t id)
{
    if (!args_positional(name, nargs, kwnames, 0, 0))
        return VALUE_NULL;
    return seconds(read_ns(id));
}

static Value clock_ns(const char *name, size_t nargs, Object *kwnames,
                      clockid_t id)
{
    if (!args_positional(name, nargs, kwnames, 0, 0))
        return VALUE_NULL;
    return int_from_i64(read_ns(id));
}

#define CLOCK_FNS(name, id)                                                    \
    FN(name)                                                                   \
    {                                                                          \
        (void)self;                                                            \
        (void)args;                                                            \
        return clock_seconds("time." #name, nargs, kwnames, id);               \
    }                                                                          \
    FN(name##_ns)                                                              \
    {                                                                          \
        (void)self;                                                            \
        (void)args;                                                            \
        return clock_ns("time." #name "_ns", nargs, kwnames, id);              \
    }

CLOCK_FNS(time, CLOCK_REALTIME)
CLOCK_FNS(monotonic, CLOCK_MONOTONIC)
CLOCK_FNS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FNS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FNS(thread_time, CLOCK_THREAD_CPUTIME_ID)

// The duration of sleep(secs) in nanoseconds, with CPython's checks.
static bool sleep_duration(Value secs, int64_t *ns)
{
    double d;
    if (float_check(secs)) {
        d = float_value(secs);
        if (isnan(d)) {
            exc_raise_format(&exc_ValueError,
                             "Invalid value NaN (not a number)");
            return false;
        }
        d = ceil(d * 1e9); // CPython rounds sleep durations up
    } else if (int_check(secs)) {
        if (!int_as_double(secs, &d)) {
            exc_clear(); // too large for a double: out of range below
            d = int_sign(secs) * INFINITY;
        }
        d *= 1e9;
    } else {
        exc_raise_format(&exc_TypeError,
                         "'%s' object cannot be interpreted as an integer",
                         value_type(secs)->name);
        return false;
    }
    if (!(fabs(d) < 0x1p63)) {
        exc_raise_format(&exc_OverflowError,
                         float_check(secs)
                             ? "timestamp out of range for platform time_t"
                             : "timestamp too large to convert to C "
                               "_PyTime_t");
        return false;
    }
    *ns = (int64_t)d;
    if (*ns < 0) {
        exc_raise_format(&exc_ValueError, "sleep length must be non-negative");
        return false;
    }
    return true;
}

FN(sleep)
{
    (void)self;
    int64_t ns;
    if (!args_positional("time.sleep", nargs, kwnames, 1, 1) ||
        !sleep_duration(args[0], &ns))
        return VALUE_NULL;
    THREAD_BLOCK_BEGIN()
    clock_sleep_ns(ns);
    THREAD_BLOCK_END()
    return VALUE_NONE;
}

static const MethodDef time_functions[] = {
    {"monotonic", time_monotonic, 0},
    {"monotonic_ns", time_monotonic_ns, 0},
    {"perf_counter", time_perf_counter, 0},
    {"perf_counter_ns", time_perf_counter_ns, 0},
    {"process_time", time_process_time, 0},
    {"process_time_ns", time_process_time_ns, 0},
    {"sleep", time_sleep, 0},
    {"thread_time", time_thread_time, 0},
    {"thread_time_ns", time_thread_time_ns, 0},
    {"time", time_time, 0},
    {"time_ns", time_time_ns, 0},
    {NULL, NULL, 0},
};

ModuleObject *time_module_create(void)
{
    ModuleObject *m = module_new("time");
    for (const MethodDef *d = time_functions; d->name; d++)
        module_add(m, d->name, builtin_new(d, VALUE_NULL));
    return m;
}
