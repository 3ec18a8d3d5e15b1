// parse_expr.c: expressions, by CPython 3.11's precedence (lowest first):
// lambda, if-else, or, and, not, comparisons, |, ^, &, << >>, + -,
// * / // % @, unary + - ~, **, await, primaries (calls, attributes,
// subscripts), atoms. Each level is one function.
//
// Positions: a node starts at the first token of its rule (so `(a) + b`
// starts at the parenthesis, as in CPython) and ends at the last token.
#include <string.h>

#include "vm/compile/parse_internal.h"

static Expr *parse_primary(Parser *p);
static Expr *parse_atom(Parser *p);
static Expr *parse_slices(Parser *p);

static Expr *constant(Parser *p, const Token *t, ConstKind kind)
{
    Expr *e = new_expr(p, EXPR_Constant, t);
    e->v.Constant.value.kind = kind;
    return e;
}

bool starts_expr(TokenKind k)
{
    switch (k) {
    case TOK_NAME:
    case TOK_NUMBER:
    case TOK_STRING:
    case TOK_LPAR:
    case TOK_LSQB:
    case TOK_LBRACE:
    case TOK_KW_TRUE:
    case TOK_KW_FALSE:
    case TOK_KW_NONE:
    case TOK_ELLIPSIS:
    case TOK_KW_LAMBDA:
    case TOK_KW_NOT:
    case TOK_KW_AWAIT:
    case TOK_MINUS:
    case TOK_PLUS:
    case TOK_TILDE:
        return true;
    default:
        return false;
    }
}

// Inside brackets, `a b` is "invalid syntax. Perhaps you forgot a comma?"
// over both expressions (CPython's invalid_expression rule).
static void check_comma(Parser *p, const Expr *a)
{
    TokenKind k = peek_kind(p);
    if (!starts_expr(k) || k == TOK_MINUS || k == TOK_PLUS || k == TOK_KW_NOT ||
        a->kind == EXPR_Lambda || a->kind == EXPR_IfExp)
        return;
    Expr *b = parse_expr(p);
    error_range(p, SYNTAX_ERROR, a->line, a->col, b->end_line, b->end_col,
                "invalid syntax. Perhaps you forgot a comma?");
}

// ------------------------------------------------------------ operators

typedef struct OpLevel {
    TokenKind tok[5];
    BinOpKind op[5];
} OpLevel;

static const OpLevel levels[] = {
    {{TOK_VBAR}, {BINOP_BitOr}},
    {{TOK_CIRCUMFLEX}, {BINOP_BitXor}},
    {{TOK_AMPER}, {BINOP_BitAnd}},
    {{TOK_LEFTSHIFT, TOK_RIGHTSHIFT}, {BINOP_LShift, BINOP_RShift}},
    {{TOK_PLUS, TOK_MINUS}, {BINOP_Add, BINOP_Sub}},
    {{TOK_STAR, TOK_SLASH, TOK_DOUBLESLASH, TOK_PERCENT, TOK_AT},
     {BINOP_Mult, BINOP_Div, BINOP_FloorDiv, BINOP_Mod, BINOP_MatMult}},
};
enum { NLEVELS = sizeof levels / sizeof *levels };

static int level_op(int level, TokenKind k)
{
    for (int i = 0; i < 5 && levels[level].tok[i]; i++)
        if (levels[level].tok[i] == k)
            return (int)levels[level].op[i];
    return -1;
}

static Expr *parse_factor(Parser *p);

static Expr *parse_binary(Parser *p, int level)
{
    if (level == NLEVELS)
        return parse_factor(p);
    Token start = *peek_tok(p, 0);
    Expr *left = parse_binary(p, level + 1);
    int op;
    while ((op = level_op(level, peek_kind(p))) >= 0) {
        advance(p);
        Expr *right = parse_binary(p, level + 1);
        Expr *e = new_expr(p, EXPR_BinOp, &start);
        e->v.BinOp.left = left;
        e->v.BinOp.op = (BinOpKind)op;
        e->v.BinOp.right = right;
        left = finish(p, e);
    }
    return left;
}

Expr *parse_or_expr(Parser *p)
{
    return parse_binary(p, 0);
}

