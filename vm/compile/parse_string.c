// parse_string.c: number and string literals, and f-strings.
//
// Adjacent STRING tokens form one Constant (or one JoinedStr if any of
// them is an f-string). F-string replacement fields are parsed with a
// sub-parser over the very source bytes of the field (3.11 forbids
// backslashes there, so the source text is the expression text), which
// gives file positions for free. Escape decoding covers every escape
// except \N{...}, which needs the Unicode name table we do not have.
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/compile/parse_internal.h"

// ----------------------------------------------------------------- numbers

// Copies `s[0..n)` without underscores, lowercased.
static char *clean_digits(Parser *p, const char *s, size_t n)
{
    char *out = arena_alloc(p->arena, n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '_')
            out[k++] = (char)tolower((unsigned char)s[i]);
    return out;
}

Expr *parse_number(Parser *p, const Token *t)
{
    Expr *e = new_expr(p, EXPR_Constant, t);
    AstConst *c = &e->v.Constant.value;
    char *s = clean_digits(p, p->src + t->start, t->end - t->start);
    size_t n = strlen(s);
    int base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'o' || s[1] == 'b')) {
        base = s[1] == 'x' ? 16 : s[1] == 'o' ? 8 : 2;
        s += 2;
    } else if (s[n - 1] == 'j') {
        s[n - 1] = 0;
        c->kind = CONST_COMPLEX;
        c->u.f = strtod(s, NULL);
        return e;
    } else if (strpbrk(s, ".e")) {
        c->kind = CONST_FLOAT;
        c->u.f = strtod(s, NULL);
        return e;
    }
    while (s[0] == '0' && s[1]) // keep one digit of "000"
        s++;
    c->kind = CONST_INT;
    c->u.i.digits = s;
    c->u.i.base = base;
    return e;
}

// ------------------------------------------------------------------ buffer

// Bytes built in the arena (growth wastes the old copy; literals are
// small).
typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

static void buf_add(Parser *p, Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->len + n + 1) * 2;
        char *d = arena_alloc(p->arena, cap);
        if (b->len)
            memcpy(d, b->data, b->len);
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

