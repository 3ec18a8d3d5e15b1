// parse_stmt.c: statements and blocks (CPython 3.11's statement rules;
// `match` statements are in parse_match.c).
//
// A statement starts at its first token (the `def`/`class` keyword for
// decorated definitions, as in CPython) and ends at its last token, which
// for compound statements is the end of their last nested statement.
#include <string.h>

#include "vm/compile/parse_internal.h"

static void parse_statement(Parser *p, Vec *out);

static const char ASSIGN_HINT[] = " here. Maybe you meant '==' instead of '='?";

static Stmt *new_stmt(Parser *p, StmtKind kind, const Token *start)
{
    return ast_stmt(p->arena, kind, start->line, start->col, start->end_line,
                    start->end_col);
}

static Stmt *finish_stmt(Parser *p, Stmt *s)
{
    const Token *t = prev_tok(p);
    s->end_line = t->end_line;
    s->end_col = t->end_col;
    return s;
}

// Ends a compound statement where its last nested statement ends.
static Stmt *finish_block(Stmt *s, StmtSeq body)
{
    if (body.len) {
        s->end_line = body.items[body.len - 1]->end_line;
        s->end_col = body.items[body.len - 1]->end_col;
    }
    return s;
}

// ---------------------------------------------------------------- blocks

// The block after a header's ':'. `what` and `line` make CPython's
// "expected an indented block after 'if' statement on line 3".
StmtSeq parse_block(Parser *p, const char *what, int line)
{
    Vec body = {0};
    if (!accept(p, TOK_NEWLINE)) {
        parse_statement(p, &body); // simple statements on the same line
        return VEC_SEQ(StmtSeq, body);
    }
    if (!accept(p, TOK_INDENT)) {
        const Token *t = peek_tok(p, 0);
        error_range(
            p, INDENTATION_ERROR, t->line, t->col, t->end_line, t->end_col,
            "expected an indented block after %s on line %d", what, line);
    }
    while (!accept(p, TOK_DEDENT) && !at(p, TOK_ENDMARKER))
        parse_statement(p, &body);
    return VEC_SEQ(StmtSeq, body);
}

static StmtSeq header_block(Parser *p, const char *what, int line)
{
    expect_colon(p);
    return parse_block(p, what, line);
}

// ---------------------------------------------------------- assignments

static void check_aug_target(Parser *p, Expr *t)
{
    if (t->kind != EXPR_Name && t->kind != EXPR_Attribute &&
        t->kind != EXPR_Subscript)
        error_node(p, t,
                   "'%s' is an illegal expression for augmented assignment",
                   expr_name(t));
    set_context(p, t, CTX_Store, "");
}

static int augassign_op(TokenKind k)
{
    static const TokenKind toks[] = {
        TOK_PLUSEQUAL,       TOK_MINEQUAL,        TOK_STAREQUAL,
        TOK_ATEQUAL,         TOK_SLASHEQUAL,      TOK_PERCENTEQUAL,
        TOK_DOUBLESTAREQUAL, TOK_LEFTSHIFTEQUAL,  TOK_RIGHTSHIFTEQUAL,
        TOK_VBAREQUAL,       TOK_CIRCUMFLEXEQUAL, TOK_AMPEREQUAL,
        TOK_DOUBLESLASHEQUAL};
    static const BinOpKind ops[] = {
        BINOP_Add,    BINOP_Sub,    BINOP_Mult,    BINOP_MatMult, BINOP_Div,
        BINOP_Mod,    BINOP_Pow,    BINOP_LShift,  BINOP_RShift,  BINOP_BitOr,
        BINOP_BitXor, BINOP_BitAnd, BINOP_FloorDiv};
    for (size_t i = 0; i < sizeof toks / sizeof *toks; i++)
        if (toks[i] == k)
            return (int)ops[i];
    return -1;
}

static Expr *parse_rhs(Parser *p)
{
    return at(p, TOK_KW_YIELD) ? parse_yield_expr(p) : parse_star_exprs(p);
}

