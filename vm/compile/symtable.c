// symtable.c: scope building and name resolution (see symtable.h).
#include "vm/compile/symtable.h"

#include <stdio.h>
#include <string.h>

typedef struct Builder {
    Arena *arena;
    Scope *cur;
    SyntaxErrorInfo *err;
    const char *filename, *src;
    size_t len;
    bool failed;
    // from __future__ import annotations: annotations stay unevaluated
    // text, so the names in them bind nothing and capture nothing; but
    // walrus, yield and await are refused in them, as CPython does.
    bool lazy_annotations;
    bool in_annotation; // visiting such an annotation (not a nested scope)
} Builder;

// ------------------------------------------------------------ storage

static void *grow(Arena *a, void *old, size_t n, size_t *cap, size_t item)
{
    if (n < *cap)
        return old;
    size_t ncap = *cap ? *cap * 2 : 8;
    void *p = arena_alloc(a, ncap * item);
    if (old)
        memcpy(p, old, n * item);
    *cap = ncap;
    return p;
}

const Symbol *symtable_lookup(const Scope *s, const char *name)
{
    for (size_t i = 0; i < s->nsymbols; i++)
        if (strcmp(s->symbols[i].name, name) == 0)
            return &s->symbols[i];
    return NULL;
}

static Symbol *symbol(Builder *b, Scope *s, const char *name)
{
    Symbol *sym = (Symbol *)symtable_lookup(s, name);
    if (sym)
        return sym;
    s->symbols = grow(b->arena, s->symbols, s->nsymbols, &s->symbols_cap,
                      sizeof(Symbol));
    sym = &s->symbols[s->nsymbols++];
    memset(sym, 0, sizeof *sym);
    sym->name = name;
    return sym;
}

static void note(Builder *b, const char *name, unsigned flags)
{
    symbol(b, b->cur, name)->flags |= flags;
}

static void fail(Builder *b, int line, int col, int end_col, const char *fmt,
                 const char *name)
{
    if (b->failed)
        return;
    b->failed = true;
    memset(b->err, 0, sizeof *b->err);
    b->err->kind = SYNTAX_ERROR;
    snprintf(b->err->message, sizeof b->err->message, fmt, name);
    b->err->filename = b->filename;
    b->err->lineno = b->err->end_lineno = line;
    b->err->offset = syntax_error_char_offset(b->src, b->len, line, col);
    b->err->end_offset =
        syntax_error_char_offset(b->src, b->len, line, end_col);
    // CPython raises these from its symbol table: no text, bare args.
    b->err->no_text = b->err->bare_args = true;
}

static Scope *scope_open(Builder *b, ScopeKind kind, const void *node,
                         const char *name, int line, int col)
{
    Scope *s = arena_alloc(b->arena, sizeof *s);
    s->kind = kind;
    s->node = node;
    s->name = name;
    s->parent = b->cur;
    s->line = line;
    s->col = col;
    if (b->cur) {
        Scope *p = b->cur;
        p->children = grow(b->arena, p->children, p->nchildren,
                           &p->children_cap, sizeof(Scope *));
        p->children[p->nchildren++] = s;
    }
    b->cur = s;
    return s;
}

Scope *symtable_child(const Scope *parent, const void *node)
{
    for (size_t i = 0; i < parent->nchildren; i++)
        if (parent->children[i]->node == node)
            return parent->children[i];
    return NULL;
}

// ------------------------------------------------------------ pass 1

static void visit_expr(Builder *b, const Expr *e);
static void visit_stmts(Builder *b, StmtSeq body);

static void visit_exprs(Builder *b, ExprSeq seq)
{
    for (size_t i = 0; i < seq.len; i++)
        if (seq.items[i])
            visit_expr(b, seq.items[i]);
}

static void visit_opt(Builder *b, const Expr *e)
{
    if (e)
        visit_expr(b, e);
}

static void visit_annotation(Builder *b, const Expr *e)
{
    if (e == NULL)
        return;
    bool saved = b->in_annotation;
    b->in_annotation = b->lazy_annotations;
    visit_expr(b, e);
    b->in_annotation = saved;
}

// Inside a lazy annotation: the expressions CPython refuses there.
static bool refuse_in_annotation(Builder *b, const Expr *e, const char *what)
{
    if (!b->in_annotation)
        return false;
    fail(b, e->line, e->col, e->end_col,
         "'%s' can not be used within an annotation", what);
    return true;
}