static void buf_utf8(Parser *p, Buf *b, uint32_t c)
{
    char s[4];
    size_t n;
    if (c < 0x80) {
        s[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        s[0] = (char)(0xc0 | (c >> 6));
        s[1] = (char)(0x80 | (c & 0x3f));
        n = 2;
    } else if (c < 0x10000) {
        s[0] = (char)(0xe0 | (c >> 12));
        s[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        s[2] = (char)(0x80 | (c & 0x3f));
        n = 3;
    } else {
        s[0] = (char)(0xf0 | (c >> 18));
        s[1] = (char)(0x80 | ((c >> 12) & 0x3f));
        s[2] = (char)(0x80 | ((c >> 6) & 0x3f));
        s[3] = (char)(0x80 | (c & 0x3f));
        n = 4;
    }
    buf_add(p, b, s, n);
}

// ----------------------------------------------------------------- escapes

typedef struct Lit {
    const Token *tok;
    bool raw, bytes, fmt, u;
    size_t body, end; // source offsets of the text between the quotes
} Lit;

static _Noreturn void lit_error(Parser *p, const Lit *l, const char *fmt, ...)
{
    char msg[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    error_range(p, SYNTAX_ERROR, l->tok->line, l->tok->col, l->tok->end_line,
                l->tok->end_col, "%s", msg);
}

static int hexval(int c)
{
    return isdigit(c) ? c - '0' : tolower(c) - 'a' + 10;
}

// \x, \u, \U: exactly `n` hex digits at s[*i].
static uint32_t hex_escape(Parser *p, const Lit *l, size_t *i, int n)
{
    uint32_t v = 0;
    for (int k = 0; k < n; k++, (*i)++) {
        if (*i >= l->end || !isxdigit((unsigned char)p->src[*i]))
            lit_error(p, l,
                      "(%s error) '%s' codec can't decode bytes: truncated "
                      "\\%c escape",
                      l->bytes ? "value" : "unicode",
                      l->bytes ? "bytes" : "unicodeescape",
                      n == 2   ? 'x'
                      : n == 4 ? 'u'
                               : 'U');
        v = v * 16 + (uint32_t)hexval((unsigned char)p->src[*i]);
    }
    return v;
}

// Decodes the escape after the backslash at src[*i - 1]; advances *i.
static void escape(Parser *p, const Lit *l, size_t *i, Buf *b)
{
    static const char simple[] = "\\\\''\"\"a\ab\bf\fn\nr\rt\tv\v";
    char c = p->src[(*i)++];
    for (const char *s = simple; *s; s += 2)
        if (*s == c) {
            buf_add(p, b, s + 1, 1);
            return;
        }
    if (c == '\n' || c == '\r') { // line continuation inside the literal
        if (c == '\r' && *i < l->end && p->src[*i] == '\n')
            (*i)++;
        return;
    }
    if (c >= '0' && c <= '7') {
        uint32_t v = (uint32_t)(c - '0');
        for (int k = 0;
             k < 2 && *i < l->end && p->src[*i] >= '0' && p->src[*i] <= '7';
             k++)
            v = v * 8 + (uint32_t)(p->src[(*i)++] - '0');
        if (l->bytes) {
            char byte = (char)(v & 0xff);
            buf_add(p, b, &byte, 1);
        } else {
            buf_utf8(p, b, v);
        }
        return;
    }
    if (c == 'x') {
        uint32_t v = hex_escape(p, l, i, 2);
        if (l->bytes) {
            char byte = (char)v;
            buf_add(p, b, &byte, 1);
        } else {
            buf_utf8(p, b, v);
        }
        return;
    }
    if (!l->bytes && (c == 'u' || c == 'U')) {
        uint32_t v = hex_escape(p, l, i, c == 'u' ? 4 : 8);
        if (v > 0x10ffff)
            lit_error(p, l,
                      "(unicode error) 'unicodeescape' codec can't "
                      "decode bytes: illegal Unicode character");
        buf_utf8(p, b, v);
        return;
    }
    if (!l->bytes && c == 'N')
        lit_error(p, l, "(unicode error) \\N{...} escapes are not supported");
    // Unknown escape: kept as is (CPython only warns).
    char keep[2] = {'\\', c};
    buf_add(p, b, keep, 2);
}

// Decodes src[from..to) of a literal into `b`.
static void decode(Parser *p, const Lit *l, size_t from, size_t to, Buf *b)
{
    for (size_t i = from; i < to;) {
        unsigned char c = (unsigned char)p->src[i];
        if (l->bytes && c >= 0x80)
            lit_error(p, l, "bytes can only contain ASCII literal characters");
        if (c == '\\' && !l->raw && i + 1 < to) {
            i++;
            escape(p, l, &i, b);
        } else if (c == '\r') { // newlines in literals are \n
            buf_add(p, b, "\n", 1);
            i += i + 1 < to && p->src[i + 1] == '\n' ? 2 : 1;
        } else {
            buf_add(p, b, p->src + i, 1);
            i++;
        }
    }
}

// ----------------------------------------------------------------- tokens

static Lit split_literal(Parser *p, const Token *t)
{
    Lit l = {.tok = t};
    size_t i = t->start;
    for (; p->src[i] != '\'' && p->src[i] != '"'; i++) {
        char c = (char)tolower((unsigned char)p->src[i]);
        l.raw |= c == 'r';
        l.bytes |= c == 'b';
        l.fmt |= c == 'f';
        l.u |= c == 'u';
    }
    char q = p->src[i];
    size_t quotes = i + 2 < t->end && p->src[i + 1] == q &&
                            p->src[i + 2] == q && t->end - i >= 6
                        ? 3
                        : 1;
    l.body = i + quotes;
    l.end = t->end - quotes;
    return l;
}

// ----------------------------------------------------------------- f-strings

typedef struct FParts {
    Vec values; // Constant and FormattedValue nodes
    Buf lit;    // pending literal text
} FParts;

static void flush_lit(Parser *p, const Lit *l, FParts *f)
{
    if (f->lit.len == 0)
        return;
    Expr *c = new_expr(p, EXPR_Constant, l->tok);
    c->v.Constant.value.kind = CONST_STR;
    c->v.Constant.value.u.s.data = f->lit.data;
    c->v.Constant.value.u.s.len = f->lit.len;
    vec_push(p, &f->values, c);
    f->lit = (Buf){0};
}

static void fstring_body(Parser *p, const Lit *l, size_t *i, size_t end,
                         FParts *f, bool spec);

// The line number and line start of source offset `pos` (f-string fields
// may sit on later lines of a triple-quoted literal).
static void locate(const Parser *p, const Lit *l, size_t pos, int *line,
                   size_t *line_start)
{
    *line = l->tok->line;
    *line_start = l->tok->start - (size_t)l->tok->col;
    for (size_t k = l->tok->start; k < pos; k++)
        if (p->src[k] == '\n') {
            (*line)++;
            *line_start = k + 1;
        }
}

// Where a replacement field's expression ends: at depth 0, the first
// '}', ':', '!' (not '!='), or '=' that makes a self-documenting field.
static size_t expr_end(Parser *p, const Lit *l, size_t i, size_t end)
{
    int depth = 0;
    char quote = 0;
    for (; i < end; i++) {
        char c = p->src[i], next = i + 1 < end ? p->src[i + 1] : 0;
        if (quote) {
            quote = c == quote ? 0 : quote;
            continue;
        }
        if (c == '\\')
            lit_error(p, l,
                      "f-string expression part cannot include a backslash");
        if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            if (depth == 0)
                return i;
            depth--;
        } else if (depth == 0) {
            char prev = p->src[i - 1];
            if (c == '#')
                lit_error(p, l, "f-string expression part cannot include '#'");
            if (c == ':' || (c == '!' && next != '='))
                return i;
            if (c == '=' && next != '=' && !strchr("=!<>", prev))
                return i;
        }
    }
    lit_error(p, l, "f-string: expecting '}'");
}

// Parses src[start..end) as the expression of a replacement field.
static Expr *field_expr(Parser *p, const Lit *l, size_t start, size_t end)
{
    size_t k = start;
    while (k < end && isspace((unsigned char)p->src[k]))
        k++;
    if (k == end)
        lit_error(p, l, "f-string: empty expression not allowed");
    int line;
    size_t line_start;
    locate(p, l, start, &line, &line_start);
    Parser sub = {.arena = p->arena,
                  .src = p->src,
                  .len = p->len,
                  .filename = p->filename,
                  .err = p->err,
                  .depth = p->depth};
    sub.lx =
        lexer_new_fragment(p->src, start, end, p->filename, line, line_start);
    Expr *volatile e = NULL;
    if (setjmp(sub.on_error) == 0) {
        e = at(&sub, TOK_KW_YIELD) ? parse_yield_expr(&sub)
                                   : parse_star_exprs(&sub);
        if (!at(&sub, TOK_ENDMARKER))
            error_invalid(&sub);
    }
    lexer_free(sub.lx);
    free(sub.toks);
    if (!e) {
        char msg[sizeof p->err->message];
        memcpy(msg, p->err->message, sizeof msg);
        snprintf(p->err->message, sizeof p->err->message, "f-string: %.200s",
                 msg);
        longjmp(p->on_error, 1);
    }
    return e;
}

// One replacement field; *i is just after its '{'.
static void field(Parser *p, const Lit *l, size_t *i, size_t end, FParts *f)
{
    size_t start = *i, stop = expr_end(p, l, start, end);
    Expr *fv = new_expr(p, EXPR_FormattedValue, l->tok);
    fv->v.FormattedValue.value = field_expr(p, l, start, stop);
    fv->v.FormattedValue.conversion = -1;
    *i = stop;
    bool debug = p->src[*i] == '=';
    if (debug) {
        (*i)++;
        while (*i < end && isspace((unsigned char)p->src[*i]))
            (*i)++;
        buf_add(p, &f->lit, p->src + start, *i - start);
    }
    if (*i < end && p->src[*i] == '!') {
        char conv = *i + 1 < end ? p->src[*i + 1] : 0;
        if (conv != 's' && conv != 'r' && conv != 'a')
            lit_error(p, l,
                      "f-string: invalid conversion character: "
                      "expected 's', 'r', or 'a'");
        fv->v.FormattedValue.conversion = conv;
        *i += 2;
    }
    if (*i < end && p->src[*i] == ':') {
        (*i)++;
        FParts spec = {0};
        fstring_body(p, l, i, end, &spec, true);
        flush_lit(p, l, &spec);
        Expr *js = new_expr(p, EXPR_JoinedStr, l->tok);
        js->v.JoinedStr.values = VEC_SEQ(ExprSeq, spec.values);
        fv->v.FormattedValue.format_spec = js;
    } else if (debug && fv->v.FormattedValue.conversion == -1) {
        fv->v.FormattedValue.conversion = 'r';
    }
    if (*i >= end || p->src[*i] != '}')
        lit_error(p, l, "f-string: expecting '}'");
    (*i)++;
    flush_lit(p, l, f);
    vec_push(p, &f->values, fv);
}

// Literal text and fields up to `end` (or, in a format spec, up to the
// '}' that closes the field).
static void fstring_body(Parser *p, const Lit *l, size_t *i, size_t end,
                         FParts *f, bool spec)
{
    size_t run = *i; // start of undecoded literal text
    while (*i < end) {
        char c = p->src[*i];
        if (c == '\\' && !l->raw && *i + 1 < end) {
            *i += 2; // an escape never starts or ends a field
            continue;
        }
        if (c != '{' && c != '}') {
            (*i)++;
            continue;
        }
        decode(p, l, run, *i, &f->lit);
        if (c == '}' && spec)
            return;
        if (*i + 1 < end && p->src[*i + 1] == c && !spec) {
            buf_add(p, &f->lit, &c, 1); // {{ or }}
            *i += 2;
        } else if (c == '}') {
            lit_error(p, l, "f-string: single '}' is not allowed");
        } else {
            (*i)++;
            field(p, l, i, end, f);
        }
        run = *i;
    }
    decode(p, l, run, *i, &f->lit);
}

// ----------------------------------------------------------------- strings

static Expr *joined(Parser *p, const Token *first, Lit *lits, size_t n)
{
    FParts f = {0};
    for (size_t k = 0; k < n; k++) {
        if (lits[k].fmt) {
            size_t i = lits[k].body;
            fstring_body(p, &lits[k], &i, lits[k].end, &f, false);
        } else {
            decode(p, &lits[k], lits[k].body, lits[k].end, &f.lit);
        }
    }
    flush_lit(p, &lits[0], &f);
    Expr *e = new_expr(p, EXPR_JoinedStr, first);
    e->v.JoinedStr.values = VEC_SEQ(ExprSeq, f.values);
    return finish(p, e);
}

Expr *parse_strings(Parser *p)
{
    Token first = *peek_tok(p, 0);
    size_t n = 0;
    while (peek_tok(p, n)->kind == TOK_STRING)
        n++;
    Lit *lits = arena_alloc(p->arena, n * sizeof(Lit));
    bool any_fmt = false;
    for (size_t k = 0; k < n; k++) {
        lits[k] = split_literal(p, advance(p));
        lits[k].tok = prev_tok(p);
        any_fmt |= lits[k].fmt;
        if (lits[k].bytes != lits[0].bytes)
            error_range(p, SYNTAX_ERROR, first.line, first.col,
                        prev_tok(p)->end_line, prev_tok(p)->end_col,
                        "cannot mix bytes and nonbytes literals");
    }
    // prev_tok pointers may move as the token buffer grows: all tokens of
    // the run are read now, so they stay put from here on.
    for (size_t k = 0; k < n; k++)
        lits[k].tok = &p->toks[p->pos - n + k];
    if (any_fmt)
        return joined(p, &first, lits, n);
    Buf b = {0};
    for (size_t k = 0; k < n; k++)
        decode(p, &lits[k], lits[k].body, lits[k].end, &b);
    Expr *e = new_expr(p, EXPR_Constant, &first);
    AstConst *c = &e->v.Constant.value;
    c->kind = lits[0].bytes ? CONST_BYTES : CONST_STR;
    c->u.s.data = b.data ? b.data : "";
    c->u.s.len = b.len;
    if (lits[0].u)
        e->v.Constant.kind = "u";
    return finish(p, e);
}
