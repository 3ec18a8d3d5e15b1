// parse_match.c: the match statement and its patterns (PEP 634), with
// CPython 3.11's grammar, AST shapes, positions and SyntaxErrors.
//
// `match` and `case` are soft keywords. `match` starts a statement when
// the token after it can only begin a subject (`match x`, `match 1`), or,
// when it could also continue an expression (`match(x)`, `match[i]`,
// `match -x`), when the line ends with ':' (no simple statement does).
// Inside the indented block every statement must start with `case`.
//
// Patterns are parsed without backtracking: one token of lookahead picks
// the pattern form, and the errors land on the token CPython's PEG parser
// stops at.
#include <string.h>

#include "vm/compile/parse_internal.h"

static Pattern *pattern(Parser *p);

// ------------------------------------------------------------ helpers

static Pattern *new_pattern(Parser *p, PatternKind kind, const Token *first)
{
    return ast_pattern(p->arena, kind, first->line, first->col, first->end_line,
                       first->end_col);
}

// Ends `pt` at the end of the previous token.
static Pattern *finish_pattern(Parser *p, Pattern *pt)
{
    const Token *t = prev_tok(p);
    pt->end_line = t->end_line;
    pt->end_col = t->end_col;
    return pt;
}

static bool starts_pattern(TokenKind k)
{
    switch (k) {
    case TOK_NAME:
    case TOK_NUMBER:
    case TOK_STRING:
    case TOK_MINUS:
    case TOK_LPAR:
    case TOK_LSQB:
    case TOK_LBRACE:
    case TOK_STAR:
    case TOK_KW_NONE:
    case TOK_KW_TRUE:
    case TOK_KW_FALSE:
        return true;
    default:
        return false;
    }
}

// pattern_capture_target: a NAME other than `_`, not followed by '.', '('
// or '=' (those make it something else, or an error at that token).
static const char *capture_target(Parser *p)
{
    const Token *t = peek_tok(p, 0);
    if (t->kind != TOK_NAME || tok_is(p, t, "_"))
        error_invalid(p);
    const char *name = tok_text(p, advance(p));
    TokenKind next = peek_kind(p);
    if (next == TOK_DOT || next == TOK_LPAR || next == TOK_EQUAL)
        error_invalid(p);
    return name;
}

// name_or_attr: `a` or `a.b.c` as a Name or an Attribute chain (Load).
static Expr *dotted_name(Parser *p)
{
    const Token *first = expect(p, TOK_NAME);
    Expr *e = new_expr(p, EXPR_Name, first);
    e->v.Name.id = tok_text(p, first);
    while (accept(p, TOK_DOT)) {
        Expr *a = new_expr(p, EXPR_Attribute, first);
        a->v.Attribute.value = e;
        a->v.Attribute.attr = tok_text(p, expect(p, TOK_NAME));
        e = finish(p, a);
    }
    return e;
}

// ------------------------------------------------------------ literals

static bool is_imaginary(const Expr *e)
{
    return e->v.Constant.value.kind == CONST_COMPLEX;
}

// signed_number: NUMBER or '-' NUMBER (a UnaryOp, as in CPython's AST).
// *number is the NUMBER's node.
static Expr *signed_number(Parser *p, Expr **number)
{
    Token start = *peek_tok(p, 0);
    bool negative = accept(p, TOK_MINUS);
    if (!at(p, TOK_NUMBER))
        error_invalid(p);
    *number = parse_number(p, advance(p));
    if (!negative)
        return *number;
    Expr *e = new_expr(p, EXPR_UnaryOp, &start);
    e->v.UnaryOp.op = UNARYOP_USub;
    e->v.UnaryOp.operand = *number;
    return finish(p, e);
}

// A signed number, or a complex literal `real + imagj` / `real - imagj`.
static Expr *number_literal(Parser *p)
{
    Expr *real;
    Expr *left = signed_number(p, &real);
    if (!at(p, TOK_PLUS) && !at(p, TOK_MINUS))
        return left;
    if (is_imaginary(real))
        error_node(p, real, "real number required in complex literal");
    BinOpKind op = advance(p)->kind == TOK_PLUS ? BINOP_Add : BINOP_Sub;
    if (!at(p, TOK_NUMBER))
        error_invalid(p);
    Expr *imag = parse_number(p, advance(p));
    if (!is_imaginary(imag))
        error_node(p, imag, "imaginary number required in complex literal");
    Expr *e = new_expr_span(p, EXPR_BinOp, left, imag);
    e->v.BinOp.left = left;
    e->v.BinOp.op = op;
    e->v.BinOp.right = imag;
    return e;
}

