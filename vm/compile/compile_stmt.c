// compile_stmt.c: code generation for statements, including the
// exception-handling shapes (try/except/finally, with) and the unwinding
// that break, continue and return do on their way out of blocks.
#include <string.h>

#include "vm/compile/compile_internal.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

static void stmt_error(Compiler *c, const Stmt *s, const char *message)
{
    compile_error(c, s->line, s->col, s->end_line, s->end_col, message);
}

// ------------------------------------------------------------ unwinding

// Emits `exit(None, None, None)` for a with block whose exit is on the
// stack (under the preserved value when preserve_tos).
static void emit_with_exit_call(Compiler *c, bool preserve_tos)
{
    if (preserve_tos)
        emit(c, OP_SWAP, 2);
    emit(c, OP_PUSH_NULL, 0);
    emit(c, OP_SWAP, 2);
    emit_none(c);
    emit_none(c);
    emit_none(c);
    emit(c, OP_CALL, 3);
    emit(c, OP_POP_TOP, 0);
}

static void clear_handler_name(Compiler *c, const char *name)
{
    emit_none(c);
    emit_name(c, name, CTX_Store);
    emit_name(c, name, CTX_Del);
}

// Leaves one block on the way to a break/continue/return target.
static void unwind_block(Compiler *c, const FBlock *b, bool preserve_tos)
{
    switch (b->kind) {
    case FB_WHILE:
        break;
    case FB_FOR:
        if (preserve_tos)
            emit(c, OP_SWAP, 2);
        emit(c, OP_POP_TOP, 0);
        break;
    case FB_TRY_EXCEPT:
        emit(c, PSEUDO_POP_BLOCK, 0);
        break;
    case FB_TRY_FINALLY: {
        emit(c, PSEUDO_POP_BLOCK, 0);
        // The finally body runs here, outside this block.
        Unit *u = c->u;
        int saved = u->nfblocks;
        u->nfblocks = (int)(b - u->fblocks);
        compile_stmts(c, b->stmt->v.Try.finalbody);
        u->nfblocks = saved;
        break;
    }
    case FB_FINALLY_END:
        if (preserve_tos)
            emit(c, OP_SWAP, 2);
        emit(c, OP_POP_TOP, 0); // the exception
        if (preserve_tos)
            emit(c, OP_SWAP, 2);
        emit(c, PSEUDO_POP_BLOCK, 0);
        emit(c, OP_POP_EXCEPT, 0);
        break;
    case FB_HANDLER:
        for (int i = 0; i < b->nsetups; i++)
            emit(c, PSEUDO_POP_BLOCK, 0);
        if (preserve_tos)
            emit(c, OP_SWAP, 2);
        emit(c, OP_POP_EXCEPT, 0);
        if (b->name)
            clear_handler_name(c, b->name);
        break;
    case FB_WITH:
        emit(c, PSEUDO_POP_BLOCK, 0);
        emit_with_exit_call(c, preserve_tos);
        break;
    case FB_EXCEPT_STAR: // refused before any unwinding (leaves_except_star)
        break;
    }
}

// Whether a jump out of the blocks above `floor` leaves an except* body,
// which CPython refuses: a SyntaxError at `s` (at its value for `return`
// of a constant on the same line), or at line -1 once a with or finally
// block has been unwound on the way (CPython's unwinding code has no
// line).
static bool leaves_except_star(Compiler *c, const Stmt *s, int floor)
{
    const Expr *v = s->kind == STMT_Return ? s->v.Return.value : NULL;
    SourceSpan at = v && v->kind == EXPR_Constant && v->line == s->line
                        ? span_of_expr(v)
                        : span_of_stmt(s);
    for (int i = c->u->nfblocks - 1; i > floor; i--) {
        FBlockKind kind = c->u->fblocks[i].kind;
        if (kind == FB_WITH || kind == FB_TRY_FINALLY)
            at = (SourceSpan){-1, -1, -1, -1};
        if (kind != FB_EXCEPT_STAR)
            continue;
        compile_error(c, at.line, at.col, at.end_line, at.end_col,
                      "'break', 'continue' and 'return' cannot appear in an "
                      "except* block");
        return true;
    }
    return false;
}

