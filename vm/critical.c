// critical.c: per-object critical sections (rules in critical.h).
//
// Concurrency: the section stack (ThreadState.critical and each section's
// `prev`) belongs to its thread; only that thread reads or writes it,
// including from the detach/attach hooks, which run on the same thread.
#include "vm/critical.h"

#include "vm/base/debug.h"
#include "vm/state.h"

static CriticalSection *untag(uintptr_t tagged)
{
    return (CriticalSection *)(tagged & ~CRITICAL_TAGS);
}

static void push(ThreadState *ts, CriticalSection *cs, uintptr_t tags)
{
    cs->prev = ts->critical;
    ts->critical = (uintptr_t)cs | tags;
}

// Pops the innermost section and resumes the enclosing one if a detach
// suspended it.
static void pop(ThreadState *ts, CriticalSection *cs)
{
    DEBUG_ASSERT(untag(ts->critical) == cs); // sections end in LIFO order
    ts->critical = cs->prev;
    if (ts->critical & CRITICAL_SUSPENDED)
        critical_resume(ts);
}

void critical_begin(CriticalSection *cs, Mutex *m)
{
    ThreadState *ts = thread_current();
    if (mutex_try_lock(m)) {
        cs->m1 = m;
        push(ts, cs, 0);
        return;
    }
    // Push first with no mutex: if mutex_lock parks, the detach releases
    // the enclosing sections and the re-attach resumes this empty one.
    cs->m1 = NULL;
    push(ts, cs, 0);
    mutex_lock(m);
    cs->m1 = m;
}

void critical_end(CriticalSection *cs)
{
    if (cs->m1)
        mutex_unlock(cs->m1);
    pop(thread_current(), cs);
}

void critical_begin2(CriticalSection2 *cs, Mutex *a, Mutex *b)
{
    ThreadState *ts = thread_current();
    if (a == b) {
        b = NULL; // one object: one lock
    } else if ((uintptr_t)a > (uintptr_t)b) {
        Mutex *t = a; // address order: lower first
        a = b;
        b = t;
    }
    cs->base.m1 = NULL;
    cs->m2 = NULL;
    push(ts, &cs->base, CRITICAL_TWO);
    mutex_lock(a);
    if (b)
        mutex_lock(b);
    cs->base.m1 = a;
    cs->m2 = b;
}

void critical_end2(CriticalSection2 *cs)
{
    if (cs->m2)
        mutex_unlock(cs->m2);
    if (cs->base.m1)
        mutex_unlock(cs->base.m1);
    pop(thread_current(), &cs->base);
}

static void unlock_section(uintptr_t tagged)
{
    CriticalSection *cs = untag(tagged);
    if ((tagged & CRITICAL_TWO) && ((CriticalSection2 *)cs)->m2)
        mutex_unlock(((CriticalSection2 *)cs)->m2);
    if (cs->m1)
        mutex_unlock(cs->m1);
}

void critical_suspend_all(ThreadState *ts)
{
    for (uintptr_t *link = &ts->critical; *link; link = &untag(*link)->prev) {
        if (!(*link & CRITICAL_SUSPENDED)) {
            unlock_section(*link);
            *link |= CRITICAL_SUSPENDED;
        }
    }
}

void critical_resume(ThreadState *ts)
{
    uintptr_t top = ts->critical;
    if (!(top & CRITICAL_SUSPENDED))
        return;
    CriticalSection *cs = untag(top);
    CriticalSection2 *cs2 =
        (top & CRITICAL_TWO) ? (CriticalSection2 *)cs : NULL;
    Mutex *m1 = cs->m1, *m2 = cs2 ? cs2->m2 : NULL;
    // Mark it active with no mutexes while we lock: if locking parks, the
    // nested detach then has nothing of this section to release.
    cs->m1 = NULL;
    if (cs2)
        cs2->m2 = NULL;
    ts->critical = top & ~CRITICAL_SUSPENDED;
    if (m1)
        mutex_lock(m1);
    if (m2)
        mutex_lock(m2);
    cs->m1 = m1;
    if (cs2)
        cs2->m2 = m2;
}
