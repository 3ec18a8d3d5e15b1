// alloc.h: where every byte of ftpy's memory comes from.
//
// Default builds allocate from mimalloc. mimalloc keeps one heap per OS
// thread (its default heap is thread-local), so allocation never takes a
// lock, and a block may be freed from any thread (the free is handed back
// to the owning page lock-free). That is the per-thread heap the
// architecture asks for; we do not create extra mi_heap_new heaps, because
// mimalloc 2.0.9 deletes those at thread exit and objects must outlive
// the thread that made them.
//
// Sanitizer builds (--with-sanitizer=...) use libc malloc instead:
// AddressSanitizer cannot see inside mimalloc's pages and ThreadSanitizer
// cannot see mimalloc's internal atomics.
//
// Thread safety: every function may be called from any thread.
// Memory freed while another thread may still read it goes through QSBR
// (alloc/qsbr.h), never straight to alloc_free.
#ifndef FTPY_ALLOC_ALLOC_H
#define FTPY_ALLOC_ALLOC_H

#include <stddef.h>

// Never returns NULL: out of memory aborts with a message (the VM layer
// turns recoverable cases into MemoryError before calling this).
void *alloc_raw(size_t size);
// Zero-filled.
void *alloc_zeroed(size_t size);
void *alloc_resize(void *p, size_t size);
void alloc_free(void *p);

// Usable size of a block from alloc_raw (>= the size asked for).
size_t alloc_usable_size(void *p);

// Name of the allocator in use ("mimalloc 2.0.9" or "libc"), for reports.
const char *alloc_backend(void);

#endif // FTPY_ALLOC_ALLOC_H
