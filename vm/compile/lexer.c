// lexer.c: Python 3.11 tokens from UTF-8 source, following CPython's
// Parser/tokenizer.c rules: indentation with tabs to multiples of 8 and a
// tab-size-1 shadow column for TabError, implicit joining inside
// brackets, backslash joining, NEWLINE only after a line with tokens, a
// NEWLINE before ENDMARKER even without a final newline.
//
// Error positions copy CPython's: most tokenizer errors point at the
// character *before* the tokenizer's cursor (see err_at_cursor).
#include "vm/compile/lexer.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_INDENT = 100, MAX_PAREN = 200 };

typedef struct Paren {
    char ch;
    int line, col;
} Paren;

struct Lexer {
    const char *src;
    size_t pos, end; // next byte; end of input
    const char *filename;
    int line;          // current line (1-based)
    size_t line_start; // byte offset of the current line
    int indents[MAX_INDENT], alt[MAX_INDENT], depth;
    int pending;      // >0: INDENTs to emit, <0: DEDENTs to emit
    int pending_col;  // column of the line they are for
    bool at_bol;      // next token starts a logical line
    bool line_tokens; // the current logical line has tokens
    bool fragment;    // f-string replacement field
    bool checked;     // UTF-8 checked
    bool done;        // ENDMARKER emitted
    Paren parens[MAX_PAREN];
    int nparen;
};

// ---------------------------------------------------------------- setup

Lexer *lexer_new(const char *src, size_t len, const char *filename)
{
    Lexer *lx = calloc(1, sizeof(Lexer));
    if (!lx)
        abort();
    lx->src = src;
    lx->end = len;
    lx->filename = filename;
    lx->line = 1;
    lx->at_bol = true;
    if (len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0)
        lx->pos = lx->line_start = 3; // UTF-8 byte order mark
    return lx;
}

Lexer *lexer_new_fragment(const char *src, size_t start, size_t end,
                          const char *filename, int line, size_t line_start)
{
    Lexer *lx = lexer_new(src, end, filename);
    lx->pos = start;
    lx->line = line;
    lx->line_start = line_start;
    lx->fragment = lx->checked = true;
    lx->at_bol = false;
    return lx;
}

void lexer_free(Lexer *lx)
{
    free(lx);
}

// ---------------------------------------------------------------- names

static const char *const kind_names[] = {
#define TOKEN(name, text) #name,
#define KEYWORD(name, text) #name,
#include "vm/compile/tokens.def"
#undef TOKEN
#undef KEYWORD
};

static const char *const kind_texts[] = {
#define TOKEN(name, text) text,
#define KEYWORD(name, text) text,
#include "vm/compile/tokens.def"
#undef TOKEN
#undef KEYWORD
};

const char *token_kind_name(TokenKind kind)
{
    return kind_names[kind];
}

const char *token_kind_text(TokenKind kind)
{
    return kind_texts[kind];
}

// ---------------------------------------------------------------- errors

static int peek(const Lexer *lx, size_t ahead)
{
    size_t p = lx->pos + ahead;
    return p < lx->end ? (unsigned char)lx->src[p] : -1;
}

static int col_of(const Lexer *lx, size_t pos)
{
    return (int)(pos - lx->line_start);
}

// Start of the UTF-8 character that ends just before `pos`.
static size_t prev_char(const Lexer *lx, size_t pos)
{
    if (pos <= lx->line_start)
        return pos;
    pos--;
    while (pos > lx->line_start && ((unsigned char)lx->src[pos] & 0xc0) == 0x80)
        pos--;
    return pos;
}

static bool fail(LexError *err, LexErrorKind kind, int line, int col,
                 int end_line, int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    err->kind = kind;
    err->line = line;
    err->col = col;
    err->end_line = end_line;
    err->end_col = end_col;
    err->no_location = false;
    return false;
}

// CPython's syntaxerror(tok, ...): offset = characters before `cursor`,
// i.e. pointing at the character just before it.
static bool err_at_cursor(Lexer *lx, LexError *err, size_t cursor,
                          const char *msg)
{
    int col = col_of(lx, prev_char(lx, cursor));
    return fail(err, LEX_SYNTAX_ERROR, lx->line, col, lx->line, col, "%s", msg);
}

