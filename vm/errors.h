// errors.h: printing what ends a program badly, exactly as CPython 3.11
// prints it to stderr: uncaught exceptions with their tracebacks (source
// lines, ~~~^^^ carets, "[Previous line repeated N more times]", chained
// causes and contexts, __notes__ after the message, exception groups with
// their sub-exceptions in nested frames, at most 15 wide and 10 deep) and
// syntax errors.
#ifndef FTPY_VM_ERRORS_H
#define FTPY_VM_ERRORS_H

#include <stdio.h>

#include "vm/compile/syntax_error.h"
#include "vm/objects/exception.h"

// Registers the text of a file that has no disk file to read back
// (`-c` code, stdin), for traceback source lines. The text is copied.
void errors_remember_source(const char *filename, const char *text, size_t len);

// Writes `e` with its traceback and chained exceptions.
void errors_print_exception(FILE *out, ExceptionObject *e);

// Writes a syntax error found in `src`.
void errors_print_syntax_error(FILE *out, const SyntaxErrorInfo *err,
                               const char *src, size_t len);

#endif // FTPY_VM_ERRORS_H
