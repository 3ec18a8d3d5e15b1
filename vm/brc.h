// brc.h: the biased-refcount merge queue.
//
// A non-owner whose decref finds the object's shared count at zero does
// not subtract: it marks the shared word QUEUED and hands its reference to
// the owner thread through this queue (brc_queue_object). The owner merges
// its local and shared counts at its next safepoint (brc_merge_pending,
// via BREAKER_EXPLICIT_MERGE) and frees the object if the total is zero.
// If the owner has exited, the queuing thread merges on the spot (under
// the bucket lock, so a new thread reusing the dead one's id cannot race
// the merge from its owner fast path).
//
// Owners are found through BRC_BUCKETS buckets keyed by thread_id(), each
// a leaf mutex and a chain of thread states. An exiting thread drains its
// queue and leaves its bucket under the bucket lock once the queue is
// empty; after that every queuer sees "owner gone" (brc_thread_fini).
//
// Free-threaded build only; the classic build has no shared counts.
#ifndef FTPY_VM_BRC_H
#define FTPY_VM_BRC_H

#include <stddef.h>

#include "vm/base/mutex.h"

#define BRC_BUCKETS 257

struct ThreadState;
typedef struct ObjHeader Object;

typedef struct BrcBucket {
    Mutex lock;               // leaf
    struct ThreadState *head; // chain through ThreadState.brc.next
} BrcBucket;

typedef struct BrcThread {
    struct ThreadState *next; // bucket chain, under the bucket lock
    Object **queue;           // objects to merge, under the bucket lock
    size_t len, cap;
} BrcThread;

void brc_thread_init(struct ThreadState *ts);
// Drains the queue and unregisters; `ts` must be attached.
void brc_thread_fini(struct ThreadState *ts);
// Hands the caller's reference to `op` to its owner (see above).
void brc_queue_object(Object *op);
// Merges every object queued to `ts` (its owner's safepoint).
void brc_merge_pending(struct ThreadState *ts);

#endif // FTPY_VM_BRC_H
