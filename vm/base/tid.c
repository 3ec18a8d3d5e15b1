// tid.c: storage for the thread-local byte whose address is thread_id().
#include "vm/base/tid.h"

_Thread_local uint8_t tid_anchor;
