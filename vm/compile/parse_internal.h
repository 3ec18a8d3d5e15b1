// parse_internal.h: what the parser's files (parser.c, parse_expr.c,
// parse_stmt.c, parse_match.c, parse_string.c) share. Not for use
// outside the parser.
//
// Errors unwind with longjmp to the entry point in parser.c: every
// partial result lives in the arena, so nothing leaks.
#ifndef FTPY_VM_COMPILE_PARSE_INTERNAL_H
#define FTPY_VM_COMPILE_PARSE_INTERNAL_H

#include <setjmp.h>
#include <stdbool.h>
#include <stddef.h>

#include "vm/compile/ast.h"
#include "vm/compile/lexer.h"
#include "vm/compile/syntax_error.h"

typedef struct Parser {
    Arena *arena;
    const char *src;
    size_t len;
    const char *filename;
    Lexer *lx;
    Token *toks; // tokens read so far (malloc'd); toks[pos] is next
    size_t ntoks, cap, pos;
    SyntaxErrorInfo *err;
    jmp_buf on_error;
    int depth; // recursion depth, to fail cleanly on absurd nesting
} Parser;

// A growable list of pointers in the arena, turned into an AST sequence
// at the end (`(ExprSeq){(Expr **)v.items, v.len}`).
typedef struct Vec {
    void **items;
    size_t len, cap;
} Vec;
void vec_push(Parser *p, Vec *v, void *item);
#define VEC_SEQ(Type, v) ((Type){(void *)(v).items, (v).len})

// ---- tokens (parser.c)
const Token *peek_tok(Parser *p, size_t ahead); // reads lazily
static inline TokenKind peek_kind(Parser *p)
{
    return peek_tok(p, 0)->kind;
}
bool at(Parser *p, TokenKind kind);
bool accept(Parser *p, TokenKind kind);      // consumes if it matches
const Token *advance(Parser *p);             // consumes and returns
const Token *prev_tok(Parser *p);            // the last consumed token
const Token *expect(Parser *p, TokenKind k); // or "invalid syntax"
// `:` or CPython's "expected ':'" just after the previous token.
void expect_colon(Parser *p);
// True if the NAME token's text is `word` (soft keywords).
bool tok_is(Parser *p, const Token *t, const char *word);
char *tok_text(Parser *p, const Token *t); // NUL-terminated arena copy

// ---- errors (parser.c); all of these longjmp
_Noreturn void error_at_token(Parser *p, const Token *t, const char *msg);
_Noreturn void error_invalid(Parser *p); // "invalid syntax" at next token
// Error over a node range (byte columns, like node positions).
_Noreturn void error_range(Parser *p, SyntaxErrorKind kind, int line, int col,
                           int end_line, int end_col, const char *fmt, ...);
_Noreturn void error_node(Parser *p, const Expr *e, const char *fmt, ...);
void enter(Parser *p); // recursion guard: enter/leave pairs
void leave(Parser *p);

// ---- targets (parser.c)
// CPython's _PyPegen_get_expr_name: "function call", "literal", ...
const char *expr_name(const Expr *e);
// Sets ctx on a target tree, or raises CPython's error for it. `how` is
// "assign to" or "delete"; `suffix` is appended to the message.
void set_context(Parser *p, Expr *e, ExprContext ctx, const char *suffix);

// ---- positions
static inline void span_from(Expr *e, const Expr *first)
{
    e->line = first->line;
    e->col = first->col;
}
Expr *new_expr(Parser *p, ExprKind kind, const Token *first);
// Sets the end of `e` to the end of the previous token.
Expr *finish(Parser *p, Expr *e);
Expr *new_expr_span(Parser *p, ExprKind kind, const Expr *first,
                    const Expr *last);

// ---- expressions (parse_expr.c)
Expr *parse_expr(Parser *p);             // expression (no starred, tuple)
Expr *parse_named_expr(Parser *p);       // named_expression
Expr *parse_star_exprs(Parser *p);       // star_expressions (tuple)
Expr *parse_star_named_exprs(Parser *p); // star_named_expressions
Expr *parse_or_expr(Parser *p);          // bitwise_or
Expr *parse_disjunction(Parser *p);
Expr *parse_yield_expr(Parser *p);   // at 'yield'
Expr *parse_star_targets(Parser *p); // for/with/comprehension targets
Arguments *parse_arguments(Parser *p, bool lambda, TokenKind end);
bool starts_expr(TokenKind k);

// ---- statements (parse_stmt.c)
StmtSeq parse_file(Parser *p);
// The block after a compound statement header's ':' (`what` and `line`
// name the header in "expected an indented block after ...").
StmtSeq parse_block(Parser *p, const char *what, int line);

// ---- match statements (parse_match.c)
// Whether the soft keyword `match` at the current token starts a match
// statement rather than an expression (`match(x)`, `match = 1`).
bool at_match_stmt(Parser *p);
Stmt *parse_match_stmt(Parser *p);

// ---- literals (parse_string.c)
Expr *parse_number(Parser *p, const Token *t);
Expr *parse_strings(Parser *p); // one or more adjacent STRING tokens

#endif // FTPY_VM_COMPILE_PARSE_INTERNAL_H
