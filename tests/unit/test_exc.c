// test_exc.c: the builtin exception hierarchy (checked against python3's
// issubclass for the same pairs) and the per-thread pending exception.
#include <string.h>

#include "tests/unit/support.h"
#include "vm/exc.h"

TestSuite(exc, .init = runtime_setup, .fini = runtime_teardown);

// Generated with python3: issubclass(A, B) for each pair.
static const struct {
    TypeObject *sub, *base;
    bool expected;
} relations[] = {{&exc_ZeroDivisionError, &exc_ArithmeticError, true},
                 {&exc_ZeroDivisionError, &exc_Exception, true},
                 {&exc_ZeroDivisionError, &exc_BaseException, true},
                 {&exc_KeyError, &exc_LookupError, true},
                 {&exc_IndexError, &exc_LookupError, true},
                 {&exc_KeyError, &exc_IndexError, false},
                 {&exc_TabError, &exc_IndentationError, true},
                 {&exc_IndentationError, &exc_SyntaxError, true},
                 {&exc_ModuleNotFoundError, &exc_ImportError, true},
                 {&exc_RecursionError, &exc_RuntimeError, true},
                 {&exc_NotImplementedError, &exc_RuntimeError, true},
                 {&exc_UnicodeDecodeError, &exc_ValueError, true},
                 {&exc_KeyboardInterrupt, &exc_Exception, false},
                 {&exc_SystemExit, &exc_BaseException, true},
                 {&exc_GeneratorExit, &exc_Exception, false},
                 {&exc_StopIteration, &exc_Exception, true},
                 {&exc_FileNotFoundError, &exc_OSError, true},
                 {&exc_BrokenPipeError, &exc_ConnectionError, true},
                 {&exc_TimeoutError, &exc_OSError, true},
                 {&exc_UnboundLocalError, &exc_NameError, true},
                 {&exc_DeprecationWarning, &exc_Warning, true},
                 {&exc_Warning, &exc_Exception, true},
                 {&exc_OverflowError, &exc_ValueError, false},
                 {&exc_AssertionError, &exc_Exception, true},
                 {&exc_StopAsyncIteration, &exc_StopIteration, false},
                 {&exc_ExceptionGroup, &exc_BaseExceptionGroup, true},
                 {&exc_ExceptionGroup, &exc_Exception, true},
                 {&exc_BaseExceptionGroup, &exc_Exception, false},
                 {&exc_UnsupportedOperation, &exc_ValueError, true},
                 {&exc_UnsupportedOperation, &exc_OSError, true}};

Test(exc, hierarchy_matches_python)
{
    for (size_t i = 0; i < sizeof relations / sizeof *relations; i++)
        cr_assert_eq(type_is_subtype(relations[i].sub, relations[i].base),
                     relations[i].expected, "%s / %s", relations[i].sub->name,
                     relations[i].base->name);
}

Test(exc, raise_fetch_and_clear)
{
    cr_assert_eq(exc_occurred(), NULL);
    exc_raise_format(&exc_ZeroDivisionError, "division by %s", "zero");
    cr_assert(exc_matches(&exc_ArithmeticError));
    cr_assert(!exc_matches(&exc_LookupError));
    cr_assert_str_eq(exception_message(exc_occurred()), "division by zero");
    ExceptionObject *e = exc_fetch();
    cr_assert_eq(exc_occurred(), NULL);
    cr_assert_str_eq(object_type(&e->header)->name, "ZeroDivisionError");
    refcount_dec(&e->header);
    exc_raise_format(&exc_KeyError, "%s", "k");
    exc_raise_format(&exc_ValueError, "second"); // replaces the first
    cr_assert(exc_matches(&exc_ValueError));
    exc_clear();
    cr_assert_eq(exc_occurred(), NULL);
}

Test(exc, long_messages_are_kept_whole)
{
    char big[1000];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    exc_raise_format(&exc_RuntimeError, "%s!", big);
    cr_assert_eq(strlen(exception_message(exc_occurred())), 1000);
    exc_clear();
}

static void *raise_in_thread(void *arg)
{
    uint32_t *seen_none = arg;
    ThreadState *ts = enter_thread();
    if (exc_occurred() == NULL)
        set_flag(seen_none); // the main thread's exception is not ours
    exc_raise_format(&exc_TypeError, "left pending at exit");
    leave_thread(ts); // drops it
    return NULL;
}

Test(exc, each_thread_has_its_own_exception)
{
    uint32_t seen_none = 0;
    exc_raise_format(&exc_OSError, "main");
    OsThread t = spawn(raise_in_thread, &seen_none);
    join_detached(&t);
    cr_assert_eq(seen_none, 1);
    cr_assert(exc_matches(&exc_OSError));
    cr_assert_str_eq(exception_message(exc_occurred()), "main");
    exc_clear();
}