// ----------------------------------------------------------------- UTF-8

// Length of the valid UTF-8 sequence at s[0..n), 0 if invalid.
static int utf8_len(const unsigned char *s, size_t n)
{
    int len = s[0] < 0x80                   ? 1
              : s[0] >= 0xc2 && s[0] < 0xe0 ? 2
              : s[0] >= 0xe0 && s[0] < 0xf0 ? 3
              : s[0] >= 0xf0 && s[0] < 0xf5 ? 4
                                            : 0;
    if (len == 0 || (size_t)len > n)
        return 0;
    for (int i = 1; i < len; i++)
        if ((s[i] & 0xc0) != 0x80)
            return 0;
    if ((len == 3 && s[0] == 0xe0 && s[1] < 0xa0) ||
        (len == 3 && s[0] == 0xed && s[1] >= 0xa0) ||
        (len == 4 && s[0] == 0xf0 && s[1] < 0x90) ||
        (len == 4 && s[0] == 0xf4 && s[1] >= 0x90))
        return 0;
    return len;
}

static uint32_t utf8_decode(const unsigned char *s, int len)
{
    if (len == 1)
        return s[0];
    uint32_t c = s[0] & (0x7fu >> len);
    for (int i = 1; i < len; i++)
        c = (c << 6) | (s[i] & 0x3fu);
    return c;
}

// The whole file must be UTF-8, as CPython's file reader demands.
static bool check_utf8(Lexer *lx, LexError *err)
{
    const unsigned char *s = (const unsigned char *)lx->src;
    int line = 1;
    for (size_t i = 0; i < lx->end;) {
        int n = utf8_len(s + i, lx->end - i);
        if (n == 0) {
            fail(err, LEX_SYNTAX_ERROR, line, 0, line, 0,
                 "Non-UTF-8 code starting with '\\x%02x' in file %s on line "
                 "%d, but no encoding declared; see "
                 "https://peps.python.org/pep-0263/ for details",
                 s[i], lx->filename, line);
            err->no_location = true;
            return false;
        }
        line += s[i] == '\n';
        i += (size_t)n;
    }
    return true;
}

// --------------------------------------------------------------- helpers

static bool is_newline(int c)
{
    return c == '\n' || c == '\r';
}

// Consumes one line break (\n, \r\n or \r) and starts the next line.
static void take_newline(Lexer *lx)
{
    if (peek(lx, 0) == '\r' && peek(lx, 1) == '\n')
        lx->pos++;
    lx->pos++;
    lx->line++;
    lx->line_start = lx->pos;
}

static bool ident_start(int c)
{
    return c == '_' || isalpha(c) || c >= 0x80;
}

static bool ident_char(int c)
{
    return ident_start(c) || isdigit(c);
}

static bool emit(Lexer *lx, Token *tok, TokenKind kind, size_t start)
{
    tok->kind = kind;
    tok->start = start;
    tok->end = lx->pos;
    tok->end_line = lx->line;
    tok->end_col = col_of(lx, lx->pos);
    if (tok->line == 0) { // single-line token: starts on this line
        tok->line = lx->line;
        tok->col = col_of(lx, start);
    }
    if (kind != TOK_NEWLINE && kind != TOK_INDENT && kind != TOK_DEDENT)
        lx->line_tokens = true;
    return true;
}

// ----------------------------------------------------------- indentation

// Measures the indentation of the line at lx->pos: `col` with tabs to the
// next multiple of 8, `alt` with tabs as 1 (CPython's altcol).
static void measure_indent(Lexer *lx, int *col, int *alt)
{
    *col = *alt = 0;
    for (;; lx->pos++) {
        int c = peek(lx, 0);
        if (c == ' ') {
            (*col)++, (*alt)++;
        } else if (c == '\t') {
            *col = (*col / 8 + 1) * 8;
            (*alt)++;
        } else if (c == '\f') {
            *col = *alt = 0;
        } else {
            return;
        }
    }
}

static bool tab_error(Lexer *lx, LexError *err)
{
    return fail(err, LEX_TAB_ERROR, lx->line, 0, lx->line, LEX_END_ZERO,
                "inconsistent use of tabs and spaces in indentation");
}

