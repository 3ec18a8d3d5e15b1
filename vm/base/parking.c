// parking.c: address-keyed wait queues (see parking.h for the protocol).
//
// Each waiter sleeps on a private 32-bit futex word. The waker publishes
// the wake-up with a release store to that word (paired with the
// sleeper's acquire load), then calls FUTEX_WAKE. The sleeper may return
// and reuse its stack as soon as it sees the store; a FUTEX_WAKE that
// then hits a stale address is harmless because every sleeper re-checks
// its word after each wake-up.
#include "vm/base/parking.h"

#include <linux/futex.h>
#include <pthread.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "vm/base/atomic.h"
#include "vm/base/clock.h"

typedef struct Waiter {
    const void *addr;
    void *arg;
    struct Waiter *next;
    uint32_t woken; // futex word: 0 sleeping, 1 woken
} Waiter;

typedef struct Bucket {
    pthread_mutex_t lock;
    Waiter *head; // FIFO: oldest first
    Waiter *tail;
} Bucket;

static Bucket buckets[PARKING_BUCKETS] = {
    [0 ... PARKING_BUCKETS - 1] = {PTHREAD_MUTEX_INITIALIZER, NULL, NULL}};

static ParkingHooks hooks; // written once before threads exist

void parking_set_hooks(const ParkingHooks *h)
{
    hooks = *h;
}

static Bucket *bucket_for(const void *addr)
{
    uintptr_t a = (uintptr_t)addr;
    return &buckets[(a ^ (a >> 9)) % PARKING_BUCKETS];
}

// Reads `size` bytes at `addr` atomically (relaxed: the bucket lock orders
// this read against the unparker's changes) and compares them.
static bool value_equals(const void *addr, const void *expected, size_t size)
{
    switch (size) {
    case 1:
        return atomic_load_u8_relaxed(addr) == *(const uint8_t *)expected;
    case 4:
        return atomic_load_u32_relaxed(addr) == *(const uint32_t *)expected;
    default:
        return atomic_load_u64_relaxed(addr) == *(const uint64_t *)expected;
    }
}

static void enqueue(Bucket *b, Waiter *w)
{
    w->next = NULL;
    if (b->tail)
        b->tail->next = w;
    else
        b->head = w;
    b->tail = w;
}

// Removes `w` if it is still queued; returns whether it was.
static bool dequeue_waiter(Bucket *b, Waiter *w)
{
    Waiter **link = &b->head;
    Waiter *prev = NULL;
    for (Waiter *cur = b->head; cur; prev = cur, cur = cur->next) {
        if (cur == w) {
            *link = cur->next;
            if (b->tail == cur)
                b->tail = prev;
            return true;
        }
        link = &cur->next;
    }
    return false;
}

// Removes and returns the oldest waiter on `addr`, or NULL.
static Waiter *dequeue_addr(Bucket *b, const void *addr)
{
    for (Waiter *cur = b->head; cur; cur = cur->next) {
        if (cur->addr == addr) {
            dequeue_waiter(b, cur);
            return cur;
        }
    }
    return NULL;
}

static bool has_waiter(Bucket *b, const void *addr)
{
    for (Waiter *cur = b->head; cur; cur = cur->next)
        if (cur->addr == addr)
            return true;
    return false;
}

static void futex_wait(uint32_t *word, int64_t timeout_ns)
{
    struct timespec ts, *tp = NULL;
    if (timeout_ns >= 0) {
        ts.tv_sec = timeout_ns / CLOCK_NS_PER_S;
        ts.tv_nsec = timeout_ns % CLOCK_NS_PER_S;
        tp = &ts;
    }
    syscall(SYS_futex, word, FUTEX_WAIT_PRIVATE, 0, tp, NULL, 0);
}

static void wake(Waiter *w)
{
    // Release: pairs with the acquire load in sleep_until_woken(); the
    // sleeper then sees everything the unparker (and its callback) wrote.
    atomic_store_u32_release(&w->woken, 1);
    syscall(SYS_futex, &w->woken, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

// Sleeps until woken or until `deadline` (< 0: none) passes.
static ParkResult sleep_until_woken(Bucket *b, Waiter *w, int64_t deadline)
{
    // Acquire: pairs with the release store in wake().
    while (atomic_load_u32_acquire(&w->woken) == 0) {
        int64_t left = -1;
        if (deadline >= 0) {
            left = deadline - clock_now_ns();
            if (left <= 0) {
                pthread_mutex_lock(&b->lock);
                bool queued = dequeue_waiter(b, w);
                pthread_mutex_unlock(&b->lock);
                if (queued)
                    return PARK_TIMEOUT;
                continue; // an unparker took us first: wait for its store
            }
        }
        futex_wait(&w->woken, left);
    }
    return PARK_WOKEN;
}

ParkResult parking_park(const void *addr, const void *expected, size_t size,
                        int64_t timeout_ns, void *waiter_arg, bool detach)
{
    Bucket *b = bucket_for(addr);
    Waiter w = {.addr = addr, .arg = waiter_arg, .woken = 0};
    int64_t deadline = timeout_ns < 0 ? -1 : clock_now_ns() + timeout_ns;

    pthread_mutex_lock(&b->lock);
    if (!value_equals(addr, expected, size)) {
        pthread_mutex_unlock(&b->lock);
        return PARK_AGAIN;
    }
    enqueue(b, &w);
    pthread_mutex_unlock(&b->lock);

    void *token = NULL;
    if (detach && hooks.detach)
        token = hooks.detach();
    ParkResult r = sleep_until_woken(b, &w, deadline);
    if (detach && hooks.attach)
        hooks.attach(token);
    return r;
}

void parking_unpark(const void *addr, UnparkFn fn, void *ctx)
{
    Bucket *b = bucket_for(addr);
    pthread_mutex_lock(&b->lock);
    Waiter *w = dequeue_addr(b, addr);
    fn(ctx, w ? w->arg : NULL, has_waiter(b, addr));
    pthread_mutex_unlock(&b->lock);
    if (w)
        wake(w);
}

void parking_unpark_all(const void *addr)
{
    Bucket *b = bucket_for(addr);
    Waiter *woken = NULL, **tail = &woken;
    pthread_mutex_lock(&b->lock);
    for (Waiter *w; (w = dequeue_addr(b, addr)) != NULL;) {
        *tail = w;
        tail = &w->next;
    }
    *tail = NULL;
    pthread_mutex_unlock(&b->lock);
    // Read `next` before waking: a woken waiter's memory may vanish.
    for (Waiter *w = woken, *next; w; w = next) {
        next = w->next;
        wake(w);
    }
}
