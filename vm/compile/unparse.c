// unparse.c: expressions back to source text, spelled as CPython 3.11's
// AST unparser spells them. Under `from __future__ import annotations`
// (PEP 563) these strings are what functions, classes and modules record
// instead of annotation values, so the spacing, parentheses and quoting
// rules below are CPython's, including its quirks (`lambda*a: a`,
// `1 .real`, `1e309` for an infinite literal).
//
// Parentheses come from precedence: each expression is written at a
// `level` (the loosest operator its context accepts) and is wrapped when
// its own operator binds more loosely than that.
#include <math.h>
#include <string.h>

#include "vm/compile/compile_internal.h"
#include "vm/exc.h"
#include "vm/objects/bytes.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/strbuf.h"
#include "vm/ops.h"

// From loosest to tightest binding.
typedef enum Prec {
    PR_TUPLE,
    PR_TEST, // if-else, lambda
    PR_OR,
    PR_AND,
    PR_NOT,
    PR_CMP,
    PR_BOR, // also "expr": starred items and ** in dicts
    PR_BXOR,
    PR_BAND,
    PR_SHIFT,
    PR_ARITH,
    PR_TERM,   // * / // % @
    PR_FACTOR, // unary + - ~
    PR_POWER,
    PR_AWAIT,
    PR_ATOM,
} Prec;

static void unparse(StrBuf *b, const Expr *e, int level);

static void put(StrBuf *b, const char *text)
{
    strbuf_append_cstr(b, text);
}

static void open_if(StrBuf *b, bool cond)
{
    if (cond)
        strbuf_append_char(b, '(');
}

static void close_if(StrBuf *b, bool cond)
{
    if (cond)
        strbuf_append_char(b, ')');
}

// Items separated by ", ", each at `level`.
static void put_list(StrBuf *b, ExprSeq items, int level)
{
    for (size_t i = 0; i < items.len; i++) {
        if (i)
            put(b, ", ");
        unparse(b, items.items[i], level);
    }
}

// ------------------------------------------------------------ constants

// The constant as a Python value (a new reference), for its repr.
static Value constant_value(const AstConst *k)
{
    int64_t small;
    switch (k->kind) {
    case CONST_INT:
        if (ast_int_to_i64(k, &small))
            return int_from_i64(small);
        return int_from_string(k->u.i.digits, strlen(k->u.i.digits),
                               k->u.i.base);
    case CONST_FLOAT:
        return float_new(k->u.f);
    case CONST_STR:
        return value_steal(
            &str_from_trusted_utf8(k->u.s.data, (int64_t)k->u.s.len)->header);
    case CONST_BYTES:
        return value_steal(
            &bytes_from(k->u.s.data, (int64_t)k->u.s.len)->header);
    default:
        return VALUE_NONE;
    }
}

static void put_repr(StrBuf *b, Value v)
{
    StrObject *r = op_repr(v);
    if (r) {
        strbuf_append_str(b, r);
        refcount_dec(&r->header);
    } else {
        exc_clear();
    }
}

static void put_constant(StrBuf *b, const Expr *e)
{
    const AstConst *k = &e->v.Constant.value;
    switch (k->kind) {
    case CONST_NONE:
        put(b, "None");
        return;
    case CONST_TRUE:
        put(b, "True");
        return;
    case CONST_FALSE:
        put(b, "False");
        return;
    case CONST_ELLIPSIS:
        put(b, "...");
        return;
    case CONST_COMPLEX:
        put(b, isinf(k->u.f) ? "1e309j" : "0j");
        return;
    case CONST_FLOAT:
        if (isinf(k->u.f)) { // repr would say inf, which is not a literal
            put(b, "1e309");
            return;
        }
        break;
    default:
        break;
    }
    if (e->v.Constant.kind && k->kind == CONST_STR)
        put(b, "u");
    Value v = constant_value(k);
    put_repr(b, v);
    value_decref(v);
}

