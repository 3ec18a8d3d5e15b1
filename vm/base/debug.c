// debug.c: the failure path of DEBUG_ASSERT (debug builds only).
#include "vm/base/debug.h"

#include <stdio.h>
#include <stdlib.h>

#ifdef FTPY_DEBUG
void debug_assert_fail(const char *expr, const char *file, int line,
                       const char *func)
{
    fflush(stdout);
    fprintf(stderr, "ftpy: internal assertion failed: %s\n  at %s:%d in %s\n",
            expr, file, line, func);
    abort();
}
#endif