static void add_param(Builder *b, const Arg *a)
{
    Scope *s = b->cur;
    size_t cap = s->nparams; // params arrays are exact-size copies
    const char **p = arena_alloc(b->arena, (cap + 1) * sizeof *p);
    if (s->params)
        memcpy(p, s->params, cap * sizeof *p);
    p[cap] = a->arg;
    s->params = p;
    s->nparams = cap + 1;
    note(b, a->arg, SYM_PARAM);
}

// Defaults and annotations belong to the enclosing scope.
static void visit_arguments_outer(Builder *b, const Arguments *a)
{
    visit_exprs(b, a->defaults);
    visit_exprs(b, a->kw_defaults);
    const ArgSeq *groups[] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
    for (size_t g = 0; g < 3; g++)
        for (size_t i = 0; i < groups[g]->len; i++)
            visit_annotation(b, groups[g]->items[i]->annotation);
    if (a->vararg)
        visit_annotation(b, a->vararg->annotation);
    if (a->kwarg)
        visit_annotation(b, a->kwarg->annotation);
}

static void visit_params(Builder *b, const Arguments *a)
{
    for (size_t i = 0; i < a->posonlyargs.len; i++)
        add_param(b, a->posonlyargs.items[i]);
    for (size_t i = 0; i < a->args.len; i++)
        add_param(b, a->args.items[i]);
    for (size_t i = 0; i < a->kwonlyargs.len; i++)
        add_param(b, a->kwonlyargs.items[i]);
    if (a->vararg)
        add_param(b, a->vararg);
    if (a->kwarg)
        add_param(b, a->kwarg);
}

static void visit_function(Builder *b, const Stmt *s)
{
    visit_exprs(b, s->v.FunctionDef.decorator_list);
    visit_arguments_outer(b, s->v.FunctionDef.args);
    visit_annotation(b, s->v.FunctionDef.returns);
    note(b, s->v.FunctionDef.name, SYM_ASSIGNED);
    Scope *outer = b->cur;
    scope_open(b, SCOPE_FUNCTION, s, s->v.FunctionDef.name, s->line, s->col);
    visit_params(b, s->v.FunctionDef.args);
    visit_stmts(b, s->v.FunctionDef.body);
    b->cur = outer;
}

static void visit_class(Builder *b, const Stmt *s)
{
    visit_exprs(b, s->v.ClassDef.decorator_list);
    visit_exprs(b, s->v.ClassDef.bases);
    for (size_t i = 0; i < s->v.ClassDef.keywords.len; i++)
        visit_expr(b, s->v.ClassDef.keywords.items[i]->value);
    note(b, s->v.ClassDef.name, SYM_ASSIGNED);
    Scope *outer = b->cur;
    scope_open(b, SCOPE_CLASS, s, s->v.ClassDef.name, s->line, s->col);
    visit_stmts(b, s->v.ClassDef.body);
    b->cur = outer;
}

static void declare(Builder *b, const Stmt *s, const char *name, bool global)
{
    Symbol *sym = symbol(b, b->cur, name);
    const char *what = global ? "global" : "nonlocal";
    int end_col = s->end_col;
    if (sym->flags & SYM_PARAM) {
        char fmt[64];
        snprintf(fmt, sizeof fmt, "name '%%s' is parameter and %s", what);
        fail(b, s->line, s->col, end_col, fmt, name);
    } else if (sym->flags & (SYM_USED | SYM_ASSIGNED)) {
        char fmt[80];
        snprintf(fmt, sizeof fmt, "name '%%s' is %s %s declaration",
                 (sym->flags & SYM_ASSIGNED) ? "assigned to before"
                                             : "used prior to",
                 what);
        fail(b, s->line, s->col, end_col, fmt, name);
    }
    sym->flags |= global ? SYM_GLOBAL : SYM_NONLOCAL;
    sym->line = s->line;
    sym->col = s->col;
    sym->end_col = end_col;
}

static void visit_import(Builder *b, AliasSeq names)
{
    for (size_t i = 0; i < names.len; i++) {
        const Alias *a = names.items[i];
        if (a->asname) {
            note(b, a->asname, SYM_ASSIGNED);
        } else if (strcmp(a->name, "*") != 0) {
            const char *dot = strchr(a->name, '.');
            const char *first =
                dot ? arena_strndup(b->arena, a->name, (size_t)(dot - a->name))
                    : a->name;
            note(b, first, SYM_ASSIGNED);
        }
    }
}