// ------------------------------------------------------------ f-strings

static void put_fstring_body(StrBuf *b, ExprSeq values);

// Literal text of an f-string, its braces doubled.
static void put_fstring_text(StrBuf *b, const AstConst *k)
{
    for (size_t i = 0; i < k->u.s.len; i++) {
        char ch = k->u.s.data[i];
        strbuf_append_char(b, ch);
        if (ch == '{' || ch == '}')
            strbuf_append_char(b, ch);
    }
}

static void put_replacement(StrBuf *b, const Expr *e)
{
    StrBuf inner;
    strbuf_init(&inner);
    // Above PR_TEST, so a lambda's ':' is parenthesised.
    unparse(&inner, e->v.FormattedValue.value, PR_TEST + 1);
    // A leading brace would read as an escaped one.
    put(b, inner.size && inner.data[0] == '{' ? "{ " : "{");
    strbuf_append(b, inner.data, inner.size);
    strbuf_discard(&inner);
    int conv = e->v.FormattedValue.conversion;
    if (conv == 's' || conv == 'r' || conv == 'a') {
        strbuf_append_char(b, '!');
        strbuf_append_char(b, (char)conv);
    }
    const Expr *spec = e->v.FormattedValue.format_spec;
    if (spec) {
        strbuf_append_char(b, ':');
        if (spec->kind == EXPR_JoinedStr)
            put_fstring_body(b, spec->v.JoinedStr.values);
    }
    strbuf_append_char(b, '}');
}

static void put_fstring_body(StrBuf *b, ExprSeq values)
{
    for (size_t i = 0; i < values.len; i++) {
        const Expr *v = values.items[i];
        if (v->kind == EXPR_Constant && v->v.Constant.value.kind == CONST_STR)
            put_fstring_text(b, &v->v.Constant.value);
        else if (v->kind == EXPR_FormattedValue)
            put_replacement(b, v);
        else if (v->kind == EXPR_JoinedStr)
            put_fstring_body(b, v->v.JoinedStr.values);
    }
}

// f + the repr of the body (so the quotes are repr's choice).
static void put_fstring(StrBuf *b, const Expr *e)
{
    StrBuf body;
    strbuf_init(&body);
    if (e->kind == EXPR_JoinedStr)
        put_fstring_body(&body, e->v.JoinedStr.values);
    else
        put_replacement(&body, e);
    Value text = value_steal(&strbuf_finish(&body)->header);
    put(b, "f");
    put_repr(b, text);
    value_decref(text);
}

// ------------------------------------------------------------ parameters

static void put_param(StrBuf *b, bool *first, const char *prefix, const Arg *a,
                      const Expr *dflt)
{
    if (!*first)
        put(b, ", ");
    *first = false;
    put(b, prefix);
    if (a)
        put(b, a->arg);
    if (dflt) {
        put(b, "=");
        unparse(b, dflt, PR_TEST);
    }
}

static void put_arguments(StrBuf *b, const Arguments *a)
{
    bool first = true;
    size_t npos = a->posonlyargs.len + a->args.len;
    size_t nd = a->defaults.len;
    for (size_t i = 0; i < npos; i++) {
        bool posonly = i < a->posonlyargs.len;
        const Arg *arg = posonly ? a->posonlyargs.items[i]
                                 : a->args.items[i - a->posonlyargs.len];
        const Expr *d =
            i + nd >= npos ? a->defaults.items[i + nd - npos] : NULL;
        put_param(b, &first, "", arg, d);
        if (posonly && i + 1 == a->posonlyargs.len)
            put(b, ", /");
    }
    if (a->vararg || a->kwonlyargs.len)
        put_param(b, &first, "*", a->vararg, NULL);
    for (size_t i = 0; i < a->kwonlyargs.len; i++)
        put_param(b, &first, "", a->kwonlyargs.items[i],
                  i < a->kw_defaults.len ? a->kw_defaults.items[i] : NULL);
    if (a->kwarg)
        put_param(b, &first, "**", a->kwarg, NULL);
}