// After a jump out of blocks, the code that follows in the listing is
// still inside them: their handlers become active again.
static void resetup_blocks(Compiler *c, int from)
{
    Unit *u = c->u;
    for (int i = from; i < u->nfblocks; i++)
        for (int k = 0; k < u->fblocks[i].nsetups; k++)
            emit(c, PSEUDO_SETUP, (uint32_t)u->fblocks[i].setups[k]);
}

static int find_loop(Compiler *c)
{
    for (int i = c->u->nfblocks - 1; i >= 0; i--)
        if (c->u->fblocks[i].kind == FB_WHILE ||
            c->u->fblocks[i].kind == FB_FOR)
            return i;
    return -1;
}

static void compile_break_continue(Compiler *c, const Stmt *s, bool is_break)
{
    int loop = find_loop(c);
    if (loop < 0) {
        stmt_error(c, s,
                   is_break ? "'break' outside loop"
                            : "'continue' not properly in loop");
        return;
    }
    if (leaves_except_star(c, s, loop))
        return;
    Unit *u = c->u;
    for (int i = u->nfblocks - 1; i > loop; i--)
        unwind_block(c, &u->fblocks[i], false);
    const FBlock *target = &u->fblocks[loop];
    if (is_break) {
        unwind_block(c, target, false);
        emit(c, OP_JUMP_FORWARD, (uint32_t)target->break_label);
    } else {
        emit(c, OP_JUMP_FORWARD, (uint32_t)target->continue_label);
    }
    resetup_blocks(c, loop + 1);
}

static void compile_return(Compiler *c, const Stmt *s)
{
    if (c->u->scope->kind != SCOPE_FUNCTION) {
        stmt_error(c, s, "'return' outside function");
        return;
    }
    if (leaves_except_star(c, s, -1))
        return;
    if (s->v.Return.value)
        compile_expr(c, s->v.Return.value);
    else
        emit_none(c);
    Unit *u = c->u;
    for (int i = u->nfblocks - 1; i >= 0; i--)
        unwind_block(c, &u->fblocks[i], true);
    emit(c, OP_RETURN_VALUE, 0);
    resetup_blocks(c, 0);
}

// ------------------------------------------------------------ defs

// One annotated parameter: [name, annotation]; returns 1 (0 if none).
static uint32_t annotate_arg(Compiler *c, const Arg *a)
{
    if (a == NULL || a->annotation == NULL)
        return 0;
    emit_const(c, value_new_ref(&str_intern_cstr(a->arg)->header));
    compile_annotation(c, a->annotation);
    return 1;
}

static uint32_t annotate_args(Compiler *c, ArgSeq args)
{
    uint32_t n = 0;
    for (size_t i = 0; i < args.len; i++)
        n += annotate_arg(c, args.items[i]);
    return n;
}

// The annotations of a def as a dict (MAKE_FUNCTION flag 4), in
// CPython's order: parameters as declared, then `return`. Returns the
// flag, or 0 when nothing is annotated.
static uint32_t compile_function_annotations(Compiler *c, const Stmt *s)
{
    const Arguments *a = s->v.FunctionDef.args;
    uint32_t n = annotate_args(c, a->posonlyargs);
    n += annotate_args(c, a->args);
    n += annotate_arg(c, a->vararg);
    n += annotate_args(c, a->kwonlyargs);
    n += annotate_arg(c, a->kwarg);
    if (s->v.FunctionDef.returns) {
        emit_const(c, value_new_ref(&str_intern_cstr("return")->header));
        compile_annotation(c, s->v.FunctionDef.returns);
        n++;
    }
    if (n == 0)
        return 0;
    c->u->loc = span_of_stmt(s);
    emit(c, OP_BUILD_MAP, n);
    return 4;
}