// Compares a new logical line's indentation with the stack and queues
// INDENT/DEDENT tokens.
static bool indent_line(Lexer *lx, int col, int alt, LexError *err)
{
    int top = lx->indents[lx->depth], atop = lx->alt[lx->depth];
    if (col == top)
        return alt == atop ? true : tab_error(lx, err);
    if (col > top) {
        if (lx->depth + 1 >= MAX_INDENT)
            return fail(err, LEX_INDENTATION_ERROR, lx->line, 0, lx->line,
                        LEX_END_ZERO, "too many levels of indentation");
        if (alt <= atop)
            return tab_error(lx, err);
        lx->depth++;
        lx->indents[lx->depth] = col;
        lx->alt[lx->depth] = alt;
        lx->pending = 1;
        return true;
    }
    while (lx->depth > 0 && col < lx->indents[lx->depth]) {
        lx->depth--;
        lx->pending--;
    }
    if (col != lx->indents[lx->depth]) {
        size_t e = lx->pos;
        while (e < lx->end && !is_newline(lx->src[e]))
            e++;
        int c = col_of(lx, prev_char(lx, e + 1 <= lx->end ? e + 1 : e));
        return fail(err, LEX_INDENTATION_ERROR, lx->line, c, lx->line,
                    LEX_END_MINUS_ONE,
                    "unindent does not match any outer indentation level");
    }
    return alt == lx->alt[lx->depth] ? true : tab_error(lx, err);
}

// At the start of a line outside brackets: skip blank and comment-only
// lines, then measure the indentation of the first real line.
static bool start_line(Lexer *lx, LexError *err)
{
    for (;;) {
        int col, alt;
        measure_indent(lx, &col, &alt);
        int c = peek(lx, 0);
        if (c == '#') {
            while (peek(lx, 0) >= 0 && !is_newline(peek(lx, 0)))
                lx->pos++;
            c = peek(lx, 0);
        }
        if (is_newline(c)) {
            take_newline(lx);
            continue;
        }
        lx->at_bol = false;
        lx->line_tokens = false;
        lx->pending_col = col_of(lx, lx->pos);
        if (c < 0)
            return true; // end of file: no indentation change
        return indent_line(lx, col, alt, err);
    }
}

// Emits one queued INDENT or DEDENT.
static bool emit_pending(Lexer *lx, Token *tok)
{
    tok->line = lx->line;
    tok->col = lx->pending > 0 ? 0 : lx->pending_col;
    TokenKind kind = lx->pending > 0 ? TOK_INDENT : TOK_DEDENT;
    lx->pending += lx->pending > 0 ? -1 : 1;
    emit(lx, tok, kind, lx->pos);
    if (kind == TOK_DEDENT)
        tok->start = lx->pos;
    return true;
}

// ------------------------------------------------------------ end of file

static bool at_eof(Lexer *lx, Token *tok, LexError *err)
{
    if (lx->nparen > 0) {
        Paren *p = &lx->parens[lx->nparen - 1];
        return fail(err, LEX_SYNTAX_ERROR, p->line, p->col, p->line,
                    LEX_END_ZERO, "'%c' was never closed", p->ch);
    }
    tok->line = lx->line;
    tok->col = col_of(lx, lx->pos);
    if (lx->line_tokens && !lx->fragment) {
        lx->line_tokens = false;
        return emit(lx, tok, TOK_NEWLINE, lx->pos);
    }
    if (lx->depth > 0 && !lx->fragment) {
        lx->depth--;
        return emit(lx, tok, TOK_DEDENT, lx->pos);
    }
    lx->done = true;
    return emit(lx, tok, TOK_ENDMARKER, lx->pos);
}

// --------------------------------------------------------------- numbers

static void skip_digits(Lexer *lx, int (*is_digit)(int))
{
    while (peek(lx, 0) >= 0 && is_digit(peek(lx, 0)))
        lx->pos++;
}

// Digits with single underscores between them (CPython's
// tok_decimal_tail and its hex/octal/binary loops).
static bool digit_tail(Lexer *lx, LexError *err, int (*is_digit)(int),
                       const char *kind)
{
    for (;;) {
        skip_digits(lx, is_digit);
        if (peek(lx, 0) != '_')
            return true;
        lx->pos++;
        if (peek(lx, 0) < 0 || !is_digit(peek(lx, 0))) {
            char msg[64];
            snprintf(msg, sizeof msg, "invalid %s literal", kind);
            return err_at_cursor(lx, err, lx->pos, msg);
        }
    }
}