static Stmt *annotated(Parser *p, const Token *start, Expr *target)
{
    if (target->kind == EXPR_Tuple || target->kind == EXPR_List)
        error_node(p, target, "only single target (not %s) can be annotated",
                   target->kind == EXPR_Tuple ? "tuple" : "list");
    if (target->kind != EXPR_Name && target->kind != EXPR_Attribute &&
        target->kind != EXPR_Subscript)
        error_node(p, target, "illegal target for annotation");
    set_context(p, target, CTX_Store, "");
    Stmt *s = new_stmt(p, STMT_AnnAssign, start);
    s->v.AnnAssign.target = target;
    s->v.AnnAssign.annotation = parse_expr(p);
    s->v.AnnAssign.simple =
        target->kind == EXPR_Name && start->kind != TOK_LPAR;
    if (accept(p, TOK_EQUAL))
        s->v.AnnAssign.value = parse_rhs(p);
    return finish_stmt(p, s);
}

static void assign_target(Parser *p, Expr *t)
{
    if (t->kind == EXPR_Yield || t->kind == EXPR_YieldFrom)
        error_node(p, t, "assignment to yield expression not possible");
    set_context(p, t, CTX_Store, ASSIGN_HINT);
}

static Stmt *expr_stmt(Parser *p)
{
    Token start = *peek_tok(p, 0);
    Expr *first = parse_rhs(p);
    if (accept(p, TOK_COLON))
        return annotated(p, &start, first);
    int op = augassign_op(peek_kind(p));
    if (op >= 0) {
        advance(p);
        check_aug_target(p, first);
        Stmt *s = new_stmt(p, STMT_AugAssign, &start);
        s->v.AugAssign.target = first;
        s->v.AugAssign.op = (BinOpKind)op;
        s->v.AugAssign.value = parse_rhs(p);
        return finish_stmt(p, s);
    }
    if (!at(p, TOK_EQUAL)) {
        Stmt *s = new_stmt(p, STMT_Expr, &start);
        s->v.Expr.value = first;
        return finish_stmt(p, s);
    }
    Vec targets = {0};
    Expr *value = first;
    while (accept(p, TOK_EQUAL)) {
        assign_target(p, value);
        vec_push(p, &targets, value);
        value = parse_rhs(p);
    }
    Stmt *s = new_stmt(p, STMT_Assign, &start);
    s->v.Assign.targets = VEC_SEQ(ExprSeq, targets);
    s->v.Assign.value = value;
    return finish_stmt(p, s);
}

// ------------------------------------------------------ simple statements

static IdentSeq name_list(Parser *p)
{
    Vec names = {0};
    do
        vec_push(p, &names, tok_text(p, expect(p, TOK_NAME)));
    while (accept(p, TOK_COMMA));
    return VEC_SEQ(IdentSeq, names);
}

// `a.b.c` as one string.
static char *dotted_name(Parser *p)
{
    const Token *first = expect(p, TOK_NAME);
    size_t start = first->start;
    while (at(p, TOK_DOT) && peek_tok(p, 1)->kind == TOK_NAME) {
        advance(p);
        advance(p);
    }
    // Copy without any spaces around the dots.
    size_t end = prev_tok(p)->end, n = 0;
    char *s = arena_alloc(p->arena, end - start + 1);
    for (size_t i = start; i < end; i++)
        if (p->src[i] != ' ' && p->src[i] != '\t' && p->src[i] != '\\' &&
            p->src[i] != '\n' && p->src[i] != '\r')
            s[n++] = p->src[i];
    return s;
}

static Alias *alias(Parser *p, bool dotted)
{
    Token start = *peek_tok(p, 0);
    Alias *a = arena_alloc(p->arena, sizeof(Alias));
    a->line = start.line;
    a->col = start.col;
    a->name = dotted ? dotted_name(p) : tok_text(p, expect(p, TOK_NAME));
    if (accept(p, TOK_KW_AS))
        a->asname = tok_text(p, expect(p, TOK_NAME));
    a->end_line = prev_tok(p)->end_line;
    a->end_col = prev_tok(p)->end_col;
    return a;
}

static Stmt *import_stmt(Parser *p, const Token *start)
{
    Vec names = {0};
    do
        vec_push(p, &names, alias(p, true));
    while (accept(p, TOK_COMMA));
    Stmt *s = new_stmt(p, STMT_Import, start);
    s->v.Import.names = VEC_SEQ(AliasSeq, names);
    return finish_stmt(p, s);
}

