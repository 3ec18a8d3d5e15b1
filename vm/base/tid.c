// tid.c: storage for the thread-local byte whose address is thread_id(),
// and for the word TSan builds fence on (vm/base/atomic.h).
#include "vm/base/tid.h"

#include "vm/base/atomic.h"

_Thread_local uint8_t tid_anchor;

#ifdef FTPY_SANITIZER_THREAD
AO_t atomic_fence_word;
#endif
