// compile_internal.h: the code generator's shared state, for
// compile.c, compile_stmt.c, compile_expr.c, compile_match.c and
// assemble.c only.
//
// A Unit is one code object being generated: a flat list of instructions
// whose jump arguments are label ids, plus two pseudo-instructions that
// never reach the bytecode: SETUP (an exception handler, a label, becomes
// active for the instructions that follow) and POP_BLOCK (the innermost
// one ends). The assembler turns the handler ranges into the code
// object's exception table and the label ids into instruction indexes.
#ifndef FTPY_VM_COMPILE_COMPILE_INTERNAL_H
#define FTPY_VM_COMPILE_COMPILE_INTERNAL_H

#include <stdbool.h>

#include "vm/compile/compiler.h"
#include "vm/compile/symtable.h"
#include "vm/objects/list.h"
#include "vm/opcodes.h"

#define PSEUDO_SETUP OP_COUNT
#define PSEUDO_POP_BLOCK (OP_COUNT + 1)

typedef struct InstrRec {
    int op; // an Opcode or a PSEUDO_*
    uint32_t arg;
    SourceSpan span;
} InstrRec;

// What break, continue and return must undo on the way out of a block.
typedef enum FBlockKind {
    FB_WHILE,
    FB_FOR,         // the iterator is on the stack
    FB_TRY_EXCEPT,  // the body of try/except: one handler active
    FB_TRY_FINALLY, // the body of try/finally: one handler active
    FB_FINALLY_END, // a finally body on the exception path: [prev, exc]
    FB_HANDLER,     // an except body: [prev]; 1 or 2 handlers active
    FB_WITH,        // a with body: [exit]; one handler active
    FB_EXCEPT_STAR, // an except* body: break, continue, return refused
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    int continue_label, break_label; // loops
    const Stmt *stmt;                // try/finally: its finalbody
    const char *name;                // a handler's `as` name, or NULL
    int setups[2];                   // handler labels this block opened
    int nsetups;
} FBlock;

#define MAX_FBLOCKS 40

typedef struct Unit {
    struct Unit *parent;
    Scope *scope;
    const char *qualname;
    InstrRec *instrs;
    size_t ninstrs, instrs_cap;
    int *labels; // label id -> instruction position, -1 until placed
    size_t nlabels, labels_cap;
    ListObject *consts;
    const char **names, **varnames, **cellvars, **freevars;
    size_t nnames, nvarnames, ncellvars, nfreevars;
    size_t names_cap, varnames_cap;
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    SourceSpan loc; // attached to instructions as they are emitted
    uint32_t argcount, posonlyargcount, kwonlyargcount, flags;
    int firstlineno;
} Unit;

typedef struct Compiler {
    Unit *u;
    Arena *arena;
    const char *filename, *src;
    size_t len;
    SyntaxErrorInfo *err;
    bool failed;
    bool interactive; // module-level expression statements print (PRINT_EXPR)
    uint32_t future;  // CODE_FLAG_FUTURE_* in force, given to every unit
    int future_line;  // the line of the last valid future import, or 0
} Compiler;

// ---- emitting (compile.c)
void emit(Compiler *c, int op, uint32_t arg);
int label_new(Compiler *c);
void label_place(Compiler *c, int label);
uint32_t const_index(Compiler *c, Value v); // takes over `v`
void emit_const(Compiler *c, Value v);      // LOAD_CONST, takes over `v`
void emit_none(Compiler *c);
uint32_t name_index(Compiler *c, const char *name);
// The instruction that loads, stores or deletes variable `name` here.
void emit_name(Compiler *c, const char *name, ExprContext ctx);
// A SyntaxError at node position (line, col .. end_col).
void compile_error(Compiler *c, int line, int col, int end_line, int end_col,
                   const char *message);
SourceSpan span_of_expr(const Expr *e);
SourceSpan span_of_stmt(const Stmt *s);
// A nested code object for `scope` (function, lambda, comprehension).
Unit *unit_enter(Compiler *c, Scope *scope, const char *name, int line);
CodeObject *unit_leave(Compiler *c);
// Emits the closure tuple and MAKE_FUNCTION for `code` (consumes it);
// `flags` are the defaults/kwdefaults bits already on the stack.
void emit_make_function(Compiler *c, CodeObject *code, uint32_t flags);
bool fblock_push(Compiler *c, FBlock b);
void fblock_pop(Compiler *c);

// ---- statements and expressions
void compile_stmts(Compiler *c, StmtSeq body);
void compile_stmt(Compiler *c, const Stmt *s);
// The try/except* part of a Try statement (compile_try_star.c): body,
// except* handlers and else, without the finally.
void compile_try_star(Compiler *c, const Stmt *s);
void compile_expr(Compiler *c, const Expr *e);
void compile_store(Compiler *c, const Expr *target); // value on the stack
void compile_delete(Compiler *c, const Expr *target);
// The value of a Constant node (a new reference).
Value compile_constant(Compiler *c, const Expr *e);
// A match statement (compile_match.c).
void compile_match(Compiler *c, const Stmt *s);
// Jumps to `label` when `e` is false (jump_if = false) or true.
void compile_jump_if(Compiler *c, const Expr *e, bool jump_if, int label);
// The arguments of __build_class__ for a class statement (bases and
// keywords) and the call.
void compile_class_call(Compiler *c, const Stmt *s);
// Defaults and kw-only defaults of a def/lambda; returns MAKE_FUNCTION
// flags.
uint32_t compile_defaults(Compiler *c, const Arguments *a);
// Sets a unit's argument counts from the parameters.
void unit_set_arguments(Unit *u, const Arguments *a);

// An empty __annotations__ at the start of a module or class body that
// annotates names.
void emit_setup_annotations(Compiler *c, StmtSeq body);
// The common start of try/except and try/except*: the protected body and
// its else block, then, at `handlers`, the handler prologue (a setup for
// `cleanup` and PUSH_EXC_INFO: [prev, exc]). False if blocks nest too deep.
bool compile_try_body(Compiler *c, const Stmt *s, int handlers, int cleanup,
                      int end);
// A leading string statement of a module or class body stored as __doc__.
void emit_docstring(Compiler *c, StmtSeq body);

// The annotation `e` as the function or namespace records it: its value,
// or under `from __future__ import annotations` its source text.
void compile_annotation(Compiler *c, const Expr *e);

// ---- future imports (future.c)
// Whether `s` is `from __future__ import ...`.
bool stmt_is_future_import(const Stmt *s);
// Reads the future imports at the top of a module body: adds their
// CODE_FLAG_FUTURE_* bits to *future and sets *last_line to the line of
// the last one (a later one is the compiler's error). false with *err
// filled on an unknown feature ("future feature X is not defined",
// "not a chance") or a late import on the same line as a valid one.
bool future_scan(StmtSeq body, const char *filename, uint32_t *future,
                 int *last_line, SyntaxErrorInfo *err);

// ---- unparsing (unparse.c)
// The source text CPython 3.11's unparser gives for `e` at the top level
// of an annotation (PEP 563), as a new str.
StrObject *unparse_annotation(const Expr *e);

// ---- assembly (assemble.c)
CodeObject *assemble(Compiler *c, Unit *u);

#endif // FTPY_VM_COMPILE_COMPILE_INTERNAL_H
