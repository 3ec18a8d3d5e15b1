// header.h: ObjHeader, the first member of every heap object, drawn once
// for both builds, and the GC bits. Only gc/ reads or writes GC bits; the
// refcount fields are governed by vm/refcount.h.
//
// Free-threaded build (32 bytes, the field set of CPython's
// free-threaded header):
//
//   0        8        10      11       12              16              24
//   +--------+--------+-------+--------+---------------+---------------+--------+
//   | ob_tid |ob_flags|ob_mutx|gc_bits | ob_ref_local  | ob_ref_shared |
//   ob_type| | owner  | 16 bit | 1 byte| 1 byte | u32, owner-only| i64:
//   count<<2 | type * | | thread |        |       |        |               |  |
//   2 state bits|        |
//   +--------+--------+-------+--------+---------------+---------------+--------+
//
// Classic build (16 bytes): ob_refcnt (plain int64) and ob_type. There are
// no per-object locks (the GIL is always on) and GC bits will live in the
// collector's pre-header.
#ifndef FTPY_GC_HEADER_H
#define FTPY_GC_HEADER_H

#include <stdint.h>

#include "config.h"
#include "vm/base/atomic.h"
#include "vm/base/mutex.h"

struct TypeObject;

#ifdef FTPY_FREE_THREADING
typedef struct ObjHeader {
    uintptr_t ob_tid;      // owner's thread_id(); 0 = immortal or merged
    uint16_t ob_flags;     // OBJ_FLAG_* below
    Mutex ob_mutex;        // per-object critical sections (vm/critical.h)
    uint8_t ob_gc_bits;    // GC_BIT_* below
    uint32_t ob_ref_local; // owner's count; UINT32_MAX = immortal
    int64_t ob_ref_shared; // others' count << 2 | state (vm/refcount.h)
    struct TypeObject *ob_type;
} ObjHeader;
_Static_assert(sizeof(ObjHeader) == 32, "free-threaded header is 32 bytes");
#else
typedef struct ObjHeader {
    int64_t ob_refcnt;
    struct TypeObject *ob_type;
} ObjHeader;
_Static_assert(sizeof(ObjHeader) == 16, "classic header is 16 bytes");
#endif

// ob_flags
#define OBJ_FLAG_STATIC 1 // statically allocated: never freed

// ob_gc_bits (free-threaded build). The meanings follow CPython 3.14's.
#define GC_BIT_TRACKED 1     // on a GC list: may be part of a cycle
#define GC_BIT_FINALIZED 2   // __del__ already ran
#define GC_BIT_UNREACHABLE 4 // scratch during a collection
#define GC_BIT_FROZEN 8      // gc.freeze(): ignored by collections
#define GC_BIT_SHARED 16     // read by a non-owner: frees go through QSBR
#define GC_BIT_ALIVE 32      // scratch: known reachable
#define GC_BIT_DEFERRED 64   // deferred refcount: only the GC frees it

#ifdef FTPY_FREE_THREADING
// GC bits are written only by the owner before an object is shared, or
// while the world is stopped; relaxed atomics keep concurrent readers
// well-defined.
static inline uint8_t gc_bits(const ObjHeader *h)
{
    return atomic_load_u8_relaxed(&h->ob_gc_bits);
}

static inline void gc_bits_set(ObjHeader *h, uint8_t bits)
{
    atomic_store_u8_relaxed(&h->ob_gc_bits, gc_bits(h) | bits);
}

static inline void gc_bits_clear(ObjHeader *h, uint8_t bits)
{
    atomic_store_u8_relaxed(&h->ob_gc_bits, gc_bits(h) & (uint8_t)~bits);
}
#endif

#endif // FTPY_GC_HEADER_H