static void compile_function_def(Compiler *c, const Stmt *s)
{
    ExprSeq decos = s->v.FunctionDef.decorator_list;
    if (s->v.FunctionDef.is_async) {
        stmt_error(c, s, "async functions are not supported");
        return;
    }
    for (size_t i = 0; i < decos.len; i++) {
        emit(c, OP_PUSH_NULL, 0);
        compile_expr(c, decos.items[i]);
    }
    uint32_t flags = compile_defaults(c, s->v.FunctionDef.args);
    flags |= compile_function_annotations(c, s);
    Scope *scope = symtable_child(c->u->scope, s);
    Unit *u = unit_enter(c, scope, s->v.FunctionDef.name, s->line);
    unit_set_arguments(u, s->v.FunctionDef.args);
    StmtSeq body = s->v.FunctionDef.body;
    // A leading string is the docstring: constant 0 (None otherwise).
    bool has_doc =
        body.len && body.items[0]->kind == STMT_Expr &&
        body.items[0]->v.Expr.value->kind == EXPR_Constant &&
        body.items[0]->v.Expr.value->v.Constant.value.kind == CONST_STR;
    if (!has_doc)
        const_index(c, VALUE_NONE);
    compile_stmts(c, body);
    emit_none(c);
    emit(c, OP_RETURN_VALUE, 0);
    CodeObject *code = unit_leave(c);
    if (code == NULL)
        return;
    c->u->loc = span_of_stmt(s);
    emit_make_function(c, code, flags);
    for (size_t i = 0; i < decos.len; i++)
        emit(c, OP_CALL, 1);
    emit_name(c, s->v.FunctionDef.name, CTX_Store);
}

void emit_docstring(Compiler *c, StmtSeq body)
{
    if (body.len && body.items[0]->kind == STMT_Expr &&
        body.items[0]->v.Expr.value->kind == EXPR_Constant &&
        body.items[0]->v.Expr.value->v.Constant.value.kind == CONST_STR) {
        compile_expr(c, body.items[0]->v.Expr.value);
        emit_name(c, "__doc__", CTX_Store);
    }
}

// The class body: a function run with the new class's namespace as its
// locals; it records __module__, __qualname__ and __doc__, and hands
// over the __class__ cell that zero-argument super() reads.
static CodeObject *compile_class_body(Compiler *c, const Stmt *s)
{
    Scope *scope = symtable_child(c->u->scope, s);
    Unit *u = unit_enter(c, scope, s->v.ClassDef.name, s->line);
    emit_name(c, "__name__", CTX_Load);
    emit_name(c, "__module__", CTX_Store);
    emit_const(c, value_new_ref(&str_intern_cstr(u->qualname)->header));
    emit_name(c, "__qualname__", CTX_Store);
    StmtSeq body = s->v.ClassDef.body;
    emit_docstring(c, body);
    emit_setup_annotations(c, body);
    compile_stmts(c, body);
    const Symbol *cell = symtable_lookup(scope, "__class__");
    if (cell && cell->scope == NAME_CELL) {
        emit(c, OP_LOAD_CLOSURE, (uint32_t)u->nvarnames); // cell 0
        emit_name(c, "__classcell__", CTX_Store);
    }
    emit_none(c);
    emit(c, OP_RETURN_VALUE, 0);
    return unit_leave(c);
}

static void compile_class_def(Compiler *c, const Stmt *s)
{
    ExprSeq decos = s->v.ClassDef.decorator_list;
    for (size_t i = 0; i < decos.len; i++) {
        emit(c, OP_PUSH_NULL, 0);
        compile_expr(c, decos.items[i]);
    }
    c->u->loc = span_of_stmt(s);
    emit(c, OP_PUSH_NULL, 0);
    emit(c, OP_LOAD_BUILD_CLASS, 0);
    CodeObject *body = compile_class_body(c, s);
    if (body == NULL)
        return;
    c->u->loc = span_of_stmt(s);
    emit_make_function(c, body, 0);
    emit_const(c, value_new_ref(&str_intern_cstr(s->v.ClassDef.name)->header));
    compile_class_call(c, s);
    for (size_t i = 0; i < decos.len; i++)
        emit(c, OP_CALL, 1);
    emit_name(c, s->v.ClassDef.name, CTX_Store);
}

// ------------------------------------------------------------ assignment

static void compile_assign(Compiler *c, const Stmt *s)
{
    compile_expr(c, s->v.Assign.value);
    ExprSeq targets = s->v.Assign.targets;
    for (size_t i = 0; i < targets.len; i++) {
        if (i + 1 < targets.len)
            emit(c, OP_COPY, 1);
        compile_store(c, targets.items[i]);
    }
}

