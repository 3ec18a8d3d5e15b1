// qsbr.c: quiescent-state-based reclamation (see qsbr.h for the scheme).
#include "alloc/qsbr.h"

#include <string.h>

#include "alloc/alloc.h"
#include "vm/base/atomic.h"

void qsbr_init(QsbrShared *shared)
{
    memset(shared, 0, sizeof *shared);
    shared->wr_seq = QSBR_INITIAL;
    shared->rd_seq = QSBR_INITIAL;
}

// ------------------------------------------------------------ queues

static void queue_push(QsbrQueue *q, QsbrItem item, size_t bytes)
{
    if (q->len == q->cap) {
        q->cap = q->cap ? q->cap * 2 : 64;
        q->items = alloc_resize(q->items, q->cap * sizeof *q->items);
    }
    q->items[q->len++] = item;
    q->bytes += bytes;
}

static void queue_release_all(QsbrQueue *q)
{
    for (size_t i = 0; i < q->len; i++)
        q->items[i].release(q->items[i].ptr);
    alloc_free(q->items);
    memset(q, 0, sizeof *q);
}

// Releases the items whose goal is reached, keeping the order of the rest.
// Goals are not sorted (deferred goals may trail real ones), so the whole
// queue is scanned; it is small and the scan is sequential.
static void queue_release_ready(QsbrShared *shared, QsbrQueue *q)
{
    size_t kept = 0;
    for (size_t i = 0; i < q->len; i++) {
        QsbrItem it = q->items[i];
        if (qsbr_poll(shared, it.goal))
            it.release(it.ptr);
        else
            q->items[kept++] = it;
    }
    q->len = kept;
    if (kept == 0)
        q->bytes = 0;
}

// ------------------------------------------------------------ threads

// Pushes a new slot on the list head. Release: pairs with the acquire
// loads of the head in pollers and in register, so they see a fully
// initialised slot.
static void publish_slot(QsbrShared *shared, QsbrThread *t)
{
    QsbrThread *head = atomic_load_ptr_relaxed(&shared->threads);
    do {
        t->next = head;
    } while (!atomic_cas_ptr_seq_cst(&shared->threads, &head, t));
}

QsbrThread *qsbr_register(QsbrShared *shared)
{
    // Acquire: pairs with publish_slot's CAS.
    QsbrThread *t = atomic_load_ptr_acquire(&shared->threads);
    for (; t; t = t->next) {
        uint8_t free_slot = 0;
        if (atomic_cas_u8_seq_cst(&t->in_use, &free_slot, 1))
            return t; // reuse a slot an exited thread left
    }
    t = alloc_raw(sizeof *t);
    memset(t, 0, sizeof *t);
    t->shared = shared;
    t->in_use = 1;
    publish_slot(shared, t);
    return t;
}

void qsbr_unregister(QsbrThread *t)
{
    QsbrShared *shared = t->shared;
    if (t->queue.len) {
        mutex_lock_flags(&shared->abandoned_lock, MUTEX_NO_DETACH);
        for (size_t i = 0; i < t->queue.len; i++)
            queue_push(&shared->abandoned, t->queue.items[i], 0);
        shared->abandoned.bytes += t->queue.bytes;
        mutex_unlock(&shared->abandoned_lock);
    }
    alloc_free(t->queue.items);
    memset(&t->queue, 0, sizeof t->queue);
    t->deferrals = 0;
    atomic_store_u64_relaxed(&t->seq, 0);
    // Release: the slot's reset happens-before its reuse by the CAS in
    // qsbr_register.
    atomic_store_u8_release(&t->in_use, 0);
}

void qsbr_attach(QsbrThread *t)
{
    uint64_t seq = atomic_load_u64_acquire(&t->shared->wr_seq);
    atomic_store_u64_relaxed(&t->seq, seq);
    // Store-load barrier: our seq must be visible to pollers before we
    // read any shared structure (pairs with the fence in qsbr_poll).
    atomic_fence_seq_cst();
}

void qsbr_detach(QsbrThread *t)
{
    // Release: our reads of shared structures happen-before a poller that
    // sees us offline.
    atomic_store_u64_release(&t->seq, 0);
}

// ------------------------------------------------------------ goals