static void put_lambda(StrBuf *b, const Expr *e, int level)
{
    const Arguments *a = e->v.Lambda.args;
    open_if(b, level > PR_TEST);
    // Only positional parameters get the space: `lambda*a: a`.
    put(b, a->posonlyargs.len + a->args.len ? "lambda " : "lambda");
    put_arguments(b, a);
    put(b, ": ");
    unparse(b, e->v.Lambda.body, PR_TEST);
    close_if(b, level > PR_TEST);
}

// ------------------------------------------------------------ operators

static int binop_prec(BinOpKind op)
{
    switch (op) {
    case BINOP_Add:
    case BINOP_Sub:
        return PR_ARITH;
    case BINOP_LShift:
    case BINOP_RShift:
        return PR_SHIFT;
    case BINOP_BitOr:
        return PR_BOR;
    case BINOP_BitXor:
        return PR_BXOR;
    case BINOP_BitAnd:
        return PR_BAND;
    case BINOP_Pow:
        return PR_POWER;
    default:
        return PR_TERM;
    }
}

static void put_binop(StrBuf *b, const Expr *e, int level)
{
    int pr = binop_prec(e->v.BinOp.op);
    bool right_assoc = e->v.BinOp.op == BINOP_Pow;
    open_if(b, level > pr);
    unparse(b, e->v.BinOp.left, pr + right_assoc);
    put(b, " ");
    put(b, ast_binop_text(e->v.BinOp.op));
    put(b, " ");
    unparse(b, e->v.BinOp.right, pr + !right_assoc);
    close_if(b, level > pr);
}

static void put_unary(StrBuf *b, const Expr *e, int level)
{
    static const char *const text[] = {"~", "not ", "+", "-"};
    int pr = e->v.UnaryOp.op == UNARYOP_Not ? PR_NOT : PR_FACTOR;
    open_if(b, level > pr);
    put(b, text[e->v.UnaryOp.op]);
    unparse(b, e->v.UnaryOp.operand, pr);
    close_if(b, level > pr);
}

static void put_boolop(StrBuf *b, const Expr *e, int level)
{
    bool is_and = e->v.BoolOp.op == BOOLOP_And;
    int pr = is_and ? PR_AND : PR_OR;
    open_if(b, level > pr);
    ExprSeq values = e->v.BoolOp.values;
    for (size_t i = 0; i < values.len; i++) {
        if (i)
            put(b, is_and ? " and " : " or ");
        unparse(b, values.items[i], pr + 1);
    }
    close_if(b, level > pr);
}

static void put_compare(StrBuf *b, const Expr *e, int level)
{
    open_if(b, level > PR_CMP);
    unparse(b, e->v.Compare.left, PR_CMP + 1);
    for (size_t i = 0; i < e->v.Compare.ops.len; i++) {
        put(b, " ");
        put(b, ast_cmpop_text(e->v.Compare.ops.items[i]));
        put(b, " ");
        unparse(b, e->v.Compare.comparators.items[i], PR_CMP + 1);
    }
    close_if(b, level > PR_CMP);
}

// ------------------------------------------------------------ displays

static void put_tuple(StrBuf *b, const Expr *e, int level)
{
    ExprSeq elts = e->v.Tuple.elts;
    if (elts.len == 0) {
        put(b, "()");
        return;
    }
    open_if(b, level > PR_TUPLE);
    put_list(b, elts, PR_TEST);
    if (elts.len == 1)
        put(b, ",");
    close_if(b, level > PR_TUPLE);
}

