// critical.h: per-object critical sections, the only way object code
// takes locks (style rule 11).
//
//   CRITICAL_BEGIN(op) ... CRITICAL_END(op)          one object
//   CRITICAL_BEGIN2(a, b) ... CRITICAL_END2(a, b)    two objects
//
// Each section locks the 1-byte mutex in the object header and is pushed
// on the thread state's stack of sections (ThreadState.critical, a
// tagged pointer: bit 0 = suspended, bit 1 = two-mutex section). Two-object
// sections lock in address order (lower first) and degrade to one lock if
// a == b, so two threads locking the same pair in opposite order cannot
// deadlock.
//
// Deadlock freedom across nesting: whenever the thread detaches (blocking
// I/O, sleeping, parking on a contended mutex), every held section is
// released and marked suspended; on re-attach only the innermost is
// re-acquired, and outer ones are re-acquired when the inner one ends. A
// thread therefore never sleeps holding a per-object lock. The price: an
// outer section is not atomic across anything inside it that may block.
//
// Classic build: the GIL is always held while Python code runs, so the
// macros compile to nothing.
#ifndef FTPY_VM_CRITICAL_H
#define FTPY_VM_CRITICAL_H

#include <stdint.h>

#include "config.h"
#include "vm/base/mutex.h"

struct ThreadState;

#define CRITICAL_SUSPENDED ((uintptr_t)1)
#define CRITICAL_TWO ((uintptr_t)2)
#define CRITICAL_TAGS ((uintptr_t)3)

typedef struct CriticalSection {
    uintptr_t prev; // enclosing section, tagged; 0 at the bottom
    Mutex *m1;      // NULL while being (re)acquired
} CriticalSection;

typedef struct CriticalSection2 {
    CriticalSection base;
    Mutex *m2; // the higher address; NULL if both objects are one
} CriticalSection2;

void critical_begin(CriticalSection *cs, Mutex *m);
void critical_end(CriticalSection *cs);
void critical_begin2(CriticalSection2 *cs, Mutex *a, Mutex *b);
void critical_end2(CriticalSection2 *cs);

// Thread-layer hooks: release all held sections (on detach) and
// re-acquire the innermost suspended one (on attach).
void critical_suspend_all(struct ThreadState *ts);
void critical_resume(struct ThreadState *ts);

#ifdef FTPY_FREE_THREADING
#define CRITICAL_BEGIN(op)                                                     \
    {                                                                          \
        CriticalSection cs_one_;                                               \
        critical_begin(&cs_one_, &(op)->ob_mutex);
#define CRITICAL_END(op)                                                       \
    critical_end(&cs_one_);                                                    \
    }
#define CRITICAL_BEGIN2(a, b)                                                  \
    {                                                                          \
        CriticalSection2 cs_two_;                                              \
        critical_begin2(&cs_two_, &(a)->ob_mutex, &(b)->ob_mutex);
#define CRITICAL_END2(a, b)                                                    \
    critical_end2(&cs_two_);                                                   \
    }
#else
#define CRITICAL_BEGIN(op) {
#define CRITICAL_END(op) }
#define CRITICAL_BEGIN2(a, b) {
#define CRITICAL_END2(a, b) }
#endif

#endif // FTPY_VM_CRITICAL_H
