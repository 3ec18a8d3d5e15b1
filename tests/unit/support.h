// support.h: shared fixtures for the criterion unit tests.
//
// Every test runs in its own process (criterion's default), so each one
// starts a fresh runtime with runtime_setup() and a main thread state that
// is attached, and tears both down in runtime_teardown().
#ifndef FTPY_TESTS_UNIT_SUPPORT_H
#define FTPY_TESTS_UNIT_SUPPORT_H

#include "tests/unit/harness.h"
#include <stdbool.h>
#include <stdint.h>

#include "vm/base/atomic.h"
#include "vm/base/clock.h"
#include "vm/base/osthread.h"
#include "vm/object.h"
#include "vm/refcount.h"
#include "vm/state.h"
#include "vm/thread.h"

// The main thread's state while a test runs.
extern ThreadState *main_ts;

// Fixture: free-threaded runtime (GIL as the build decides).
void runtime_setup(void);
// Fixture: runtime with the GIL enabled in every build.
void runtime_setup_gil(void);
void runtime_teardown(void);

// A type whose instances count their deallocations in `counted_frees`.
extern TypeObject counted_type;
extern uint32_t counted_frees; // atomic
uint32_t frees(void);

// Starts fn(arg) on a new OS thread.
OsThread spawn(void *(*fn)(void *), void *arg);
// Joins from an attached thread (detaching while it waits).
void *join_detached(OsThread *t);

// A fresh thread state for the calling (new) OS thread, attached.
ThreadState *enter_thread(void);
void leave_thread(ThreadState *ts);

// Spins (polling safepoints) until *flag becomes nonzero.
void wait_flag(ThreadState *ts, const uint32_t *flag);
void set_flag(uint32_t *flag);

#endif // FTPY_TESTS_UNIT_SUPPORT_H