static void put_dict(StrBuf *b, const Expr *e)
{
    put(b, "{");
    for (size_t i = 0; i < e->v.Dict.keys.len; i++) {
        if (i)
            put(b, ", ");
        const Expr *k = e->v.Dict.keys.items[i];
        if (k) {
            unparse(b, k, PR_TEST);
            put(b, ": ");
            unparse(b, e->v.Dict.values.items[i], PR_TEST);
        } else {
            put(b, "**");
            unparse(b, e->v.Dict.values.items[i], PR_BOR);
        }
    }
    put(b, "}");
}

static void put_generators(StrBuf *b, ComprehensionSeq gens)
{
    for (size_t i = 0; i < gens.len; i++) {
        const Comprehension *g = gens.items[i];
        put(b, g->is_async ? " async for " : " for ");
        unparse(b, g->target, PR_TUPLE);
        put(b, " in ");
        unparse(b, g->iter, PR_TEST + 1);
        for (size_t k = 0; k < g->ifs.len; k++) {
            put(b, " if ");
            unparse(b, g->ifs.items[k], PR_TEST + 1);
        }
    }
}

static void put_comprehension(StrBuf *b, const Expr *e)
{
    switch (e->kind) {
    case EXPR_ListComp:
        put(b, "[");
        unparse(b, e->v.ListComp.elt, PR_TEST);
        put_generators(b, e->v.ListComp.generators);
        put(b, "]");
        break;
    case EXPR_SetComp:
        put(b, "{");
        unparse(b, e->v.SetComp.elt, PR_TEST);
        put_generators(b, e->v.SetComp.generators);
        put(b, "}");
        break;
    case EXPR_DictComp:
        put(b, "{");
        unparse(b, e->v.DictComp.key, PR_TEST);
        put(b, ": ");
        unparse(b, e->v.DictComp.value, PR_TEST);
        put_generators(b, e->v.DictComp.generators);
        put(b, "}");
        break;
    default:
        put(b, "(");
        unparse(b, e->v.GeneratorExp.elt, PR_TEST);
        put_generators(b, e->v.GeneratorExp.generators);
        put(b, ")");
        break;
    }
}

// ------------------------------------------------------------ postfix

static void put_call(StrBuf *b, const Expr *e)
{
    ExprSeq args = e->v.Call.args;
    KeywordSeq kws = e->v.Call.keywords;
    unparse(b, e->v.Call.func, PR_ATOM);
    // A lone generator expression brings its own parentheses.
    if (args.len == 1 && kws.len == 0 &&
        args.items[0]->kind == EXPR_GeneratorExp) {
        put_comprehension(b, args.items[0]);
        return;
    }
    put(b, "(");
    put_list(b, args, PR_TEST);
    for (size_t i = 0; i < kws.len; i++) {
        if (i || args.len)
            put(b, ", ");
        put(b, kws.items[i]->arg ? kws.items[i]->arg : "**");
        if (kws.items[i]->arg)
            put(b, "=");
        unparse(b, kws.items[i]->value, PR_TEST);
    }
    put(b, ")");
}

static void put_attribute(StrBuf *b, const Expr *e)
{
    const Expr *v = e->v.Attribute.value;
    unparse(b, v, PR_ATOM);
    // `1.real` would lex as a float.
    bool int_const =
        v->kind == EXPR_Constant && v->v.Constant.value.kind == CONST_INT;
    put(b, int_const ? " ." : ".");
    put(b, e->v.Attribute.attr);
}

static void put_slice(StrBuf *b, const Expr *e)
{
    if (e->v.Slice.lower)
        unparse(b, e->v.Slice.lower, PR_TEST);
    put(b, ":");
    if (e->v.Slice.upper)
        unparse(b, e->v.Slice.upper, PR_TEST);
    if (e->v.Slice.step) {
        put(b, ":");
        unparse(b, e->v.Slice.step, PR_TEST);
    }
}

static void put_subscript(StrBuf *b, const Expr *e)
{
    unparse(b, e->v.Subscript.value, PR_ATOM);
    put(b, "[");
    unparse(b, e->v.Subscript.slice, PR_TUPLE); // a[b, c] needs no parens
    put(b, "]");
}

