// stress_core.c: thread and refcount torture for the object core.
//
// WORKERS threads run for a few seconds, and each worker retires and is
// replaced by a fresh thread every ROUNDS_PER_LIFE rounds, so objects keep
// outliving their owners. Every round a worker, at random:
//   - creates an object and swaps it into a shared mailbox slot, dropping
//     whatever was there (often another thread's object: a non-owner
//     decref, queued to a live owner or merged for a dead one);
//   - borrows an object from a slot and increfs/decrefs it;
//   - updates two counters inside a two-object critical section, in
//     random order;
//   - stops the world and checks that nobody else is attached;
//   - blocks detached for a moment;
//   - retires a buffer through QSBR;
//   - passes a safepoint.
// At the end every object must have been freed exactly once, every
// counter must equal the number of increments made, and every retired
// buffer must have been released. Run under TSan and ASan by CI
// (`make check-stress`). Prints "stress: N passed, N failed".
#include <stdio.h>
#include <stdlib.h>

#include "alloc/alloc.h"
#include "vm/base/atomic.h"
#include "vm/base/clock.h"
#include "vm/base/osthread.h"
#include "vm/critical.h"
#include "vm/refcount.h"
#include "vm/thread.h"

#define WORKERS 4
#define SLOTS 64
#define COUNTERS 8
#define ROUNDS_PER_LIFE 2000

typedef struct Counter {
    ObjHeader header;
    uint64_t value; // guarded by the object's critical section
} Counter;

static uint64_t made, freed, retired, released, increments, stops;
static Mutex mailbox_lock = MUTEX_INIT;
static Object *mailbox[SLOTS]; // guarded by mailbox_lock
static Counter *counters[COUNTERS];
static int64_t deadline;

static void item_dealloc(Object *op)
{
    atomic_fetch_add_u64_seq_cst(&freed, 1);
    object_free(op);
}

static TypeObject item_type = {
    .header = OBJ_HEADER_IMMORTAL(NULL),
    .name = "item",
    .basic_size = sizeof(Object) + 8,
    .dealloc = item_dealloc,
};

static TypeObject counter_type = {
    .header = OBJ_HEADER_IMMORTAL(NULL),
    .name = "counter",
    .basic_size = sizeof(Counter),
    .dealloc = object_free,
};

static void release_buffer(void *p)
{
    atomic_fetch_add_u64_seq_cst(&released, 1);
    alloc_free(p);
}

// xorshift: a private random stream per thread.
static uint32_t next_random(uint32_t *state)
{
    uint32_t x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return *state = x;
}

static void swap_in(uint32_t *rng)
{
    Object *fresh = object_new(&item_type);
    atomic_fetch_add_u64_seq_cst(&made, 1);
    size_t slot = next_random(rng) % SLOTS;
    mutex_lock(&mailbox_lock);
    Object *old = mailbox[slot];
    mailbox[slot] = fresh; // the mailbox takes our reference
    mutex_unlock(&mailbox_lock);
    refcount_xdec(old); // often another thread's object
}

static void borrow(uint32_t *rng)
{
    size_t slot = next_random(rng) % SLOTS;
    mutex_lock(&mailbox_lock);
    Object *op = mailbox[slot];
    refcount_xinc(op);
    mutex_unlock(&mailbox_lock);
    if (op == NULL)
        return;
    for (int i = 0; i < 8; i++) {
        refcount_inc(op);
        refcount_dec(op);
    }
    refcount_dec(op);
}

static void bump_two(uint32_t *rng)
{
    Counter *a = counters[next_random(rng) % COUNTERS];
    Counter *b = counters[next_random(rng) % COUNTERS];
    CRITICAL_BEGIN2(&a->header, &b->header);
    a->value++;
    if (b != a)
        b->value++;
    CRITICAL_END2(&a->header, &b->header);
    atomic_fetch_add_u64_seq_cst(&increments, a == b ? 1 : 2);
}

static int stop_and_check(ThreadState *self)
{
    stw_stop();
    int attached = 0;
    mutex_lock_flags(&runtime.registry_lock, MUTEX_NO_DETACH);
    for (ThreadState *t = runtime.threads; t; t = t->next)
        if (t != self && thread_status(t) == THREAD_ATTACHED)
            attached++;
    mutex_unlock(&runtime.registry_lock);
    stw_start();
    atomic_fetch_add_u64_seq_cst(&stops, 1);
    return attached;
}

