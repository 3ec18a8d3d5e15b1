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
    } else if (u->scope->kind == SCOPE_CLASS && !explicit_global) {
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

static CodeObject *compile_tree(const Module *m, Arena *arena,
                                const char *filename, const char *src,
                                size_t len, SyntaxErrorInfo *err,
                                bool interactive)
{
    Scope *top = symtable_build(m, arena, filename, src, len, err);
    if (top == NULL)
        return NULL;
    Compiler c = {.arena = arena,
                  .filename = filename,
                  .src = src,
                  .len = len,
                  .err = err,
                  .interactive = interactive};
    unit_enter(&c, top, "<module>", 1);
    if (!interactive)
        emit_docstring(&c, m->body);
    emit_setup_annotations(&c, m->body);
    compile_stmts(&c, m->body);
    emit_none(&c);
    emit(&c, OP_RETURN_VALUE, 0);
    return unit_leave(&c);
}

CodeObject *compile_module(const Module *m, Arena *arena, const char *filename,
                           const char *src, size_t len, SyntaxErrorInfo *err)
{
    return compile_tree(m, arena, filename, src, len, err, false);
}

static CodeObject *compile_text(const char *src, size_t len,
                                const char *filename, SyntaxErrorInfo *err,
                                bool interactive)
{
    Arena *arena = arena_new();
    Module *m = parse_module(src, len, filename, arena, err);
    CodeObject *code =
        m ? compile_tree(m, arena, filename, src, len, err, interactive) : NULL;
    arena_free(arena);
    return code;
}

CodeObject *compile_source(const char *src, size_t len, const char *filename,
                           SyntaxErrorInfo *err)
{
    return compile_text(src, len, filename, err, false);
}

CodeObject *compile_interactive(const char *src, size_t len,
                                const char *filename, SyntaxErrorInfo *err)
{
    return compile_text(src, len, filename, err, true);
}