static Expr *parse_power(Parser *p)
{
    Token start = *peek_tok(p, 0);
    Expr *base;
    if (accept(p, TOK_KW_AWAIT)) {
        base = new_expr(p, EXPR_Await, &start);
        base->v.Await.value = parse_primary(p);
        finish(p, base);
    } else {
        base = parse_primary(p);
    }
    if (!accept(p, TOK_DOUBLESTAR))
        return base;
    Expr *e = new_expr(p, EXPR_BinOp, &start);
    e->v.BinOp.left = base;
    e->v.BinOp.op = BINOP_Pow;
    e->v.BinOp.right = parse_factor(p);
    return finish(p, e);
}

static Expr *parse_factor(Parser *p)
{
    Token start = *peek_tok(p, 0);
    UnaryOpKind op;
    switch (start.kind) {
    case TOK_PLUS:
        op = UNARYOP_UAdd;
        break;
    case TOK_MINUS:
        op = UNARYOP_USub;
        break;
    case TOK_TILDE:
        op = UNARYOP_Invert;
        break;
    default:
        return parse_power(p);
    }
    advance(p);
    enter(p);
    Expr *e = new_expr(p, EXPR_UnaryOp, &start);
    e->v.UnaryOp.op = op;
    e->v.UnaryOp.operand = parse_factor(p);
    leave(p);
    return finish(p, e);
}

// The comparison operator at the current token (consumed), or -1.
static int compare_op(Parser *p)
{
    static const struct {
        TokenKind tok;
        CmpOpKind op;
    } simple[] = {{TOK_EQEQUAL, CMPOP_Eq}, {TOK_NOTEQUAL, CMPOP_NotEq},
                  {TOK_LESS, CMPOP_Lt},    {TOK_LESSEQUAL, CMPOP_LtE},
                  {TOK_GREATER, CMPOP_Gt}, {TOK_GREATEREQUAL, CMPOP_GtE},
                  {TOK_KW_IN, CMPOP_In}};
    TokenKind k = peek_kind(p);
    for (size_t i = 0; i < sizeof simple / sizeof *simple; i++)
        if (simple[i].tok == k) {
            advance(p);
            return (int)simple[i].op;
        }
    if (k == TOK_KW_IS) {
        advance(p);
        return accept(p, TOK_KW_NOT) ? CMPOP_IsNot : CMPOP_Is;
    }
    if (k == TOK_KW_NOT && peek_tok(p, 1)->kind == TOK_KW_IN) {
        advance(p);
        advance(p);
        return CMPOP_NotIn;
    }
    return -1;
}

static Expr *parse_comparison(Parser *p)
{
    Token start = *peek_tok(p, 0);
    Expr *left = parse_or_expr(p);
    int op = compare_op(p);
    if (op < 0)
        return left;
    Vec ops = {0}, rights = {0};
    do {
        vec_push(p, &ops, (void *)(intptr_t)op);
        vec_push(p, &rights, parse_or_expr(p));
    } while ((op = compare_op(p)) >= 0);
    CmpOpKind *kinds = arena_alloc(p->arena, ops.len * sizeof(CmpOpKind));
    for (size_t i = 0; i < ops.len; i++)
        kinds[i] = (CmpOpKind)(intptr_t)ops.items[i];
    Expr *e = new_expr(p, EXPR_Compare, &start);
    e->v.Compare.left = left;
    e->v.Compare.ops = (CmpOpSeq){kinds, ops.len};
    e->v.Compare.comparators = VEC_SEQ(ExprSeq, rights);
    return finish(p, e);
}

static Expr *parse_inversion(Parser *p)
{
    Token start = *peek_tok(p, 0);
    if (!accept(p, TOK_KW_NOT))
        return parse_comparison(p);
    enter(p);
    Expr *e = new_expr(p, EXPR_UnaryOp, &start);
    e->v.UnaryOp.op = UNARYOP_Not;
    e->v.UnaryOp.operand = parse_inversion(p);
    leave(p);
    return finish(p, e);
}