static AliasSeq import_from_names(Parser *p)
{
    Vec names = {0};
    if (at(p, TOK_STAR)) {
        const Token *t = advance(p);
        Alias *a = arena_alloc(p->arena, sizeof(Alias));
        a->line = a->end_line = t->line;
        a->col = t->col;
        a->end_col = t->end_col;
        a->name = "*";
        vec_push(p, &names, a);
        return VEC_SEQ(AliasSeq, names);
    }
    bool paren = accept(p, TOK_LPAR);
    do {
        if (paren && at(p, TOK_RPAR))
            break;
        vec_push(p, &names, alias(p, false));
    } while (accept(p, TOK_COMMA));
    if (paren)
        expect(p, TOK_RPAR);
    else if (prev_tok(p)->kind == TOK_COMMA)
        error_at_token(p, prev_tok(p),
                       "trailing comma not allowed without surrounding "
                       "parentheses");
    return VEC_SEQ(AliasSeq, names);
}

static Stmt *from_stmt(Parser *p, const Token *start)
{
    Stmt *s = new_stmt(p, STMT_ImportFrom, start);
    for (;;) {
        if (accept(p, TOK_DOT))
            s->v.ImportFrom.level += 1;
        else if (accept(p, TOK_ELLIPSIS))
            s->v.ImportFrom.level += 3;
        else
            break;
    }
    if (!at(p, TOK_KW_IMPORT) || s->v.ImportFrom.level == 0)
        s->v.ImportFrom.module = dotted_name(p);
    expect(p, TOK_KW_IMPORT);
    s->v.ImportFrom.names = import_from_names(p);
    return finish_stmt(p, s);
}

static Stmt *del_stmt(Parser *p, const Token *start)
{
    Vec targets = {0};
    do {
        if (!starts_expr(peek_kind(p)))
            break;
        Expr *t = parse_or_expr(p);
        set_context(p, t, CTX_Del, "");
        vec_push(p, &targets, t);
    } while (accept(p, TOK_COMMA));
    if (targets.len == 0)
        error_invalid(p);
    Stmt *s = new_stmt(p, STMT_Delete, start);
    s->v.Delete.targets = VEC_SEQ(ExprSeq, targets);
    return finish_stmt(p, s);
}

static Stmt *keyword_stmt(Parser *p, const Token *start)
{
    Stmt *s;
    switch (start->kind) {
    case TOK_KW_PASS:
        return new_stmt(p, STMT_Pass, start);
    case TOK_KW_BREAK:
        return new_stmt(p, STMT_Break, start);
    case TOK_KW_CONTINUE:
        return new_stmt(p, STMT_Continue, start);
    case TOK_KW_RETURN:
        s = new_stmt(p, STMT_Return, start);
        if (starts_expr(peek_kind(p)) || at(p, TOK_STAR))
            s->v.Return.value = parse_star_exprs(p);
        return finish_stmt(p, s);
    case TOK_KW_RAISE:
        s = new_stmt(p, STMT_Raise, start);
        if (starts_expr(peek_kind(p))) {
            s->v.Raise.exc = parse_expr(p);
            if (accept(p, TOK_KW_FROM))
                s->v.Raise.cause = parse_expr(p);
        }
        return finish_stmt(p, s);
    case TOK_KW_GLOBAL:
    case TOK_KW_NONLOCAL:
        s = new_stmt(p,
                     start->kind == TOK_KW_GLOBAL ? STMT_Global : STMT_Nonlocal,
                     start);
        s->v.Global.names = name_list(p); // same layout as Nonlocal
        return finish_stmt(p, s);
    case TOK_KW_ASSERT:
        s = new_stmt(p, STMT_Assert, start);
        s->v.Assert.test = parse_expr(p);
        if (accept(p, TOK_COMMA))
            s->v.Assert.msg = parse_expr(p);
        return finish_stmt(p, s);
    case TOK_KW_IMPORT:
        return import_stmt(p, start);
    case TOK_KW_FROM:
        return from_stmt(p, start);
    case TOK_KW_DEL:
        return del_stmt(p, start);
    default:
        return NULL;
    }
}

