// compile.c: code units, emission, names, constants and the compiler's
// entry points (see compiler.h and compile_internal.h).
#include "vm/compile/compile_internal.h"

#include <stdio.h>
#include <string.h>

#include "alloc/alloc.h"
#include "vm/compile/parser.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

// ------------------------------------------------------------ errors

void compile_error(Compiler *c, int line, int col, int end_line, int end_col,
                   const char *message)
{
    if (c->failed)
        return;
    c->failed = true;
    SyntaxErrorInfo *e = c->err;
    memset(e, 0, sizeof *e);
    e->kind = SYNTAX_ERROR;
    snprintf(e->message, sizeof e->message, "%s", message);
    e->filename = c->filename;
    e->lineno = line;
    e->end_lineno = end_line;
    e->offset = syntax_error_char_offset(c->src, c->len, line, col);
    e->end_offset = syntax_error_char_offset(c->src, c->len, end_line, end_col);
    e->no_text = true; // CPython's compiler has no text for string sources
}

SourceSpan span_of_expr(const Expr *e)
{
    return (SourceSpan){e->line, e->end_line, e->col, e->end_col};
}

SourceSpan span_of_stmt(const Stmt *s)
{
    return (SourceSpan){s->line, s->end_line, s->col, s->end_col};
}

// ------------------------------------------------------------ emitting

static void *grow_array(void *old, size_t n, size_t *cap, size_t item)
{
    if (n < *cap)
        return old;
    *cap = *cap ? *cap * 2 : 16;
    return alloc_resize(old, *cap * item);
}

void emit(Compiler *c, int op, uint32_t arg)
{
    Unit *u = c->u;
    u->instrs =
        grow_array(u->instrs, u->ninstrs, &u->instrs_cap, sizeof(InstrRec));
    u->instrs[u->ninstrs++] = (InstrRec){op, arg, u->loc};
}

int label_new(Compiler *c)
{
    Unit *u = c->u;
    u->labels = grow_array(u->labels, u->nlabels, &u->labels_cap, sizeof(int));
    u->labels[u->nlabels] = -1;
    return (int)u->nlabels++;
}

void label_place(Compiler *c, int label)
{
    c->u->labels[label] = (int)c->u->ninstrs;
}

// Constants are shared when they are the same immortal object or the same
// small int (what the eval loop would see as identical anyway).
uint32_t const_index(Compiler *c, Value v)
{
    ListObject *consts = c->u->consts;
    int64_t n = list_len(consts);
    bool shareable = value_is_int(v) || value_is_borrowed(v);
    for (int64_t i = 0; shareable && i < n; i++) {
        Value item;
        list_get(consts, i, &item);
        value_decref(item);
        if (item == v)
            return (uint32_t)i;
    }
    list_append(consts, v);
    return (uint32_t)n;
}

void emit_const(Compiler *c, Value v)
{
    emit(c, OP_LOAD_CONST, const_index(c, v));
}

void emit_none(Compiler *c)
{
    emit_const(c, VALUE_NONE);
}

static size_t find_name(const char **names, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(names[i], name) == 0)
            return i;
    return SIZE_MAX;
}

static size_t add_name(const char ***names, size_t *n, size_t *cap,
                       const char *name)
{
    size_t i = find_name(*names, *n, name);
    if (i != SIZE_MAX)
        return i;
    *names = grow_array(*names, *n, cap, sizeof(char *));
    (*names)[*n] = name;
    return (*n)++;
}

uint32_t name_index(Compiler *c, const char *name)
{
    Unit *u = c->u;
    return (uint32_t)add_name(&u->names, &u->nnames, &u->names_cap, name);
}

static const Opcode name_ops[][3] = {
    // Load, Store, Del
    {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST},
    {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF},
    {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL},
    {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME},
};

