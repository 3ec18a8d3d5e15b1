// compile_expr.c: code generation for expressions, assignment targets
// and conditional jumps.
#include <string.h>

#include "vm/compile/compile_internal.h"
#include "vm/exc.h"
#include "vm/objects/bytes.h"
#include "vm/objects/complex.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

static void expr_error(Compiler *c, const Expr *e, const char *message)
{
    compile_error(c, e->line, e->col, e->end_line, e->end_col, message);
}

// ------------------------------------------------------------ constants

static Value str_constant(const char *data, size_t len)
{
    StrObject *s = str_from_trusted_utf8(data, (int64_t)len);
    // Short identifier-like strings are interned (immortal, shared), as
    // CPython interns names and such constants.
    if (len <= 40 && strspn(data, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP"
                                  "QRSTUVWXYZ0123456789_") == len)
        s = str_intern(s);
    return value_new_ref(&s->header);
}

Value compile_constant(Compiler *c, const Expr *e)
{
    const AstConst *k = &e->v.Constant.value;
    int64_t small;
    switch (k->kind) {
    case CONST_NONE:
        return VALUE_NONE;
    case CONST_TRUE:
        return VALUE_TRUE;
    case CONST_FALSE:
        return VALUE_FALSE;
    case CONST_ELLIPSIS:
        return VALUE_ELLIPSIS;
    case CONST_INT:
        if (ast_int_to_i64(k, &small) && value_fits_int(small))
            return value_from_int(small);
        return int_from_string(k->u.i.digits, strlen(k->u.i.digits),
                               k->u.i.base);
    case CONST_FLOAT:
        return float_new(k->u.f);
    case CONST_STR:
        return str_constant(k->u.s.data, k->u.s.len);
    case CONST_BYTES:
        return value_steal(
            &bytes_from(k->u.s.data, (int64_t)k->u.s.len)->header);
    case CONST_COMPLEX:
        return complex_new(0.0, k->u.f);
    }
    return VALUE_NONE;
}

// ------------------------------------------------------------ operators

static const BinOp binop_map[] = {
    BINOP_ADD, BINOP_SUB, BINOP_MUL,     BINOP_MATMUL, BINOP_TRUEDIV,
    BINOP_MOD, BINOP_POW, BINOP_LSHIFT,  BINOP_RSHIFT, BINOP_OR,
    BINOP_XOR, BINOP_AND, BINOP_FLOORDIV};

static void emit_compare(Compiler *c, CmpOpKind op)
{
    switch (op) {
    case CMPOP_Eq:
        emit(c, OP_COMPARE_OP, CMP_EQ);
        break;
    case CMPOP_NotEq:
        emit(c, OP_COMPARE_OP, CMP_NE);
        break;
    case CMPOP_Lt:
        emit(c, OP_COMPARE_OP, CMP_LT);
        break;
    case CMPOP_LtE:
        emit(c, OP_COMPARE_OP, CMP_LE);
        break;
    case CMPOP_Gt:
        emit(c, OP_COMPARE_OP, CMP_GT);
        break;
    case CMPOP_GtE:
        emit(c, OP_COMPARE_OP, CMP_GE);
        break;
    case CMPOP_Is:
        emit(c, OP_IS_OP, 0);
        break;
    case CMPOP_IsNot:
        emit(c, OP_IS_OP, 1);
        break;
    case CMPOP_In:
        emit(c, OP_CONTAINS_OP, 0);
        break;
    case CMPOP_NotIn:
        emit(c, OP_CONTAINS_OP, 1);
        break;
    }
}