static Pattern *value_pattern(Parser *p, Expr *value)
{
    Pattern *pt = ast_pattern(p->arena, PATTERN_MatchValue, value->line,
                              value->col, value->end_line, value->end_col);
    pt->v.MatchValue.value = value;
    return pt;
}

static Pattern *singleton_pattern(Parser *p, ConstKind kind)
{
    Pattern *pt = new_pattern(p, PATTERN_MatchSingleton, advance(p));
    pt->v.MatchSingleton.value.kind = kind;
    return pt;
}

// ------------------------------------------------------------ sequences

// star_pattern: `*name` or `*_`.
static Pattern *star_pattern(Parser *p)
{
    Pattern *pt = new_pattern(p, PATTERN_MatchStar, advance(p));
    if (tok_is(p, peek_tok(p, 0), "_"))
        advance(p);
    else
        pt->v.MatchStar.name = capture_target(p);
    return finish_pattern(p, pt);
}

static Pattern *maybe_star_pattern(Parser *p)
{
    return at(p, TOK_STAR) ? star_pattern(p) : pattern(p);
}

// Items up to `close` (excluded), after an optional first one already
// parsed: `a, *b, c,`.
static PatternSeq sequence_items(Parser *p, Pattern *first, TokenKind close)
{
    Vec items = {0};
    if (first)
        vec_push(p, &items, first);
    else if (!at(p, close))
        vec_push(p, &items, maybe_star_pattern(p));
    while (items.len && accept(p, TOK_COMMA) && !at(p, close))
        vec_push(p, &items, maybe_star_pattern(p));
    expect(p, close);
    return VEC_SEQ(PatternSeq, items);
}

// '[' ... ']'
static Pattern *list_pattern(Parser *p)
{
    Pattern *pt = new_pattern(p, PATTERN_MatchSequence, advance(p));
    pt->v.MatchSequence.patterns = sequence_items(p, NULL, TOK_RSQB);
    return finish_pattern(p, pt);
}

// '(' ')' is an empty sequence, '(' p ')' a group (the pattern itself,
// positioned without the parentheses), '(' p ',' ... ')' a sequence.
static Pattern *paren_pattern(Parser *p)
{
    Token start = *advance(p);
    if (accept(p, TOK_RPAR))
        return finish_pattern(p, new_pattern(p, PATTERN_MatchSequence, &start));
    Pattern *first = maybe_star_pattern(p);
    if (at(p, TOK_RPAR) && first->kind != PATTERN_MatchStar) {
        advance(p);
        return first;
    }
    if (!at(p, TOK_COMMA))
        error_invalid(p);
    Pattern *pt = new_pattern(p, PATTERN_MatchSequence, &start);
    pt->v.MatchSequence.patterns = sequence_items(p, first, TOK_RPAR);
    return finish_pattern(p, pt);
}

// ------------------------------------------------------------ mappings

// key_value_pattern's key: a literal or a dotted name with a dot.
static Expr *mapping_key(Parser *p)
{
    const Token *t = peek_tok(p, 0);
    switch (t->kind) {
    case TOK_NUMBER:
    case TOK_MINUS:
        return number_literal(p);
    case TOK_STRING:
        return parse_strings(p);
    case TOK_KW_NONE:
    case TOK_KW_TRUE:
    case TOK_KW_FALSE: {
        Expr *e = new_expr(p, EXPR_Constant, advance(p));
        e->v.Constant.value.kind = t->kind == TOK_KW_NONE   ? CONST_NONE
                                   : t->kind == TOK_KW_TRUE ? CONST_TRUE
                                                            : CONST_FALSE;
        return e;
    }
    case TOK_NAME:
        if (peek_tok(p, 1)->kind == TOK_DOT)
            return dotted_name(p);
        advance(p); // CPython stops where it expected the '.'
        error_invalid(p);
    default:
        error_invalid(p);
    }
}

// '{' key: pattern, ..., **rest '}'; `**rest` comes last.
static Pattern *mapping_pattern(Parser *p)
{
    Pattern *pt = new_pattern(p, PATTERN_MatchMapping, advance(p));
    Vec keys = {0}, values = {0};
    while (!at(p, TOK_RBRACE)) {
        if (accept(p, TOK_DOUBLESTAR)) {
            pt->v.MatchMapping.rest = capture_target(p);
            accept(p, TOK_COMMA);
            break;
        }
        vec_push(p, &keys, mapping_key(p));
        expect(p, TOK_COLON);
        vec_push(p, &values, pattern(p));
        if (!accept(p, TOK_COMMA))
            break;
    }
    expect(p, TOK_RBRACE);
    pt->v.MatchMapping.keys = VEC_SEQ(ExprSeq, keys);
    pt->v.MatchMapping.patterns = VEC_SEQ(PatternSeq, values);
    return finish_pattern(p, pt);
}