static void visit_try(Builder *b, const Stmt *s)
{
    visit_stmts(b, s->v.Try.body);
    for (size_t i = 0; i < s->v.Try.handlers.len; i++) {
        const ExceptHandler *h = s->v.Try.handlers.items[i];
        visit_opt(b, h->type);
        if (h->name)
            note(b, h->name, SYM_ASSIGNED);
        visit_stmts(b, h->body);
    }
    visit_stmts(b, s->v.Try.orelse);
    visit_stmts(b, s->v.Try.finalbody);
}

// Capture names in patterns are assignments; values, classes and keys
// are reads.
static void visit_patterns(Builder *b, PatternSeq seq);

static void visit_pattern(Builder *b, const Pattern *p)
{
    switch (p->kind) {
    case PATTERN_MatchValue:
        visit_expr(b, p->v.MatchValue.value);
        break;
    case PATTERN_MatchSequence:
        visit_patterns(b, p->v.MatchSequence.patterns);
        break;
    case PATTERN_MatchMapping:
        visit_exprs(b, p->v.MatchMapping.keys);
        visit_patterns(b, p->v.MatchMapping.patterns);
        if (p->v.MatchMapping.rest)
            note(b, p->v.MatchMapping.rest, SYM_ASSIGNED);
        break;
    case PATTERN_MatchClass:
        visit_expr(b, p->v.MatchClass.cls);
        visit_patterns(b, p->v.MatchClass.patterns);
        visit_patterns(b, p->v.MatchClass.kwd_patterns);
        break;
    case PATTERN_MatchStar:
        if (p->v.MatchStar.name)
            note(b, p->v.MatchStar.name, SYM_ASSIGNED);
        break;
    case PATTERN_MatchAs:
        if (p->v.MatchAs.pattern)
            visit_pattern(b, p->v.MatchAs.pattern);
        if (p->v.MatchAs.name)
            note(b, p->v.MatchAs.name, SYM_ASSIGNED);
        break;
    case PATTERN_MatchOr:
        visit_patterns(b, p->v.MatchOr.patterns);
        break;
    default:
        break;
    }
}

static void visit_patterns(Builder *b, PatternSeq seq)
{
    for (size_t i = 0; i < seq.len; i++)
        visit_pattern(b, seq.items[i]);
}

static void visit_match(Builder *b, const Stmt *s)
{
    visit_expr(b, s->v.Match.subject);
    for (size_t i = 0; i < s->v.Match.cases.len; i++) {
        const MatchCase *m = s->v.Match.cases.items[i];
        visit_pattern(b, m->pattern);
        visit_opt(b, m->guard);
        visit_stmts(b, m->body);
    }
}

static void visit_stmt(Builder *b, const Stmt *s)
{
    switch (s->kind) {
    case STMT_FunctionDef:
        visit_function(b, s);
        break;
    case STMT_ClassDef:
        visit_class(b, s);
        break;
    case STMT_Return:
        visit_opt(b, s->v.Return.value);
        break;
    case STMT_Delete:
        visit_exprs(b, s->v.Delete.targets);
        break;
    case STMT_Assign:
        visit_expr(b, s->v.Assign.value);
        visit_exprs(b, s->v.Assign.targets);
        break;
    case STMT_AugAssign:
        visit_expr(b, s->v.AugAssign.value);
        visit_expr(b, s->v.AugAssign.target);
        if (s->v.AugAssign.target->kind == EXPR_Name)
            note(b, s->v.AugAssign.target->v.Name.id, SYM_USED);
        break;
    case STMT_AnnAssign:
        visit_opt(b, s->v.AnnAssign.value);
        visit_expr(b, s->v.AnnAssign.target);
        if (b->cur->kind != SCOPE_FUNCTION)
            visit_annotation(b, s->v.AnnAssign.annotation);
        break;
    case STMT_For:
        visit_expr(b, s->v.For.iter);
        visit_expr(b, s->v.For.target);
        visit_stmts(b, s->v.For.body);
        visit_stmts(b, s->v.For.orelse);
        break;
    case STMT_While:
        visit_expr(b, s->v.While.test);
        visit_stmts(b, s->v.While.body);
        visit_stmts(b, s->v.While.orelse);
        break;
    case STMT_If:
        visit_expr(b, s->v.If.test);
        visit_stmts(b, s->v.If.body);
        visit_stmts(b, s->v.If.orelse);
        break;
    case STMT_With:
        for (size_t i = 0; i < s->v.With.items.len; i++) {
            visit_expr(b, s->v.With.items.items[i]->context_expr);
            visit_opt(b, s->v.With.items.items[i]->optional_vars);
        }
        visit_stmts(b, s->v.With.body);
        break;
    case STMT_Match:
        visit_match(b, s);
        break;
    case STMT_Raise:
        visit_opt(b, s->v.Raise.exc);
        visit_opt(b, s->v.Raise.cause);
        break;
    case STMT_Try:
        visit_try(b, s);
        break;
    case STMT_Assert:
        visit_expr(b, s->v.Assert.test);
        visit_opt(b, s->v.Assert.msg);
        break;
    case STMT_Import:
        visit_import(b, s->v.Import.names);
        break;
    case STMT_ImportFrom:
        visit_import(b, s->v.ImportFrom.names);
        break;
    case STMT_Global:
        for (size_t i = 0; i < s->v.Global.names.len; i++)
            declare(b, s, s->v.Global.names.items[i], true);
        break;
    case STMT_Nonlocal:
        if (b->cur->kind == SCOPE_MODULE) {
            fail(b, s->line, s->col, s->end_col,
                 "nonlocal declaration not allowed at module level%s", "");
            break;
        }
        for (size_t i = 0; i < s->v.Nonlocal.names.len; i++)
            declare(b, s, s->v.Nonlocal.names.items[i], false);
        break;
    case STMT_Expr:
        visit_expr(b, s->v.Expr.value);
        break;
    default:
        break;
    }
}