void emit_name(Compiler *c, const char *name, ExprContext ctx)
{
    Unit *u = c->u;
    const Symbol *sym = symtable_lookup(u->scope, name);
    NameScope where = sym ? sym->scope : NAME_GLOBAL;
    bool explicit_global = sym && (sym->flags & SYM_GLOBAL);
    if (where == NAME_CELL || where == NAME_FREE) {
        size_t i =
            where == NAME_CELL
                ? find_name(u->cellvars, u->ncellvars, name)
                : u->ncellvars + find_name(u->freevars, u->nfreevars, name);
        emit(c, name_ops[1][ctx], (uint32_t)(u->nvarnames + i));
    } else if (where == NAME_LOCAL && u->scope->kind == SCOPE_FUNCTION) {
        size_t i = find_name(u->varnames, u->nvarnames, name);
        emit(c, name_ops[0][ctx], (uint32_t)i);
    } else if (u->scope->kind != SCOPE_FUNCTION && !explicit_global) {
        // Module and class code go through the namespace (exec may give
        // module code a locals mapping apart from its globals).
        emit(c, name_ops[3][ctx], name_index(c, name));
    } else {
        emit(c, name_ops[2][ctx], name_index(c, name));
    }
}

// ------------------------------------------------------------ fblocks

bool fblock_push(Compiler *c, FBlock b)
{
    Unit *u = c->u;
    if (u->nfblocks == MAX_FBLOCKS) {
        compile_error(c, u->loc.line, u->loc.col, u->loc.end_line,
                      u->loc.end_col, "too many statically nested blocks");
        return false;
    }
    u->fblocks[u->nfblocks++] = b;
    return true;
}

void fblock_pop(Compiler *c)
{
    c->u->nfblocks--;
}

// ------------------------------------------------------------ units

static void collect_locals(Unit *u, const Scope *s)
{
    size_t cap = 0;
    for (size_t i = 0; i < s->nparams; i++)
        add_name(&u->varnames, &u->nvarnames, &u->varnames_cap, s->params[i]);
    for (size_t i = 0; i < s->nsymbols; i++)
        if (s->symbols[i].scope == NAME_LOCAL && s->kind == SCOPE_FUNCTION)
            add_name(&u->varnames, &u->nvarnames, &u->varnames_cap,
                     s->symbols[i].name);
    for (size_t i = 0; i < s->nsymbols; i++)
        if (s->symbols[i].scope == NAME_CELL)
            add_name(&u->cellvars, &u->ncellvars, &cap, s->symbols[i].name);
    cap = 0;
    for (size_t i = 0; i < s->nsymbols; i++)
        if (s->symbols[i].scope == NAME_FREE)
            add_name(&u->freevars, &u->nfreevars, &cap, s->symbols[i].name);
}

static const char *make_qualname(Compiler *c, Unit *parent, const char *name)
{
    if (parent == NULL || parent->scope->kind == SCOPE_MODULE)
        return name;
    const char *prefix = parent->qualname;
    const char *sep =
        parent->scope->kind == SCOPE_FUNCTION ? ".<locals>." : ".";
    size_t n = strlen(prefix) + strlen(sep) + strlen(name) + 1;
    char *q = arena_alloc(c->arena, n);
    snprintf(q, n, "%s%s%s", prefix, sep, name);
    return q;
}

Unit *unit_enter(Compiler *c, Scope *scope, const char *name, int line)
{
    Unit *u = alloc_zeroed(sizeof *u);
    u->parent = c->u;
    u->scope = scope;
    u->qualname = make_qualname(c, c->u, name);
    u->consts = list_new(4);
    u->firstlineno = line;
    u->loc = (SourceSpan){line, line, -1, -1};
    if (scope->kind == SCOPE_FUNCTION)
        u->flags |= CODE_FLAG_NEWLOCALS;
    if (scope->generator)
        u->flags |= CODE_FLAG_GENERATOR;
    if (c->u && c->u->scope->kind == SCOPE_FUNCTION)
        u->flags |= CODE_FLAG_NESTED;
    u->flags |= c->future;
    collect_locals(u, scope);
    c->u = u;
    return u;
}

static void unit_free(Unit *u)
{
    alloc_free(u->instrs);
    alloc_free(u->labels);
    alloc_free(u->names);
    alloc_free(u->varnames);
    alloc_free(u->cellvars);
    alloc_free(u->freevars);
    refcount_dec(&u->consts->header);
    alloc_free(u);
}

CodeObject *unit_leave(Compiler *c)
{
    Unit *u = c->u;
    CodeObject *code = c->failed ? NULL : assemble(c, u);
    c->u = u->parent;
    unit_free(u);
    return code;
}