// ------------------------------------------------------------ classes

static bool at_keyword_pattern(Parser *p)
{
    return at(p, TOK_NAME) && peek_tok(p, 1)->kind == TOK_EQUAL;
}

// A positional pattern after keyword ones: CPython reports the run of
// positional patterns that follows the keywords.
static _Noreturn void positional_after_keyword(Parser *p)
{
    Pattern *first = pattern(p), *last = first;
    while (at(p, TOK_COMMA) && starts_pattern(peek_tok(p, 1)->kind) &&
           !(peek_tok(p, 1)->kind == TOK_NAME &&
             peek_tok(p, 2)->kind == TOK_EQUAL)) {
        advance(p);
        last = pattern(p);
    }
    error_range(p, SYNTAX_ERROR, first->line, first->col, last->end_line,
                last->end_col, "positional patterns follow keyword patterns");
}

// cls '(' positional, ..., name=pattern, ... ')'
static Pattern *class_pattern(Parser *p, Expr *cls)
{
    Pattern *pt = ast_pattern(p->arena, PATTERN_MatchClass, cls->line, cls->col,
                              cls->end_line, cls->end_col);
    pt->v.MatchClass.cls = cls;
    expect(p, TOK_LPAR);
    Vec args = {0}, names = {0}, kwargs = {0};
    while (!at(p, TOK_RPAR)) {
        if (at_keyword_pattern(p)) {
            vec_push(p, &names, tok_text(p, advance(p)));
            advance(p); // =
            vec_push(p, &kwargs, pattern(p));
        } else if (names.len) {
            positional_after_keyword(p);
        } else {
            vec_push(p, &args, pattern(p));
        }
        if (!accept(p, TOK_COMMA))
            break;
    }
    expect(p, TOK_RPAR);
    pt->v.MatchClass.patterns = VEC_SEQ(PatternSeq, args);
    pt->v.MatchClass.kwd_attrs = VEC_SEQ(IdentSeq, names);
    pt->v.MatchClass.kwd_patterns = VEC_SEQ(PatternSeq, kwargs);
    return finish_pattern(p, pt);
}

// ------------------------------------------------------------ patterns

// A pattern starting with a NAME: `_`, a capture, a dotted value or a
// class pattern.
static Pattern *name_pattern(Parser *p)
{
    const Token *t = peek_tok(p, 0);
    TokenKind next = peek_tok(p, 1)->kind;
    if (tok_is(p, t, "_"))
        return new_pattern(p, PATTERN_MatchAs, advance(p));
    if (next != TOK_DOT && next != TOK_LPAR) {
        Pattern *pt = new_pattern(p, PATTERN_MatchAs, t);
        pt->v.MatchAs.name = capture_target(p);
        return pt;
    }
    Expr *name = dotted_name(p);
    if (at(p, TOK_LPAR))
        return class_pattern(p, name);
    if (at(p, TOK_EQUAL))
        error_invalid(p);
    return value_pattern(p, name);
}

static Pattern *closed_pattern(Parser *p)
{
    enter(p);
    Pattern *pt;
    switch (peek_kind(p)) {
    case TOK_NUMBER:
    case TOK_MINUS:
        pt = value_pattern(p, number_literal(p));
        break;
    case TOK_STRING:
        pt = value_pattern(p, parse_strings(p));
        break;
    case TOK_KW_NONE:
        pt = singleton_pattern(p, CONST_NONE);
        break;
    case TOK_KW_TRUE:
        pt = singleton_pattern(p, CONST_TRUE);
        break;
    case TOK_KW_FALSE:
        pt = singleton_pattern(p, CONST_FALSE);
        break;
    case TOK_NAME:
        pt = name_pattern(p);
        break;
    case TOK_LPAR:
        pt = paren_pattern(p);
        break;
    case TOK_LSQB:
        pt = list_pattern(p);
        break;
    case TOK_LBRACE:
        pt = mapping_pattern(p);
        break;
    default:
        error_invalid(p);
    }
    leave(p);
    return pt;
}

// or_pattern: closed ('|' closed)*
// (like `as` patterns, it starts at its first token: a group's '(').
static Pattern *or_pattern(Parser *p)
{
    Token start = *peek_tok(p, 0);
    Pattern *first = closed_pattern(p);
    if (!at(p, TOK_VBAR))
        return first;
    Vec alts = {0};
    vec_push(p, &alts, first);
    while (accept(p, TOK_VBAR))
        vec_push(p, &alts, closed_pattern(p));
    Pattern *pt = new_pattern(p, PATTERN_MatchOr, &start);
    pt->v.MatchOr.patterns = VEC_SEQ(PatternSeq, alts);
    return finish_pattern(p, pt);
}