// a < b < c: each middle operand is evaluated once; the chain stops at
// the first false comparison, which is the result.
static void compile_compare(Compiler *c, const Expr *e)
{
    CmpOpSeq ops = e->v.Compare.ops;
    ExprSeq rest = e->v.Compare.comparators;
    compile_expr(c, e->v.Compare.left);
    if (ops.len == 1) {
        compile_expr(c, rest.items[0]);
        c->u->loc = span_of_expr(e);
        emit_compare(c, ops.items[0]);
        return;
    }
    int cleanup = label_new(c), end = label_new(c);
    for (size_t i = 0; i + 1 < ops.len; i++) {
        compile_expr(c, rest.items[i]);
        emit(c, OP_SWAP, 2);
        emit(c, OP_COPY, 2);
        c->u->loc = span_of_expr(e);
        emit_compare(c, ops.items[i]);
        emit(c, OP_JUMP_IF_FALSE_OR_POP, (uint32_t)cleanup);
    }
    compile_expr(c, rest.items[ops.len - 1]);
    c->u->loc = span_of_expr(e);
    emit_compare(c, ops.items[ops.len - 1]);
    emit(c, OP_JUMP_FORWARD, (uint32_t)end);
    label_place(c, cleanup);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_TOP, 0);
    label_place(c, end);
}

static void compile_boolop(Compiler *c, const Expr *e)
{
    int end = label_new(c);
    Opcode jump = e->v.BoolOp.op == BOOLOP_And ? OP_JUMP_IF_FALSE_OR_POP
                                               : OP_JUMP_IF_TRUE_OR_POP;
    ExprSeq values = e->v.BoolOp.values;
    for (size_t i = 0; i < values.len; i++) {
        compile_expr(c, values.items[i]);
        if (i + 1 < values.len)
            emit(c, jump, (uint32_t)end);
    }
    label_place(c, end);
}

static void compile_unary(Compiler *c, const Expr *e)
{
    compile_expr(c, e->v.UnaryOp.operand);
    c->u->loc = span_of_expr(e);
    switch (e->v.UnaryOp.op) {
    case UNARYOP_Invert:
        emit(c, OP_UNARY_OP, UNARY_INVERT);
        break;
    case UNARYOP_Not:
        emit(c, OP_UNARY_NOT, 0);
        break;
    case UNARYOP_UAdd:
        emit(c, OP_UNARY_OP, UNARY_POS);
        break;
    case UNARYOP_USub:
        emit(c, OP_UNARY_OP, UNARY_NEG);
        break;
    }
}

static void compile_ifexp(Compiler *c, const Expr *e)
{
    int orelse = label_new(c), end = label_new(c);
    compile_jump_if(c, e->v.IfExp.test, false, orelse);
    compile_expr(c, e->v.IfExp.body);
    emit(c, OP_JUMP_FORWARD, (uint32_t)end);
    label_place(c, orelse);
    compile_expr(c, e->v.IfExp.orelse);
    label_place(c, end);
}

void compile_jump_if(Compiler *c, const Expr *e, bool jump_if, int label)
{
    if (e->kind == EXPR_UnaryOp && e->v.UnaryOp.op == UNARYOP_Not) {
        compile_jump_if(c, e->v.UnaryOp.operand, !jump_if, label);
        return;
    }
    if (e->kind == EXPR_BoolOp) {
        bool is_and = e->v.BoolOp.op == BOOLOP_And;
        ExprSeq values = e->v.BoolOp.values;
        // `a and b` jumps when false if any is false; when true only if
        // all are (and dually for `or`).
        int skip = (is_and == jump_if) ? label_new(c) : label;
        for (size_t i = 0; i + 1 < values.len; i++)
            compile_jump_if(c, values.items[i], !is_and, skip);
        compile_jump_if(c, values.items[values.len - 1], jump_if, label);
        if (skip != label)
            label_place(c, skip);
        return;
    }
    compile_expr(c, e);
    emit(c, jump_if ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE,
         (uint32_t)label);
}

// ------------------------------------------------------------ displays

static bool has_starred(ExprSeq elts)
{
    for (size_t i = 0; i < elts.len; i++)
        if (elts.items[i]->kind == EXPR_Starred)
            return true;
    return false;
}

// [a, *b, c] builds a list then extends it; `kind` says what it becomes.
static void compile_sequence(Compiler *c, ExprSeq elts, Opcode build)
{
    if (!has_starred(elts)) {
        for (size_t i = 0; i < elts.len; i++)
            compile_expr(c, elts.items[i]);
        emit(c, build, (uint32_t)elts.len);
        return;
    }
    emit(c, build == OP_BUILD_SET ? OP_BUILD_SET : OP_BUILD_LIST, 0);
    Opcode add = build == OP_BUILD_SET ? OP_SET_ADD : OP_LIST_APPEND;
    Opcode extend = build == OP_BUILD_SET ? OP_SET_UPDATE : OP_LIST_EXTEND;
    for (size_t i = 0; i < elts.len; i++) {
        const Expr *x = elts.items[i];
        if (x->kind == EXPR_Starred) {
            compile_expr(c, x->v.Starred.value);
            emit(c, extend, 1);
        } else {
            compile_expr(c, x);
            emit(c, add, 1);
        }
    }
    if (build == OP_BUILD_TUPLE)
        emit(c, OP_LIST_TO_TUPLE, 0);
}