static void visit_stmts(Builder *b, StmtSeq body)
{
    for (size_t i = 0; i < body.len; i++)
        visit_stmt(b, body.items[i]);
}

static const char *comprehension_name(ExprKind kind)
{
    switch (kind) {
    case EXPR_ListComp:
        return "<listcomp>";
    case EXPR_SetComp:
        return "<setcomp>";
    case EXPR_DictComp:
        return "<dictcomp>";
    default:
        return "<genexpr>";
    }
}

// The first iterable is evaluated outside; the rest runs in a function
// scope whose only parameter, ".0", is that iterable's iterator.
static void visit_comprehension(Builder *b, const Expr *e,
                                ComprehensionSeq gens, const Expr *elt,
                                const Expr *value)
{
    visit_expr(b, gens.items[0]->iter);
    Scope *outer = b->cur;
    bool saved = b->in_annotation;
    b->in_annotation = false;
    Scope *s = scope_open(b, SCOPE_FUNCTION, e, comprehension_name(e->kind),
                          e->line, e->col);
    s->generator = e->kind == EXPR_GeneratorExp;
    s->comprehension = true;
    Arg dot = {.arg = ".0"};
    add_param(b, &dot);
    for (size_t i = 0; i < gens.len; i++) {
        if (i > 0)
            visit_expr(b, gens.items[i]->iter);
        visit_expr(b, gens.items[i]->target);
        visit_exprs(b, gens.items[i]->ifs);
    }
    visit_expr(b, elt);
    visit_opt(b, value);
    b->cur = outer;
    b->in_annotation = saved;
}

static void visit_lambda(Builder *b, const Expr *e)
{
    visit_arguments_outer(b, e->v.Lambda.args);
    Scope *outer = b->cur;
    bool saved = b->in_annotation;
    b->in_annotation = false;
    scope_open(b, SCOPE_FUNCTION, e, "<lambda>", e->line, e->col);
    visit_params(b, e->v.Lambda.args);
    visit_expr(b, e->v.Lambda.body);
    b->cur = outer;
    b->in_annotation = saved;
}

// A yield makes its function a generator; elsewhere it is an error.
static void note_yield(Builder *b, const Expr *e)
{
    Scope *s = b->cur;
    if (s->kind != SCOPE_FUNCTION) {
        fail(b, e->line, e->col, e->end_col, "'yield' outside function%s", "");
        b->err->bare_args = false; // CPython's compiler reports this one
    } else if (s->comprehension)
        fail(b, e->line, e->col, e->end_col, "'yield' inside %s",
             s->generator                         ? "generator expression"
             : strcmp(s->name, "<listcomp>") == 0 ? "list comprehension"
             : strcmp(s->name, "<setcomp>") == 0  ? "set comprehension"
                                                  : "dict comprehension");
    else
        s->generator = true;
}

// A method naming `super` (or `__class__`) needs the class it is defined
// in: the class body provides it as the implicit cell __class__.
static void note_class_use(Builder *b, const char *id)
{
    Scope *s = b->cur;
    if ((strcmp(id, "super") == 0 || strcmp(id, "__class__") == 0) &&
        s->kind == SCOPE_FUNCTION && s->parent &&
        s->parent->kind == SCOPE_CLASS)
        note(b, "__class__", SYM_USED);
}