static void compile_aug_assign(Compiler *c, const Stmt *s)
{
    const Expr *t = s->v.AugAssign.target;
    uint32_t op;
    static const BinOp map[] = {
        BINOP_ADD, BINOP_SUB, BINOP_MUL,     BINOP_MATMUL, BINOP_TRUEDIV,
        BINOP_MOD, BINOP_POW, BINOP_LSHIFT,  BINOP_RSHIFT, BINOP_OR,
        BINOP_XOR, BINOP_AND, BINOP_FLOORDIV};
    op = (uint32_t)map[s->v.AugAssign.op] | BINOP_INPLACE;
    switch (t->kind) {
    case EXPR_Name:
        emit_name(c, t->v.Name.id, CTX_Load);
        compile_expr(c, s->v.AugAssign.value);
        c->u->loc = span_of_stmt(s);
        emit(c, OP_BINARY_OP, op);
        emit_name(c, t->v.Name.id, CTX_Store);
        break;
    case EXPR_Attribute:
        compile_expr(c, t->v.Attribute.value);
        emit(c, OP_COPY, 1);
        emit(c, OP_LOAD_ATTR, name_index(c, t->v.Attribute.attr));
        compile_expr(c, s->v.AugAssign.value);
        c->u->loc = span_of_stmt(s);
        emit(c, OP_BINARY_OP, op);
        emit(c, OP_SWAP, 2);
        emit(c, OP_STORE_ATTR, name_index(c, t->v.Attribute.attr));
        break;
    case EXPR_Subscript:
        compile_expr(c, t->v.Subscript.value);
        compile_expr(c, t->v.Subscript.slice);
        emit(c, OP_COPY, 2);
        emit(c, OP_COPY, 2);
        emit(c, OP_BINARY_SUBSCR, 0);
        compile_expr(c, s->v.AugAssign.value);
        c->u->loc = span_of_stmt(s);
        emit(c, OP_BINARY_OP, op);
        emit(c, OP_SWAP, 3);
        emit(c, OP_SWAP, 2);
        emit(c, OP_STORE_SUBSCR, 0);
        break;
    default:
        stmt_error(c, s, "illegal expression for augmented assignment");
    }
}

void compile_annotation(Compiler *c, const Expr *e)
{
    if (c->future & CODE_FLAG_FUTURE_ANNOTATIONS) {
        SourceSpan saved = c->u->loc;
        c->u->loc = span_of_expr(e);
        emit_const(c, value_steal(&unparse_annotation(e)->header));
        c->u->loc = saved;
    } else {
        compile_expr(c, e);
    }
}

// Evaluates `e` for its errors only.
static void compile_and_drop(Compiler *c, const Expr *e)
{
    compile_expr(c, e);
    emit(c, OP_POP_TOP, 0);
}

// x: T = v stores v. In module and class bodies a plain name's
// annotation is recorded in __annotations__ and any other annotation is
// evaluated and dropped; functions evaluate none (as CPython). A target
// without a value still evaluates its object (and subscript).
static void compile_ann_assign(Compiler *c, const Stmt *s)
{
    const Expr *t = s->v.AnnAssign.target;
    bool value = s->v.AnnAssign.value != NULL;
    bool in_namespace = c->u->scope->kind != SCOPE_FUNCTION;
    if (value) {
        compile_expr(c, s->v.AnnAssign.value);
        compile_store(c, t);
    }
    if (t->kind == EXPR_Name && s->v.AnnAssign.simple && in_namespace) {
        compile_annotation(c, s->v.AnnAssign.annotation);
        emit_name(c, "__annotations__", CTX_Load);
        emit_const(c, value_new_ref(&str_intern_cstr(t->v.Name.id)->header));
        c->u->loc = span_of_stmt(s);
        emit(c, OP_STORE_SUBSCR, 0);
        return;
    }
    if (t->kind == EXPR_Attribute && !value) {
        compile_and_drop(c, t->v.Attribute.value);
    } else if (t->kind == EXPR_Subscript && !value) {
        compile_and_drop(c, t->v.Subscript.value);
        compile_and_drop(c, t->v.Subscript.slice);
    }
    if (!s->v.AnnAssign.simple && in_namespace &&
        !(c->future & CODE_FLAG_FUTURE_ANNOTATIONS))
        compile_and_drop(c, s->v.AnnAssign.annotation);
}