uint64_t qsbr_advance(QsbrShared *shared)
{
    return atomic_fetch_add_u64_seq_cst(&shared->wr_seq, QSBR_INCR) + QSBR_INCR;
}

static uint64_t deferred_goal(QsbrThread *t)
{
    if (++t->deferrals < QSBR_DEFERRED_LIMIT)
        return atomic_load_u64_relaxed(&t->shared->wr_seq) + QSBR_INCR;
    t->deferrals = 0;
    return qsbr_advance(t->shared);
}

// Raises rd_seq to `seen` unless another poller raised it further.
static void raise_rd_seq(QsbrShared *shared, uint64_t seen)
{
    uint64_t rd = atomic_load_u64_relaxed(&shared->rd_seq);
    while (rd < seen && !atomic_cas_u64_seq_cst(&shared->rd_seq, &rd, seen)) {
    }
}

bool qsbr_poll(QsbrShared *shared, uint64_t goal)
{
    if (atomic_load_u64_acquire(&shared->rd_seq) >= goal)
        return true;
    // Pairs with the fence in qsbr_attach: either we see that thread's
    // seq, or it sees the retirement that preceded this poll.
    atomic_fence_seq_cst();
    uint64_t min_seq = atomic_load_u64_acquire(&shared->wr_seq);
    QsbrThread *t = atomic_load_ptr_acquire(&shared->threads);
    for (; t; t = t->next) {
        // Acquire: pairs with the release store in qsbr_quiescent.
        uint64_t seq = atomic_load_u64_acquire(&t->seq);
        if (seq != 0 && seq < min_seq)
            min_seq = seq;
    }
    raise_rd_seq(shared, min_seq);
    return min_seq >= goal;
}

// ------------------------------------------------------------ retiring

bool qsbr_retire(QsbrThread *t, void *ptr, QsbrReleaseFn release, size_t bytes)
{
    QsbrItem item = {.ptr = ptr, .release = release, .goal = deferred_goal(t)};
    if (t->queue.bytes + bytes > QSBR_QUEUE_BYTES_SOFT)
        item.goal = qsbr_advance(t->shared); // memory-weighted: advance now
    queue_push(&t->queue, item, bytes);
    return t->queue.len >= QSBR_QUEUE_ITEMS_SOFT ||
           t->queue.bytes >= QSBR_QUEUE_BYTES_SOFT;
}

// Moves the abandoned items into `t`'s queue, if the lock is free: the
// lock is a leaf and release callbacks may run arbitrary code, so nothing
// is released while it is held.
static void adopt_abandoned(QsbrThread *t)
{
    QsbrShared *shared = t->shared;
    if (!mutex_try_lock(&shared->abandoned_lock))
        return;
    QsbrQueue *ab = &shared->abandoned;
    for (size_t i = 0; i < ab->len; i++)
        queue_push(&t->queue, ab->items[i], 0);
    t->queue.bytes += ab->bytes;
    ab->len = ab->bytes = 0;
    mutex_unlock(&shared->abandoned_lock);
}

static uint64_t max_goal(const QsbrQueue *q)
{
    uint64_t goal = 0;
    for (size_t i = 0; i < q->len; i++)
        if (q->items[i].goal > goal)
            goal = q->items[i].goal;
    return goal;
}

size_t qsbr_process(QsbrThread *t)
{
    QsbrShared *shared = t->shared;
    adopt_abandoned(t);
    // Deferred goals run one step ahead of wr_seq until someone advances
    // it; do so now, or they would never be reached.
    if (max_goal(&t->queue) > atomic_load_u64_relaxed(&shared->wr_seq))
        qsbr_advance(shared);
    qsbr_quiescent(t); // callers are at a safepoint
    queue_release_ready(shared, &t->queue);
    return t->queue.len;
}

size_t qsbr_pending(const QsbrThread *t)
{
    return t->queue.len;
}

void qsbr_fini(QsbrShared *shared)
{
    QsbrThread *t = atomic_load_ptr_acquire(&shared->threads);
    while (t) {
        QsbrThread *next = t->next;
        queue_release_all(&t->queue);
        alloc_free(t);
        t = next;
    }
    queue_release_all(&shared->abandoned);
    qsbr_init(shared);
}