static void compile_dict(Compiler *c, const Expr *e)
{
    ExprSeq keys = e->v.Dict.keys, values = e->v.Dict.values;
    size_t pending = 0;
    bool built = false;
    for (size_t i = 0; i < keys.len; i++) {
        if (keys.items[i] == NULL) {
            if (!built || pending) {
                emit(c, OP_BUILD_MAP, (uint32_t)pending);
                if (built)
                    emit(c, OP_DICT_UPDATE, 1);
                built = true;
                pending = 0;
            }
            compile_expr(c, values.items[i]);
            emit(c, OP_DICT_UPDATE, 1);
            continue;
        }
        compile_expr(c, keys.items[i]);
        compile_expr(c, values.items[i]);
        pending++;
    }
    if (!built || pending) {
        emit(c, OP_BUILD_MAP, (uint32_t)pending);
        if (built)
            emit(c, OP_DICT_UPDATE, 1);
    }
}

// ------------------------------------------------------------ calls

static bool call_needs_ex(const Expr *e)
{
    if (has_starred(e->v.Call.args))
        return true;
    for (size_t i = 0; i < e->v.Call.keywords.len; i++)
        if (e->v.Call.keywords.items[i]->arg == NULL)
            return true;
    return false;
}

static void compile_call_ex_keywords(Compiler *c, const Expr *e);

// f(*a, b, **k, x=1): one args tuple and one kwargs dict.
static void compile_call_ex(Compiler *c, const Expr *e)
{
    ExprSeq args = e->v.Call.args;
    if (args.len == 1 && args.items[0]->kind == EXPR_Starred)
        // f(*xs): CALL_EX takes xs itself (and names f if it is no iterable).
        compile_expr(c, args.items[0]->v.Starred.value);
    else
        compile_sequence(c, args, OP_BUILD_TUPLE);
    compile_call_ex_keywords(c, e);
}

// The kwargs dict and CALL_EX, after the args tuple.
static void compile_call_ex_keywords(Compiler *c, const Expr *e)
{
    KeywordSeq kws = e->v.Call.keywords;
    if (kws.len == 0) {
        c->u->loc = span_of_expr(e);
        emit(c, OP_CALL_EX, 0);
        return;
    }
    emit(c, OP_BUILD_MAP, 0);
    for (size_t i = 0; i < kws.len; i++) {
        const Keyword *k = kws.items[i];
        if (k->arg == NULL) {
            compile_expr(c, k->value);
        } else {
            emit_const(c, value_new_ref(&str_intern_cstr(k->arg)->header));
            compile_expr(c, k->value);
            emit(c, OP_BUILD_MAP, 1);
        }
        emit(c, OP_DICT_MERGE, 1);
    }
    c->u->loc = span_of_expr(e);
    emit(c, OP_CALL_EX, 1);
}

static void compile_call_args(Compiler *c, const Expr *e)
{
    ExprSeq args = e->v.Call.args;
    KeywordSeq kws = e->v.Call.keywords;
    for (size_t i = 0; i < args.len; i++)
        compile_expr(c, args.items[i]);
    for (size_t i = 0; i < kws.len; i++)
        compile_expr(c, kws.items[i]->value);
    c->u->loc = span_of_expr(e);
    if (kws.len == 0) {
        emit(c, OP_CALL, (uint32_t)args.len);
        return;
    }
    TupleObject *names = tuple_new((int64_t)kws.len);
    for (size_t i = 0; i < kws.len; i++)
        tuple_init_item(
            names, (int64_t)i,
            value_new_ref(&str_intern_cstr(kws.items[i]->arg)->header));
    emit_const(c, value_steal(&names->header));
    emit(c, OP_CALL_KW, (uint32_t)(args.len + kws.len));
}

