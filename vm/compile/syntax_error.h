// syntax_error.h: a SyntaxError as CPython reports it, and the block
// CPython prints for it.
//
// The fields are exactly the SyntaxError attributes of CPython 3.11
// (lineno, offset, end_lineno, end_offset: 1-based, offsets counted in
// characters, end_offset may be 0 or -1 where CPython leaves it so), so a
// caller can build the Python exception object from them directly.
//
// Thread safety: plain data; the functions touch only their arguments.
#ifndef FTPY_VM_COMPILE_SYNTAX_ERROR_H
#define FTPY_VM_COMPILE_SYNTAX_ERROR_H

#include <stdbool.h>
#include <stddef.h>

typedef enum SyntaxErrorKind {
    SYNTAX_ERROR,      // SyntaxError
    INDENTATION_ERROR, // IndentationError (a SyntaxError subclass)
    TAB_ERROR,         // TabError (an IndentationError subclass)
} SyntaxErrorKind;

typedef struct SyntaxErrorInfo {
    SyntaxErrorKind kind;
    char message[256];
    const char *filename; // the parser's filename argument (not copied)
    int lineno, offset;
    int end_lineno, end_offset;
    // CPython reports some errors (non-UTF-8 source) with no line, no
    // text and no caret: only "SyntaxError: message".
    bool no_location;
    // How CPython builds the exception for errors found after parsing:
    // the compiler's, the symbol table's and the future-import checks'
    // have no `text` when the source is a string (CPython reads it back
    // from the file), and the latter two keep only the message in args.
    bool no_text, bare_args;
    // CPython's tokenizer gives its own errors (bad literals, unmatched
    // brackets, bad characters) the line's text without its newline.
    bool text_without_newline;
} SyntaxErrorInfo;

// end_offset of an error CPython locates by line and column only (its
// end_offset is None): printed with one caret.
#define SYNTAX_NO_END_OFFSET (-1000000)

// "SyntaxError", "IndentationError" or "TabError".
const char *syntax_error_kind_name(SyntaxErrorKind kind);

// 1-based character offset of byte column `col` on line `line` of
// src[0..len) (how CPython turns token columns into SyntaxError.offset).
int syntax_error_char_offset(const char *src, size_t len, int line, int col);

// Writes what CPython 3.11 prints to stderr for an uncaught SyntaxError,
// given the source the error is about:
//
//       File "t.py", line 3
//         x = (1 +
//             ^
//     SyntaxError: '(' was never closed
//
// (the line with leading whitespace stripped, carets from offset to
// end_offset). Always NUL-terminates; returns the length it needed, like
// snprintf.
size_t syntax_error_format(const SyntaxErrorInfo *e, const char *src,
                           size_t len, char *buf, size_t size);
// The same without the last ("SyntaxError: message") line; `src` NULL
// leaves out the source line and carets. `module_rules`: the carets as
// the traceback module draws them (it ignores end_lineno and marks an
// IndentationError's whole range, where the interpreter marks one
// column).
size_t syntax_error_format_location(const SyntaxErrorInfo *e, const char *src,
                                    size_t len, bool module_rules, char *buf,
                                    size_t size);

#endif // FTPY_VM_COMPILE_SYNTAX_ERROR_H
