// brc.c: the biased-refcount merge queue (protocol in brc.h).
#include "vm/brc.h"

#include "alloc/alloc.h"
#include "vm/refcount.h"
#include "vm/thread.h"

#ifdef FTPY_FREE_THREADING

static BrcBucket *bucket_of(uintptr_t tid)
{
    return &runtime.brc[(tid >> 6) % BRC_BUCKETS];
}

static void bucket_lock(BrcBucket *b)
{
    mutex_lock_flags(&b->lock, MUTEX_NO_DETACH);
}

// Under the bucket lock.
static ThreadState *find_owner(BrcBucket *b, uintptr_t tid)
{
    for (ThreadState *t = b->head; t; t = t->brc.next)
        if (t->tid == tid)
            return t;
    return NULL;
}

// Under the bucket lock.
static void push(BrcThread *q, Object *op)
{
    if (q->len == q->cap) {
        q->cap = q->cap ? q->cap * 2 : 32;
        q->queue = alloc_resize(q->queue, q->cap * sizeof *q->queue);
    }
    q->queue[q->len++] = op;
}

void brc_thread_init(ThreadState *ts)
{
    BrcBucket *b = bucket_of(ts->tid);
    bucket_lock(b);
    ts->brc.next = b->head;
    b->head = ts;
    mutex_unlock(&b->lock);
}

static void unlink_from(BrcBucket *b, ThreadState *ts)
{
    ThreadState **link = &b->head;
    while (*link != ts)
        link = &(*link)->brc.next;
    *link = ts->brc.next;
}

void brc_thread_fini(ThreadState *ts)
{
    BrcBucket *b = bucket_of(ts->tid);
    for (;;) {
        bucket_lock(b);
        if (ts->brc.len == 0) {
            // Empty under the lock: from now on queuers merge themselves.
            unlink_from(b, ts);
            mutex_unlock(&b->lock);
            break;
        }
        mutex_unlock(&b->lock);
        brc_merge_pending(ts);
    }
    alloc_free(ts->brc.queue);
    ts->brc.queue = NULL;
    ts->brc.cap = 0;
    thread_breaker_clear(ts, BREAKER_EXPLICIT_MERGE);
}

void brc_queue_object(Object *op)
{
    uintptr_t tid = atomic_load_uptr_relaxed(&op->ob_tid);
    if (tid == 0) {
        // The owner merged meanwhile: the shared word is MERGED now and
        // an ordinary shared decref accounts for our reference.
        refcount_dec(op);
        return;
    }
    BrcBucket *b = bucket_of(tid);
    bucket_lock(b);
    ThreadState *owner = find_owner(b, tid);
    if (owner == NULL) {
        // The owner exited: merge on its behalf and drop our reference.
        // Merge under the bucket lock: a new thread that reuses the dead
        // one's id registers under this lock before touching any object,
        // so it either is found above or sees the object already merged
        // (ob_tid 0) and never runs the owner fast path concurrently.
        int64_t left = refcount_merge(op, -1);
        mutex_unlock(&b->lock);
        if (left == 0)
            object_dealloc(op);
        return;
    }
    push(&owner->brc, op);
    thread_breaker_set(owner, BREAKER_EXPLICIT_MERGE);
    mutex_unlock(&b->lock);
}

void brc_merge_pending(ThreadState *ts)
{
    BrcBucket *b = bucket_of(ts->tid);
    bucket_lock(b);
    Object **queue = ts->brc.queue;
    size_t len = ts->brc.len;
    ts->brc.queue = NULL;
    ts->brc.len = ts->brc.cap = 0;
    mutex_unlock(&b->lock);
    // Outside the lock: deallocation may run arbitrary code.
    for (size_t i = 0; i < len; i++)
        if (refcount_merge(queue[i], -1) == 0)
            object_dealloc(queue[i]);
    alloc_free(queue);
}

#endif