static bool end_of_number(Lexer *lx, LexError *err, const char *kind)
{
    int c = peek(lx, 0);
    if (c < 0 || !ident_char(c))
        return true;
    // `1if x else y`, `0in x`...: CPython only warns before keywords.
    static const char *const ok[] = {"and", "else", "for", "if",
                                     "in",  "is",   "or"};
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
        size_t n = strlen(ok[i]);
        if (lx->pos + n <= lx->end && !memcmp(lx->src + lx->pos, ok[i], n))
            return true;
    }
    char msg[64];
    snprintf(msg, sizeof msg, "invalid %s literal", kind);
    return err_at_cursor(lx, err, lx->pos, msg);
}

static int is_bin(int c)
{
    return c == '0' || c == '1';
}

static int is_oct(int c)
{
    return c >= '0' && c <= '7';
}

// 0x, 0o, 0b literals; lx->pos is after the prefix letter.
static bool radix_number(Lexer *lx, LexError *err, int (*is_digit)(int),
                         const char *kind)
{
    if (peek(lx, 0) == '_')
        lx->pos++;
    int c = peek(lx, 0);
    if (c < 0 || !is_digit(c)) {
        if (c >= 0 && isdigit(c) && is_digit != isxdigit) {
            char msg[64];
            snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c,
                     kind);
            return err_at_cursor(lx, err, lx->pos + 1, msg);
        }
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", kind);
        return err_at_cursor(lx, err, lx->pos, msg);
    }
    if (!digit_tail(lx, err, is_digit, kind))
        return false;
    c = peek(lx, 0);
    if (c >= 0 && isdigit(c) && is_digit != isxdigit) {
        char msg[64];
        snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, kind);
        return err_at_cursor(lx, err, lx->pos + 1, msg);
    }
    return end_of_number(lx, err, kind);
}

// Exponent and imaginary suffix after the mantissa.
static bool number_suffix(Lexer *lx, LexError *err)
{
    int c = peek(lx, 0);
    if (c == 'e' || c == 'E') {
        size_t e = lx->pos;
        lx->pos++;
        if (peek(lx, 0) == '+' || peek(lx, 0) == '-')
            lx->pos++;
        if (peek(lx, 0) < 0 || !isdigit(peek(lx, 0))) {
            if (lx->pos == e + 1) { // `1e`, `1else`: the e is not ours
                lx->pos = e;
                return end_of_number(lx, err, "decimal");
            }
            return err_at_cursor(lx, err, lx->pos, "invalid decimal literal");
        }
        if (!digit_tail(lx, err, isdigit, "decimal"))
            return false;
    }
    if (peek(lx, 0) == 'j' || peek(lx, 0) == 'J') {
        lx->pos++;
        return end_of_number(lx, err, "imaginary");
    }
    return end_of_number(lx, err, "decimal");
}

// Fraction after '.', then the suffix.
static bool fraction(Lexer *lx, LexError *err)
{
    lx->pos++; // '.'
    if (peek(lx, 0) >= 0 && isdigit(peek(lx, 0)) &&
        !digit_tail(lx, err, isdigit, "decimal"))
        return false;
    return number_suffix(lx, err);
}

// Decimal literals starting with 0: only zeros may follow, unless it
// becomes a float (`0777.5`) or imaginary literal.
static bool zero_number(Lexer *lx, LexError *err, size_t start)
{
    for (;;) {
        if (peek(lx, 0) == '_') {
            lx->pos++;
            if (peek(lx, 0) < 0 || !isdigit(peek(lx, 0)))
                return err_at_cursor(lx, err, lx->pos,
                                     "invalid decimal literal");
        }
        if (peek(lx, 0) != '0')
            break;
        lx->pos++;
    }
    size_t zeros_end = lx->pos + 1;
    bool nonzero = peek(lx, 0) >= 0 && isdigit(peek(lx, 0));
    if (nonzero && !digit_tail(lx, err, isdigit, "decimal"))
        return false;
    int c = peek(lx, 0);
    if (c == '.')
        return fraction(lx, err);
    if (c == 'e' || c == 'E' || c == 'j' || c == 'J')
        return number_suffix(lx, err);
    if (nonzero) {
        int col = col_of(lx, start);
        return fail(err, LEX_SYNTAX_ERROR, lx->line, col, lx->line,
                    col_of(lx, prev_char(lx, zeros_end)),
                    "leading zeros in decimal integer literals are not "
                    "permitted; use an 0o prefix for octal integers");
    }
    return end_of_number(lx, err, "decimal");
}

