// atomic.h: the one wrapper over libatomic_ops. No other file uses raw
// atomics (no __atomic builtins, no <stdatomic.h>, no AO_* calls).
//
// Every name carries its memory order:
//   relaxed  no ordering, only atomicity (and visibility to TSan)
//   acquire  later loads/stores stay after it; pairs with a release
//   release  earlier loads/stores stay before it; pairs with an acquire
//   seq_cst  full barrier on both sides (libatomic_ops' "_full")
// A caller that uses acquire or release says in a comment what it pairs
// with.
//
// Widths: u8, u32, u64 (also used for intptr_t/uintptr_t words, which are
// 64 bits on every target we build for) and ptr. libatomic_ops has no
// 16-bit type we need; if a later operation cannot be expressed with it,
// this header is the place to add a compiler builtin, with a note saying so.
#ifndef FTPY_VM_BASE_ATOMIC_H
#define FTPY_VM_BASE_ATOMIC_H

#include <atomic_ops.h>
#include <stdbool.h>
#include <stdint.h>

_Static_assert(sizeof(AO_t) == 8, "AO_t must be a 64-bit word");
_Static_assert(sizeof(unsigned int) == 4, "AO_int must be 32 bits");
_Static_assert(sizeof(void *) == sizeof(AO_t), "pointers fit in AO_t");

// ------------------------------------------------------------- 8-bit
static inline uint8_t atomic_load_u8_relaxed(const uint8_t *p)
{
    return AO_char_load((const unsigned char *)p);
}
static inline uint8_t atomic_load_u8_acquire(const uint8_t *p)
{
    return AO_char_load_acquire((const unsigned char *)p);
}
static inline void atomic_store_u8_relaxed(uint8_t *p, uint8_t v)
{
    AO_char_store((unsigned char *)p, v);
}
static inline void atomic_store_u8_release(uint8_t *p, uint8_t v)
{
    AO_char_store_release((unsigned char *)p, v);
}
// Compare-and-swap: if *p == *expected store desired and return true;
// otherwise copy the current value into *expected and return false.
static inline bool atomic_cas_u8_seq_cst(uint8_t *p, uint8_t *expected,
                                         uint8_t desired)
{
    uint8_t old = AO_char_fetch_compare_and_swap_full((unsigned char *)p,
                                                      *expected, desired);
    if (old == *expected)
        return true;
    *expected = old;
    return false;
}

// ------------------------------------------------------------- 32-bit
static inline uint32_t atomic_load_u32_relaxed(const uint32_t *p)
{
    return AO_int_load((const unsigned int *)p);
}
static inline uint32_t atomic_load_u32_acquire(const uint32_t *p)
{
    return AO_int_load_acquire((const unsigned int *)p);
}
static inline void atomic_store_u32_relaxed(uint32_t *p, uint32_t v)
{
    AO_int_store((unsigned int *)p, v);
}
static inline void atomic_store_u32_release(uint32_t *p, uint32_t v)
{
    AO_int_store_release((unsigned int *)p, v);
}
// Returns the value before the addition.
static inline int32_t atomic_load_i32_relaxed(const int32_t *p)
{
    return (int32_t)atomic_load_u32_relaxed((const uint32_t *)p);
}
static inline void atomic_store_i32_relaxed(int32_t *p, int32_t v)
{
    atomic_store_u32_relaxed((uint32_t *)p, (uint32_t)v);
}
static inline uint32_t atomic_fetch_add_u32_relaxed(uint32_t *p, uint32_t v)
{
    return AO_int_fetch_and_add((unsigned int *)p, v);
}
static inline uint32_t atomic_fetch_add_u32_seq_cst(uint32_t *p, uint32_t v)
{
    return AO_int_fetch_and_add_full((unsigned int *)p, v);
}
static inline bool atomic_cas_u32_seq_cst(uint32_t *p, uint32_t *expected,
                                          uint32_t desired)
{
    uint32_t old = AO_int_fetch_compare_and_swap_full((unsigned int *)p,
                                                      *expected, desired);
    if (old == *expected)
        return true;
    *expected = old;
    return false;
}

