// state.h: the runtime (one interpreter per process) and thread states.
//
// Every OS thread that touches Python objects has a ThreadState,
// registered in `runtime.threads`. Its status word says whether it may
// touch objects right now:
//
//   DETACHED  --attach (CAS)-->  ATTACHED  --detach (store)--> DETACHED
//      |                            |
//      | stop-the-world (CAS)       | PLEASE_STOP seen at a safepoint
//      v                            v
//   SUSPENDED <-------------------- +   (stw_start stores DETACHED)
//
// Only an ATTACHED thread may touch objects, allocate, or take critical
// sections; a stop-the-world waits until no other thread is ATTACHED.
// The transitions live in vm/thread.c, the stop protocol in vm/stw.c.
//
// Lock order: stw.mutex -> registry_lock -> BRC bucket locks. The registry
// and bucket locks are leaf mutexes (MUTEX_NO_DETACH): code holding them
// never allocates objects, runs Python code or blocks.
#ifndef FTPY_VM_STATE_H
#define FTPY_VM_STATE_H

#include <stdbool.h>
#include <stdint.h>

#include "alloc/qsbr.h"
#include "vm/base/mutex.h"
#include "vm/brc.h"
#include "vm/gil.h"
#include "vm/stw.h"

typedef enum ThreadStatus {
    THREAD_DETACHED = 0,
    THREAD_ATTACHED = 1,
    THREAD_SUSPENDED = 2,
} ThreadStatus;

// Eval-breaker bits: requests a thread honours at its next safepoint
// (thread_poll). Set with an atomic OR by any thread, cleared by the owner.
#define BREAKER_PLEASE_STOP ((uint64_t)1 << 0)    // a stop-the-world waits
#define BREAKER_EXPLICIT_MERGE ((uint64_t)1 << 1) // BRC queue non-empty
#define BREAKER_GIL_DROP ((uint64_t)1 << 2)       // a GIL waiter timed out
#define BREAKER_QSBR_PROCESS ((uint64_t)1 << 3)   // delayed frees piled up

typedef struct ThreadState {
    uint8_t status;           // ThreadStatus; atomic
    uint8_t holds_gil;        // owner only
    uint32_t small_id;        // dense, from 1; reused after the thread exits
    uint64_t eval_breaker;    // BREAKER_* bits; atomic
    uintptr_t tid;            // thread_id() of the OS thread; immutable
    uintptr_t critical;       // innermost critical section (critical.h)
    QsbrThread *qsbr;         // this thread's QSBR slot
    uintptr_t exc;            // the exception being raised (a Value), or 0
    uintptr_t handled;        // the exception an `except` block is handling
                              // (a Value), or 0: bare `raise`, __context__
    struct Frame *frame;      // innermost Python frame, or NULL (vm/frame.h)
    struct FrameChunk *chunk; // memory the frames live in
    int32_t py_depth;         // live Python frames (the recursion limit)
    int32_t c_depth;          // nested eval loops (guards the C stack)
    int32_t dealloc_depth;    // nested deallocations (vm/object.c)
    struct ObjHeader **trash; // deallocations postponed past that depth
    size_t trash_len, trash_cap;
    BrcThread brc;                   // merge queue (brc.h)
    struct ThreadState *next, *prev; // registry, under registry_lock
} ThreadState;

typedef struct RuntimeConfig {
    bool gil_enabled; // forced on in the classic build
} RuntimeConfig;

typedef struct Runtime {
    RuntimeConfig config;
    int32_t recursion_limit; // sys.setrecursionlimit; atomic
    Mutex registry_lock;     // leaf; guards the fields below it
    ThreadState *threads;    // every registered thread state
    uint32_t *free_ids;      // small ids of exited threads
    uint32_t free_id_count, free_id_cap;
    uint32_t next_id;
    QsbrShared qsbr;
    StwState stw;
    Gil gil;
    BrcBucket brc[BRC_BUCKETS];
} Runtime;

extern Runtime runtime;

// Sets up the runtime; call once before any thread state exists. In the
// classic build the GIL is enabled whatever `config` says.
void runtime_init(const RuntimeConfig *config);
// Tears it down; no thread state may remain.
void runtime_fini(void);

// Registers the calling OS thread (DETACHED, or SUSPENDED if a stop is
// under way) and makes it current.
ThreadState *thread_state_new(void);
// Unregisters the calling thread's state, which must be attached: drains
// its merge queue, detaches, and frees it.
void thread_state_delete(ThreadState *ts);

// The calling thread's state, or NULL.
extern _Thread_local ThreadState *thread_state_tls;
static inline ThreadState *thread_current(void)
{
    return thread_state_tls;
}

#endif // FTPY_VM_STATE_H
