// osthread.c: the pthread calls behind osthread.h.
#include "vm/base/osthread.h"

#include <pthread.h>

_Static_assert(sizeof(pthread_t) <= sizeof(uintptr_t), "pthread_t fits");

bool osthread_start(OsThread *t, void *(*fn)(void *), void *arg)
{
    pthread_t pt;
    if (pthread_create(&pt, NULL, fn, arg) != 0)
        return false;
    t->handle = (uintptr_t)pt;
    return true;
}

void *osthread_join(OsThread *t)
{
    void *result = NULL;
    pthread_join((pthread_t)t->handle, &result);
    return result;
}