// Whether a module or class body annotates a name anywhere outside nested
// functions and classes (it then starts with an empty __annotations__).
static bool body_has_annotations(StmtSeq body)
{
    for (size_t i = 0; i < body.len; i++) {
        const Stmt *s = body.items[i];
        switch (s->kind) {
        case STMT_AnnAssign:
            return true;
        case STMT_If:
            if (body_has_annotations(s->v.If.body) ||
                body_has_annotations(s->v.If.orelse))
                return true;
            break;
        case STMT_For:
            if (body_has_annotations(s->v.For.body) ||
                body_has_annotations(s->v.For.orelse))
                return true;
            break;
        case STMT_While:
            if (body_has_annotations(s->v.While.body) ||
                body_has_annotations(s->v.While.orelse))
                return true;
            break;
        case STMT_With:
            if (body_has_annotations(s->v.With.body))
                return true;
            break;
        case STMT_Try:
            if (body_has_annotations(s->v.Try.body) ||
                body_has_annotations(s->v.Try.orelse) ||
                body_has_annotations(s->v.Try.finalbody))
                return true;
            for (size_t h = 0; h < s->v.Try.handlers.len; h++)
                if (body_has_annotations(s->v.Try.handlers.items[h]->body))
                    return true;
            break;
        default:
            break;
        }
    }
    return false;
}

void emit_setup_annotations(Compiler *c, StmtSeq body)
{
    if (body_has_annotations(body))
        emit(c, OP_SETUP_ANNOTATIONS, 0);
}

// ------------------------------------------------------------ control

static void compile_if(Compiler *c, const Stmt *s)
{
    int orelse = label_new(c), end = label_new(c);
    compile_jump_if(c, s->v.If.test, false, orelse);
    compile_stmts(c, s->v.If.body);
    if (s->v.If.orelse.len) {
        emit(c, OP_JUMP_FORWARD, (uint32_t)end);
        label_place(c, orelse);
        compile_stmts(c, s->v.If.orelse);
    } else {
        label_place(c, orelse);
    }
    label_place(c, end);
}

static void compile_while(Compiler *c, const Stmt *s)
{
    int top = label_new(c), orelse = label_new(c), end = label_new(c);
    label_place(c, top);
    compile_jump_if(c, s->v.While.test, false, orelse);
    FBlock b = {.kind = FB_WHILE, .continue_label = top, .break_label = end};
    if (!fblock_push(c, b))
        return;
    compile_stmts(c, s->v.While.body);
    fblock_pop(c);
    c->u->loc = span_of_stmt(s);
    emit(c, OP_JUMP_BACKWARD, (uint32_t)top);
    label_place(c, orelse);
    compile_stmts(c, s->v.While.orelse);
    label_place(c, end);
}

static void compile_for(Compiler *c, const Stmt *s)
{
    if (s->v.For.is_async) {
        stmt_error(c, s, "async for is not supported");
        return;
    }
    int top = label_new(c), exhausted = label_new(c), end = label_new(c);
    compile_expr(c, s->v.For.iter);
    emit(c, OP_GET_ITER, 0);
    label_place(c, top);
    c->u->loc = span_of_expr(s->v.For.iter);
    emit(c, OP_FOR_ITER, (uint32_t)exhausted);
    compile_store(c, s->v.For.target);
    FBlock b = {.kind = FB_FOR, .continue_label = top, .break_label = end};
    if (!fblock_push(c, b))
        return;
    compile_stmts(c, s->v.For.body);
    fblock_pop(c);
    c->u->loc = span_of_stmt(s);
    emit(c, OP_JUMP_BACKWARD, (uint32_t)top);
    label_place(c, exhausted);
    compile_stmts(c, s->v.For.orelse);
    label_place(c, end);
}

// ------------------------------------------------------------ exceptions

static void compile_raise(Compiler *c, const Stmt *s)
{
    uint32_t n = 0;
    if (s->v.Raise.exc) {
        compile_expr(c, s->v.Raise.exc);
        n = 1;
        if (s->v.Raise.cause) {
            compile_expr(c, s->v.Raise.cause);
            n = 2;
        }
    }
    c->u->loc = span_of_stmt(s);
    emit(c, OP_RAISE_VARARGS, n);
}

// [prev, exc] at an exception handler's cleanup: restore the handled
// exception and keep raising.
static void emit_cleanup_reraise(Compiler *c, int label)
{
    label_place(c, label);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 0);
}

