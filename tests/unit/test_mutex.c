// test_mutex.c: the 1-byte mutex and the parking lot under contention.
#include <sched.h>

#include "tests/unit/support.h"
#include "vm/base/mutex.h"
#include "vm/base/parking.h"

TestSuite(mutex, .init = runtime_setup, .fini = runtime_teardown);

Test(mutex, is_one_byte_and_uncontended_lock_unlock)
{
    Mutex m = MUTEX_INIT;
    cr_assert_eq(sizeof m, 1);
    cr_assert(!mutex_is_locked(&m));
    mutex_lock(&m);
    cr_assert_eq(m.bits, MUTEX_LOCKED);
    cr_assert(!mutex_try_lock(&m));
    mutex_unlock(&m);
    cr_assert_eq(m.bits, 0);
}

Test(mutex, timed_lock_gives_up_after_its_timeout)
{
    Mutex m = MUTEX_INIT;
    mutex_lock(&m);
    int64_t start = clock_now_ns();
    cr_assert(!mutex_lock_timed(&m, 20 * CLOCK_NS_PER_MS, MUTEX_DETACH));
    cr_assert_geq(clock_now_ns() - start, 20 * CLOCK_NS_PER_MS);
    cr_assert(!mutex_lock_timed(&m, 0, MUTEX_DETACH));
    mutex_unlock(&m);
    cr_assert(mutex_lock_timed(&m, 0, MUTEX_DETACH));
    mutex_unlock(&m);
}

// ------------------------------------------------------------ counter

#define COUNTER_ROUNDS 200000

typedef struct Shared {
    Mutex m;
    uint64_t counter; // guarded by m: plain accesses on purpose
    uint32_t stop;
    int64_t max_wait_ns[2]; // fairness test: worst overtake count
} Shared;

static void *count_up(void *arg)
{
    Shared *s = arg;
    for (int i = 0; i < COUNTER_ROUNDS; i++) {
        mutex_lock(&s->m);
        s->counter++; // a data race if the mutex were broken (TSan)
        mutex_unlock(&s->m);
    }
    return NULL;
}

Test(mutex, two_threads_contending_count_exactly)
{
    Shared s = {.m = MUTEX_INIT};
    OsThread a = spawn(count_up, &s);
    OsThread b = spawn(count_up, &s);
    join_detached(&a);
    join_detached(&b);
    cr_assert_eq(s.counter, 2 * COUNTER_ROUNDS);
    cr_assert_eq(s.m.bits, 0, "no waiter bit left behind");
}

// ------------------------------------------------------------ fairness

#define HOLD_NS (20 * CLOCK_NS_PER_US)

// Re-locks in a tight loop, holding the lock HOLD_NS each time, as a
// thread that never waits would. `counter` counts its acquisitions.
static void *greedy(void *arg)
{
    Shared *s = arg;
    while (!atomic_load_u32_acquire(&s->stop)) {
        mutex_lock(&s->m);
        int64_t until = clock_now_ns() + HOLD_NS;
        while (clock_now_ns() < until) {
        }
        atomic_store_u64_relaxed(&s->counter, s->counter + 1);
        mutex_unlock(&s->m);
    }
    return NULL;
}

typedef struct Waiter {
    Shared *s;
    int index;
} Waiter;

// Measures, for each of its acquisitions, how often the greedy thread
// took the lock while this thread waited; keeps the worst (in
// max_wait_ns[], as a count).
static void *polite(void *arg)
{
    Waiter *w = arg;
    int64_t worst = 0;
    for (int i = 0; i < 40; i++) {
        uint64_t before = atomic_load_u64_relaxed(&w->s->counter);
        mutex_lock(&w->s->m);
        int64_t overtaken = (int64_t)(w->s->counter - before);
        mutex_unlock(&w->s->m);
        if (overtaken > worst)
            worst = overtaken;
        clock_sleep_ns(2 * CLOCK_NS_PER_MS);
    }
    w->s->max_wait_ns[w->index] = worst;
    return NULL;
}