static void visit_expr(Builder *b, const Expr *e)
{
    switch (e->kind) {
    case EXPR_Name:
        if (b->in_annotation)
            break; // never evaluated: binds and uses nothing
        if (e->v.Name.ctx == CTX_Load)
            note_class_use(b, e->v.Name.id);
        note(b, e->v.Name.id,
             e->v.Name.ctx == CTX_Load ? SYM_USED : SYM_ASSIGNED);
        break;
    case EXPR_BoolOp:
        visit_exprs(b, e->v.BoolOp.values);
        break;
    case EXPR_NamedExpr:
        if (refuse_in_annotation(b, e, "named expression"))
            break;
        visit_expr(b, e->v.NamedExpr.value);
        visit_expr(b, e->v.NamedExpr.target);
        break;
    case EXPR_BinOp:
        visit_expr(b, e->v.BinOp.left);
        visit_expr(b, e->v.BinOp.right);
        break;
    case EXPR_UnaryOp:
        visit_expr(b, e->v.UnaryOp.operand);
        break;
    case EXPR_Lambda:
        visit_lambda(b, e);
        break;
    case EXPR_IfExp:
        visit_expr(b, e->v.IfExp.test);
        visit_expr(b, e->v.IfExp.body);
        visit_expr(b, e->v.IfExp.orelse);
        break;
    case EXPR_Dict:
        visit_exprs(b, e->v.Dict.keys);
        visit_exprs(b, e->v.Dict.values);
        break;
    case EXPR_Set:
        visit_exprs(b, e->v.Set.elts);
        break;
    case EXPR_ListComp:
        visit_comprehension(b, e, e->v.ListComp.generators, e->v.ListComp.elt,
                            NULL);
        break;
    case EXPR_SetComp:
        visit_comprehension(b, e, e->v.SetComp.generators, e->v.SetComp.elt,
                            NULL);
        break;
    case EXPR_DictComp:
        visit_comprehension(b, e, e->v.DictComp.generators, e->v.DictComp.key,
                            e->v.DictComp.value);
        break;
    case EXPR_GeneratorExp:
        visit_comprehension(b, e, e->v.GeneratorExp.generators,
                            e->v.GeneratorExp.elt, NULL);
        break;
    case EXPR_Await:
        if (refuse_in_annotation(b, e, "await expression"))
            break;
        visit_expr(b, e->v.Await.value);
        break;
    case EXPR_Yield:
        if (refuse_in_annotation(b, e, "yield expression"))
            break;
        note_yield(b, e);
        visit_opt(b, e->v.Yield.value);
        break;
    case EXPR_YieldFrom:
        if (refuse_in_annotation(b, e, "yield expression"))
            break;
        note_yield(b, e);
        visit_expr(b, e->v.YieldFrom.value);
        break;
    case EXPR_Compare:
        visit_expr(b, e->v.Compare.left);
        visit_exprs(b, e->v.Compare.comparators);
        break;
    case EXPR_Call:
        visit_expr(b, e->v.Call.func);
        visit_exprs(b, e->v.Call.args);
        for (size_t i = 0; i < e->v.Call.keywords.len; i++)
            visit_expr(b, e->v.Call.keywords.items[i]->value);
        break;
    case EXPR_FormattedValue:
        visit_expr(b, e->v.FormattedValue.value);
        visit_opt(b, e->v.FormattedValue.format_spec);
        break;
    case EXPR_JoinedStr:
        visit_exprs(b, e->v.JoinedStr.values);
        break;
    case EXPR_Attribute:
        visit_expr(b, e->v.Attribute.value);
        break;
    case EXPR_Subscript:
        visit_expr(b, e->v.Subscript.value);
        visit_expr(b, e->v.Subscript.slice);
        break;
    case EXPR_Starred:
        visit_expr(b, e->v.Starred.value);
        break;
    case EXPR_List:
        visit_exprs(b, e->v.List.elts);
        break;
    case EXPR_Tuple:
        visit_exprs(b, e->v.Tuple.elts);
        break;
    case EXPR_Slice:
        visit_opt(b, e->v.Slice.lower);
        visit_opt(b, e->v.Slice.upper);
        visit_opt(b, e->v.Slice.step);
        break;
    default:
        break;
    }
}

