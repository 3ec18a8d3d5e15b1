// test_refcount.c: biased reference counting (free-threaded build) and
// plain counting (classic build), immortal and deferred objects.
#include "tests/unit/support.h"

TestSuite(refcount, .init = runtime_setup, .fini = runtime_teardown);

Test(refcount, owner_incref_decref_frees_exactly_once)
{
    Object *op = object_new(&counted_type);
    for (int i = 0; i < 10; i++)
        refcount_inc(op);
    cr_assert_eq(refcount_total(op), 11);
#ifdef FTPY_FREE_THREADING
    cr_assert_eq(op->ob_ref_local, 11);
    cr_assert_eq(op->ob_ref_shared, 0, "the owner never touches shared");
    cr_assert_eq(op->ob_tid, thread_id());
#endif
    for (int i = 0; i < 10; i++)
        refcount_dec(op);
    cr_assert_eq(frees(), 0);
    refcount_dec(op);
    cr_assert_eq(frees(), 1);
}

// ------------------------------------------------------------ immortal

#define IMMORTAL_PAIRS 1000000

static void *hammer_immortal(void *arg)
{
    ThreadState *ts = enter_thread();
    for (int i = 0; i < IMMORTAL_PAIRS; i++) {
        refcount_inc(arg);
        refcount_dec(arg);
        if (i % 1024 == 0)
            thread_poll(ts);
    }
    leave_thread(ts);
    return NULL;
}

Test(refcount, immortal_survives_a_million_pairs_from_two_threads)
{
    Object *op = object_new(&counted_type);
    refcount_set_immortal(op);
    OsThread a = spawn(hammer_immortal, op);
    OsThread b = spawn(hammer_immortal, op);
    join_detached(&a);
    join_detached(&b);
    cr_assert(refcount_is_immortal(op));
    cr_assert_eq(refcount_total(op), INT64_MAX);
    for (int i = 0; i < 5; i++)
        refcount_dec(op); // more decrefs than it ever had: still alive
    cr_assert_eq(frees(), 0);
#ifdef FTPY_FREE_THREADING
    cr_assert_eq(op->ob_ref_local, UINT32_MAX);
    cr_assert_eq(op->ob_ref_shared, 0, "nobody wrote the shared count");
#else
    cr_assert_eq(op->ob_refcnt, REFCNT_IMMORTAL_CLASSIC, "never written");
#endif
    object_free(op);
}

// ------------------------------------------------------------ deferred

static void *churn_deferred(void *arg)
{
    ThreadState *ts = enter_thread();
    for (int i = 0; i < 10000; i++) {
        refcount_inc(arg);
        refcount_dec(arg);
    }
    refcount_dec(arg); // drop the reference the main thread gave us
    leave_thread(ts);
    return NULL;
}

Test(refcount, deferred_object_is_freed_only_by_the_collector)
{
    Object *op = object_new(&counted_type);
    refcount_set_deferred(op);
    refcount_inc(op); // a reference handed to the worker
    OsThread t = spawn(churn_deferred, op);
    join_detached(&t);
    refcount_dec(op); // the creator's own reference: count is now zero
#ifdef FTPY_FREE_THREADING
    cr_assert(refcount_is_deferred(op));
    cr_assert_eq(frees(), 0, "refcounting alone must not free it");
    // What the collector does once it proves no stack holds it.
    thread_poll(main_ts);
    cr_assert_eq(refcount_disable_deferred(op), 0);
    cr_assert(!refcount_is_deferred(op));
    object_dealloc(op);
    cr_assert_eq(frees(), 1);
#else
    cr_assert_eq(frees(), 1, "classic build counts every reference");
#endif
}

#ifdef FTPY_FREE_THREADING
// ------------------------------------------------------------ biased

typedef struct Handoff {
    Object *op;
    int decrefs;
    uint32_t done;
} Handoff;

static void *decref_n(void *arg)
{
    Handoff *h = arg;
    ThreadState *ts = enter_thread();
    for (int i = 0; i < h->decrefs; i++)
        refcount_dec(h->op);
    set_flag(&h->done);
    leave_thread(ts);
    return NULL;
}

static int64_t shared_count(const Object *op)
{
    return ref_shared_count(atomic_load_i64_relaxed(&op->ob_ref_shared));
}