static void compile_handler_body(Compiler *c, const ExceptHandler *h,
                                 int cleanup, int end)
{
    FBlock b = {.kind = FB_HANDLER, .name = h->name, .nsetups = 1};
    b.setups[0] = cleanup;
    int cleanup_named = -1;
    if (h->name) {
        emit_name(c, h->name, CTX_Store); // [prev]
        cleanup_named = label_new(c);
        emit(c, PSEUDO_SETUP, (uint32_t)cleanup_named);
        b.setups[1] = cleanup_named;
        b.nsetups = 2;
    } else {
        emit(c, OP_POP_TOP, 0);
    }
    if (!fblock_push(c, b))
        return;
    compile_stmts(c, h->body);
    fblock_pop(c);
    for (int i = 0; i < b.nsetups; i++)
        emit(c, PSEUDO_POP_BLOCK, 0);
    emit(c, OP_POP_EXCEPT, 0);
    if (h->name)
        clear_handler_name(c, h->name);
    emit(c, OP_JUMP_FORWARD, (uint32_t)end);
    // What follows in the listing is inside the handler cleanup again.
    emit(c, PSEUDO_SETUP, (uint32_t)cleanup);
    if (h->name) {
        // An exception inside a named handler still unbinds the name.
        label_place(c, cleanup_named); // [prev, exc2]
        clear_handler_name(c, h->name);
        emit(c, OP_RERAISE, 0);
    }
}

bool compile_try_body(Compiler *c, const Stmt *s, int handlers, int cleanup,
                      int end)
{
    emit(c, PSEUDO_SETUP, (uint32_t)handlers);
    FBlock body = {.kind = FB_TRY_EXCEPT, .nsetups = 1};
    body.setups[0] = handlers;
    if (!fblock_push(c, body))
        return false;
    compile_stmts(c, s->v.Try.body);
    fblock_pop(c);
    emit(c, PSEUDO_POP_BLOCK, 0);
    compile_stmts(c, s->v.Try.orelse);
    emit(c, OP_JUMP_FORWARD, (uint32_t)end);

    label_place(c, handlers); // [exc]
    emit(c, PSEUDO_SETUP, (uint32_t)cleanup);
    emit(c, OP_PUSH_EXC_INFO, 0); // [prev, exc]
    return true;
}

static void compile_try_except(Compiler *c, const Stmt *s)
{
    int handlers = label_new(c), cleanup = label_new(c), end = label_new(c);
    if (!compile_try_body(c, s, handlers, cleanup, end))
        return;
    HandlerSeq hs = s->v.Try.handlers;
    for (size_t i = 0; i < hs.len; i++) {
        const ExceptHandler *h = hs.items[i];
        c->u->loc = (SourceSpan){h->line, h->end_line, h->col, h->end_col};
        if (h->type == NULL && i + 1 < hs.len) {
            compile_error(c, h->line, h->col, h->end_line, h->end_col,
                          "default 'except:' must be last");
            return;
        }
        int next = label_new(c);
        if (h->type) {
            compile_expr(c, h->type); // [prev, exc, type]
            emit(c, OP_CHECK_EXC_MATCH, 0);
            emit(c, OP_POP_JUMP_IF_FALSE, (uint32_t)next);
        }
        compile_handler_body(c, h, cleanup, end);
        label_place(c, next);
    }
    emit(c, OP_RERAISE, 0); // no handler matched: [prev, exc]
    emit(c, PSEUDO_POP_BLOCK, 0);
    emit_cleanup_reraise(c, cleanup);
    label_place(c, end);
}

static void compile_try_finally(Compiler *c, const Stmt *s)
{
    int handler = label_new(c), cleanup = label_new(c), end = label_new(c);
    emit(c, PSEUDO_SETUP, (uint32_t)handler);
    FBlock body = {.kind = FB_TRY_FINALLY, .stmt = s, .nsetups = 1};
    body.setups[0] = handler;
    if (!fblock_push(c, body))
        return;
    if (s->v.Try.is_star)
        compile_try_star(c, s);
    else if (s->v.Try.handlers.len)
        compile_try_except(c, s);
    else
        compile_stmts(c, s->v.Try.body);
    fblock_pop(c);
    emit(c, PSEUDO_POP_BLOCK, 0);
    compile_stmts(c, s->v.Try.finalbody); // the normal way out
    emit(c, OP_JUMP_FORWARD, (uint32_t)end);

    label_place(c, handler); // [exc]
    emit(c, PSEUDO_SETUP, (uint32_t)cleanup);
    emit(c, OP_PUSH_EXC_INFO, 0); // [prev, exc]
    FBlock fin = {.kind = FB_FINALLY_END, .nsetups = 1};
    fin.setups[0] = cleanup;
    if (!fblock_push(c, fin))
        return;
    compile_stmts(c, s->v.Try.finalbody);
    fblock_pop(c);
    emit(c, OP_RERAISE, 0);
    emit(c, PSEUDO_POP_BLOCK, 0);
    emit_cleanup_reraise(c, cleanup);
    label_place(c, end);
}