static bool number(Lexer *lx, LexError *err)
{
    size_t start = lx->pos;
    int c = peek(lx, 0);
    if (c == '.')
        return fraction(lx, err);
    lx->pos++;
    if (c == '0') {
        int x = tolower(peek(lx, 0));
        if (x == 'x' || x == 'o' || x == 'b') {
            lx->pos++;
            return x == 'x'   ? radix_number(lx, err, isxdigit, "hexadecimal")
                   : x == 'o' ? radix_number(lx, err, is_oct, "octal")
                              : radix_number(lx, err, is_bin, "binary");
        }
        return zero_number(lx, err, start);
    }
    if (!digit_tail(lx, err, isdigit, "decimal"))
        return false;
    if (peek(lx, 0) == '.')
        return fraction(lx, err);
    return number_suffix(lx, err);
}

// --------------------------------------------------------------- strings

// True if s[0..n) is a string prefix: r, u, b, f and the two-letter
// combinations of r with b or f, in any case.
static bool string_prefix(const char *s, size_t n)
{
    char a = n > 0 ? (char)tolower(s[0]) : 0;
    char b = n > 1 ? (char)tolower(s[1]) : 0;
    if (n == 1)
        return a == 'r' || a == 'u' || a == 'b' || a == 'f';
    if (n == 2)
        return (a == 'r' && (b == 'b' || b == 'f')) ||
               (b == 'r' && (a == 'b' || a == 'f'));
    return false;
}

// Line on which the file's last character is.
static int last_line(const Lexer *lx)
{
    int line = lx->line;
    for (size_t i = lx->pos; i + 1 < lx->end; i++)
        line += lx->src[i] == '\n';
    return line;
}

// The body of a string literal; lx->pos is at the opening quote.
static bool string_body(Lexer *lx, Token *tok, size_t start, LexError *err)
{
    char q = lx->src[lx->pos];
    bool triple = peek(lx, 1) == q && peek(lx, 2) == q;
    int line = lx->line, col = col_of(lx, start);
    lx->pos += triple ? 3 : 1;
    for (;;) {
        int c = peek(lx, 0);
        if (c < 0 || (!triple && is_newline(c))) {
            int n = c < 0 ? last_line(lx) : lx->line;
            return fail(err, LEX_SYNTAX_ERROR, line, col, line, col,
                        "unterminated %sstring literal (detected at line %d)",
                        triple ? "triple-quoted " : "", n);
        }
        if (c == q && (!triple || (peek(lx, 1) == q && peek(lx, 2) == q))) {
            lx->pos += triple ? 3 : 1;
            break;
        }
        if (c == '\\' && peek(lx, 1) >= 0)
            lx->pos++; // the escaped character cannot end the string
        if (is_newline(peek(lx, 0)))
            take_newline(lx);
        else
            lx->pos++;
    }
    tok->line = line;
    tok->col = col;
    return emit(lx, tok, TOK_STRING, start);
}

// ----------------------------------------------------------- identifiers

// CPython checks identifiers against Unicode's XID tables; we accept every
// non-ASCII letter-like character and reject the symbol, punctuation and
// space blocks (an approximation: see README).
static bool bad_ident_char(uint32_t c)
{
    return (c >= 0x80 && c <= 0xbf && c != 0xaa && c != 0xb5 && c != 0xba) ||
           c == 0xd7 || c == 0xf7 || (c >= 0x2000 && c <= 0x206f) ||
           (c >= 0x20a0 && c <= 0x20cf) || (c >= 0x2190 && c <= 0x2bff) ||
           (c >= 0x3000 && c <= 0x3003) || (c >= 0xd800 && c <= 0xf8ff) ||
           (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff01 && c <= 0xff0f) ||
           (c >= 0xfff0 && c <= 0xffff) || (c >= 0x1f000 && c <= 0x1faff);
}