void emit_make_function(Compiler *c, CodeObject *code, uint32_t flags)
{
    Unit *u = c->u;
    uint32_t nfree = code->nfrees;
    if (nfree) {
        uint32_t first = code->nlocals + code->ncells;
        for (uint32_t i = 0; i < nfree; i++) {
            StrObject *name = (StrObject *)value_as_object(
                code->localnames->items[first + i]);
            const Symbol *sym = symtable_lookup(u->scope, name->data);
            size_t idx =
                sym && sym->scope == NAME_CELL
                    ? find_name(u->cellvars, u->ncellvars, name->data)
                    : u->ncellvars +
                          find_name(u->freevars, u->nfreevars, name->data);
            emit(c, OP_LOAD_CLOSURE, (uint32_t)(u->nvarnames + idx));
        }
        emit(c, OP_BUILD_TUPLE, nfree);
        flags |= 8;
    }
    emit_const(c, value_steal(&code->header));
    emit(c, OP_MAKE_FUNCTION, flags);
}

void unit_set_arguments(Unit *u, const Arguments *a)
{
    u->posonlyargcount = (uint32_t)a->posonlyargs.len;
    u->argcount = (uint32_t)(a->posonlyargs.len + a->args.len);
    u->kwonlyargcount = (uint32_t)a->kwonlyargs.len;
    if (a->vararg)
        u->flags |= CODE_FLAG_VARARGS;
    if (a->kwarg)
        u->flags |= CODE_FLAG_VARKEYWORDS;
}

// ------------------------------------------------------------ entry points

// The line holding source position (line, col), for SyntaxError.text.
static void error_at(Compiler *c, int line, int col, const char *message)
{
    compile_error(c, line, col, line, col, message);
    c->err->no_text = false; // CPython's parser reports these
}

static bool is_compound(const Stmt *s)
{
    switch (s->kind) {
    case STMT_FunctionDef:
    case STMT_ClassDef:
    case STMT_If:
    case STMT_For:
    case STMT_While:
    case STMT_With:
    case STMT_Try:
        return true;
    default:
        return false;
    }
}

// 'single' mode takes one statement: a line of simple statements, or one
// compound statement.
static bool check_single(Compiler *c, const Module *m)
{
    StmtSeq body = m->body;
    if (body.len < 2)
        return true;
    if (is_compound(body.items[0])) {
        // CPython's interactive grammar wants a blank line after a
        // compound statement: what follows is plain invalid syntax.
        const Stmt *next = body.items[1];
        compile_error(c, next->line, next->col, next->line, next->col + 1,
                      "invalid syntax");
        c->err->no_text = false;
        return false;
    }
    for (size_t i = 1; i < body.len; i++) {
        const Stmt *prev = body.items[i - 1];
        if (body.items[i]->line > prev->end_line) {
            error_at(c, prev->end_line, prev->end_col,
                     "multiple statements found while compiling a single "
                     "statement");
            return false;
        }
    }
    return true;
}

static void compile_body(Compiler *c, const Module *m)
{
    if (!c->interactive)
        emit_docstring(c, m->body);
    emit_setup_annotations(c, m->body);
    compile_stmts(c, m->body);
    emit_none(c);
    emit(c, OP_RETURN_VALUE, 0);
}

static CodeObject *compile_tree(const Module *m, const Expr *expr, Arena *arena,
                                const char *filename, const char *src,
                                size_t len, CompileMode mode, uint32_t future,
                                SyntaxErrorInfo *err)
{
    Compiler c = {.arena = arena,
                  .filename = filename,
                  .src = src,
                  .len = len,
                  .err = err,
                  .interactive = mode == COMPILE_SINGLE};
    if (expr) { // 'eval': the expression is the body of a module
        Stmt *s = ast_stmt(arena, STMT_Expr, expr->line, expr->col,
                           expr->end_line, expr->end_col);
        s->v.Expr.value = (Expr *)expr;
        Module *wrap = arena_alloc(arena, sizeof *wrap);
        wrap->body.items = arena_alloc(arena, sizeof(Stmt *));
        wrap->body.items[0] = s;
        wrap->body.len = 1;
        m = wrap;
    } else if (!future_scan(m->body, filename, &future, &c.future_line, err)) {
        return NULL;
    }
    c.future = future & CODE_FUTURE_MASK;
    Scope *top =
        symtable_build(m, arena, filename, src, len,
                       (c.future & CODE_FLAG_FUTURE_ANNOTATIONS) != 0, err);
    if (top == NULL)
        return NULL;
    unit_enter(&c, top, "<module>", 1);
    if (expr) {
        compile_expr(&c, expr);
        emit(&c, OP_RETURN_VALUE, 0);
    } else if (mode != COMPILE_SINGLE || check_single(&c, m)) {
        compile_body(&c, m);
    }
    return unit_leave(&c);
}

