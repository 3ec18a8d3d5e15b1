// exception_group.h: BaseExceptionGroup and ExceptionGroup (PEP 654), and
// the two steps of `except*` that work on them.
//
// A group holds a message (str) and a non-empty tuple of exceptions, both
// fixed at construction; `args` is what the constructor received, as for
// every exception. BaseExceptionGroup(msg, excs) of Exception instances
// only returns an ExceptionGroup, which derives from BaseExceptionGroup
// and Exception (vm/objects/exceptions.def). split() and subgroup() build
// their parts with derive() and copy the original's __traceback__,
// __cause__, __context__ and __notes__ onto them, as CPython does.
//
// Concurrency: a group never changes after construction (its attribute
// dict follows the rules of exception.h).
#ifndef FTPY_VM_OBJECTS_EXCEPTION_GROUP_H
#define FTPY_VM_OBJECTS_EXCEPTION_GROUP_H

#include "vm/objects/exception.h"

typedef struct ExceptionGroupObject {
    ExceptionObject base;
    Value message;    // a str
    Value exceptions; // a non-empty tuple of exceptions
} ExceptionGroupObject;

// Gives both group types their layout, constructor and methods; called
// by exceptions_init before the types are readied.
void exception_group_init(void);

// Whether `v` is a BaseExceptionGroup (or a subclass) instance.
bool exception_group_check(Value v);
// The exceptions tuple of a group (borrowed).
static inline Value exception_group_items(Value group)
{
    return ((ExceptionGroupObject *)value_as_object(group))->exceptions;
}

// CHECK_EG_MATCH: what `except* type` takes out of `exc` (a raised
// exception, or None once everything is handled). 1: *match is the part
// that matches (a naked exception is wrapped in ExceptionGroup('', (e,)))
// and *rest what is left (None if nothing); 0: nothing matches; -1: an
// error, such as `type` not being an exception class or tuple of them, or
// a group type ("catching ExceptionGroup with except* is not allowed").
int exception_group_match(Value exc, Value type, Value *match, Value *rest);

// PREP_RERAISE_STAR: what a try/except* statement raises once its
// handlers ran. `orig` is the exception caught, `excs` a list of what
// the handlers raised followed by the unhandled rest (None items are
// skipped). Parts re-raised unchanged (`raise`, or never handled) are
// put back into orig's shape; if handlers raised new exceptions, they
// and that part are grouped in ExceptionGroup('', [...]). None when
// nothing is left to raise; VALUE_NULL on error.
Value exception_group_prep_reraise(Value orig, Value excs);

#endif // FTPY_VM_OBJECTS_EXCEPTION_GROUP_H