static bool nonprintable(uint32_t c)
{
    return c < 0xa0 || c == 0xad || (c >= 0x2000 && c <= 0x200f) ||
           (c >= 0x2028 && c <= 0x202f) || (c >= 0x2060 && c <= 0x206f) ||
           c == 0xfeff || (c >= 0xfff9 && c <= 0xfffb);
}

static bool check_identifier(Lexer *lx, size_t start, LexError *err)
{
    const unsigned char *s = (const unsigned char *)lx->src;
    for (size_t i = start; i < lx->pos;) {
        int n = utf8_len(s + i, lx->pos - i);
        uint32_t c = utf8_decode(s + i, n ? n : 1);
        if (n > 1 && bad_ident_char(c)) {
            int col = col_of(lx, i);
            if (nonprintable(c))
                return fail(err, LEX_SYNTAX_ERROR, lx->line, col, lx->line, col,
                            "invalid non-printable character U+%04X", c);
            return fail(err, LEX_SYNTAX_ERROR, lx->line, col, lx->line, col,
                        "invalid character '%.*s' (U+%04X)", n, s + i, c);
        }
        i += (size_t)(n ? n : 1);
    }
    return true;
}

static TokenKind keyword_kind(const char *s, size_t n)
{
    for (int k = TOK_KW_FALSE; k < TOK_COUNT; k++)
        if (strlen(kind_texts[k]) == n && memcmp(kind_texts[k], s, n) == 0)
            return (TokenKind)k;
    return TOK_NAME;
}

static bool name_or_string(Lexer *lx, Token *tok, LexError *err)
{
    size_t start = lx->pos;
    while (peek(lx, 0) >= 0 && ident_char(peek(lx, 0)))
        lx->pos++;
    int c = peek(lx, 0);
    if ((c == '"' || c == '\'') &&
        string_prefix(lx->src + start, lx->pos - start))
        return string_body(lx, tok, start, err);
    if (!check_identifier(lx, start, err))
        return false;
    return emit(lx, tok, keyword_kind(lx->src + start, lx->pos - start), start);
}

// ------------------------------------------------------------- operators

static bool paren_open(Lexer *lx, char ch, LexError *err)
{
    if (lx->nparen >= MAX_PAREN)
        return fail(err, LEX_SYNTAX_ERROR, lx->line, col_of(lx, lx->pos),
                    lx->line, col_of(lx, lx->pos),
                    "too many nested parentheses");
    lx->parens[lx->nparen++] = (Paren){ch, lx->line, col_of(lx, lx->pos)};
    return true;
}

static bool paren_close(Lexer *lx, char ch, LexError *err)
{
    int col = col_of(lx, lx->pos);
    if (lx->nparen == 0)
        return fail(err, LEX_SYNTAX_ERROR, lx->line, col, lx->line, col,
                    "unmatched '%c'", ch);
    Paren *p = &lx->parens[--lx->nparen];
    char want = p->ch == '(' ? ')' : p->ch == '[' ? ']' : '}';
    if (want == ch)
        return true;
    if (p->line != lx->line)
        return fail(err, LEX_SYNTAX_ERROR, lx->line, col, lx->line, col,
                    "closing parenthesis '%c' does not match opening "
                    "parenthesis '%c' on line %d",
                    ch, p->ch, p->line);
    return fail(err, LEX_SYNTAX_ERROR, lx->line, col, lx->line, col,
                "closing parenthesis '%c' does not match opening "
                "parenthesis '%c'",
                ch, p->ch);
}

// The longest operator spelled at lx->pos, or TOK_COUNT.
static TokenKind match_operator(const Lexer *lx)
{
    TokenKind best = TOK_COUNT;
    size_t best_len = 0, avail = lx->end - lx->pos;
    for (int k = TOK_LPAR; k <= TOK_EXCLAMATION; k++) {
        size_t n = strlen(kind_texts[k]);
        if (n > best_len && n <= avail &&
            memcmp(kind_texts[k], lx->src + lx->pos, n) == 0) {
            best = (TokenKind)k;
            best_len = n;
        }
    }
    return best;
}