// ------------------------------------------------------------ dispatch

static void put_yield(StrBuf *b, const Expr *value, const char *word)
{
    put(b, "(");
    put(b, word);
    if (value) {
        put(b, " ");
        unparse(b, value, PR_TEST);
    }
    put(b, ")");
}

static void put_named(StrBuf *b, const Expr *e, int level)
{
    open_if(b, level > PR_TUPLE);
    unparse(b, e->v.NamedExpr.target, PR_ATOM);
    put(b, " := ");
    unparse(b, e->v.NamedExpr.value, PR_ATOM);
    close_if(b, level > PR_TUPLE);
}

static void put_ifexp(StrBuf *b, const Expr *e, int level)
{
    open_if(b, level > PR_TEST);
    unparse(b, e->v.IfExp.body, PR_TEST + 1);
    put(b, " if ");
    unparse(b, e->v.IfExp.test, PR_TEST + 1);
    put(b, " else ");
    unparse(b, e->v.IfExp.orelse, PR_TEST);
    close_if(b, level > PR_TEST);
}

static void put_await(StrBuf *b, const Expr *e, int level)
{
    open_if(b, level > PR_AWAIT);
    put(b, "await ");
    unparse(b, e->v.Await.value, PR_ATOM);
    close_if(b, level > PR_AWAIT);
}

static void unparse(StrBuf *b, const Expr *e, int level)
{
    switch (e->kind) {
    case EXPR_BoolOp:
        put_boolop(b, e, level);
        break;
    case EXPR_NamedExpr:
        put_named(b, e, level);
        break;
    case EXPR_BinOp:
        put_binop(b, e, level);
        break;
    case EXPR_UnaryOp:
        put_unary(b, e, level);
        break;
    case EXPR_Lambda:
        put_lambda(b, e, level);
        break;
    case EXPR_IfExp:
        put_ifexp(b, e, level);
        break;
    case EXPR_Dict:
        put_dict(b, e);
        break;
    case EXPR_Set:
        put(b, "{");
        put_list(b, e->v.Set.elts, PR_TEST);
        put(b, "}");
        break;
    case EXPR_ListComp:
    case EXPR_SetComp:
    case EXPR_DictComp:
    case EXPR_GeneratorExp:
        put_comprehension(b, e);
        break;
    case EXPR_Await:
        put_await(b, e, level);
        break;
    case EXPR_Yield:
        put_yield(b, e->v.Yield.value, "yield");
        break;
    case EXPR_YieldFrom:
        put_yield(b, e->v.YieldFrom.value, "yield from");
        break;
    case EXPR_Compare:
        put_compare(b, e, level);
        break;
    case EXPR_Call:
        put_call(b, e);
        break;
    case EXPR_FormattedValue:
    case EXPR_JoinedStr:
        put_fstring(b, e);
        break;
    case EXPR_Constant:
        put_constant(b, e);
        break;
    case EXPR_Attribute:
        put_attribute(b, e);
        break;
    case EXPR_Subscript:
        put_subscript(b, e);
        break;
    case EXPR_Starred:
        put(b, "*");
        unparse(b, e->v.Starred.value, PR_BOR);
        break;
    case EXPR_Name:
        put(b, e->v.Name.id);
        break;
    case EXPR_List:
        put(b, "[");
        put_list(b, e->v.List.elts, PR_TEST);
        put(b, "]");
        break;
    case EXPR_Tuple:
        put_tuple(b, e, level);
        break;
    case EXPR_Slice:
        put_slice(b, e);
        break;
    default:
        break;
    }
}

StrObject *unparse_annotation(const Expr *e)
{
    StrBuf b;
    strbuf_init(&b);
    unparse(&b, e, PR_TEST);
    return strbuf_finish(&b);
}