static void compile_try(Compiler *c, const Stmt *s)
{
    if (s->v.Try.finalbody.len)
        compile_try_finally(c, s);
    else if (s->v.Try.is_star)
        compile_try_star(c, s);
    else
        compile_try_except(c, s);
}

// with a as x, b: nested one item at a time.
static void compile_with_items(Compiler *c, const Stmt *s, size_t i)
{
    const WithItem *item = s->v.With.items.items[i];
    int handler = label_new(c), cleanup = label_new(c);
    int suppress = label_new(c), end = label_new(c);
    c->u->loc = span_of_expr(item->context_expr);
    compile_expr(c, item->context_expr);
    emit(c, OP_BEFORE_WITH, 0); // [exit, entered]
    if (item->optional_vars)
        compile_store(c, item->optional_vars);
    else
        emit(c, OP_POP_TOP, 0);
    emit(c, PSEUDO_SETUP, (uint32_t)handler);
    FBlock b = {.kind = FB_WITH, .nsetups = 1};
    b.setups[0] = handler;
    if (!fblock_push(c, b))
        return;
    if (i + 1 < s->v.With.items.len)
        compile_with_items(c, s, i + 1);
    else
        compile_stmts(c, s->v.With.body);
    fblock_pop(c);
    emit(c, PSEUDO_POP_BLOCK, 0);
    c->u->loc = span_of_stmt(s);
    emit_with_exit_call(c, false);
    emit(c, OP_JUMP_FORWARD, (uint32_t)end);

    label_place(c, handler); // [exit, exc]
    emit(c, PSEUDO_SETUP, (uint32_t)cleanup);
    emit(c, OP_PUSH_EXC_INFO, 0);     // [exit, prev, exc]
    emit(c, OP_WITH_EXCEPT_START, 0); // [exit, prev, exc, result]
    emit(c, OP_POP_JUMP_IF_TRUE, (uint32_t)suppress);
    emit(c, OP_RERAISE, 0);
    label_place(c, suppress); // [exit, prev, exc]
    emit(c, OP_POP_TOP, 0);
    emit(c, PSEUDO_POP_BLOCK, 0);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_JUMP_FORWARD, (uint32_t)end);
    emit_cleanup_reraise(c, cleanup);
    label_place(c, end);
}

static void compile_assert(Compiler *c, const Stmt *s)
{
    int end = label_new(c);
    compile_jump_if(c, s->v.Assert.test, true, end);
    // Tracebacks point at the failed test, as CPython's do.
    c->u->loc = span_of_expr(s->v.Assert.test);
    if (s->v.Assert.msg) {
        emit(c, OP_PUSH_NULL, 0);
        emit(c, OP_LOAD_ASSERTION_ERROR, 0);
        compile_expr(c, s->v.Assert.msg);
        c->u->loc = span_of_expr(s->v.Assert.test);
        emit(c, OP_CALL, 1);
    } else {
        emit(c, OP_LOAD_ASSERTION_ERROR, 0);
    }
    emit(c, OP_RAISE_VARARGS, 1);
    label_place(c, end);
}

// ------------------------------------------------------------ imports

static Value interned(const char *text)
{
    return value_new_ref(&str_intern_cstr(text)->header);
}