static bool operator(Lexer *lx, Token *tok, LexError *err)
{
    size_t start = lx->pos;
    TokenKind kind = match_operator(lx);
    if (kind == TOK_COUNT || (kind == TOK_EXCLAMATION && !lx->fragment)) {
        // CPython: an ERRORTOKEN, reported by the parser as invalid syntax
        int col = col_of(lx, start);
        return fail(err, LEX_SYNTAX_ERROR, lx->line, col, lx->line, col + 1,
                    "invalid syntax");
    }
    char c = lx->src[start];
    if ((c == '(' || c == '[' || c == '{') && !paren_open(lx, c, err))
        return false;
    if ((c == ')' || c == ']' || c == '}') && !paren_close(lx, c, err))
        return false;
    lx->pos += strlen(kind_texts[kind]);
    return emit(lx, tok, kind, start);
}

// ------------------------------------------------------------ main loop

// Skips spaces, comments and joined lines. Returns false on error; sets
// *newline when a NEWLINE token must be emitted at lx->pos.
static bool skip_space(Lexer *lx, LexError *err, bool *newline)
{
    for (;;) {
        int c = peek(lx, 0);
        if (c == ' ' || c == '\t' || c == '\f') {
            lx->pos++;
        } else if (c == '#') {
            while (peek(lx, 0) >= 0 && !is_newline(peek(lx, 0)))
                lx->pos++;
        } else if (c == '\\') {
            int d = peek(lx, 1);
            if (d < 0)
                return fail(err, LEX_SYNTAX_ERROR, lx->line,
                            col_of(lx, lx->pos + 1), lx->line,
                            LEX_END_MINUS_ONE, "unexpected EOF while parsing");
            if (!is_newline(d))
                return fail(err, LEX_SYNTAX_ERROR, lx->line,
                            col_of(lx, lx->pos + 1), lx->line, LEX_END_ZERO,
                            "unexpected character after line continuation "
                            "character");
            lx->pos++;
            take_newline(lx);
        } else if (is_newline(c) &&
                   (lx->nparen > 0 || lx->fragment || !lx->line_tokens)) {
            take_newline(lx);
        } else {
            *newline = is_newline(c);
            return true;
        }
    }
}

static bool next_token(Lexer *lx, Token *tok, LexError *err)
{
    if (lx->at_bol && lx->nparen == 0 && !lx->fragment && !start_line(lx, err))
        return false;
    if (lx->pending)
        return emit_pending(lx, tok);
    bool newline = false;
    if (!skip_space(lx, err, &newline))
        return false;
    if (newline) {
        size_t start = lx->pos;
        tok->line = lx->line;
        tok->col = col_of(lx, start);
        lx->pos += peek(lx, 0) == '\r' && peek(lx, 1) == '\n' ? 2 : 1;
        emit(lx, tok, TOK_NEWLINE, start);
        tok->end = start; // CPython's NEWLINE token has no width
        tok->end_line = tok->line;
        tok->end_col = tok->col;
        lx->line++;
        lx->line_start = lx->pos;
        lx->at_bol = true;
        lx->line_tokens = false;
        return true;
    }
    int c = peek(lx, 0);
    if (c < 0 || (lx->fragment && lx->pos >= lx->end))
        return at_eof(lx, tok, err);
    if (isdigit(c) || (c == '.' && peek(lx, 1) >= 0 && isdigit(peek(lx, 1)))) {
        size_t start = lx->pos;
        return number(lx, err) && emit(lx, tok, TOK_NUMBER, start);
    }
    if (ident_start(c))
        return name_or_string(lx, tok, err);
    if (c == '"' || c == '\'')
        return string_body(lx, tok, lx->pos, err);
    return operator(lx, tok, err);
}

bool lexer_next(Lexer *lx, Token *tok, LexError *err)
{
    memset(tok, 0, sizeof *tok);
    if (!lx->checked) {
        lx->checked = true;
        if (!check_utf8(lx, err))
            return false;
    }
    if (lx->done) {
        tok->kind = TOK_ENDMARKER;
        tok->start = tok->end = lx->pos;
        tok->line = tok->end_line = lx->line;
        tok->col = tok->end_col = col_of(lx, lx->pos);
        return true;
    }
    return next_token(lx, tok, err);
}
