// lexer.h: turns Python 3.11 source (UTF-8 bytes) into tokens.
//
// The lexer works on one in-memory buffer and produces tokens on demand
// (lexer_next). Tokens do not own text: `start`/`end` are byte offsets
// into the source, so the parser slices names, numbers and strings from
// the buffer it gave us. STRING tokens span the whole literal including
// prefix and quotes; adjacent literals are separate tokens (the parser
// concatenates them). f-strings are single STRING tokens as in CPython
// 3.11; the parser parses their replacement fields.
//
// Positions: `line` is 1-based; `col` is the 0-based offset in *bytes*
// from the start of the line, as CPython's tokenizer reports them
// (converting to characters for carets is the error printer's job).
//
// Thread safety: a Lexer is used by one thread; lexers share nothing.
#ifndef FTPY_VM_COMPILE_LEXER_H
#define FTPY_VM_COMPILE_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum TokenKind {
#define TOKEN(name, text) TOK_##name,
#define KEYWORD(name, text) TOK_KW_##name,
#include "vm/compile/tokens.def"
#undef TOKEN
#undef KEYWORD
    TOK_COUNT
} TokenKind;

typedef struct Token {
    TokenKind kind;
    size_t start, end;     // byte offsets into the source
    int line, col;         // where it starts (1-based line, 0-based col)
    int end_line, end_col; // where it ends (exclusive)
} Token;

// What kind of error the lexer found (Python exception class to raise).
typedef enum LexErrorKind {
    LEX_OK = 0,
    LEX_SYNTAX_ERROR,      // SyntaxError
    LEX_INDENTATION_ERROR, // IndentationError
    LEX_TAB_ERROR,         // TabError
} LexErrorKind;

// Values of LexError.end_col for errors whose CPython end_offset is not a
// column: 0 and -1 respectively.
enum { LEX_END_ZERO = -1, LEX_END_MINUS_ONE = -2 };

typedef struct LexError {
    LexErrorKind kind;
    char message[256]; // CPython 3.11's wording, e.g.
                       // "unterminated string literal (detected at line 3)"
    // Where CPython points: the error's 1-based SyntaxError.offset is the
    // character at byte column `col` of `line` (0-based), end_offset the
    // character at `end_col` of `end_line` plus one, unless end_col is one
    // of the LEX_END_* values.
    int line, col;
    int end_line, end_col;
    // True when CPython reports the error without a source line or caret
    // (source that is not UTF-8: "Non-UTF-8 code starting with ...").
    bool no_location;
} LexError;

typedef struct Lexer Lexer;

// A lexer over `src[0..len)`, which must stay alive as long as the lexer
// and its tokens. `filename` is only kept for messages.
Lexer *lexer_new(const char *src, size_t len, const char *filename);
// A lexer for an f-string replacement field: `src[start..end)` (a slice
// of the same file buffer) is lexed as if inside parentheses (newlines
// ignored, no INDENT/DEDENT/NEWLINE) and ends with ENDMARKER; `!` is
// EXCLAMATION. `line` is the line `start` is on and `line_start` that
// line's first byte, so positions are the file's. UTF-8 is not re-checked.
Lexer *lexer_new_fragment(const char *src, size_t start, size_t end,
                          const char *filename, int line, size_t line_start);
void lexer_free(Lexer *lx);

// The next token. On error returns false and fills `*err` (the lexer
// must not be used afterwards). After ENDMARKER it keeps returning
// ENDMARKER.
bool lexer_next(Lexer *lx, Token *tok, LexError *err);

// "NAME", "LPAR", ... for diagnostics and tests.
const char *token_kind_name(TokenKind kind);
// The operator spelling ("(", "**=") or description ("name").
const char *token_kind_text(TokenKind kind);

#endif // FTPY_VM_COMPILE_LEXER_H
