// errors.h: exceptions as text, exactly as CPython 3.11 writes them:
// uncaught exceptions with their tracebacks (source lines, ~~~^^^
// carets, "[Previous line repeated N more times]", chained causes and
// contexts, __notes__ after the message, exception groups with their
// sub-exceptions in nested frames, at most 15 wide and 10 deep) and
// syntax errors. The traceback module (vm/modules/traceback.c) formats
// through the same functions, so print_exc() and an uncaught exception
// print the same text (where CPython 3.11's own two printers differ, on
// a few lines inside groups and on notes, each follows its own).
//
// Text is produced in chunks, the pieces CPython's traceback.format_*
// functions return as list items (one per frame, one per message line...)
// and handed to a sink; printing to a FILE is the sink that writes them.
//
// Thread safety: the source-line cache is shared and locked; everything
// else works on the caller's objects.
#ifndef FTPY_VM_ERRORS_H
#define FTPY_VM_ERRORS_H

#include <limits.h>
#include <stdbool.h>
#include <stdio.h>

#include "vm/compile/syntax_error.h"
#include "vm/objects/code.h"
#include "vm/objects/exception.h"

// Receives one chunk of text (UTF-8, `len` bytes, not NUL-terminated).
typedef void (*ErrorsSink)(void *ctx, const char *text, size_t len);

// One entry of a traceback or of a stack listing.
typedef struct TraceEntry {
    const char *filename, *name;
    SourceSpan span; // line, end_line, col, end_col (-1: unknown)
    // The source line (unstripped), or NULL to read it from the file.
    const char *line;
    size_t line_len;
} TraceEntry;

// No limit on the entries of a traceback (CPython's limit=None).
#define ERRORS_NO_LIMIT INT_MAX

// How many sub-exceptions of a group are shown, and how deep groups
// nest, by default (the interpreter's limits).
#define ERRORS_MAX_GROUP_WIDTH 15
#define ERRORS_MAX_GROUP_DEPTH 10

// Registers the text of a file that has no disk file to read back
// (`-c` code, stdin), for traceback source lines. The text is copied.
void errors_remember_source(const char *filename, const char *text, size_t len);

// Line `line` (1-based) of `filename` without its newline, from the
// cache or the file; the text stays valid for the life of the program.
bool errors_source_line(const char *filename, int line, const char **start,
                        size_t *len);

// The entries of a traceback chain (exception.__traceback__), outermost
// first, limited as the traceback module's `limit` (> 0: the first
// `limit`, < 0: the last -limit); a new array for alloc_free, and *n.
TraceEntry *errors_traceback_entries(Value tb, int limit, size_t *n);

// Formats entries[0..n): one chunk per entry ("  File ..." with its
// source line and carets), runs of one place cut to three plus a
// "[Previous line repeated N more times]" chunk.
void errors_format_entries(ErrorsSink sink, void *ctx,
                           const TraceEntry *entries, size_t n);

// Formats `e` as the interpreter prints it: the chained exceptions first
// (when `chain`), each traceback limited by `limit`, then the message and
// notes; a group's sub-exceptions follow in its frame. (The traceback
// module walks the chain itself, in lib/traceback.py, and formats each
// piece with the functions here.)
void errors_format_exception(ErrorsSink sink, void *ctx, ExceptionObject *e,
                             int limit, bool chain);

// What the traceback module asks of errors_format_group.
typedef struct ErrorsGroupOptions {
    int limit;             // of each traceback, as above
    bool chain;            // the sub-exceptions' chains too
    int max_width;         // sub-exceptions shown per group
    int max_depth;         // levels of groups shown
    ExceptionObject *root; // the exception whose chain holds the group
} ErrorsGroupOptions;

// Formats group `e` as the traceback module does once it reaches it in
// the chain of `root` (already printed around it, so not again): the
// group's traceback `tb` (NULL: none), message and notes, then each
// sub-exception, with its own chain, in the group's frame.
void errors_format_group(ErrorsSink sink, void *ctx, ExceptionObject *e,
                         Value tb, const ErrorsGroupOptions *opt);

// The last lines alone: "Type: message" (and notes) or a SyntaxError's
// block. `module_rules`: as the traceback module writes them rather than
// the interpreter (a SyntaxError's carets, see
// syntax_error_format_location; how notes split into lines).
void errors_format_exception_only(ErrorsSink sink, void *ctx,
                                  ExceptionObject *e, bool module_rules);

// Writes `e` with its traceback and chained exceptions, as an uncaught
// exception prints (the last 1000 entries of each traceback).
void errors_print_exception(FILE *out, ExceptionObject *e);

// Writes a syntax error found in `src`.
void errors_print_syntax_error(FILE *out, const SyntaxErrorInfo *err,
                               const char *src, size_t len);

#endif // FTPY_VM_ERRORS_H
