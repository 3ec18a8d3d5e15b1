// qsbr.h: quiescent-state-based reclamation. Memory (or a reference) that
// other threads may still be reading without a lock is released only after
// every thread that was attached at the time has passed a quiescent point.
//
// Sequence numbers (after FreeBSD's GUS and CPython's qsbr.c):
//   shared->wr_seq  odd, starts at 1, advanced by 2 to make a new goal
//   shared->rd_seq  cached minimum of the live threads' seq
//   thread->seq     0 while detached (offline); otherwise the wr_seq the
//                   thread saw at its last quiescent point
// An item retired with goal G may be released once every online thread's
// seq is >= G. A detached thread counts as having passed every goal, so a
// thread blocked in I/O never holds reclamation back.
//
// Quiescent points are the eval loop's safepoints (vm/thread.h:
// thread_poll) and attach; a thread must not hold a pointer read from a
// shared structure across one.
//
// Thread safety: qsbr_register/unregister/poll may run on any thread.
// A QsbrThread is used only by its own thread, except that pollers read
// its `seq`. Slots are never freed before qsbr_fini, so pollers walk the
// slot list without a lock.
#ifndef FTPY_ALLOC_QSBR_H
#define FTPY_ALLOC_QSBR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/base/mutex.h"

#define QSBR_INITIAL 1
#define QSBR_INCR 2
// Every DEFERRED_LIMIT-th retirement really advances wr_seq; the others
// reuse "current + 2", sparing the shared cache line.
#define QSBR_DEFERRED_LIMIT 10
// Past this many queued items or bytes, the owner should process its
// queue at its next safepoint.
#define QSBR_QUEUE_ITEMS_SOFT 254
#define QSBR_QUEUE_BYTES_SOFT (1 << 20)

typedef void (*QsbrReleaseFn)(void *ptr);

typedef struct QsbrItem {
    void *ptr;
    QsbrReleaseFn release; // alloc_free for memory; a decref for objects
    uint64_t goal;
} QsbrItem;

typedef struct QsbrQueue {
    QsbrItem *items;
    size_t len, cap;
    size_t bytes; // memory the queued items hold, as told by the callers
} QsbrQueue;

typedef struct QsbrThread QsbrThread;

typedef struct QsbrShared {
    uint64_t wr_seq;      // atomic
    uint64_t rd_seq;      // atomic
    QsbrThread *threads;  // atomic head of the never-shrinking slot list
    Mutex abandoned_lock; // leaf lock (MUTEX_NO_DETACH)
    QsbrQueue abandoned;  // items left by exited threads
} QsbrShared;

struct QsbrThread {
    uint64_t seq; // atomic; 0 = offline
    QsbrShared *shared;
    QsbrThread *next;           // immutable once published
    uint8_t in_use;             // atomic; slot owned by a live thread
    unsigned deferrals;         // owner only
    QsbrQueue queue;            // owner only
} __attribute__((aligned(64))); // one cache line per thread's `seq`

void qsbr_init(QsbrShared *shared);
// Releases everything still queued (the caller guarantees no reader is
// left, e.g. at exit) and frees the slots.
void qsbr_fini(QsbrShared *shared);

// A slot for the calling thread, offline until qsbr_attach.
QsbrThread *qsbr_register(QsbrShared *shared);
// The thread must be offline. Its queued items move to the shared
// abandoned queue, released by whichever thread processes next.
void qsbr_unregister(QsbrThread *t);

// Online: the thread may read shared structures from now on.
void qsbr_attach(QsbrThread *t);
// Offline: the thread holds no pointers into shared structures.
void qsbr_detach(QsbrThread *t);
// A quiescent point: the thread holds no pointers read before it.
static inline void qsbr_quiescent(QsbrThread *t)
{
    // Acquire: pairs with the seq_cst add in qsbr_advance. Release: our
    // reads before this point happen-before a poller that sees the new seq.
    uint64_t seq = atomic_load_u64_acquire(&t->shared->wr_seq);
    atomic_store_u64_release(&t->seq, seq);
}

// A fresh goal: anything retired now is safe once every online thread
// reaches it.
uint64_t qsbr_advance(QsbrShared *shared);
// Whether every online thread has passed `goal`.
bool qsbr_poll(QsbrShared *shared, uint64_t goal);

// Retires `ptr`: `release(ptr)` runs on this thread once it is safe.
// `bytes` is the memory it holds (for the soft limit). Returns true when
// the queue has grown past its soft limits and should be processed at the
// next safepoint.
bool qsbr_retire(QsbrThread *t, void *ptr, QsbrReleaseFn release, size_t bytes);
// Releases every queued item whose goal has been reached, first adopting
// the abandoned queue if its lock is free. Call only at a quiescent point:
// it marks the caller quiescent, and advances wr_seq if a deferred goal is
// ahead of it. Returns how many items remain.
size_t qsbr_process(QsbrThread *t);
// Number of items this thread still holds.
size_t qsbr_pending(const QsbrThread *t);

#endif // FTPY_ALLOC_QSBR_H