static Stmt *simple_stmt(Parser *p)
{
    Token start = *peek_tok(p, 0);
    switch (start.kind) {
    case TOK_KW_PASS:
    case TOK_KW_BREAK:
    case TOK_KW_CONTINUE:
    case TOK_KW_RETURN:
    case TOK_KW_RAISE:
    case TOK_KW_GLOBAL:
    case TOK_KW_NONLOCAL:
    case TOK_KW_ASSERT:
    case TOK_KW_IMPORT:
    case TOK_KW_FROM:
    case TOK_KW_DEL:
        advance(p);
        return keyword_stmt(p, &start);
    default:
        if (!starts_expr(start.kind) && start.kind != TOK_STAR &&
            start.kind != TOK_KW_YIELD)
            error_invalid(p);
        return expr_stmt(p);
    }
}

// simple_stmts: `a; b; c NEWLINE`.
static void simple_stmts(Parser *p, Vec *out)
{
    for (;;) {
        vec_push(p, out, simple_stmt(p));
        if (!accept(p, TOK_SEMI) || at(p, TOK_NEWLINE))
            break;
    }
    if (!accept(p, TOK_NEWLINE))
        error_invalid(p);
}

// ---------------------------------------------------- compound statements

static Stmt *if_stmt(Parser *p, const Token *start, const char *what)
{
    Stmt *s = new_stmt(p, STMT_If, start);
    s->v.If.test = parse_named_expr(p);
    s->v.If.body = header_block(p, what, start->line);
    StmtSeq last = s->v.If.body;
    Token next = *peek_tok(p, 0);
    if (accept(p, TOK_KW_ELIF)) {
        Stmt *elif = if_stmt(p, &next, "'elif' statement");
        Stmt **one = arena_alloc(p->arena, sizeof(Stmt *));
        one[0] = elif;
        s->v.If.orelse = (StmtSeq){one, 1};
        last = s->v.If.orelse;
    } else if (accept(p, TOK_KW_ELSE)) {
        s->v.If.orelse = header_block(p, "'else' statement", next.line);
        last = s->v.If.orelse;
    }
    return finish_block(s, last);
}

// The optional `else:` block of for/while/try.
static StmtSeq else_block(Parser *p)
{
    int line = peek_tok(p, 0)->line;
    if (!accept(p, TOK_KW_ELSE))
        return (StmtSeq){0};
    return header_block(p, "'else' statement", line);
}

static Stmt *while_stmt(Parser *p, const Token *start)
{
    Stmt *s = new_stmt(p, STMT_While, start);
    s->v.While.test = parse_named_expr(p);
    s->v.While.body = header_block(p, "'while' statement", start->line);
    s->v.While.orelse = else_block(p);
    return finish_block(s, s->v.While.orelse.len ? s->v.While.orelse
                                                 : s->v.While.body);
}

static Stmt *for_stmt(Parser *p, const Token *start, bool is_async)
{
    Stmt *s = new_stmt(p, STMT_For, start);
    s->v.For.is_async = is_async;
    s->v.For.target = parse_star_targets(p);
    set_context(p, s->v.For.target, CTX_Store, "");
    expect(p, TOK_KW_IN);
    s->v.For.iter = parse_star_exprs(p);
    s->v.For.body = header_block(p, "'for' statement", start->line);
    s->v.For.orelse = else_block(p);
    return finish_block(s,
                        s->v.For.orelse.len ? s->v.For.orelse : s->v.For.body);
}

static WithItem *with_item(Parser *p)
{
    Token start = *peek_tok(p, 0);
    WithItem *w = arena_alloc(p->arena, sizeof(WithItem));
    w->line = start.line;
    w->col = start.col;
    w->context_expr = parse_expr(p);
    if (accept(p, TOK_KW_AS)) {
        w->optional_vars = parse_or_expr(p);
        set_context(p, w->optional_vars, CTX_Store, "");
    }
    w->end_line = prev_tok(p)->end_line;
    w->end_col = prev_tok(p)->end_col;
    return w;
}

// True if the '(' at the current token closes right before the ':'
// (CPython's parenthesised with-items form).
static bool paren_with_items(Parser *p)
{
    int depth = 0;
    for (size_t i = 0;; i++) {
        TokenKind k = peek_tok(p, i)->kind;
        if (k == TOK_LPAR || k == TOK_LSQB || k == TOK_LBRACE)
            depth++;
        else if (k == TOK_RPAR || k == TOK_RSQB || k == TOK_RBRACE)
            depth--;
        else if (k == TOK_NEWLINE || k == TOK_ENDMARKER)
            return false;
        if (depth == 0)
            return peek_tok(p, i + 1)->kind == TOK_COLON;
    }
}