// ------------------------------------------------------------ pass 2

typedef struct NameSet {
    const char **names;
    size_t len;
} NameSet;

static bool nameset_has(const NameSet *s, const char *name)
{
    for (size_t i = 0; i < s->len; i++)
        if (strcmp(s->names[i], name) == 0)
            return true;
    return false;
}

static void resolve_symbol(Builder *b, Scope *s, Symbol *sym,
                           const NameSet *bound)
{
    if (sym->flags & SYM_GLOBAL) {
        sym->scope = NAME_GLOBAL;
    } else if (sym->flags & SYM_NONLOCAL) {
        if (!nameset_has(bound, sym->name))
            fail(b, sym->line, sym->col, sym->end_col,
                 "no binding for nonlocal '%s' found", sym->name);
        sym->scope = NAME_FREE;
    } else if (sym->flags & (SYM_ASSIGNED | SYM_PARAM)) {
        sym->scope = s->kind == SCOPE_MODULE ? NAME_GLOBAL : NAME_LOCAL;
    } else if (s->kind != SCOPE_MODULE && nameset_has(bound, sym->name)) {
        sym->scope = NAME_FREE;
    } else {
        sym->scope = NAME_GLOBAL;
    }
}

// What the children of `s` can see bound in enclosing functions.
static NameSet bound_for_children(Builder *b, const Scope *s,
                                  const NameSet *bound)
{
    if (s->kind == SCOPE_CLASS) { // methods see the implicit __class__
        NameSet n;
        n.names = arena_alloc(b->arena, (bound->len + 1) * sizeof(char *));
        memcpy(n.names, bound->names, bound->len * sizeof(char *));
        n.names[bound->len] = "__class__";
        n.len = bound->len + 1;
        return n;
    }
    if (s->kind != SCOPE_FUNCTION)
        return *bound;
    NameSet n;
    n.names =
        arena_alloc(b->arena, (bound->len + s->nsymbols + 1) * sizeof(char *));
    n.len = 0;
    for (size_t i = 0; i < bound->len; i++) {
        const Symbol *mine = symtable_lookup(s, bound->names[i]);
        if (!mine || mine->scope != NAME_GLOBAL)
            n.names[n.len++] = bound->names[i];
    }
    for (size_t i = 0; i < s->nsymbols; i++)
        if (s->symbols[i].scope == NAME_LOCAL &&
            !nameset_has(&n, s->symbols[i].name))
            n.names[n.len++] = s->symbols[i].name;
    return n;
}

// A child captures `name`: it becomes a cell here if bound here, or
// passes through as a free variable of this scope.
static void capture(Builder *b, Scope *s, const char *name)
{
    Symbol *mine = symbol(b, s, name);
    if (s->kind == SCOPE_CLASS && strcmp(name, "__class__") == 0)
        mine->scope = NAME_CELL; // the class body creates it
    else if (mine->flags == 0)
        mine->scope = NAME_FREE; // not used here: passes through
    else if (mine->scope == NAME_LOCAL && s->kind == SCOPE_FUNCTION)
        mine->scope = NAME_CELL;
    mine->flags |= SYM_CAPTURED;
}

static void analyze(Builder *b, Scope *s, const NameSet *bound)
{
    for (size_t i = 0; i < s->nsymbols; i++)
        resolve_symbol(b, s, &s->symbols[i], bound);
    NameSet inner = bound_for_children(b, s, bound);
    for (size_t c = 0; c < s->nchildren; c++)
        analyze(b, s->children[c], &inner);
    if (s->kind == SCOPE_MODULE)
        return;
    for (size_t c = 0; c < s->nchildren; c++) {
        const Scope *child = s->children[c];
        for (size_t i = 0; i < child->nsymbols; i++)
            if (child->symbols[i].scope == NAME_FREE)
                capture(b, s, child->symbols[i].name);
    }
}

Scope *symtable_build(const Module *m, Arena *arena, const char *filename,
                      const char *src, size_t len, bool lazy_annotations,
                      SyntaxErrorInfo *err)
{
    Builder b = {.arena = arena,
                 .err = err,
                 .filename = filename,
                 .src = src,
                 .len = len,
                 .lazy_annotations = lazy_annotations};
    Scope *top = scope_open(&b, SCOPE_MODULE, m, "<module>", 1, 0);
    visit_stmts(&b, m->body);
    NameSet none = {NULL, 0};
    if (!b.failed)
        analyze(&b, top, &none);
    return b.failed ? NULL : top;
}