// __build_class__(body, name, *bases, **keywords): [NULL, build_class,
// body, name] are on the stack.
void compile_class_call(Compiler *c, const Stmt *s)
{
    Expr call = {.kind = EXPR_Call,
                 .line = s->line,
                 .col = s->col,
                 .end_line = s->end_line,
                 .end_col = s->end_col};
    call.v.Call.args = s->v.ClassDef.bases;
    call.v.Call.keywords = s->v.ClassDef.keywords;
    if (call_needs_ex(&call)) {
        // The two leading arguments join the tuple.
        emit(c, OP_BUILD_LIST, 2);
        ExprSeq bases = s->v.ClassDef.bases;
        for (size_t i = 0; i < bases.len; i++) {
            const Expr *x = bases.items[i];
            if (x->kind == EXPR_Starred) {
                compile_expr(c, x->v.Starred.value);
                emit(c, OP_LIST_EXTEND, 1);
            } else {
                compile_expr(c, x);
                emit(c, OP_LIST_APPEND, 1);
            }
        }
        emit(c, OP_LIST_TO_TUPLE, 0);
        compile_call_ex_keywords(c, &call);
        return;
    }
    ExprSeq bases = s->v.ClassDef.bases;
    KeywordSeq kws = s->v.ClassDef.keywords;
    for (size_t i = 0; i < bases.len; i++)
        compile_expr(c, bases.items[i]);
    for (size_t i = 0; i < kws.len; i++)
        compile_expr(c, kws.items[i]->value);
    c->u->loc = span_of_stmt(s);
    uint32_t n = (uint32_t)(2 + bases.len + kws.len);
    if (kws.len == 0) {
        emit(c, OP_CALL, n);
        return;
    }
    TupleObject *names = tuple_new((int64_t)kws.len);
    for (size_t i = 0; i < kws.len; i++)
        tuple_init_item(
            names, (int64_t)i,
            value_new_ref(&str_intern_cstr(kws.items[i]->arg)->header));
    emit_const(c, value_steal(&names->header));
    emit(c, OP_CALL_KW, n);
}

static void compile_call(Compiler *c, const Expr *e)
{
    const Expr *fn = e->v.Call.func;
    bool method = fn->kind == EXPR_Attribute && !call_needs_ex(e);
    if (method) {
        compile_expr(c, fn->v.Attribute.value);
        c->u->loc = span_of_expr(fn);
        emit(c, OP_LOAD_METHOD, name_index(c, fn->v.Attribute.attr));
    } else {
        emit(c, OP_PUSH_NULL, 0);
        compile_expr(c, fn);
    }
    if (call_needs_ex(e))
        compile_call_ex(c, e);
    else
        compile_call_args(c, e);
}

// ------------------------------------------------------------ functions

uint32_t compile_defaults(Compiler *c, const Arguments *a)
{
    uint32_t flags = 0;
    if (a->defaults.len) {
        for (size_t i = 0; i < a->defaults.len; i++)
            compile_expr(c, a->defaults.items[i]);
        emit(c, OP_BUILD_TUPLE, (uint32_t)a->defaults.len);
        flags |= 1;
    }
    size_t nkw = 0;
    for (size_t i = 0; i < a->kw_defaults.len; i++) {
        if (a->kw_defaults.items[i] == NULL)
            continue;
        const char *name = a->kwonlyargs.items[i]->arg;
        emit_const(c, value_new_ref(&str_intern_cstr(name)->header));
        compile_expr(c, a->kw_defaults.items[i]);
        nkw++;
    }
    if (nkw) {
        emit(c, OP_BUILD_MAP, (uint32_t)nkw);
        flags |= 2;
    }
    return flags;
}

static void compile_lambda(Compiler *c, const Expr *e)
{
    uint32_t flags = compile_defaults(c, e->v.Lambda.args);
    Scope *scope = symtable_child(c->u->scope, e);
    Unit *u = unit_enter(c, scope, "<lambda>", e->line);
    unit_set_arguments(u, e->v.Lambda.args);
    const_index(c, VALUE_NONE); // no docstring
    c->u->loc = span_of_expr(e->v.Lambda.body);
    compile_expr(c, e->v.Lambda.body);
    emit(c, OP_RETURN_VALUE, 0);
    CodeObject *code = unit_leave(c);
    if (code == NULL)
        return;
    c->u->loc = span_of_expr(e);
    emit_make_function(c, code, flags);
}

