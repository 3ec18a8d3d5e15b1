// shim.h: the subset of criterion's API the unit tests use, for builds
// where criterion cannot run (ThreadSanitizer; see harness.h).
//
// Test(suite, name, .init = f, .fini = g) and TestSuite(suite, ...)
// register through constructors; shim.c's main runs every test in a
// forked child (the parent never starts threads, so forking is safe under
// TSan), with a timeout, and prints "tsan: N passed, N failed".
// A failed cr_assert prints file:line and the expression, then exits the
// child with status 1.
#ifndef FTPY_TESTS_UNIT_SHIM_H
#define FTPY_TESTS_UNIT_SHIM_H

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

typedef struct ShimOptions {
    void (*init)(void);
    void (*fini)(void);
} ShimOptions;

void shim_register_test(const char *suite, const char *name, void (*fn)(void),
                        const ShimOptions *opts);
void shim_register_suite(const char *suite, const ShimOptions *opts);
_Noreturn void shim_fail(const char *file, int line, const char *expr,
                         const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

#define Test(suite, name, ...)                                                 \
    static void shim_test_##suite##_##name(void);                              \
    static const ShimOptions shim_opts_##suite##_##name = {__VA_ARGS__};       \
    __attribute__((constructor)) static void shim_reg_##suite##_##name(void)   \
    {                                                                          \
        shim_register_test(#suite, #name, shim_test_##suite##_##name,          \
                           &shim_opts_##suite##_##name);                       \
    }                                                                          \
    static void shim_test_##suite##_##name(void)

#define TestSuite(suite, ...)                                                  \
    static const ShimOptions shim_suite_##suite = {__VA_ARGS__};               \
    __attribute__((constructor)) static void shim_reg_suite_##suite(void)      \
    {                                                                          \
        shim_register_suite(#suite, &shim_suite_##suite);                      \
    }

// abort() never runs (shim_fail exits); it tells cppcheck that a failed
// assertion does not continue.
#define cr_assert(cond, ...)                                                   \
    do {                                                                       \
        if (!(cond)) {                                                         \
            shim_fail(__FILE__, __LINE__, #cond, " " __VA_ARGS__);             \
            abort();                                                           \
        }                                                                      \
    } while (0)
#define cr_assert_eq(a, b, ...) cr_assert((a) == (b), __VA_ARGS__)
#define cr_assert_neq(a, b, ...) cr_assert((a) != (b), __VA_ARGS__)
#define cr_assert_lt(a, b, ...) cr_assert((a) < (b), __VA_ARGS__)
#define cr_assert_gt(a, b, ...) cr_assert((a) > (b), __VA_ARGS__)
#define cr_assert_geq(a, b, ...) cr_assert((a) >= (b), __VA_ARGS__)
#define cr_assert_str_eq(a, b, ...)                                            \
    cr_assert(strcmp((a), (b)) == 0, __VA_ARGS__)
#define cr_assert_null(p, ...) cr_assert((p) == NULL, __VA_ARGS__)
#define cr_assert_not_null(p, ...) cr_assert((p) != NULL, __VA_ARGS__)
// The shim has no non-fatal checks: an expectation that fails ends the
// test like an assertion (the verdict is the same, only fewer failures
// are listed).
#define cr_expect cr_assert
#define cr_expect_not(cond, ...) cr_assert(!(cond), __VA_ARGS__)
#define cr_expect_eq cr_assert_eq
#define cr_expect_neq cr_assert_neq
#define cr_expect_str_eq cr_assert_str_eq

#endif // FTPY_TESTS_UNIT_SHIM_H