// `a and b and c` / `a or b or c`: one BoolOp with all the operands.
static Expr *parse_boolop(Parser *p, TokenKind tok, BoolOpKind op,
                          Expr *(*operand)(Parser *))
{
    Token start = *peek_tok(p, 0);
    Expr *first = operand(p);
    if (!at(p, tok))
        return first;
    Vec values = {0};
    vec_push(p, &values, first);
    while (accept(p, tok))
        vec_push(p, &values, operand(p));
    Expr *e = new_expr(p, EXPR_BoolOp, &start);
    e->v.BoolOp.op = op;
    e->v.BoolOp.values = VEC_SEQ(ExprSeq, values);
    return finish(p, e);
}

static Expr *parse_conjunction(Parser *p)
{
    return parse_boolop(p, TOK_KW_AND, BOOLOP_And, parse_inversion);
}

Expr *parse_disjunction(Parser *p)
{
    return parse_boolop(p, TOK_KW_OR, BOOLOP_Or, parse_conjunction);
}

static Expr *parse_lambda(Parser *p)
{
    Token start = *advance(p);
    Expr *e = new_expr(p, EXPR_Lambda, &start);
    e->v.Lambda.args = parse_arguments(p, true, TOK_COLON);
    expect(p, TOK_COLON);
    e->v.Lambda.body = parse_expr(p);
    return finish(p, e);
}

Expr *parse_expr(Parser *p)
{
    if (at(p, TOK_KW_LAMBDA))
        return parse_lambda(p);
    Token start = *peek_tok(p, 0);
    Expr *body = parse_disjunction(p);
    if (!accept(p, TOK_KW_IF))
        return body;
    enter(p);
    Expr *e = new_expr(p, EXPR_IfExp, &start);
    e->v.IfExp.body = body;
    e->v.IfExp.test = parse_disjunction(p);
    if (!accept(p, TOK_KW_ELSE)) {
        const Token *last = prev_tok(p);
        error_range(p, SYNTAX_ERROR, start.line, start.col, last->end_line,
                    last->end_col, "expected 'else' after 'if' expression");
    }
    e->v.IfExp.orelse = parse_expr(p);
    leave(p);
    return finish(p, e);
}

Expr *parse_named_expr(Parser *p)
{
    if (!(at(p, TOK_NAME) && peek_tok(p, 1)->kind == TOK_COLONEQUAL)) {
        Expr *e = parse_expr(p);
        if (at(p, TOK_COLONEQUAL))
            error_node(p, e, "cannot use assignment expressions with %s",
                       expr_name(e));
        return e;
    }
    Token start = *peek_tok(p, 0);
    Expr *target = parse_atom(p);
    target->v.Name.ctx = CTX_Store;
    advance(p); // :=
    Expr *e = new_expr(p, EXPR_NamedExpr, &start);
    e->v.NamedExpr.target = target;
    e->v.NamedExpr.value = parse_expr(p);
    return finish(p, e);
}

// star_expression / star_named_expression: `*x` or the plain form.
static Expr *parse_star_item(Parser *p, bool named)
{
    if (!at(p, TOK_STAR))
        return named ? parse_named_expr(p) : parse_expr(p);
    Token start = *advance(p);
    Expr *e = new_expr(p, EXPR_Starred, &start);
    e->v.Starred.value = parse_or_expr(p);
    return finish(p, e);
}

// Items separated by commas; a Tuple if there is a comma.
static Expr *parse_tuple_of(Parser *p, bool named)
{
    Token start = *peek_tok(p, 0);
    Expr *first = parse_star_item(p, named);
    if (!at(p, TOK_COMMA))
        return first;
    Vec elts = {0};
    vec_push(p, &elts, first);
    while (accept(p, TOK_COMMA) &&
           (starts_expr(peek_kind(p)) || at(p, TOK_STAR)))
        vec_push(p, &elts, parse_star_item(p, named));
    Expr *e = new_expr(p, EXPR_Tuple, &start);
    e->v.Tuple.elts = VEC_SEQ(ExprSeq, elts);
    return finish(p, e);
}

Expr *parse_star_exprs(Parser *p)
{
    return parse_tuple_of(p, false);
}

Expr *parse_star_named_exprs(Parser *p)
{
    return parse_tuple_of(p, true);
}

Expr *parse_yield_expr(Parser *p)
{
    Token start = *advance(p);
    if (accept(p, TOK_KW_FROM)) {
        Expr *e = new_expr(p, EXPR_YieldFrom, &start);
        e->v.YieldFrom.value = parse_expr(p);
        return finish(p, e);
    }
    Expr *e = new_expr(p, EXPR_Yield, &start);
    if (starts_expr(peek_kind(p)) || at(p, TOK_STAR))
        e->v.Yield.value = parse_star_exprs(p);
    return finish(p, e);
}

