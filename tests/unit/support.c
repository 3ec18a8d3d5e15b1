// support.c: fixtures shared by the unit tests (see support.h).
#include "tests/unit/support.h"

#include <sched.h>

#include "vm/objects/type.h"

ThreadState *main_ts;
uint32_t counted_frees;

static void counted_dealloc(Object *op)
{
    atomic_fetch_add_u32_seq_cst(&counted_frees, 1);
    object_free(op);
}

TypeObject counted_type = {
    .header = OBJ_HEADER_IMMORTAL(NULL),
    .name = "counted",
    .basic_size = sizeof(Object) + 16,
    .dealloc = counted_dealloc,
};

uint32_t frees(void)
{
    return atomic_load_u32_relaxed(&counted_frees);
}

static void setup(bool gil)
{
    RuntimeConfig config = {.gil_enabled = gil};
    runtime_init(&config);
    main_ts = thread_state_new();
    thread_attach(main_ts);
    types_init();
}

void runtime_setup(void)
{
    setup(false);
}

void runtime_setup_gil(void)
{
    setup(true);
}

void runtime_teardown(void)
{
    thread_state_delete(main_ts);
    runtime_fini();
}

OsThread spawn(void *(*fn)(void *), void *arg)
{
    OsThread t;
    cr_assert(osthread_start(&t, fn, arg), "could not start a thread");
    return t;
}

void *join_detached(OsThread *t)
{
    void *result;
    THREAD_BLOCK_BEGIN();
    result = osthread_join(t);
    THREAD_BLOCK_END();
    return result;
}

ThreadState *enter_thread(void)
{
    ThreadState *ts = thread_state_new();
    thread_attach(ts);
    return ts;
}

void leave_thread(ThreadState *ts)
{
    thread_state_delete(ts);
}

void wait_flag(ThreadState *ts, const uint32_t *flag)
{
    // Acquire: pairs with set_flag's release store.
    while (!atomic_load_u32_acquire(flag)) {
        if (ts)
            thread_poll(ts);
        sched_yield();
    }
}

void set_flag(uint32_t *flag)
{
    atomic_store_u32_release(flag, 1);
}
