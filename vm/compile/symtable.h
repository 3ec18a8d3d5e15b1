// symtable.h: scopes and name resolution. Before code generation every
// function, lambda and comprehension gets a Scope saying, for each name
// it uses, whether it is a fast local, a cell (captured by an inner
// function), a free variable (captured from an outer function), or a
// global — Python's LEGB rules, with `global` and `nonlocal`.
//
// Two passes, as in CPython: collect what each scope binds and uses,
// then resolve from the module inwards and push captures outwards.
//
// Memory: everything lives in the AST's Arena. Thread safety: none
// needed (one compilation, one thread).
#ifndef FTPY_VM_COMPILE_SYMTABLE_H
#define FTPY_VM_COMPILE_SYMTABLE_H

#include "vm/compile/ast.h"
#include "vm/compile/syntax_error.h"

typedef enum ScopeKind {
    SCOPE_MODULE,
    SCOPE_FUNCTION, // def, lambda, comprehension
    SCOPE_CLASS,
} ScopeKind;

// Where a name lives, once resolved.
typedef enum NameScope {
    NAME_LOCAL,  // fast local (functions), namespace entry (module, class)
    NAME_CELL,   // a local captured by an inner scope
    NAME_FREE,   // a variable of an enclosing function
    NAME_GLOBAL, // global (declared, or implicit: not bound anywhere up)
} NameScope;

// What a scope does with a name (bits).
#define SYM_ASSIGNED 1u  // bound here: assignment, def, import, for, except
#define SYM_PARAM 2u     // a parameter
#define SYM_USED 4u      // read here
#define SYM_GLOBAL 8u    // declared global
#define SYM_NONLOCAL 16u // declared nonlocal
#define SYM_CAPTURED 32u // read by an inner scope (becomes a cell)

typedef struct Symbol {
    const char *name;
    unsigned flags;
    NameScope scope;
    int line, col, end_col; // the global/nonlocal declaration, for errors
} Symbol;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    const void *node; // the Stmt/Expr/Module that opens it
    const char *name; // "<module>", "f", "<lambda>", "<listcomp>", ...
    Scope *parent;
    Scope **children;
    size_t nchildren, children_cap;
    Symbol *symbols;
    size_t nsymbols, symbols_cap;
    // Parameters in declaration order (positional-only, positional,
    // keyword-only, *args, **kwargs), for the frame layout.
    const char **params;
    size_t nparams;
    int line, col;      // where it starts, for messages
    bool generator;     // contains yield (or is a generator expression)
    bool comprehension; // a comprehension or generator expression
};

// Builds and resolves the scopes of `m`; NULL with *err filled on a
// SyntaxError ("no binding for nonlocal 'x' found", ...).
// `lazy_annotations` (from __future__ import annotations): annotations
// are not visited, since they will not be evaluated.
Scope *symtable_build(const Module *m, Arena *arena, const char *filename,
                      const char *src, size_t len, bool lazy_annotations,
                      SyntaxErrorInfo *err);
// The scope opened by `node` (a def, lambda or comprehension) below
// `parent`.
Scope *symtable_child(const Scope *parent, const void *node);
// The symbol for `name` in `s`, or NULL.
const Symbol *symtable_lookup(const Scope *s, const char *name);

#endif // FTPY_VM_COMPILE_SYMTABLE_H