static void compile_import(Compiler *c, const Stmt *s)
{
    AliasSeq names = s->v.Import.names;
    for (size_t i = 0; i < names.len; i++) {
        const Alias *a = names.items[i];
        emit_const(c, value_from_int(0));
        emit_none(c);
        emit(c, OP_IMPORT_NAME, name_index(c, a->name));
        if (a->asname) {
            // `import a.b.c as d` binds the innermost module.
            const char *p = strchr(a->name, '.');
            while (p) {
                const char *next = strchr(p + 1, '.');
                size_t n = next ? (size_t)(next - p - 1) : strlen(p + 1);
                emit(c, OP_IMPORT_FROM,
                     name_index(c, arena_strndup(c->arena, p + 1, n)));
                emit(c, OP_SWAP, 2);
                emit(c, OP_POP_TOP, 0);
                p = next;
            }
            emit_name(c, a->asname, CTX_Store);
        } else {
            const char *dot = strchr(a->name, '.');
            emit_name(
                c,
                dot ? arena_strndup(c->arena, a->name, (size_t)(dot - a->name))
                    : a->name,
                CTX_Store);
        }
    }
}

static void compile_import_from(Compiler *c, const Stmt *s)
{
    AliasSeq names = s->v.ImportFrom.names;
    if (stmt_is_future_import(s) && s->line > c->future_line) {
        stmt_error(c, s,
                   "from __future__ imports must occur at the beginning of "
                   "the file");
        return;
    }
    if (names.len == 1 && strcmp(names.items[0]->name, "*") == 0) {
        stmt_error(c, s, "'from ... import *' is not supported");
        return;
    }
    TupleObject *fromlist = tuple_new((int64_t)names.len);
    for (size_t i = 0; i < names.len; i++)
        tuple_init_item(fromlist, (int64_t)i, interned(names.items[i]->name));
    emit_const(c, value_from_int(s->v.ImportFrom.level));
    emit_const(c, value_steal(&fromlist->header));
    const char *module = s->v.ImportFrom.module ? s->v.ImportFrom.module : "";
    emit(c, OP_IMPORT_NAME, name_index(c, module));
    for (size_t i = 0; i < names.len; i++) {
        const Alias *a = names.items[i];
        emit(c, OP_IMPORT_FROM, name_index(c, a->name));
        emit_name(c, a->asname ? a->asname : a->name, CTX_Store);
    }
    emit(c, OP_POP_TOP, 0);
}

// ------------------------------------------------------------ dispatch

void compile_stmt(Compiler *c, const Stmt *s)
{
    if (c->failed)
        return;
    c->u->loc = span_of_stmt(s);
    switch (s->kind) {
    case STMT_FunctionDef:
        compile_function_def(c, s);
        break;
    case STMT_ClassDef:
        compile_class_def(c, s);
        break;
    case STMT_Return:
        compile_return(c, s);
        break;
    case STMT_Delete:
        for (size_t i = 0; i < s->v.Delete.targets.len; i++)
            compile_delete(c, s->v.Delete.targets.items[i]);
        break;
    case STMT_Assign:
        compile_assign(c, s);
        break;
    case STMT_AugAssign:
        compile_aug_assign(c, s);
        break;
    case STMT_AnnAssign:
        compile_ann_assign(c, s);
        break;
    case STMT_For:
        compile_for(c, s);
        break;
    case STMT_While:
        compile_while(c, s);
        break;
    case STMT_If:
        compile_if(c, s);
        break;
    case STMT_With:
        if (s->v.With.is_async)
            stmt_error(c, s, "async with is not supported");
        else
            compile_with_items(c, s, 0);
        break;
    case STMT_Match:
        compile_match(c, s);
        break;
    case STMT_Raise:
        compile_raise(c, s);
        break;
    case STMT_Try:
        compile_try(c, s);
        break;
    case STMT_Assert:
        compile_assert(c, s);
        break;
    case STMT_Import:
        compile_import(c, s);
        break;
    case STMT_ImportFrom:
        compile_import_from(c, s);
        break;
    case STMT_Global:
    case STMT_Nonlocal:
    case STMT_Pass:
        break;
    case STMT_Expr:
        compile_expr(c, s->v.Expr.value);
        emit(c,
             c->interactive && c->u->scope->kind == SCOPE_MODULE ? OP_PRINT_EXPR
                                                                 : OP_POP_TOP,
             0);
        break;
    case STMT_Break:
        compile_break_continue(c, s, true);
        break;
    case STMT_Continue:
        compile_break_continue(c, s, false);
        break;
    default:
        stmt_error(c, s, "unsupported statement");
        break;
    }
}

void compile_stmts(Compiler *c, StmtSeq body)
{
    for (size_t i = 0; i < body.len; i++)
        compile_stmt(c, body.items[i]);
}
