// exc.h: the exception being raised on the current thread.
//
// Error convention, everywhere in the VM: a function that fails sets the
// current exception (exc_raise, exc_raise_format) and returns its error
// value (NULL, VALUE_NULL or -1, as its header says). The caller either
// handles it (exc_fetch / exc_clear) or returns its own error value,
// passing it up. The state lives in the ThreadState, so threads never see
// each other's exceptions.
#ifndef FTPY_VM_EXC_H
#define FTPY_VM_EXC_H

#include <stdbool.h>

#include "vm/objects/exception.h"

// Raises `e` (taking over the reference), replacing any pending one. If
// an exception is being handled, it becomes e.__context__.
void exc_raise(ExceptionObject *e);
// Re-raises `e` as it is (no chaining): `raise` without an argument and
// the end of a `finally` block.
void exc_restore(ExceptionObject *e);
// Raises a new `type` exception whose message is printf-formatted.
void exc_raise_format(TypeObject *type, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
// The pending exception (borrowed), or NULL.
ExceptionObject *exc_occurred(void);
// Whether a pending exception is an instance of `type` or a subclass.
bool exc_matches(TypeObject *type);
// Takes the pending exception out (the caller owns it), or NULL.
ExceptionObject *exc_fetch(void);
void exc_clear(void);

#endif // FTPY_VM_EXC_H
