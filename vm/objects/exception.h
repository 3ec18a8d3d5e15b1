// exception.h: exception objects and the builtin exception types.
//
// Every builtin exception class of Python 3.11 exists as a static,
// immortal TypeObject named exc_<Name> (exc_ZeroDivisionError, ...),
// expanded from vm/objects/exceptions.def, the one list of the hierarchy.
// An instance holds its args tuple and the chaining fields Python shows in
// tracebacks.
//
// Concurrency: an exception object is built by one thread; the chaining
// fields are set before it is raised and are not changed concurrently
// (Python code that shares exception objects across threads races in
// CPython too).
#ifndef FTPY_VM_OBJECTS_EXCEPTION_H
#define FTPY_VM_OBJECTS_EXCEPTION_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/value.h"

typedef struct ExceptionObject {
    ObjHeader header;
    Value args;      // a tuple
    Value cause;     // __cause__ (raise ... from ...), or VALUE_NULL
    Value context;   // __context__ (raised while handling), or VALUE_NULL
    Value traceback; // __traceback__, or VALUE_NULL
    Object *dict;    // instance attributes (errno, filename, ...), or NULL
    bool suppress_context;
} ExceptionObject;

extern TypeObject exc_BaseException;
#define EXCEPTION(name, base) extern TypeObject exc_##name;
#include "vm/objects/exceptions.def"
#undef EXCEPTION
// io.UnsupportedOperation (not a builtin name): file operations the mode
// does not allow. It derives from OSError and ValueError.
extern TypeObject exc_UnsupportedOperation;

// Readies every exception type (called by types_init).
void exceptions_init(void);

// A new exception of `type` with the given args tuple (reference taken
// over).
ExceptionObject *exception_new(TypeObject *type, Value args);
// A new exception of `type` whose args are (message,).
ExceptionObject *exception_new_message(TypeObject *type, const char *message);
// Raises the OSError subclass CPython picks for `err` (FileNotFoundError
// for ENOENT, ...) with errno, strerror and filename (NULL: none) set,
// printed as "[Errno 2] No such file or directory: 'x'".
void exception_raise_errno(int err, const char *filename);
// The same with a second file name (rename, link): printed as
// "[Errno 2] No such file or directory: 'a' -> 'b'" and kept in
// filename2.
void exception_raise_errno2(int err, const char *filename,
                            const char *filename2);

// Raises `type` (exc_UnicodeEncodeError or exc_UnicodeDecodeError) as
// the codecs do: args (encoding, object, start, end, reason), the same
// five as attributes, and CPython's message derived from them. `object`
// (the str or bytes in error) is borrowed.
void exception_raise_unicode(TypeObject *type, const char *encoding,
                             Value object, int64_t start, int64_t end,
                             const char *reason);

// Raises the SyntaxError (IndentationError, TabError) the compiler
// reported, with CPython's args and attributes: msg, filename, lineno,
// offset, text (the line of `src`, which may be NULL: None), end_lineno,
// end_offset. str() is "msg (file, line N)".
struct SyntaxErrorInfo;
void exception_raise_syntax_error(const struct SyntaxErrorInfo *info,
                                  const char *src, size_t len);

// e.args = args[0..nargs), as BaseException.__init__ does.
void exception_set_args(ExceptionObject *e, const Value *args, size_t nargs);

// Sets attribute `name` of `e` to `v` (borrowed), as e.name = v would:
// AttributeError.name and NameError.name after raising them, say.
void exception_set_attr(ExceptionObject *e, const char *name, Value v);

// The str of a one-argument exception's message, or NULL.
const char *exception_message(const ExceptionObject *e);

static inline bool exception_is(const ExceptionObject *e, TypeObject *base)
{
    return type_is_subtype(object_type(&e->header), base);
}

#endif // FTPY_VM_OBJECTS_EXCEPTION_H