// One `for ... in ... if ...` level of a comprehension; the innermost
// adds the element to the result, which sits `depth` items down.
static void compile_comprehension_level(Compiler *c, const Expr *e,
                                        ComprehensionSeq gens, size_t level)
{
    const Comprehension *g = gens.items[level];
    int top = label_new(c), end = label_new(c);
    if (level == 0) {
        emit(c, OP_LOAD_FAST, 0); // .0, the outermost iterator
    } else {
        compile_expr(c, g->iter);
        emit(c, OP_GET_ITER, 0);
    }
    label_place(c, top);
    emit(c, OP_FOR_ITER, (uint32_t)end);
    compile_store(c, g->target);
    for (size_t i = 0; i < g->ifs.len; i++)
        compile_jump_if(c, g->ifs.items[i], false, top);
    if (level + 1 < gens.len) {
        compile_comprehension_level(c, e, gens, level + 1);
    } else {
        uint32_t depth = (uint32_t)gens.len + 1;
        c->u->loc = span_of_expr(e);
        switch (e->kind) {
        case EXPR_GeneratorExp:
            compile_expr(c, e->v.GeneratorExp.elt);
            emit(c, OP_YIELD_VALUE, 0);
            emit(c, OP_POP_TOP, 0);
            break;
        case EXPR_ListComp:
            compile_expr(c, e->v.ListComp.elt);
            emit(c, OP_LIST_APPEND, depth);
            break;
        case EXPR_SetComp:
            compile_expr(c, e->v.SetComp.elt);
            emit(c, OP_SET_ADD, depth);
            break;
        default:
            compile_expr(c, e->v.DictComp.key);
            compile_expr(c, e->v.DictComp.value);
            emit(c, OP_MAP_ADD, depth);
            break;
        }
    }
    emit(c, OP_JUMP_BACKWARD, (uint32_t)top);
    label_place(c, end);
}

static void compile_comprehension(Compiler *c, const Expr *e,
                                  ComprehensionSeq gens)
{
    Scope *scope = symtable_child(c->u->scope, e);
    Unit *u = unit_enter(c, scope, scope->name, e->line);
    u->argcount = 1;
    const_index(c, VALUE_NONE);
    c->u->loc = span_of_expr(e);
    if (e->kind != EXPR_GeneratorExp)
        emit(c,
             e->kind == EXPR_ListComp  ? OP_BUILD_LIST
             : e->kind == EXPR_SetComp ? OP_BUILD_SET
                                       : OP_BUILD_MAP,
             0);
    compile_comprehension_level(c, e, gens, 0);
    if (e->kind == EXPR_GeneratorExp)
        emit_none(c);
    emit(c, OP_RETURN_VALUE, 0);
    CodeObject *code = unit_leave(c);
    if (code == NULL)
        return;
    c->u->loc = span_of_expr(e);
    emit(c, OP_PUSH_NULL, 0);
    emit_make_function(c, code, 0);
    compile_expr(c, gens.items[0]->iter);
    emit(c, OP_GET_ITER, 0);
    c->u->loc = span_of_expr(e);
    emit(c, OP_CALL, 1);
}

// ------------------------------------------------------------ f-strings

static void compile_formatted(Compiler *c, const Expr *e)
{
    compile_expr(c, e->v.FormattedValue.value);
    uint32_t flags = 0;
    switch (e->v.FormattedValue.conversion) {
    case 's':
        flags = 1;
        break;
    case 'r':
        flags = 2;
        break;
    case 'a':
        flags = 3;
        break;
    default:
        break;
    }
    if (e->v.FormattedValue.format_spec) {
        compile_expr(c, e->v.FormattedValue.format_spec);
        flags |= 4;
    }
    c->u->loc = span_of_expr(e);
    emit(c, OP_FORMAT_VALUE, flags);
}