static Stmt *with_stmt(Parser *p, const Token *start, bool is_async)
{
    Stmt *s = new_stmt(p, STMT_With, start);
    s->v.With.is_async = is_async;
    Vec items = {0};
    bool paren = at(p, TOK_LPAR) && paren_with_items(p);
    if (paren)
        advance(p);
    do {
        if (paren && at(p, TOK_RPAR))
            break;
        vec_push(p, &items, with_item(p));
    } while (accept(p, TOK_COMMA));
    if (paren)
        expect(p, TOK_RPAR);
    s->v.With.items = VEC_SEQ(WithItemSeq, items);
    s->v.With.body = header_block(p, "'with' statement", start->line);
    return finish_block(s, s->v.With.body);
}

// `except A, B [as n]:`: CPython's error covers the types and the name,
// up to the colon; without the colon it is "invalid syntax" at the comma.
static _Noreturn void unparenthesized_types(Parser *p, const Expr *first)
{
    const Token comma = *peek_tok(p, 0);
    do {
        advance(p); // ,
        if (at(p, TOK_COLON) || at(p, TOK_KW_AS))
            break;
        parse_expr(p);
    } while (at(p, TOK_COMMA));
    bool ok = at(p, TOK_COLON) || prev_tok(p)->kind != TOK_COMMA;
    if (ok && accept(p, TOK_KW_AS))
        ok = accept(p, TOK_NAME);
    if (!ok || !at(p, TOK_COLON))
        error_at_token(p, &comma, "invalid syntax");
    const Token *colon = peek_tok(p, 0);
    error_range(p, SYNTAX_ERROR, first->line, first->col, colon->line,
                colon->col, "multiple exception types must be parenthesized");
}

static ExceptHandler *handler(Parser *p, bool *star, int *kw_end)
{
    Token start = *advance(p); // except
    ExceptHandler *h = arena_alloc(p->arena, sizeof(ExceptHandler));
    h->line = start.line;
    h->col = start.col;
    *star = accept(p, TOK_STAR);
    *kw_end = prev_tok(p)->end_col;
    if (*star && (at(p, TOK_COLON) || at(p, TOK_NEWLINE)))
        error_at_token(p, peek_tok(p, 0),
                       "expected one or more exception types");
    if (!at(p, TOK_COLON)) {
        h->type = parse_expr(p);
        if (at(p, TOK_COMMA) && peek_tok(p, 1)->kind != TOK_COLON)
            unparenthesized_types(p, h->type);
        if (accept(p, TOK_KW_AS))
            h->name = tok_text(p, expect(p, TOK_NAME));
    }
    h->body = header_block(
        p, *star ? "'except*' statement" : "'except' statement", start.line);
    Stmt *last = h->body.items[h->body.len - 1];
    h->end_line = last->end_line;
    h->end_col = last->end_col;
    return h;
}

static Stmt *try_stmt(Parser *p, const Token *start)
{
    Stmt *s = new_stmt(p, STMT_Try, start);
    s->v.Try.body = header_block(p, "'try' statement", start->line);
    StmtSeq last = s->v.Try.body;
    Vec handlers = {0};
    while (at(p, TOK_KW_EXCEPT)) {
        bool star;
        int kw_end; // the end of `except` or `except *`
        ExceptHandler *h = handler(p, &star, &kw_end);
        if (handlers.len && star != s->v.Try.is_star)
            error_range(p, SYNTAX_ERROR, h->line, h->col, h->line, kw_end,
                        "cannot have both 'except' and "
                        "'except*' on the same 'try'");
        s->v.Try.is_star = star;
        vec_push(p, &handlers, h);
        last = h->body;
    }
    s->v.Try.handlers = VEC_SEQ(HandlerSeq, handlers);
    if (handlers.len) {
        s->v.Try.orelse = else_block(p);
        if (s->v.Try.orelse.len)
            last = s->v.Try.orelse;
    }
    int line = peek_tok(p, 0)->line;
    if (accept(p, TOK_KW_FINALLY)) {
        s->v.Try.finalbody = header_block(p, "'finally' statement", line);
        last = s->v.Try.finalbody;
    } else if (!handlers.len) {
        error_at_token(p, peek_tok(p, 0),
                       "expected 'except' or 'finally' block");
    }
    return finish_block(s, last);
}