// star_targets: like star_expressions but only up to bitwise_or, so the
// `in` of `for x in y` is not taken as a comparison. Context is set by
// the caller.
Expr *parse_star_targets(Parser *p)
{
    Token start = *peek_tok(p, 0);
    Vec elts = {0};
    for (;;) {
        Expr *item;
        if (at(p, TOK_STAR)) {
            Token st = *advance(p);
            item = new_expr(p, EXPR_Starred, &st);
            item->v.Starred.value = parse_or_expr(p);
            finish(p, item);
        } else {
            item = parse_or_expr(p);
        }
        vec_push(p, &elts, item);
        if (!at(p, TOK_COMMA))
            break;
        advance(p);
        if (!starts_expr(peek_kind(p)) && !at(p, TOK_STAR))
            break;
    }
    if (elts.len == 1 && prev_tok(p)->kind != TOK_COMMA)
        return elts.items[0];
    Expr *e = new_expr(p, EXPR_Tuple, &start);
    e->v.Tuple.elts = VEC_SEQ(ExprSeq, elts);
    return finish(p, e);
}

// ------------------------------------------------------ comprehensions

static ComprehensionSeq parse_generators(Parser *p)
{
    Vec gens = {0};
    while (at(p, TOK_KW_FOR) ||
           (at(p, TOK_KW_ASYNC) && peek_tok(p, 1)->kind == TOK_KW_FOR)) {
        Token start = *peek_tok(p, 0);
        Comprehension *c = arena_alloc(p->arena, sizeof(Comprehension));
        c->line = start.line;
        c->col = start.col;
        c->is_async = accept(p, TOK_KW_ASYNC);
        expect(p, TOK_KW_FOR);
        c->target = parse_star_targets(p);
        set_context(p, c->target, CTX_Store, "");
        expect(p, TOK_KW_IN);
        c->iter = parse_disjunction(p);
        Vec ifs = {0};
        while (accept(p, TOK_KW_IF))
            vec_push(p, &ifs, parse_disjunction(p));
        c->ifs = VEC_SEQ(ExprSeq, ifs);
        c->end_line = prev_tok(p)->end_line;
        c->end_col = prev_tok(p)->end_col;
        vec_push(p, &gens, c);
    }
    return VEC_SEQ(ComprehensionSeq, gens);
}

static bool at_for(Parser *p)
{
    return at(p, TOK_KW_FOR) ||
           (at(p, TOK_KW_ASYNC) && peek_tok(p, 1)->kind == TOK_KW_FOR);
}

// `elt for ...` inside brackets; `start` is the opening bracket.
static Expr *comprehension(Parser *p, ExprKind kind, const Token *start,
                           Expr *elt, TokenKind close)
{
    if (elt->kind == EXPR_Starred)
        error_node(p, elt,
                   "iterable unpacking cannot be used in "
                   "comprehension");
    Expr *e = new_expr(p, kind, start);
    ComprehensionSeq gens = parse_generators(p);
    if (kind == EXPR_ListComp) {
        e->v.ListComp.elt = elt;
        e->v.ListComp.generators = gens;
    } else if (kind == EXPR_SetComp) {
        e->v.SetComp.elt = elt;
        e->v.SetComp.generators = gens;
    } else {
        e->v.GeneratorExp.elt = elt;
        e->v.GeneratorExp.generators = gens;
    }
    expect(p, close);
    return finish(p, e);
}

// --------------------------------------------------------------- atoms

// Items of a list/tuple/set display up to `close`, the first given.
static ExprSeq display_items(Parser *p, Expr *first, TokenKind close)
{
    Vec elts = {0};
    vec_push(p, &elts, first);
    check_comma(p, first);
    while (accept(p, TOK_COMMA) && !at(p, close)) {
        Expr *item = parse_star_item(p, true);
        check_comma(p, item);
        vec_push(p, &elts, item);
    }
    expect(p, close);
    return VEC_SEQ(ExprSeq, elts);
}

