// shim.c: the runner behind shim.h (ThreadSanitizer builds only).
#include "tests/unit/shim.h"

#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_TESTS 512
#define MAX_SUITES 64
#define TIMEOUT_S 300

typedef struct ShimTest {
    const char *suite, *name;
    void (*fn)(void);
    const ShimOptions *opts;
} ShimTest;

typedef struct ShimSuite {
    const char *suite;
    const ShimOptions *opts;
} ShimSuite;

static ShimTest tests[MAX_TESTS];
static int test_count;
static ShimSuite suites[MAX_SUITES];
static int suite_count;

void shim_register_test(const char *suite, const char *name, void (*fn)(void),
                        const ShimOptions *opts)
{
    if (test_count < MAX_TESTS)
        tests[test_count++] = (ShimTest){suite, name, fn, opts};
}

void shim_register_suite(const char *suite, const ShimOptions *opts)
{
    if (suite_count < MAX_SUITES)
        suites[suite_count++] = (ShimSuite){suite, opts};
}

void shim_fail(const char *file, int line, const char *expr, const char *fmt,
               ...)
{
    fprintf(stderr, "%s:%d: assertion failed: %s\n", file, line, expr);
    if (fmt[1]) { // the macro prefixes a space to every message
        va_list ap;
        va_start(ap, fmt);
        fputs(" ", stderr);
        vfprintf(stderr, fmt, ap);
        fputc('\n', stderr);
        va_end(ap);
    }
    fflush(NULL);
    _exit(1);
}

// The test's own fixture, else its suite's.
static ShimOptions fixture_of(const ShimTest *t)
{
    ShimOptions o = *t->opts;
    for (int i = 0; i < suite_count; i++) {
        if (strcmp(suites[i].suite, t->suite) != 0)
            continue;
        if (!o.init)
            o.init = suites[i].opts->init;
        if (!o.fini)
            o.fini = suites[i].opts->fini;
    }
    return o;
}

static void run_child(const ShimTest *t)
{
    ShimOptions o = fixture_of(t);
    alarm(TIMEOUT_S);
    if (o.init)
        o.init();
    t->fn();
    if (o.fini)
        o.fini();
    fflush(NULL);
    _exit(0);
}

// Returns true if the test passed.
static int run_one(const ShimTest *t)
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0)
        run_child(t);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        printf("[PASS] %s::%s\n", t->suite, t->name);
        return 1;
    }
    if (WIFSIGNALED(status))
        printf("[FAIL] %s::%s: killed by signal %d%s\n", t->suite, t->name,
               WTERMSIG(status),
               WTERMSIG(status) == SIGALRM ? " (timeout)" : "");
    else
        printf("[FAIL] %s::%s: exit status %d\n", t->suite, t->name,
               WEXITSTATUS(status));
    return 0;
}

int main(int argc, char **argv)
{
    (void)argc, (void)argv; // criterion's options are accepted and ignored
    int passed = 0;
    for (int i = 0; i < test_count; i++)
        passed += run_one(&tests[i]);
    printf("tsan: %d passed, %d failed\n", passed, test_count - passed);
    return passed == test_count ? 0 : 1;
}