static void compile_joined(Compiler *c, const Expr *e)
{
    ExprSeq values = e->v.JoinedStr.values;
    for (size_t i = 0; i < values.len; i++)
        compile_expr(c, values.items[i]);
    if (values.len != 1 || values.items[0]->kind != EXPR_FormattedValue)
        emit(c, OP_BUILD_STRING, (uint32_t)values.len);
}

// ------------------------------------------------------------ generators

// yield from x: send each resumed value to x's iterator, yielding what it
// yields, until it finishes; its result is the expression's value.
static void compile_yield_from(Compiler *c, const Expr *e)
{
    int loop = label_new(c), done = label_new(c);
    compile_expr(c, e->v.YieldFrom.value);
    c->u->loc = span_of_expr(e);
    emit(c, OP_GET_YIELD_FROM_ITER, 0);
    emit_none(c);
    label_place(c, loop);
    emit(c, OP_SEND, (uint32_t)done); // [it, v] -> [it, y] or [result]
    emit(c, OP_YIELD_VALUE, 0);       // [it, sent]
    emit(c, OP_JUMP_BACKWARD, (uint32_t)loop);
    label_place(c, done);
}

// ------------------------------------------------------------ dispatch

static void compile_subscript_load(Compiler *c, const Expr *e)
{
    compile_expr(c, e->v.Subscript.value);
    compile_expr(c, e->v.Subscript.slice);
    c->u->loc = span_of_expr(e);
    emit(c, OP_BINARY_SUBSCR, 0);
}

static void compile_slice(Compiler *c, const Expr *e)
{
    const Expr *parts[] = {e->v.Slice.lower, e->v.Slice.upper, e->v.Slice.step};
    uint32_t n = e->v.Slice.step ? 3 : 2;
    for (uint32_t i = 0; i < n; i++) {
        if (parts[i])
            compile_expr(c, parts[i]);
        else
            emit_none(c);
    }
    emit(c, OP_BUILD_SLICE, n);
}

void compile_expr(Compiler *c, const Expr *e)
{
    if (c->failed)
        return;
    SourceSpan saved = c->u->loc;
    c->u->loc = span_of_expr(e);
    switch (e->kind) {
    case EXPR_BoolOp:
        compile_boolop(c, e);
        break;
    case EXPR_BinOp:
        compile_expr(c, e->v.BinOp.left);
        compile_expr(c, e->v.BinOp.right);
        c->u->loc = span_of_expr(e);
        emit(c, OP_BINARY_OP, binop_map[e->v.BinOp.op]);
        break;
    case EXPR_UnaryOp:
        compile_unary(c, e);
        break;
    case EXPR_Lambda:
        compile_lambda(c, e);
        break;
    case EXPR_IfExp:
        compile_ifexp(c, e);
        break;
    case EXPR_Dict:
        compile_dict(c, e);
        break;
    case EXPR_Set:
        compile_sequence(c, e->v.Set.elts, OP_BUILD_SET);
        break;
    case EXPR_ListComp:
        compile_comprehension(c, e, e->v.ListComp.generators);
        break;
    case EXPR_SetComp:
        compile_comprehension(c, e, e->v.SetComp.generators);
        break;
    case EXPR_DictComp:
        compile_comprehension(c, e, e->v.DictComp.generators);
        break;
    case EXPR_GeneratorExp:
        compile_comprehension(c, e, e->v.GeneratorExp.generators);
        break;
    case EXPR_Compare:
        compile_compare(c, e);
        break;
    case EXPR_Call:
        compile_call(c, e);
        break;
    case EXPR_FormattedValue:
        compile_formatted(c, e);
        break;
    case EXPR_JoinedStr:
        compile_joined(c, e);
        break;
    case EXPR_Constant:
        emit_const(c, compile_constant(c, e));
        break;
    case EXPR_Attribute:
        compile_expr(c, e->v.Attribute.value);
        c->u->loc = span_of_expr(e);
        emit(c, OP_LOAD_ATTR, name_index(c, e->v.Attribute.attr));
        break;
    case EXPR_Subscript:
        compile_subscript_load(c, e);
        break;
    case EXPR_Name:
        emit_name(c, e->v.Name.id, CTX_Load);
        break;
    case EXPR_List:
        compile_sequence(c, e->v.List.elts, OP_BUILD_LIST);
        break;
    case EXPR_Tuple:
        compile_sequence(c, e->v.Tuple.elts, OP_BUILD_TUPLE);
        break;
    case EXPR_Slice:
        compile_slice(c, e);
        break;
    case EXPR_Starred:
        expr_error(c, e, "can't use starred expression here");
        break;
    case EXPR_NamedExpr:
        compile_expr(c, e->v.NamedExpr.value);
        emit(c, OP_COPY, 1);
        compile_store(c, e->v.NamedExpr.target);
        break;
    case EXPR_Yield:
        if (e->v.Yield.value)
            compile_expr(c, e->v.Yield.value);
        else
            emit_none(c);
        c->u->loc = span_of_expr(e);
        emit(c, OP_YIELD_VALUE, 0);
        break;
    case EXPR_YieldFrom:
        compile_yield_from(c, e);
        break;
    case EXPR_Await:
        expr_error(c, e, "'await' outside async function");
        break;
    default:
        expr_error(c, e, "unsupported expression");
        break;
    }
    c->u->loc = saved;
}