CodeObject *compile_module(const Module *m, Arena *arena, const char *filename,
                           const char *src, size_t len, SyntaxErrorInfo *err)
{
    return compile_tree(m, NULL, arena, filename, src, len, COMPILE_EXEC, 0,
                        err);
}

// CPython's 'eval' input may not start indented (its tokenizer makes that
// an INDENT): the module parser reports it the same way.
static bool starts_indented(const char *src, size_t len)
{
    size_t i = 0;
    while (i < len) {
        size_t start = i;
        while (i < len && (src[i] == ' ' || src[i] == '\t' || src[i] == '\f'))
            i++;
        if (i < len && src[i] != '\n' && src[i] != '\r' && src[i] != '#')
            return i > start;
        while (i < len && src[i] != '\n')
            i++;
        i++;
    }
    return false;
}

// 'eval' and 'single' need something to compile: for input of nothing
// but blank lines and comments CPython reports "invalid syntax" at the
// start of its last line (line 0 for no input at all).
static bool blank_input(const char *src, size_t len, const char *filename,
                        SyntaxErrorInfo *err)
{
    int lines = 0;
    bool comment = false;
    for (size_t i = 0; i < len; i++) {
        if (src[i] == '\n') {
            lines++;
            comment = false;
        } else if (src[i] == '#') {
            comment = true;
        } else if (!comment && src[i] != ' ' && src[i] != '\t' &&
                   src[i] != '\f' && src[i] != '\r') {
            return false;
        }
    }
    bool unterminated = len && src[len - 1] != '\n';
    err->kind = SYNTAX_ERROR;
    snprintf(err->message, sizeof err->message, "invalid syntax");
    err->filename = filename;
    err->lineno = err->end_lineno = lines + unterminated;
    return true;
}

// In 'eval' mode CPython's tokenizer adds no newline at the end of the
// input, so "invalid syntax" found there (1 +) lies at offset 0.
static void eval_error_at_end(const char *src, size_t len, SyntaxErrorInfo *err)
{
    if (len == 0 || src[len - 1] == '\n' ||
        strcmp(err->message, "invalid syntax") != 0)
        return;
    const char *last = src + len;
    int lines = 1;
    for (const char *q = src; q < src + len; q++)
        if (*q == '\n') {
            lines++;
            last = q + 1;
        }
    if (last == src + len)
        last = src;
    int end =
        syntax_error_char_offset(src, len, lines, (int)(src + len - last));
    if (err->lineno == lines && err->offset == end)
        err->offset = err->end_offset = 0;
}

CodeObject *compile_string(const char *src, size_t len, const char *filename,
                           CompileMode mode, uint32_t future,
                           SyntaxErrorInfo *err)
{
    memset(err, 0, sizeof *err);
    if (mode != COMPILE_EXEC && blank_input(src, len, filename, err))
        return NULL;
    Arena *arena = arena_new();
    Module *m = NULL;
    Expr *e = NULL;
    if (mode == COMPILE_EVAL && !starts_indented(src, len)) {
        e = parse_expression(src, len, filename, arena, err);
        if (e == NULL)
            eval_error_at_end(src, len, err);
    } else
        m = parse_module(src, len, filename, arena, err);
    // (An indented 'eval' source always fails to parse as a module.)
    CodeObject *code =
        (m && mode != COMPILE_EVAL) || e
            ? compile_tree(m, e, arena, filename, src, len, mode, future, err)
            : NULL;
    arena_free(arena);
    return code;
}

CodeObject *compile_source(const char *src, size_t len, const char *filename,
                           SyntaxErrorInfo *err)
{
    return compile_string(src, len, filename, COMPILE_EXEC, 0, err);
}

CodeObject *compile_interactive(const char *src, size_t len,
                                const char *filename, SyntaxErrorInfo *err)
{
    return compile_string(src, len, filename, COMPILE_SINGLE, 0, err);
}
