// state.c: the runtime record and the thread-state registry.
//
// Concurrency: registry fields are guarded by runtime.registry_lock (a
// leaf mutex). A thread state is created and deleted by its own OS thread;
// other threads reach it only through the registry (under the lock) or a
// BRC bucket (under the bucket lock).
#include "vm/state.h"

#include "vm/frame.h"

#include <string.h>

#include "alloc/alloc.h"
#include "vm/base/tid.h"
#include "vm/thread.h"
#include "vm/value.h"

Runtime runtime;
_Thread_local ThreadState *thread_state_tls;

void runtime_init(const RuntimeConfig *config)
{
    memset(&runtime, 0, sizeof runtime);
    runtime.config = *config;
#ifndef FTPY_FREE_THREADING
    runtime.config.gil_enabled = true; // classic build: GIL always on
#endif
    runtime.next_id = 1;
    runtime.recursion_limit = 1000;
    qsbr_init(&runtime.qsbr);
    gil_init(&runtime.gil, runtime.config.gil_enabled);
    thread_install_parking_hooks();
}

void runtime_fini(void)
{
    qsbr_fini(&runtime.qsbr);
    alloc_free(runtime.free_ids);
    runtime.free_ids = NULL;
}

// ------------------------------------------------------------ small ids
// Both run under registry_lock.

static uint32_t take_small_id(void)
{
    if (runtime.free_id_count)
        return runtime.free_ids[--runtime.free_id_count];
    return runtime.next_id++;
}

static void give_small_id(uint32_t id)
{
    if (runtime.free_id_count == runtime.free_id_cap) {
        runtime.free_id_cap =
            runtime.free_id_cap ? runtime.free_id_cap * 2 : 16;
        runtime.free_ids = alloc_resize(runtime.free_ids,
                                        runtime.free_id_cap * sizeof(uint32_t));
    }
    runtime.free_ids[runtime.free_id_count++] = id;
}

// ------------------------------------------------------------ registry

static void registry_link(ThreadState *ts)
{
    ts->prev = NULL;
    ts->next = runtime.threads;
    if (runtime.threads)
        runtime.threads->prev = ts;
    runtime.threads = ts;
}

static void registry_unlink(ThreadState *ts)
{
    if (ts->prev)
        ts->prev->next = ts->next;
    else
        runtime.threads = ts->next;
    if (ts->next)
        ts->next->prev = ts->prev;
}

ThreadState *thread_state_new(void)
{
    ThreadState *ts = alloc_zeroed(sizeof *ts);
    ts->tid = thread_id();
    ts->qsbr = qsbr_register(&runtime.qsbr);
    mutex_lock_flags(&runtime.registry_lock, MUTEX_NO_DETACH);
    ts->small_id = take_small_id();
    // `requested` only changes under registry_lock, so a thread registered
    // during a stop is suspended and stw_start will release it.
    bool stopping = atomic_load_u8_relaxed(&runtime.stw.requested);
    ts->status = stopping ? THREAD_SUSPENDED : THREAD_DETACHED;
    registry_link(ts);
    mutex_unlock(&runtime.registry_lock);
#ifdef FTPY_FREE_THREADING
    brc_thread_init(ts);
#endif
    thread_state_tls = ts;
    return ts;
}

void thread_state_delete(ThreadState *ts)
{
    // Every object operation of this thread happens before it leaves the
    // BRC table: once it has left, other threads merge its objects
    // themselves, and an owner-path update racing with such a merge would
    // be lost. Releases still pending in QSBR are adopted by another
    // thread after qsbr_unregister and count as non-owner decrefs.
    value_decref((Value)ts->exc); // a pending exception nobody handled
    ts->exc = 0;
    value_decref((Value)ts->handled);
    ts->handled = 0;
    frame_stack_fini(ts);
    alloc_free(ts->trash);
    qsbr_process(ts->qsbr);
#ifdef FTPY_FREE_THREADING
    brc_thread_fini(ts); // may free objects: still attached
#endif
    thread_detach(ts);
    qsbr_unregister(ts->qsbr);
    mutex_lock_flags(&runtime.registry_lock, MUTEX_NO_DETACH);
    registry_unlink(ts);
    give_small_id(ts->small_id);
    mutex_unlock(&runtime.registry_lock);
    if (thread_state_tls == ts)
        thread_state_tls = NULL;
    alloc_free(ts);
}
