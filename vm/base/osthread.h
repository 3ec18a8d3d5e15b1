// osthread.h: starting and joining OS threads. A new OS thread has no
// thread state; it calls thread_state_new() before touching objects.
// Joining blocks, so an attached caller detaches around it
// (THREAD_BLOCK_BEGIN/END in vm/thread.h).
#ifndef FTPY_VM_BASE_OSTHREAD_H
#define FTPY_VM_BASE_OSTHREAD_H

#include <stdbool.h>
#include <stdint.h>

typedef struct OsThread {
    uintptr_t handle; // pthread_t
} OsThread;

// Starts fn(arg) on a new thread. Returns false if the OS refused.
bool osthread_start(OsThread *t, void *(*fn)(void *), void *arg);
// Waits for the thread to finish and returns fn's result.
void *osthread_join(OsThread *t);

#endif // FTPY_VM_BASE_OSTHREAD_H