static Expr *parse_paren(Parser *p)
{
    Token start = *advance(p);
    if (accept(p, TOK_RPAR))
        return finish(p, new_expr(p, EXPR_Tuple, &start));
    if (at(p, TOK_KW_YIELD)) {
        Expr *y = parse_yield_expr(p);
        expect(p, TOK_RPAR);
        return y;
    }
    enter(p);
    Expr *first = parse_star_item(p, true);
    Expr *e = first;
    if (at_for(p)) {
        e = comprehension(p, EXPR_GeneratorExp, &start, first, TOK_RPAR);
    } else if (at(p, TOK_COMMA)) {
        e = new_expr(p, EXPR_Tuple, &start);
        e->v.Tuple.elts = display_items(p, first, TOK_RPAR);
        finish(p, e);
    } else {
        check_comma(p, first);
        expect(p, TOK_RPAR);
        if (first->kind == EXPR_Starred)
            error_node(p, first, "cannot use starred expression here");
    }
    leave(p);
    return e;
}

static Expr *parse_list(Parser *p)
{
    Token start = *advance(p);
    Expr *e = new_expr(p, EXPR_List, &start);
    if (accept(p, TOK_RSQB))
        return finish(p, e);
    enter(p);
    Expr *first = parse_star_item(p, true);
    if (at_for(p)) {
        e = comprehension(p, EXPR_ListComp, &start, first, TOK_RSQB);
    } else {
        e->v.List.elts = display_items(p, first, TOK_RSQB);
        finish(p, e);
    }
    leave(p);
    return e;
}

// One `key: value` or `**mapping` entry of a dict display.
static void dict_entry(Parser *p, Vec *keys, Vec *values)
{
    if (accept(p, TOK_DOUBLESTAR)) {
        vec_push(p, keys, NULL);
        vec_push(p, values, parse_or_expr(p));
        return;
    }
    vec_push(p, keys, parse_expr(p));
    expect(p, TOK_COLON);
    vec_push(p, values, parse_expr(p));
}

static Expr *parse_dict_rest(Parser *p, const Token *start, Vec *keys,
                             Vec *values)
{
    if (keys->items[0] && at_for(p)) {
        Expr *e = new_expr(p, EXPR_DictComp, start);
        e->v.DictComp.key = keys->items[0];
        e->v.DictComp.value = values->items[0];
        e->v.DictComp.generators = parse_generators(p);
        expect(p, TOK_RBRACE);
        return finish(p, e);
    }
    while (accept(p, TOK_COMMA) && !at(p, TOK_RBRACE))
        dict_entry(p, keys, values);
    expect(p, TOK_RBRACE);
    Expr *e = new_expr(p, EXPR_Dict, start);
    e->v.Dict.keys = VEC_SEQ(ExprSeq, *keys);
    e->v.Dict.values = VEC_SEQ(ExprSeq, *values);
    return finish(p, e);
}

static Expr *parse_brace(Parser *p)
{
    Token start = *advance(p);
    if (accept(p, TOK_RBRACE))
        return finish(p, new_expr(p, EXPR_Dict, &start));
    enter(p);
    Vec keys = {0}, values = {0};
    Expr *e;
    if (at(p, TOK_DOUBLESTAR)) {
        dict_entry(p, &keys, &values);
        e = parse_dict_rest(p, &start, &keys, &values);
    } else {
        Expr *first = parse_star_item(p, true);
        if (accept(p, TOK_COLON)) {
            vec_push(p, &keys, first);
            vec_push(p, &values, parse_expr(p));
            e = parse_dict_rest(p, &start, &keys, &values);
        } else if (at_for(p)) {
            e = comprehension(p, EXPR_SetComp, &start, first, TOK_RBRACE);
        } else {
            e = new_expr(p, EXPR_Set, &start);
            e->v.Set.elts = display_items(p, first, TOK_RBRACE);
            finish(p, e);
        }
    }
    leave(p);
    return e;
}

