// parser.c: the parser's entry points, its token buffer, error reporting
// and assignment-target checks. Grammar rules live in parse_expr.c and
// parse_stmt.c, literals in parse_string.c.
//
// Tokens are read from the lexer lazily, so a lexer error after a parser
// error is never reported (CPython's order). Errors longjmp back to
// run(), which frees the lexer and the token buffer.
#include "vm/compile/parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/compile/parse_internal.h"

enum { MAX_DEPTH = 200 };

void vec_push(Parser *p, Vec *v, void *item)
{
    if (v->len == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 4;
        void **items = arena_alloc(p->arena, cap * sizeof(void *));
        if (v->len)
            memcpy(items, v->items, v->len * sizeof(void *));
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = item;
}

// ---------------------------------------------------------------- errors

static SyntaxErrorKind lex_kind(LexErrorKind k)
{
    return k == LEX_TAB_ERROR           ? TAB_ERROR
           : k == LEX_INDENTATION_ERROR ? INDENTATION_ERROR
                                        : SYNTAX_ERROR;
}

static int char_offset(Parser *p, int line, int col)
{
    return syntax_error_char_offset(p->src, p->len, line, col);
}

static _Noreturn void raise(Parser *p)
{
    longjmp(p->on_error, 1);
}

static _Noreturn void lex_error(Parser *p, const LexError *le)
{
    SyntaxErrorInfo *e = p->err;
    e->kind = lex_kind(le->kind);
    snprintf(e->message, sizeof e->message, "%s", le->message);
    e->no_location = le->no_location;
    e->text_without_newline = e->kind == SYNTAX_ERROR &&
                              !strstr(e->message, "was never closed") &&
                              strcmp(e->message, "invalid syntax") != 0;
    e->lineno = le->line;
    e->offset = le->no_location ? 0 : char_offset(p, le->line, le->col);
    e->end_lineno = le->end_line;
    e->end_offset = le->end_col == LEX_END_ZERO        ? 0
                    : le->end_col == LEX_END_MINUS_ONE ? -1
                    : le->no_location
                        ? 0
                        : char_offset(p, le->end_line, le->end_col);
    raise(p);
}

static void set_message(Parser *p, SyntaxErrorKind kind, const char *fmt,
                        va_list ap)
{
    p->err->kind = kind;
    vsnprintf(p->err->message, sizeof p->err->message, fmt, ap);
    p->err->no_location = false;
}

_Noreturn void error_range(Parser *p, SyntaxErrorKind kind, int line, int col,
                           int end_line, int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    set_message(p, kind, fmt, ap);
    va_end(ap);
    p->err->lineno = line;
    p->err->offset = char_offset(p, line, col);
    p->err->end_lineno = end_line ? end_line : line;
    // CPython 3.11 converts the start of a parser error to characters but
    // leaves the end in bytes (visible with non-ASCII text before it).
    if (end_line) // 0: the caller set end_offset itself
        p->err->end_offset = end_col + 1;
    raise(p);
}

_Noreturn void error_node(Parser *p, const Expr *e, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    set_message(p, SYNTAX_ERROR, fmt, ap);
    va_end(ap);
    p->err->lineno = e->line;
    p->err->offset = char_offset(p, e->line, e->col);
    p->err->end_lineno = e->end_line;
    p->err->end_offset = e->end_col + 1; // bytes, as in error_range
    raise(p);
}

_Noreturn void error_at_token(Parser *p, const Token *t, const char *msg)
{
    if (t->kind == TOK_INDENT) {
        p->err->end_offset = -1; // CPython leaves no end for this one
        error_range(p, INDENTATION_ERROR, t->line, t->end_col - 1, 0, 0,
                    "unexpected indent");
    }
    if (t->kind == TOK_DEDENT && strcmp(msg, "invalid syntax") == 0)
        error_range(p, INDENTATION_ERROR, t->line, t->col - 1, t->line, 0,
                    "unexpected unindent");
    error_range(p, SYNTAX_ERROR, t->line, t->col, t->end_line, t->end_col, "%s",
                msg);
}

_Noreturn void error_invalid(Parser *p)
{
    const Token *t = peek_tok(p, 0);
    if (t->kind == TOK_ENDMARKER && p->pos > 0) {
        // CPython: "unexpected EOF" is reported at the end of the input
        error_range(p, SYNTAX_ERROR, t->line, t->col, t->line, t->col,
                    "invalid syntax");
    }
    error_at_token(p, t, "invalid syntax");
}

void enter(Parser *p)
{
    if (++p->depth > MAX_DEPTH) {
        const Token *t = peek_tok(p, 0);
        error_range(p, SYNTAX_ERROR, t->line, t->col, t->line, t->col,
                    "too many nested parentheses");
    }
}

void leave(Parser *p)
{
    p->depth--;
}

// ---------------------------------------------------------------- tokens

const Token *peek_tok(Parser *p, size_t ahead)
{
    while (p->pos + ahead >= p->ntoks) {
        if (p->ntoks && p->toks[p->ntoks - 1].kind == TOK_ENDMARKER)
            return &p->toks[p->ntoks - 1];
        if (p->ntoks == p->cap) {
            p->cap = p->cap ? p->cap * 2 : 256;
            p->toks = realloc(p->toks, p->cap * sizeof(Token));
            if (!p->toks)
                abort();
        }
        LexError le;
        if (!lexer_next(p->lx, &p->toks[p->ntoks], &le))
            lex_error(p, &le);
        p->ntoks++;
    }
    return &p->toks[p->pos + ahead];
}

bool at(Parser *p, TokenKind kind)
{
    return peek_kind(p) == kind;
}

const Token *advance(Parser *p)
{
    const Token *t = peek_tok(p, 0);
    if (t->kind != TOK_ENDMARKER)
        p->pos++;
    return t;
}

bool accept(Parser *p, TokenKind kind)
{
    if (!at(p, kind))
        return false;
    advance(p);
    return true;
}

const Token *prev_tok(Parser *p)
{
    return &p->toks[p->pos ? p->pos - 1 : 0];
}

const Token *expect(Parser *p, TokenKind k)
{
    if (!at(p, k))
        error_invalid(p);
    return advance(p);
}

void expect_colon(Parser *p)
{
    if (accept(p, TOK_COLON))
        return;
    const Token *t = peek_tok(p, 0);
    // CPython says "expected ':'" when the line ends where the colon
    // should be, and "invalid syntax" at the stray token otherwise.
    if (t->kind != TOK_NEWLINE)
        error_invalid(p);
    const Token *last = prev_tok(p);
    error_range(p, SYNTAX_ERROR, last->end_line, last->end_col, last->end_line,
                last->end_col, "expected ':'");
}

bool tok_is(Parser *p, const Token *t, const char *word)
{
    size_t n = strlen(word);
    return t->kind == TOK_NAME && t->end - t->start == n &&
           memcmp(p->src + t->start, word, n) == 0;
}

char *tok_text(Parser *p, const Token *t)
{
    return arena_strndup(p->arena, p->src + t->start, t->end - t->start);
}

// ------------------------------------------------------------- positions

Expr *new_expr(Parser *p, ExprKind kind, const Token *first)
{
    return ast_expr(p->arena, kind, first->line, first->col, first->end_line,
                    first->end_col);
}

Expr *finish(Parser *p, Expr *e)
{
    const Token *t = prev_tok(p);
    e->end_line = t->end_line;
    e->end_col = t->end_col;
    return e;
}

Expr *new_expr_span(Parser *p, ExprKind kind, const Expr *first,
                    const Expr *last)
{
    return ast_expr(p->arena, kind, first->line, first->col, last->end_line,
                    last->end_col);
}

// --------------------------------------------------------------- targets

const char *expr_name(const Expr *e)
{
    switch (e->kind) {
    case EXPR_Attribute:
        return "attribute";
    case EXPR_Subscript:
        return "subscript";
    case EXPR_Starred:
        return "starred";
    case EXPR_Name:
        return "name";
    case EXPR_List:
        return "list";
    case EXPR_Tuple:
        return "tuple";
    case EXPR_Lambda:
        return "lambda";
    case EXPR_Call:
        return "function call";
    case EXPR_BoolOp:
    case EXPR_BinOp:
    case EXPR_UnaryOp:
        return "expression";
    case EXPR_GeneratorExp:
        return "generator expression";
    case EXPR_Yield:
    case EXPR_YieldFrom:
        return "yield expression";
    case EXPR_Await:
        return "await expression";
    case EXPR_ListComp:
        return "list comprehension";
    case EXPR_SetComp:
        return "set comprehension";
    case EXPR_DictComp:
        return "dict comprehension";
    case EXPR_Dict:
        return "dict literal";
    case EXPR_Set:
        return "set display";
    case EXPR_JoinedStr:
    case EXPR_FormattedValue:
        return "f-string expression";
    case EXPR_Compare:
        return "comparison";
    case EXPR_IfExp:
        return "conditional expression";
    case EXPR_NamedExpr:
        return "named expression";
    case EXPR_Constant:
        switch (e->v.Constant.value.kind) {
        case CONST_NONE:
            return "None";
        case CONST_TRUE:
            return "True";
        case CONST_FALSE:
            return "False";
        case CONST_ELLIPSIS:
            return "ellipsis";
        default:
            return "literal";
        }
    default:
        return "expression";
    }
}

static void set_seq_context(Parser *p, ExprSeq s, ExprContext ctx,
                            const char *suffix)
{
    for (size_t i = 0; i < s.len; i++)
        set_context(p, s.items[i], ctx, suffix);
}

void set_context(Parser *p, Expr *e, ExprContext ctx, const char *suffix)
{
    switch (e->kind) {
    case EXPR_Name:
        if (ctx == CTX_Store && strcmp(e->v.Name.id, "__debug__") == 0)
            error_node(p, e, "cannot assign to __debug__");
        e->v.Name.ctx = ctx;
        return;
    case EXPR_Attribute:
        e->v.Attribute.ctx = ctx;
        return;
    case EXPR_Subscript:
        e->v.Subscript.ctx = ctx;
        return;
    case EXPR_Starred:
        if (ctx == CTX_Del)
            error_node(p, e, "cannot delete starred");
        e->v.Starred.ctx = ctx;
        set_context(p, e->v.Starred.value, ctx, suffix);
        return;
    case EXPR_List:
        e->v.List.ctx = ctx;
        set_seq_context(p, e->v.List.elts, ctx, suffix);
        return;
    case EXPR_Tuple:
        e->v.Tuple.ctx = ctx;
        set_seq_context(p, e->v.Tuple.elts, ctx, suffix);
        return;
    default:
        break;
    }
    const char *name = expr_name(e);
    bool keyword_const =
        e->kind == EXPR_Constant && e->v.Constant.value.kind <= CONST_FALSE;
    if (keyword_const)
        suffix = "";
    error_node(p, e, "cannot %s %s%s", ctx == CTX_Del ? "delete" : "assign to",
               name, suffix);
}

// ----------------------------------------------------------- entry points

typedef enum Mode { MODE_EXEC, MODE_EVAL } Mode;

static void *run_mode(Parser *p, Mode mode)
{
    if (mode == MODE_EXEC) {
        Module *m = arena_alloc(p->arena, sizeof(Module));
        m->body = parse_file(p);
        return m;
    }
    // Leading whitespace is not an indent in eval mode.
    while (accept(p, TOK_NEWLINE) || accept(p, TOK_INDENT))
        ;
    Expr *e = parse_star_exprs(p);
    while (accept(p, TOK_NEWLINE) || accept(p, TOK_DEDENT))
        ;
    if (!at(p, TOK_ENDMARKER))
        error_invalid(p);
    return e;
}

static void *run(const char *src, size_t len, const char *filename,
                 Arena *arena, SyntaxErrorInfo *err, Mode mode)
{
    Parser p = {.arena = arena,
                .src = src,
                .len = len,
                .filename = filename,
                .err = err};
    memset(err, 0, sizeof *err);
    err->filename = filename;
    p.lx = lexer_new(src, len, filename);
    void *volatile result = NULL;
    if (setjmp(p.on_error) == 0)
        result = run_mode(&p, mode);
    lexer_free(p.lx);
    free(p.toks);
    return result;
}

Module *parse_module(const char *src, size_t len, const char *filename,
                     Arena *arena, SyntaxErrorInfo *err)
{
    return run(src, len, filename, arena, err, MODE_EXEC);
}

Expr *parse_expression(const char *src, size_t len, const char *filename,
                       Arena *arena, SyntaxErrorInfo *err)
{
    return run(src, len, filename, arena, err, MODE_EVAL);
}
