// refcount.c: slow paths of biased reference counting and the setup of
// immortal and deferred counts (rules in refcount.h).
#include "vm/refcount.h"

#include "vm/brc.h"

#ifdef FTPY_FREE_THREADING

// The owner's local count just reached zero.
void refcount_merge_zero_local(Object *op)
{
    // Acquire: pairs with the seq_cst CAS/add of other threads' decrefs,
    // so their last writes to the object happen-before our dealloc.
    int64_t shared = atomic_load_i64_acquire(&op->ob_ref_shared);
    if (shared == 0) {
        object_dealloc(op); // common case: nobody else ever counted it
        return;
    }
    // Give up ownership, then mark MERGED keeping the shared count. The
    // tid store comes first so a thread that sees MERGED also sees tid 0.
    atomic_store_uptr_relaxed(&op->ob_tid, 0);
    int64_t merged;
    do {
        merged = shared | REF_MERGED;
    } while (!atomic_cas_i64_seq_cst(&op->ob_ref_shared, &shared, merged));
    if (merged == REF_MERGED)
        object_dealloc(op);
}

// A non-owner drops a reference.
void refcount_dec_shared(Object *op)
{
    int64_t shared = atomic_load_i64_relaxed(&op->ob_ref_shared);
    int64_t next;
    bool queue;
    do {
        // Count zero and nothing queued yet: subtracting would go
        // negative, so hand this reference to the owner instead.
        queue = shared == REF_SHARED_INIT || shared == REF_MAYBE_WEAKREF;
        next = queue ? REF_QUEUED : shared - (1 << REF_SHARED_SHIFT);
    } while (!atomic_cas_i64_seq_cst(&op->ob_ref_shared, &shared, next));
    if (queue)
        brc_queue_object(op);
    else if (next == REF_MERGED)
        object_dealloc(op); // merged and the count reached zero
}

int64_t refcount_merge(Object *op, int64_t extra)
{
    uint32_t local = atomic_load_u32_relaxed(&op->ob_ref_local);
    // Clear the local fields before publishing the merge (CPython
    // gh-119999): a thread that sees MERGED must not see a stale owner.
    atomic_store_u32_relaxed(&op->ob_ref_local, 0);
    atomic_store_uptr_relaxed(&op->ob_tid, 0);
    int64_t shared = atomic_load_i64_relaxed(&op->ob_ref_shared);
    int64_t next;
    do {
        int64_t count = ref_shared_count(shared) + (int64_t)local + extra;
        next = ref_shared_pack(count, REF_MERGED);
    } while (!atomic_cas_i64_seq_cst(&op->ob_ref_shared, &shared, next));
    return ref_shared_count(next);
}

int64_t refcount_total(const Object *op)
{
    uint32_t local = atomic_load_u32_relaxed(&op->ob_ref_local);
    if (local == REF_LOCAL_IMMORTAL)
        return INT64_MAX;
    int64_t shared = atomic_load_i64_relaxed(&op->ob_ref_shared);
    return (int64_t)local + ref_shared_count(shared);
}

void refcount_set_immortal(Object *op)
{
    atomic_store_u32_relaxed(&op->ob_ref_local, REF_LOCAL_IMMORTAL);
    atomic_store_uptr_relaxed(&op->ob_tid, 0);
    atomic_store_i64_relaxed(&op->ob_ref_shared, 0);
    gc_bits_set(op, GC_BIT_DEFERRED); // stack slots need not count it
}

void refcount_set_deferred(Object *op)
{
    if (refcount_is_immortal(op) || refcount_is_deferred(op))
        return;
    gc_bits_set(op, GC_BIT_DEFERRED);
    atomic_fetch_add_i64_relaxed(&op->ob_ref_shared,
                                 ref_shared_pack(REF_DEFERRED_BIAS, 0));
}

bool refcount_is_deferred(const Object *op)
{
    return (gc_bits(op) & GC_BIT_DEFERRED) && !refcount_is_immortal(op);
}

int64_t refcount_disable_deferred(Object *op)
{
    if (!refcount_is_deferred(op))
        return refcount_total(op);
    gc_bits_clear(op, GC_BIT_DEFERRED);
    atomic_fetch_add_i64_relaxed(&op->ob_ref_shared,
                                 -ref_shared_pack(REF_DEFERRED_BIAS, 0));
    return refcount_total(op);
}

#else // classic build

int64_t refcount_total(const Object *op)
{
    return refcount_is_immortal(op) ? INT64_MAX : op->ob_refcnt;
}

void refcount_set_immortal(Object *op)
{
    op->ob_refcnt = REFCNT_IMMORTAL_CLASSIC;
}

void refcount_set_deferred(Object *op)
{
    (void)op;
}

bool refcount_is_deferred(const Object *op)
{
    (void)op;
    return false;
}

int64_t refcount_disable_deferred(Object *op)
{
    return refcount_total(op);
}

#endif