static Stmt *funcdef(Parser *p, const Token *start, bool is_async,
                     ExprSeq decorators)
{
    Stmt *s = new_stmt(p, STMT_FunctionDef, start);
    s->v.FunctionDef.is_async = is_async;
    s->v.FunctionDef.decorator_list = decorators;
    s->v.FunctionDef.name = tok_text(p, expect(p, TOK_NAME));
    expect(p, TOK_LPAR);
    s->v.FunctionDef.args = parse_arguments(p, false, TOK_RPAR);
    expect(p, TOK_RPAR);
    if (accept(p, TOK_ARROW))
        s->v.FunctionDef.returns = parse_expr(p);
    s->v.FunctionDef.body = header_block(p, "function definition", start->line);
    return finish_block(s, s->v.FunctionDef.body);
}

static Stmt *classdef(Parser *p, const Token *start, ExprSeq decorators)
{
    Stmt *s = new_stmt(p, STMT_ClassDef, start);
    s->v.ClassDef.decorator_list = decorators;
    s->v.ClassDef.name = tok_text(p, expect(p, TOK_NAME));
    if (at(p, TOK_LPAR)) {
        // The bases are call arguments: parse them as a call of the name.
        Token lpar = *peek_tok(p, 0);
        p->pos--;
        Expr *call = parse_or_expr(p);
        if (call->kind != EXPR_Call)
            error_at_token(p, &lpar, "invalid syntax");
        s->v.ClassDef.bases = call->v.Call.args;
        s->v.ClassDef.keywords = call->v.Call.keywords;
    }
    s->v.ClassDef.body = header_block(p, "class definition", start->line);
    return finish_block(s, s->v.ClassDef.body);
}

static ExprSeq decorators(Parser *p)
{
    Vec decs = {0};
    while (accept(p, TOK_AT)) {
        vec_push(p, &decs, parse_named_expr(p));
        expect(p, TOK_NEWLINE);
    }
    return VEC_SEQ(ExprSeq, decs);
}

static Stmt *definition(Parser *p)
{
    ExprSeq decs = decorators(p);
    Token start = *peek_tok(p, 0);
    if (accept(p, TOK_KW_CLASS))
        return classdef(p, &start, decs);
    bool is_async = accept(p, TOK_KW_ASYNC);
    expect(p, TOK_KW_DEF);
    return funcdef(p, &start, is_async, decs);
}

static Stmt *compound_stmt(Parser *p)
{
    Token start = *peek_tok(p, 0);
    switch (start.kind) {
    case TOK_KW_IF:
        advance(p);
        return if_stmt(p, &start, "'if' statement");
    case TOK_KW_WHILE:
        advance(p);
        return while_stmt(p, &start);
    case TOK_KW_FOR:
        advance(p);
        return for_stmt(p, &start, false);
    case TOK_KW_WITH:
        advance(p);
        return with_stmt(p, &start, false);
    case TOK_KW_TRY:
        advance(p);
        return try_stmt(p, &start);
    case TOK_AT:
    case TOK_KW_DEF:
    case TOK_KW_CLASS:
        return definition(p);
    case TOK_KW_ASYNC: {
        TokenKind next = peek_tok(p, 1)->kind;
        if (next == TOK_KW_DEF)
            return definition(p);
        advance(p);
        if (accept(p, TOK_KW_FOR))
            return for_stmt(p, &start, true);
        if (accept(p, TOK_KW_WITH))
            return with_stmt(p, &start, true);
        error_invalid(p);
    }
    default:
        return at_match_stmt(p) ? parse_match_stmt(p) : NULL;
    }
}

static void parse_statement(Parser *p, Vec *out)
{
    enter(p);
    Stmt *s = compound_stmt(p);
    if (s)
        vec_push(p, out, s);
    else
        simple_stmts(p, out);
    leave(p);
}

StmtSeq parse_file(Parser *p)
{
    Vec body = {0};
    while (!at(p, TOK_ENDMARKER)) {
        if (accept(p, TOK_NEWLINE))
            continue;
        parse_statement(p, &body);
    }
    return VEC_SEQ(StmtSeq, body);
}