// ------------------------------------------------------------- 64-bit
static inline uint64_t atomic_load_u64_relaxed(const uint64_t *p)
{
    return AO_load((const AO_t *)p);
}
static inline uint64_t atomic_load_u64_acquire(const uint64_t *p)
{
    return AO_load_acquire((const AO_t *)p);
}
static inline void atomic_store_u64_relaxed(uint64_t *p, uint64_t v)
{
    AO_store((AO_t *)p, v);
}
static inline void atomic_store_u64_release(uint64_t *p, uint64_t v)
{
    AO_store_release((AO_t *)p, v);
}
static inline uint64_t atomic_fetch_add_u64_relaxed(uint64_t *p, uint64_t v)
{
    return AO_fetch_and_add((AO_t *)p, v);
}
static inline uint64_t atomic_fetch_add_u64_seq_cst(uint64_t *p, uint64_t v)
{
    return AO_fetch_and_add_full((AO_t *)p, v);
}
static inline bool atomic_cas_u64_seq_cst(uint64_t *p, uint64_t *expected,
                                          uint64_t desired)
{
    uint64_t old =
        AO_fetch_compare_and_swap_full((AO_t *)p, *expected, desired);
    if (old == *expected)
        return true;
    *expected = old;
    return false;
}
// Bit operations on a 64-bit word of flags (eval-breaker bits).
static inline void atomic_or_u64_seq_cst(uint64_t *p, uint64_t bits)
{
    AO_or_full((AO_t *)p, bits);
}
static inline void atomic_and_u64_seq_cst(uint64_t *p, uint64_t mask)
{
    AO_and_full((AO_t *)p, mask);
}

// Signed 64-bit words (shared refcounts) use the unsigned operations:
// two's-complement wrap-around makes addition identical.
static inline int64_t atomic_load_i64_relaxed(const int64_t *p)
{
    return (int64_t)AO_load((const AO_t *)p);
}
static inline int64_t atomic_load_i64_acquire(const int64_t *p)
{
    return (int64_t)AO_load_acquire((const AO_t *)p);
}
static inline void atomic_store_i64_relaxed(int64_t *p, int64_t v)
{
    AO_store((AO_t *)p, (AO_t)v);
}
static inline void atomic_store_i64_release(int64_t *p, int64_t v)
{
    AO_store_release((AO_t *)p, (AO_t)v);
}
static inline int64_t atomic_fetch_add_i64_relaxed(int64_t *p, int64_t v)
{
    return (int64_t)AO_fetch_and_add((AO_t *)p, (AO_t)v);
}
static inline bool atomic_cas_i64_seq_cst(int64_t *p, int64_t *expected,
                                          int64_t desired)
{
    return atomic_cas_u64_seq_cst((uint64_t *)p, (uint64_t *)expected,
                                  (uint64_t)desired);
}

// ------------------------------------------------------------- uintptr
static inline uintptr_t atomic_load_uptr_relaxed(const uintptr_t *p)
{
    return (uintptr_t)AO_load((const AO_t *)p);
}
static inline void atomic_store_uptr_relaxed(uintptr_t *p, uintptr_t v)
{
    AO_store((AO_t *)p, (AO_t)v);
}
static inline uintptr_t atomic_load_uptr_acquire(const uintptr_t *p)
{
    return (uintptr_t)AO_load_acquire((const AO_t *)p);
}
static inline void atomic_store_uptr_release(uintptr_t *p, uintptr_t v)
{
    AO_store_release((AO_t *)p, (AO_t)v);
}

// ------------------------------------------------------------- pointers
// `p` is the address of a pointer-typed variable, passed as void *.
static inline void *atomic_load_ptr_relaxed(const void *p)
{
    return (void *)AO_load((const AO_t *)p);
}
static inline void *atomic_load_ptr_acquire(const void *p)
{
    return (void *)AO_load_acquire((const AO_t *)p);
}
static inline void atomic_store_ptr_relaxed(void *p, const void *v)
{
    AO_store((AO_t *)p, (AO_t)v);
}
static inline void atomic_store_ptr_release(void *p, const void *v)
{
    AO_store_release((AO_t *)p, (AO_t)v);
}
// `expected` is the address of a pointer variable holding the old value.
static inline bool atomic_cas_ptr_seq_cst(void *p, void *expected,
                                          const void *desired)
{
    AO_t *exp = (AO_t *)expected;
    AO_t old = AO_fetch_compare_and_swap_full((AO_t *)p, *exp, (AO_t)desired);
    if (old == *exp)
        return true;
    *exp = old;
    return false;
}

// ------------------------------------------------------------- fences
// A full barrier: used where a store must be visible before a later load
// of another location (store-load ordering, e.g. QSBR's scan).
//
// ThreadSanitizer does not model stand-alone fences (gcc rejects them with
// -fsanitize=thread), so TSan builds use a seq_cst read-modify-write of
// one shared word instead: every fencing thread touches it, so TSan sees
// the same ordering the fence gives, at the cost of a shared cache line
// that only sanitizer builds pay for.
#ifdef FTPY_SANITIZER_THREAD
extern AO_t atomic_fence_word;
static inline void atomic_fence_seq_cst(void)
{
    AO_fetch_and_add_full(&atomic_fence_word, 0);
}
#else
static inline void atomic_fence_seq_cst(void)
{
    AO_nop_full();
}
#endif

#endif // FTPY_VM_BASE_ATOMIC_H