static void retire_buffer(ThreadState *ts)
{
    atomic_fetch_add_u64_seq_cst(&retired, 1);
    if (qsbr_retire(ts->qsbr, alloc_raw(48), release_buffer, 48))
        thread_breaker_set(ts, BREAKER_QSBR_PROCESS);
}

static uint32_t errors; // atomic

// One thread's life: ROUNDS_PER_LIFE rounds, then it exits.
static void *worker(void *arg)
{
    uint32_t rng = (uint32_t)(uintptr_t)arg | 1;
    ThreadState *ts = thread_state_new();
    thread_attach(ts);
    for (int r = 0; r < ROUNDS_PER_LIFE; r++) {
        uint32_t dice = next_random(&rng) % 100;
        if (dice < 35)
            swap_in(&rng);
        else if (dice < 65)
            borrow(&rng);
        else if (dice < 85)
            bump_two(&rng);
        else if (dice < 87) {
            if (stop_and_check(ts) != 0)
                atomic_fetch_add_u32_seq_cst(&errors, 1);
        } else if (dice < 89) {
            THREAD_BLOCK_BEGIN();
            clock_sleep_ns(50 * CLOCK_NS_PER_US);
            THREAD_BLOCK_END();
        } else if (dice < 95)
            retire_buffer(ts);
        thread_poll(ts);
    }
    thread_state_delete(ts);
    return NULL;
}

static void setup(void)
{
    for (int i = 0; i < COUNTERS; i++)
        counters[i] = (Counter *)object_new(&counter_type);
}

// Keeps WORKERS threads alive, replacing each as it exits, until the
// deadline. Returns how many thread lives ran.
static int run_generations(void)
{
    OsThread threads[WORKERS];
    uint32_t seed = 12345;
    int lives = 0;
    for (int i = 0; i < WORKERS; i++, lives++)
        osthread_start(&threads[i], worker, (void *)(uintptr_t)(seed += 77));
    while (clock_now_ns() < deadline) {
        for (int i = 0; i < WORKERS; i++, lives++) {
            THREAD_BLOCK_BEGIN();
            osthread_join(&threads[i]);
            THREAD_BLOCK_END();
            osthread_start(&threads[i], worker,
                           (void *)(uintptr_t)(seed += 77));
        }
    }
    THREAD_BLOCK_BEGIN();
    for (int i = 0; i < WORKERS; i++)
        osthread_join(&threads[i]);
    THREAD_BLOCK_END();
    return lives;
}

static int check(const char *what, uint64_t got, uint64_t want)
{
    int ok = got == want;
    printf("  %-34s %llu / %llu %s\n", what, (unsigned long long)got,
           (unsigned long long)want, ok ? "ok" : "MISMATCH");
    return ok;
}

int main(int argc, char **argv)
{
    double seconds = argc > 1 ? atof(argv[1]) : 3.0;
    RuntimeConfig config = {.gil_enabled = getenv("STRESS_GIL") != NULL};
    runtime_init(&config);
    ThreadState *main_ts = thread_state_new();
    thread_attach(main_ts);
    setup();
    deadline = clock_now_ns() + (int64_t)(seconds * CLOCK_NS_PER_S);
    int lives = run_generations();
    for (int i = 0; i < SLOTS; i++) // empty the mailbox
        refcount_xdec(mailbox[i]);
    uint64_t total = 0;
    for (int i = 0; i < COUNTERS; i++)
        total += counters[i]->value;
    thread_poll(main_ts);
    while (qsbr_process(main_ts->qsbr)) {
    }
    printf("stress_core: %d thread lives, %llu stops\n", lives,
           (unsigned long long)stops);
    int passed = 0, failed = 0;
    int results[] = {
        check("objects freed / made", freed, made),
        check("counter total / increments", total, increments),
        check("buffers released / retired", released, retired),
        check("attached threads seen during stops", errors, 0),
    };
    for (size_t i = 0; i < sizeof results / sizeof *results; i++)
        results[i] ? passed++ : failed++;
    for (int i = 0; i < COUNTERS; i++)
        refcount_dec(&counters[i]->header);
    thread_state_delete(main_ts);
    runtime_fini();
    printf("stress: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
