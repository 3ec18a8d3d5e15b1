// report.c: the build self-report (see report.h).
#include "vm/report.h"

#include <inttypes.h>

#include "alloc/alloc.h"
#include "config.h"
#include "vm/base/atomic.h"
#include "vm/base/osthread.h"
#include "vm/refcount.h"
#include "vm/thread.h"

#define WORKERS 2
#define ROUNDS 100000

static uint32_t probes_freed;

static void probe_dealloc(Object *op)
{
    atomic_fetch_add_u32_seq_cst(&probes_freed, 1);
    object_free(op);
}

static TypeObject probe_type = {
    .header = OBJ_HEADER_IMMORTAL(NULL),
    .name = "probe",
    .basic_size = sizeof(Object),
    .dealloc = probe_dealloc,
};

// Each worker increfs and decrefs the shared probe, passing safepoints.
static void *worker(void *arg)
{
    Object *shared = arg;
    ThreadState *ts = thread_state_new();
    thread_attach(ts);
    for (int i = 0; i < ROUNDS; i++) {
        refcount_inc(shared);
        refcount_dec(shared);
        if (i % 64 == 0)
            thread_poll(ts);
    }
    thread_state_delete(ts);
    return NULL;
}

// Runs the workers against one object while this thread stops the world
// once. Returns whether the object ended with exactly its one reference.
static bool live_check(FILE *out)
{
    Object *probe = object_new(&probe_type);
    OsThread threads[WORKERS];
    for (int i = 0; i < WORKERS; i++)
        osthread_start(&threads[i], worker, probe);
    stw_stop();
    stw_start();
    THREAD_BLOCK_BEGIN();
    for (int i = 0; i < WORKERS; i++)
        osthread_join(&threads[i]);
    THREAD_BLOCK_END();
    int64_t left = refcount_total(probe);
    refcount_dec(probe);
    uint32_t freed = atomic_load_u32_relaxed(&probes_freed);
    bool ok = left == 1 && freed == 1;
    fprintf(out,
            "  live check:    %d threads x %d incref/decref pairs on one "
            "object,\n"
            "                 %" PRIu64 " stop-the-world: refcount %" PRId64
            ", freed %u -> %s\n",
            WORKERS, ROUNDS, runtime.stw.stops, left, freed,
            ok ? "ok" : "FAILED");
    return ok;
}

bool report_print(FILE *out, const char *gil_source)
{
    fprintf(out, "ftpy %s (%s build)\n", PACKAGE_VERSION, FTPY_BUILD_KIND);
    fprintf(out, "  object header: %zu bytes\n", sizeof(ObjHeader));
    fprintf(out, "  allocator:     %s\n", alloc_backend());
    fprintf(out, "  GIL:           %s (%s)\n",
            gil_is_enabled(&runtime.gil) ? "enabled" : "disabled", gil_source);
#ifdef FTPY_COMPUTED_GOTO
    fprintf(out, "  dispatch:      computed goto\n");
#else
    fprintf(out, "  dispatch:      switch\n");
#endif
    return live_check(out);
}