// No waiter starves behind a thread that re-locks in a tight loop. With
// the hand-off the greedy thread overtakes a waiter about 1 ms / HOLD_NS =
// 50 times (measured median ~40); a slow wake-up on a loaded machine adds
// to that (worst seen: 534 with two suites at once). The bound is loose on
// purpose: the hand-off itself is tested exactly below.
Test(mutex, no_waiter_starves_behind_a_greedy_thread)
{
    Shared s = {.m = MUTEX_INIT};
    OsThread g = spawn(greedy, &s);
    Waiter w0 = {&s, 0}, w1 = {&s, 1};
    OsThread a = spawn(polite, &w0);
    OsThread b = spawn(polite, &w1);
    join_detached(&a);
    join_detached(&b);
    atomic_store_u32_release(&s.stop, 1);
    join_detached(&g);
    for (int i = 0; i < 2; i++)
        cr_assert_lt(s.max_wait_ns[i], 2000,
                     "waiter %d was overtaken %lld times in one wait", i,
                     (long long)s.max_wait_ns[i]);
}

typedef struct Parked {
    Mutex *m;
    uint32_t got;
} Parked;

static void *lock_and_note(void *arg)
{
    Parked *p = arg;
    mutex_lock(p->m);
    set_flag(&p->got);
    mutex_unlock(p->m);
    return NULL;
}

// A waiter parked for more than 1 ms owns the lock the moment the holder
// unlocks: the holder cannot barge back in. (Without the hand-off the
// unlock clears the byte and the holder's try_lock wins, because the
// woken waiter has not even been scheduled yet.)
Test(mutex, unlock_hands_the_lock_to_a_waiter_parked_over_1ms)
{
    Mutex m = MUTEX_INIT;
    Parked p = {.m = &m};
    mutex_lock(&m);
    OsThread t = spawn(lock_and_note, &p);
    while (!(atomic_load_u8_acquire(&m.bits) & MUTEX_HAS_PARKED))
        clock_sleep_ns(100 * CLOCK_NS_PER_US); // wait until it is parked
    clock_sleep_ns(3 * CLOCK_NS_PER_MS);
    mutex_unlock(&m);
    cr_assert(!mutex_try_lock(&m), "the lock was not handed over");
    join_detached(&t);
    cr_assert_eq(p.got, 1);
    cr_assert_eq(m.bits, 0);
}

// ------------------------------------------------------------ parking

TestSuite(parking, .init = runtime_setup, .fini = runtime_teardown);

Test(parking, park_returns_at_once_when_the_value_differs)
{
    uint32_t word = 5, expected = 4;
    cr_assert_eq(parking_park(&word, &expected, 4, -1, NULL, false),
                 PARK_AGAIN);
}

Test(parking, park_times_out)
{
    uint32_t word = 5;
    cr_assert_eq(
        parking_park(&word, &word, 4, 10 * CLOCK_NS_PER_MS, NULL, false),
        PARK_TIMEOUT);
}

typedef struct ParkPair {
    uint32_t word;
    uint32_t woken;
} ParkPair;

static void *park_until_changed(void *arg)
{
    ParkPair *p = arg;
    uint32_t zero = 0;
    while (atomic_load_u32_acquire(&p->word) == 0)
        parking_park(&p->word, &zero, 4, -1, NULL, false);
    set_flag(&p->woken);
    return NULL;
}

Test(parking, unpark_all_wakes_every_sleeper)
{
    ParkPair pairs = {0, 0};
    OsThread a = spawn(park_until_changed, &pairs);
    OsThread b = spawn(park_until_changed, &pairs);
    clock_sleep_ns(20 * CLOCK_NS_PER_MS); // let both fall asleep
    atomic_store_u32_release(&pairs.word, 1);
    parking_unpark_all(&pairs.word);
    join_detached(&a);
    join_detached(&b);
    cr_assert(pairs.woken);
}

// ------------------------------------------------------------ debug

#if defined(FTPY_DEBUG) && !defined(FTPY_SANITIZER_THREAD)
#include <signal.h>

Test(debug, unlocking_a_free_mutex_aborts_in_debug_builds, .signal = SIGABRT)
{
    Mutex m = MUTEX_INIT;
    mutex_unlock(&m);
}
#endif
