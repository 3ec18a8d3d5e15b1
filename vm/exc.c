// exc.c: the per-thread pending exception (see exc.h).
#include "vm/exc.h"

#include <stdarg.h>
#include <stdio.h>

#include "alloc/alloc.h"
#include "vm/state.h"

void exc_restore(ExceptionObject *e)
{
    ThreadState *ts = thread_current();
    Value old = (Value)ts->exc;
    ts->exc = (uintptr_t)e;
    value_decref(old);
}

// Python's implicit chaining: an exception raised while another is being
// handled records it as __context__ (unless that would make a cycle).
static void chain_context(ThreadState *ts, ExceptionObject *e)
{
    ExceptionObject *handled =
        (ExceptionObject *)value_as_object((Value)ts->handled);
    if (handled == NULL || handled == e || e->context != VALUE_NULL)
        return;
    for (ExceptionObject *c = handled; c;
         c = (ExceptionObject *)value_as_object(c->context))
        if (c == e)
            return;
    refcount_inc(&handled->header);
    e->context = value_steal(&handled->header);
}

void exc_raise(ExceptionObject *e)
{
    ThreadState *ts = thread_current();
    chain_context(ts, e);
    exc_restore(e);
}

void exc_raise_format(TypeObject *type, const char *fmt, ...)
{
    char small[256], *text = small;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n >= (int)sizeof small) { // long message: format again, to fit
        text = alloc_raw((size_t)n + 1);
        va_start(ap, fmt);
        vsnprintf(text, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    exc_raise(exception_new_message(type, text));
    if (text != small)
        alloc_free(text);
}

ExceptionObject *exc_occurred(void)
{
    return (ExceptionObject *)thread_current()->exc;
}

bool exc_matches(TypeObject *type)
{
    ExceptionObject *e = exc_occurred();
    return e && exception_is(e, type);
}

ExceptionObject *exc_fetch(void)
{
    ThreadState *ts = thread_current();
    ExceptionObject *e = (ExceptionObject *)ts->exc;
    ts->exc = 0;
    return e;
}

void exc_clear(void)
{
    ExceptionObject *e = exc_fetch();
    if (e)
        refcount_dec(&e->header);
}
