// heap.c: the allocation interface over mimalloc (or libc in sanitizer
// builds; see alloc.h for why).
#include "alloc/alloc.h"

#include <stdio.h>
#include <stdlib.h>

#include "config.h"

#ifdef FTPY_SANITIZER
#include <malloc.h>
#define RAW_MALLOC malloc
#define RAW_CALLOC calloc
#define RAW_REALLOC realloc
#define RAW_FREE free
#define RAW_USABLE malloc_usable_size
#else
#include <mimalloc.h>
#define RAW_MALLOC mi_malloc
#define RAW_CALLOC mi_calloc
#define RAW_REALLOC mi_realloc
#define RAW_FREE mi_free
#define RAW_USABLE mi_usable_size
#endif

static void *check(void *p, size_t size)
{
    if (p == NULL && size != 0) {
        fprintf(stderr, "ftpy: out of memory allocating %zu bytes\n", size);
        fflush(NULL);
        abort();
    }
    return p;
}

void *alloc_raw(size_t size)
{
    return check(RAW_MALLOC(size ? size : 1), size);
}

void *alloc_zeroed(size_t size)
{
    return check(RAW_CALLOC(1, size ? size : 1), size);
}

void *alloc_resize(void *p, size_t size)
{
    return check(RAW_REALLOC(p, size ? size : 1), size);
}

void alloc_free(void *p)
{
    RAW_FREE(p);
}

size_t alloc_usable_size(void *p)
{
    return RAW_USABLE(p);
}

const char *alloc_backend(void)
{
#ifdef FTPY_SANITIZER
    return "libc malloc (sanitizer build)";
#else
    static char name[32];
    int v = mi_version(); // e.g. 209 for 2.0.9
    snprintf(name, sizeof name, "mimalloc %d.%d.%d", v / 100, v / 10 % 10,
             v % 10);
    return name;
#endif
}
