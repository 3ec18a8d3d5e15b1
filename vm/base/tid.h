// tid.h: the current thread's identity as one machine word.
//
// thread_id() is the address of a thread-local byte. It is nonzero, unique
// among live threads, costs one instruction in an executable (initial-exec
// TLS), and needs no registration, so even a thread without a thread state
// never mistakes itself for the owner of an object. An exited thread's
// address may be reused by a new thread, which then simply becomes the
// owner of the old thread's objects (refcounts stay correct: only the
// owner's fast path depends on the id).
#ifndef FTPY_VM_BASE_TID_H
#define FTPY_VM_BASE_TID_H

#include <stdint.h>

extern _Thread_local uint8_t tid_anchor;

static inline uintptr_t thread_id(void)
{
    return (uintptr_t)&tid_anchor;
}

#endif // FTPY_VM_BASE_TID_H