static Expr *parse_atom(Parser *p)
{
    const Token *t = peek_tok(p, 0);
    switch (t->kind) {
    case TOK_NAME: {
        Expr *e = new_expr(p, EXPR_Name, t);
        e->v.Name.id = tok_text(p, t);
        advance(p);
        return e;
    }
    case TOK_KW_TRUE:
        return constant(p, advance(p), CONST_TRUE);
    case TOK_KW_FALSE:
        return constant(p, advance(p), CONST_FALSE);
    case TOK_KW_NONE:
        return constant(p, advance(p), CONST_NONE);
    case TOK_ELLIPSIS:
        return constant(p, advance(p), CONST_ELLIPSIS);
    case TOK_NUMBER:
        return parse_number(p, advance(p));
    case TOK_STRING:
        return parse_strings(p);
    case TOK_LPAR:
        return parse_paren(p);
    case TOK_LSQB:
        return parse_list(p);
    case TOK_LBRACE:
        return parse_brace(p);
    default:
        error_invalid(p);
    }
}

// ------------------------------------------------------------ primaries

// Call arguments after '('; positional after keyword arguments and
// unpacking order follow CPython's checks.
static void parse_call_args(Parser *p, Expr *call)
{
    Vec args = {0}, kws = {0};
    bool seen_kw = false, seen_kwunpack = false;
    while (!at(p, TOK_RPAR)) {
        Token st = *peek_tok(p, 0);
        if (at(p, TOK_NAME) && peek_tok(p, 1)->kind == TOK_EQUAL) {
            Keyword *k = arena_alloc(p->arena, sizeof(Keyword));
            k->line = st.line;
            k->col = st.col;
            k->arg = tok_text(p, advance(p));
            advance(p);
            k->value = parse_expr(p);
            k->end_line = prev_tok(p)->end_line;
            k->end_col = prev_tok(p)->end_col;
            vec_push(p, &kws, k);
            seen_kw = true;
        } else if (accept(p, TOK_DOUBLESTAR)) {
            Keyword *k = arena_alloc(p->arena, sizeof(Keyword));
            k->line = st.line;
            k->col = st.col;
            k->value = parse_expr(p);
            k->end_line = prev_tok(p)->end_line;
            k->end_col = prev_tok(p)->end_col;
            vec_push(p, &kws, k);
            seen_kwunpack = true;
        } else {
            Expr *a = parse_star_item(p, true);
            if (a->kind != EXPR_Starred && at_for(p)) {
                a = comprehension(p, EXPR_GeneratorExp, &st, a, TOK_RPAR);
                p->pos--; // leave ')' for the caller
                vec_push(p, &args, a);
                continue;
            }
            if (a->kind == EXPR_Starred && seen_kwunpack)
                error_node(p, a,
                           "iterable argument unpacking follows "
                           "keyword argument unpacking");
            if (a->kind != EXPR_Starred && (seen_kw || seen_kwunpack))
                error_node(p, a,
                           seen_kwunpack
                               ? "positional argument follows keyword "
                                 "argument unpacking"
                               : "positional argument follows keyword "
                                 "argument");
            check_comma(p, a);
            vec_push(p, &args, a);
        }
        if (!accept(p, TOK_COMMA))
            break;
    }
    expect(p, TOK_RPAR);
    call->v.Call.args = VEC_SEQ(ExprSeq, args);
    call->v.Call.keywords = VEC_SEQ(KeywordSeq, kws);
}

static Expr *parse_primary(Parser *p)
{
    Token start = *peek_tok(p, 0);
    enter(p);
    Expr *e = parse_atom(p);
    for (;;) {
        if (accept(p, TOK_DOT)) {
            Expr *a = new_expr(p, EXPR_Attribute, &start);
            a->v.Attribute.value = e;
            a->v.Attribute.attr = tok_text(p, expect(p, TOK_NAME));
            e = finish(p, a);
        } else if (accept(p, TOK_LPAR)) {
            Expr *c = new_expr(p, EXPR_Call, &start);
            c->v.Call.func = e;
            parse_call_args(p, c);
            e = finish(p, c);
        } else if (accept(p, TOK_LSQB)) {
            Expr *s = new_expr(p, EXPR_Subscript, &start);
            s->v.Subscript.value = e;
            s->v.Subscript.slice = parse_slices(p);
            expect(p, TOK_RSQB);
            e = finish(p, s);
        } else {
            break;
        }
    }
    leave(p);
    return e;
}

// --------------------------------------------------------------- slices

