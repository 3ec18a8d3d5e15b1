// container.c: the shared-container rules (see container.h).
#include "vm/objects/container.h"

#include "alloc/alloc.h"
#include "vm/thread.h"

#ifdef FTPY_FREE_THREADING
bool container_is_shared(Object *c)
{
    return (gc_bits(c) & GC_BIT_SHARED) != 0;
}

void container_note_access(Object *c)
{
    if (!container_is_shared(c) && !refcount_is_owner(c))
        gc_bits_set(c, GC_BIT_SHARED);
}

static void retire(void *ptr, QsbrReleaseFn release, size_t bytes)
{
    ThreadState *ts = thread_current();
    if (qsbr_retire(ts->qsbr, ptr, release, bytes))
        thread_breaker_set(ts, BREAKER_QSBR_PROCESS);
}

static void release_value(void *v)
{
    value_decref((Value)v);
}

void container_drop_value(Object *c, Value v)
{
    if (value_is_object(v) && !value_is_borrowed(v) && container_is_shared(c))
        retire((void *)v, release_value, 0);
    else
        value_decref(v);
}

void container_drop_memory(Object *c, void *block, size_t bytes)
{
    if (block && container_is_shared(c))
        retire(block, alloc_free, bytes);
    else
        alloc_free(block);
}
#else
bool container_is_shared(Object *c)
{
    (void)c;
    return false;
}

void container_note_access(Object *c)
{
    (void)c;
}

void container_drop_value(Object *c, Value v)
{
    (void)c;
    value_decref(v);
}

void container_drop_memory(Object *c, void *block, size_t bytes)
{
    (void)c, (void)bytes;
    alloc_free(block);
}
#endif