// pattern: or_pattern ['as' NAME]
static Pattern *pattern(Parser *p)
{
    Token start = *peek_tok(p, 0);
    Pattern *inner = or_pattern(p);
    if (!accept(p, TOK_KW_AS))
        return inner;
    const Token *t = peek_tok(p, 0);
    if (tok_is(p, t, "_"))
        error_at_token(p, t, "cannot use '_' as a target");
    if (t->kind != TOK_NAME && starts_expr(t->kind))
        error_node(p, parse_expr(p), "invalid pattern target");
    Pattern *pt = new_pattern(p, PATTERN_MatchAs, &start);
    pt->v.MatchAs.pattern = inner;
    pt->v.MatchAs.name = capture_target(p);
    return finish_pattern(p, pt);
}

// patterns: an open sequence `a, *b` (a MatchSequence without brackets)
// or one pattern.
static Pattern *case_patterns(Parser *p)
{
    Token start = *peek_tok(p, 0);
    Pattern *first = maybe_star_pattern(p);
    if (!at(p, TOK_COMMA)) {
        if (first->kind == PATTERN_MatchStar)
            error_invalid(p);
        return first;
    }
    Vec items = {0};
    vec_push(p, &items, first);
    while (accept(p, TOK_COMMA) && starts_pattern(peek_kind(p)))
        vec_push(p, &items, maybe_star_pattern(p));
    Pattern *pt = new_pattern(p, PATTERN_MatchSequence, &start);
    pt->v.MatchSequence.patterns = VEC_SEQ(PatternSeq, items);
    return finish_pattern(p, pt);
}

// ------------------------------------------------------------ statement

// True when the line from the current token ends with ':'.
static bool line_ends_with_colon(Parser *p)
{
    for (size_t i = 1;; i++) {
        TokenKind k = peek_tok(p, i)->kind;
        if (k == TOK_NEWLINE || k == TOK_ENDMARKER)
            return peek_tok(p, i - 1)->kind == TOK_COLON;
    }
}

bool at_match_stmt(Parser *p)
{
    if (!tok_is(p, peek_tok(p, 0), "match"))
        return false;
    switch (peek_tok(p, 1)->kind) {
    case TOK_LPAR: // match(x) / match[i] / match -x / match * y
    case TOK_LSQB: // / match not in y: also expressions
    case TOK_MINUS:
    case TOK_PLUS:
    case TOK_STAR:
    case TOK_KW_NOT:
        return line_ends_with_colon(p);
    default:
        return starts_expr(peek_tok(p, 1)->kind);
    }
}

// subject_expr: `x`, `x := y`, or a tuple `a, *b`.
static Expr *subject(Parser *p)
{
    Expr *e = parse_star_named_exprs(p);
    if (e->kind == EXPR_Starred)
        error_invalid(p);
    return e;
}

static MatchCase *match_case(Parser *p)
{
    if (!tok_is(p, peek_tok(p, 0), "case"))
        error_invalid(p);
    Token start = *advance(p);
    MatchCase *m = arena_alloc(p->arena, sizeof(MatchCase));
    m->line = start.line;
    m->col = start.col;
    m->pattern = case_patterns(p);
    if (accept(p, TOK_KW_IF))
        m->guard = parse_named_expr(p);
    expect_colon(p);
    m->body = parse_block(p, "'case' statement", start.line);
    const Stmt *last = m->body.items[m->body.len - 1];
    m->end_line = last->end_line;
    m->end_col = last->end_col;
    return m;
}

Stmt *parse_match_stmt(Parser *p)
{
    Token start = *advance(p); // match
    Stmt *s = ast_stmt(p->arena, STMT_Match, start.line, start.col,
                       start.end_line, start.end_col);
    s->v.Match.subject = subject(p);
    expect_colon(p);
    if (!accept(p, TOK_NEWLINE))
        error_invalid(p);
    if (!accept(p, TOK_INDENT)) {
        const Token *t = peek_tok(p, 0);
        error_range(p, INDENTATION_ERROR, t->line, t->col, t->end_line,
                    t->end_col,
                    "expected an indented block after 'match' statement on "
                    "line %d",
                    start.line);
    }
    Vec cases = {0};
    do
        vec_push(p, &cases, match_case(p));
    while (!accept(p, TOK_DEDENT) && !at(p, TOK_ENDMARKER));
    s->v.Match.cases = VEC_SEQ(MatchCaseSeq, cases);
    const MatchCase *last = cases.items[cases.len - 1];
    s->end_line = last->end_line;
    s->end_col = last->end_col;
    return s;
}
