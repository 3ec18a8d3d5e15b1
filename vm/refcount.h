// refcount.h: every reference-counting rule, for both builds. Read
// docs/design/refcounting.md for the diagrams and the reasoning.
//
// Free-threaded build: biased reference counting (PEP 703).
//   ob_ref_local   counted only by the owner thread (ob_tid), with plain
//                  (relaxed, non-RMW) loads and stores.
//   ob_ref_shared  counted by every other thread with atomic adds, in units
//                  of 4; the two low bits are a state that only moves up:
//                    00 INIT          the owner may free without an RMW
//                    01 MAYBE_WEAKREF other threads may read it lock-free
//                    10 QUEUED        a non-owner handed a ref to the owner
//                    11 MERGED        ob_tid = 0; ob_ref_local unused
//   true count = ob_ref_local + (ob_ref_shared >> 2)  (shared may be < 0)
//   Immortal: ob_ref_local == UINT32_MAX; increments and decrements are
//   no-ops. Deferred: GC_BIT_DEFERRED plus a large bias on the shared
//   count, so no sequence of decrefs reaches zero; only the collector
//   frees the object (refcount_disable_deferred). Stack slots may hold
//   deferred objects uncounted (vm/value.h).
//
// Classic build: ob_refcnt, plain ++ and --. An object whose count is
// negative as a 32-bit value is immortal and never written (like
// CPython 3.12+), so shared immortal objects stay read-only.
//
// Thread safety: an object may be incref'd/decref'd by any attached
// thread. Deallocation runs on the thread that drops the last reference.
#ifndef FTPY_VM_REFCOUNT_H
#define FTPY_VM_REFCOUNT_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/base/debug.h"
#include "vm/base/tid.h"
#include "vm/object.h"

#define REF_LOCAL_IMMORTAL UINT32_MAX
#define REF_SHARED_SHIFT 2
#define REF_SHARED_FLAGS 3
#define REF_SHARED_INIT 0
#define REF_MAYBE_WEAKREF 1
#define REF_QUEUED 2
#define REF_MERGED 3
// Added to a deferred object's shared count (in references).
#define REF_DEFERRED_BIAS (INT64_MAX >> 6)

#ifdef FTPY_FREE_THREADING

// Packs a count and a state into a shared word without shifting a
// negative number (undefined in C).
static inline int64_t ref_shared_pack(int64_t count, int64_t state)
{
    return (int64_t)((uint64_t)count << REF_SHARED_SHIFT) | state;
}

static inline int64_t ref_shared_count(int64_t shared)
{
    return shared >> REF_SHARED_SHIFT; // arithmetic shift (gcc, clang)
}

static inline bool refcount_is_immortal(const Object *op)
{
    return atomic_load_u32_relaxed(&op->ob_ref_local) == REF_LOCAL_IMMORTAL;
}

static inline bool refcount_is_owner(const Object *op)
{
    return atomic_load_uptr_relaxed(&op->ob_tid) == thread_id();
}

// Slow paths (refcount.c).
void refcount_merge_zero_local(Object *op);
void refcount_dec_shared(Object *op);

static inline void refcount_inc(Object *op)
{
    uint32_t local = atomic_load_u32_relaxed(&op->ob_ref_local);
    uint32_t next = local + 1;
    if (next == 0)
        return; // immortal (UINT32_MAX + 1 wraps)
    if (refcount_is_owner(op))
        atomic_store_u32_relaxed(&op->ob_ref_local, next); // no RMW
    else
        atomic_fetch_add_i64_relaxed(&op->ob_ref_shared, 1 << REF_SHARED_SHIFT);
}

static inline void refcount_dec(Object *op)
{
    uint32_t local = atomic_load_u32_relaxed(&op->ob_ref_local);
    if (local == REF_LOCAL_IMMORTAL)
        return;
    if (refcount_is_owner(op)) {
        // An owner's local count is >= 1: reaching 0 gives up ownership.
        DEBUG_ASSERT(local > 0);
        local--;
        atomic_store_u32_relaxed(&op->ob_ref_local, local);
        if (local == 0)
            refcount_merge_zero_local(op);
    } else {
        refcount_dec_shared(op);
    }
}

// Merges the two counts into the shared word, adds `extra`, marks it
// MERGED and returns the resulting count (the caller frees the object at
// zero). Only the owner, a thread that found the owner gone, or a
// stop-the-world may call it.
int64_t refcount_merge(Object *op, int64_t extra);

#else // classic build

static inline bool refcount_is_immortal(const Object *op)
{
    return (int32_t)op->ob_refcnt < 0;
}

static inline void refcount_inc(Object *op)
{
    if (refcount_is_immortal(op))
        return;
    op->ob_refcnt++;
}

static inline void refcount_dec(Object *op)
{
    if (refcount_is_immortal(op))
        return;
    DEBUG_ASSERT(op->ob_refcnt > 0);
    if (--op->ob_refcnt == 0)
        object_dealloc(op);
}

#endif

static inline void refcount_xinc(Object *op)
{
    if (op)
        refcount_inc(op);
}

static inline void refcount_xdec(Object *op)
{
    if (op)
        refcount_dec(op);
}

// The current total (exact only when no other thread is changing it).
int64_t refcount_total(const Object *op);
// Makes `op` immortal. Call before it is shared.
void refcount_set_immortal(Object *op);
// Gives `op` a deferred count. Owner only, before it is shared. A no-op in
// the classic build, where every object is counted exactly.
void refcount_set_deferred(Object *op);
bool refcount_is_deferred(const Object *op);
// The collector's side: removes the bias (world stopped or sole owner)
// and returns the remaining true count; the caller frees at zero.
int64_t refcount_disable_deferred(Object *op);

#endif // FTPY_VM_REFCOUNT_H