static Expr *parse_slice(Parser *p)
{
    Token start = *peek_tok(p, 0);
    if (at(p, TOK_STAR))
        return parse_star_item(p, false);
    Expr *lower = NULL;
    if (!at(p, TOK_COLON)) {
        lower = parse_named_expr(p);
        if (!at(p, TOK_COLON))
            return lower;
    }
    Expr *e = new_expr(p, EXPR_Slice, &start);
    e->v.Slice.lower = lower;
    advance(p); // ':'
    if (starts_expr(peek_kind(p)))
        e->v.Slice.upper = parse_expr(p);
    if (accept(p, TOK_COLON) && starts_expr(peek_kind(p)))
        e->v.Slice.step = parse_expr(p);
    return finish(p, e);
}

static Expr *parse_slices(Parser *p)
{
    Token start = *peek_tok(p, 0);
    Expr *first = parse_slice(p);
    if (!at(p, TOK_COMMA) && first->kind != EXPR_Starred)
        return first;
    Vec elts = {0};
    vec_push(p, &elts, first);
    while (accept(p, TOK_COMMA) && !at(p, TOK_RSQB))
        vec_push(p, &elts, parse_slice(p));
    Expr *e = new_expr(p, EXPR_Tuple, &start);
    e->v.Tuple.elts = VEC_SEQ(ExprSeq, elts);
    return finish(p, e);
}

// ------------------------------------------------------------ arguments

static Arg *parse_arg(Parser *p, bool lambda, bool star)
{
    const Token *t = expect(p, TOK_NAME);
    Arg *a = arena_alloc(p->arena, sizeof(Arg));
    a->line = t->line;
    a->col = t->col;
    a->arg = tok_text(p, t);
    if (!lambda && accept(p, TOK_COLON))
        a->annotation = star ? parse_star_item(p, false) : parse_expr(p);
    a->end_line = prev_tok(p)->end_line;
    a->end_col = prev_tok(p)->end_col;
    return a;
}

typedef struct ArgState {
    Vec posonly, args, kwonly, kwdefaults, defaults;
    bool star; // after * or *args
} ArgState;

// One plain parameter, with its default.
static void plain_param(Parser *p, ArgState *s, bool lambda)
{
    Arg *a = parse_arg(p, lambda, false);
    Expr *def = accept(p, TOK_EQUAL) ? parse_expr(p) : NULL;
    if (s->star) {
        vec_push(p, &s->kwonly, a);
        vec_push(p, &s->kwdefaults, def);
        return;
    }
    if (!def && s->defaults.len > 0)
        error_range(p, SYNTAX_ERROR, a->line, a->col, a->end_line, a->end_col,
                    "non-default argument follows default argument");
    vec_push(p, &s->args, a);
    if (def)
        vec_push(p, &s->defaults, def);
}

Arguments *parse_arguments(Parser *p, bool lambda, TokenKind end)
{
    Arguments *r = arena_alloc(p->arena, sizeof(Arguments));
    ArgState s = {0};
    while (!at(p, end)) {
        if (accept(p, TOK_SLASH)) {
            if (s.args.len == 0 || s.posonly.len > 0 || s.star)
                error_at_token(p, prev_tok(p), "invalid syntax");
            s.posonly = s.args;
            s.args = (Vec){0};
        } else if (accept(p, TOK_STAR)) {
            if (s.star)
                error_at_token(p, prev_tok(p), "invalid syntax");
            s.star = true;
            if (at(p, TOK_NAME))
                r->vararg = parse_arg(p, lambda, true);
        } else if (accept(p, TOK_DOUBLESTAR)) {
            r->kwarg = parse_arg(p, lambda, false);
            accept(p, TOK_COMMA);
            break;
        } else {
            plain_param(p, &s, lambda);
        }
        if (!accept(p, TOK_COMMA))
            break;
    }
    if (s.star && !r->vararg && s.kwonly.len == 0)
        error_at_token(p, peek_tok(p, 0), "named arguments must follow bare *");
    r->posonlyargs = VEC_SEQ(ArgSeq, s.posonly);
    r->args = VEC_SEQ(ArgSeq, s.args);
    r->kwonlyargs = VEC_SEQ(ArgSeq, s.kwonly);
    r->kw_defaults = VEC_SEQ(ExprSeq, s.kwdefaults);
    r->defaults = VEC_SEQ(ExprSeq, s.defaults);
    return r;
}
