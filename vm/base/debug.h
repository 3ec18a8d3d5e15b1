// debug.h: assertions that exist only in --enable-debug builds.
//
// DEBUG_ASSERT(cond) checks an invariant the code relies on (refcount
// never underflows, a mutex is held when unlocked, critical sections end
// in LIFO order, ...). In release builds it compiles to nothing and `cond`
// is not evaluated, so it must have no side effects. A macro rather than
// an inline function because it reports the expression, file and line.
#ifndef FTPY_VM_BASE_DEBUG_H
#define FTPY_VM_BASE_DEBUG_H

#ifdef FTPY_DEBUG
_Noreturn void debug_assert_fail(const char *expr, const char *file, int line,
                                 const char *func);
#define DEBUG_ASSERT(cond)                                                     \
    ((cond) ? (void)0 : debug_assert_fail(#cond, __FILE__, __LINE__, __func__))
#else
#define DEBUG_ASSERT(cond) ((void)0)
#endif

#endif // FTPY_VM_BASE_DEBUG_H