// ------------------------------------------------------------ targets

static void compile_unpack(Compiler *c, ExprSeq elts, const Expr *e)
{
    size_t star = SIZE_MAX;
    for (size_t i = 0; i < elts.len; i++) {
        if (elts.items[i]->kind != EXPR_Starred)
            continue;
        if (star != SIZE_MAX) {
            expr_error(c, elts.items[i],
                       "multiple starred expressions in assignment");
            return;
        }
        star = i;
    }
    c->u->loc = span_of_expr(e);
    if (star == SIZE_MAX)
        emit(c, OP_UNPACK_SEQUENCE, (uint32_t)elts.len);
    else
        emit(c, OP_UNPACK_EX,
             (uint32_t)star | (uint32_t)(elts.len - star - 1) << 8);
    for (size_t i = 0; i < elts.len; i++) {
        const Expr *t = elts.items[i];
        compile_store(c, t->kind == EXPR_Starred ? t->v.Starred.value : t);
    }
}

void compile_store(Compiler *c, const Expr *t)
{
    switch (t->kind) {
    case EXPR_Name:
        emit_name(c, t->v.Name.id, CTX_Store);
        break;
    case EXPR_Attribute:
        compile_expr(c, t->v.Attribute.value);
        c->u->loc = span_of_expr(t);
        emit(c, OP_STORE_ATTR, name_index(c, t->v.Attribute.attr));
        break;
    case EXPR_Subscript:
        compile_expr(c, t->v.Subscript.value);
        compile_expr(c, t->v.Subscript.slice);
        c->u->loc = span_of_expr(t);
        emit(c, OP_STORE_SUBSCR, 0);
        break;
    case EXPR_Tuple:
        compile_unpack(c, t->v.Tuple.elts, t);
        break;
    case EXPR_List:
        compile_unpack(c, t->v.List.elts, t);
        break;
    default:
        expr_error(c, t, "cannot assign to expression");
        break;
    }
}

void compile_delete(Compiler *c, const Expr *t)
{
    c->u->loc = span_of_expr(t);
    switch (t->kind) {
    case EXPR_Name:
        emit_name(c, t->v.Name.id, CTX_Del);
        break;
    case EXPR_Attribute:
        compile_expr(c, t->v.Attribute.value);
        emit(c, OP_DELETE_ATTR, name_index(c, t->v.Attribute.attr));
        break;
    case EXPR_Subscript:
        compile_expr(c, t->v.Subscript.value);
        compile_expr(c, t->v.Subscript.slice);
        c->u->loc = span_of_expr(t);
        emit(c, OP_DELETE_SUBSCR, 0);
        break;
    case EXPR_Tuple:
    case EXPR_List: {
        ExprSeq elts = t->kind == EXPR_Tuple ? t->v.Tuple.elts : t->v.List.elts;
        for (size_t i = 0; i < elts.len; i++)
            compile_delete(c, elts.items[i]);
        break;
    }
    default:
        expr_error(c, t, "cannot delete expression");
        break;
    }
}
