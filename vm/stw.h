// stw.h: stop-the-world. One thread (the requester) gets every other
// thread out of the ATTACHED state, does its work, and resumes them.
//
// Requester (stw_stop):
//   1. lock stw->mutex (a detaching lock: a second requester waiting here
//      can itself be stopped);
//   2. set `requested`; under the registry lock, CAS every DETACHED thread
//      to SUSPENDED and set BREAKER_PLEASE_STOP on every ATTACHED one;
//   3. if some thread is still attached, sleep up to 1 ms on `requested`
//      (threads that suspend or detach wake it) and scan again.
// Stopped threads: an attached thread sees PLEASE_STOP at its next
// safepoint, detaches with status SUSPENDED and parks in thread_attach
// until stw_start stores DETACHED into its status and wakes it. A
// detached thread (blocked in I/O, sleeping, parked on a lock) is
// suspended without its cooperation; if it wakes meanwhile, its attach
// parks. New thread states registered during a stop start SUSPENDED.
//
// The requester stays attached throughout and must not block on anything
// a stopped thread holds.
#ifndef FTPY_VM_STW_H
#define FTPY_VM_STW_H

#include <stdint.h>

#include "vm/base/mutex.h"

struct ThreadState;

typedef struct StwState {
    Mutex mutex;       // serialises requesters
    uint8_t requested; // atomic: 1 while a stop is under way
    uint64_t stops;    // completed stops (statistics)
} StwState;

// Stops every thread but the caller's, which must be attached.
void stw_stop(void);
// Resumes the threads stw_stop suspended.
void stw_start(void);
// Called by a thread that just detached or suspended while a stop may be
// under way, so the requester re-scans at once.
void stw_notify_requester(void);

#endif // FTPY_VM_STW_H