static int64_t shared_state(const Object *op)
{
    return atomic_load_i64_relaxed(&op->ob_ref_shared) & REF_SHARED_FLAGS;
}

Test(refcount, non_owner_decrefs_go_negative_then_owner_merges)
{
    Object *op = object_new(&counted_type);
    for (int i = 0; i < 3; i++)
        refcount_inc(op); // local = 4: three references for the worker
    Handoff h = {.op = op, .decrefs = 3};
    OsThread t = spawn(decref_n, &h);
    join_detached(&t);
    // First decref found shared == 0 and queued; the next two subtracted.
    cr_assert_eq(shared_state(op), REF_QUEUED);
    cr_assert_eq(shared_count(op), -2);
    cr_assert_eq(op->ob_ref_local, 4);
    cr_assert(main_ts->eval_breaker & BREAKER_EXPLICIT_MERGE);
    cr_assert_eq(frees(), 0);

    thread_poll(main_ts); // the owner's safepoint merges
    cr_assert_eq(shared_state(op), REF_MERGED);
    cr_assert_eq(shared_count(op), 1, "4 local - 2 shared - 1 queued");
    cr_assert_eq(op->ob_tid, 0, "merged objects have no owner");
    cr_assert_eq(frees(), 0);
    refcount_dec(op); // now a shared decref: reaches MERGED|0
    cr_assert_eq(frees(), 1);
}

Test(refcount, owner_decref_to_zero_frees_after_merge)
{
    Object *op = object_new(&counted_type);
    refcount_inc(op); // local 2; one reference goes to the worker
    Handoff h = {.op = op, .decrefs = 1};
    OsThread t = spawn(decref_n, &h);
    join_detached(&t);
    cr_assert_eq(shared_state(op), REF_QUEUED);
    thread_poll(main_ts); // merge: 2 + 0 - 1 = 1
    cr_assert_eq(frees(), 0);
    refcount_dec(op);
    cr_assert_eq(frees(), 1);
}

static void *create_and_exit(void *arg)
{
    Object **out = arg;
    ThreadState *ts = enter_thread();
    *out = object_new(&counted_type); // owned by this thread
    refcount_inc(*out);               // local = 2
    leave_thread(ts);
    return NULL;
}

Test(refcount, object_of_exited_owner_is_merged_by_the_decrefing_thread)
{
    Object *op = NULL;
    OsThread t = spawn(create_and_exit, &op);
    join_detached(&t); // the owner thread is gone
    cr_assert_neq(op->ob_tid, thread_id());
    refcount_dec(op); // queues, finds no owner, merges on the spot
    cr_assert_eq(shared_state(op), REF_MERGED);
    cr_assert_eq(shared_count(op), 1);
    cr_assert_eq(op->ob_tid, 0);
    cr_assert_eq(frees(), 0);
    refcount_dec(op);
    cr_assert_eq(frees(), 1, "freed by a thread that never owned it");
}

#define SHARED_ROUNDS 200000

static void *share_and_drop(void *arg)
{
    ThreadState *ts = enter_thread();
    for (int i = 0; i < SHARED_ROUNDS; i++) {
        refcount_inc(arg);
        refcount_dec(arg);
        if (i % 256 == 0)
            thread_poll(ts);
    }
    refcount_dec(arg); // the reference the main thread handed over
    leave_thread(ts);
    return NULL;
}

Test(refcount, concurrent_owner_and_non_owner_traffic_is_exact)
{
    Object *op = object_new(&counted_type);
    refcount_inc(op);
    refcount_inc(op); // one reference per worker
    OsThread a = spawn(share_and_drop, op);
    OsThread b = spawn(share_and_drop, op);
    for (int i = 0; i < SHARED_ROUNDS; i++) {
        refcount_inc(op);
        refcount_dec(op);
        if (i % 256 == 0)
            thread_poll(main_ts);
    }
    join_detached(&a);
    join_detached(&b);
    thread_poll(main_ts);
    cr_assert_eq(refcount_total(op), 1);
    cr_assert_eq(frees(), 0);
    refcount_dec(op);
    thread_poll(main_ts);
    cr_assert_eq(frees(), 1);
}
#endif
