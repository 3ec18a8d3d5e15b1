// compiler.h: AST -> code objects. The public entry points of the whole
// front end: source text in, a module's code object out.
//
// Pipeline: parser (parser.h) -> scopes (symtable.h) -> code generation
// (compile.c, compile_stmt.c, compile_expr.c) -> assembly (assemble.c:
// labels, stack depth, exception table, line table).
//
// Thread safety: compilations share nothing but the immortal interned
// strings; any number may run at once.
#ifndef FTPY_VM_COMPILE_COMPILER_H
#define FTPY_VM_COMPILE_COMPILER_H

#include <stddef.h>

#include "vm/compile/ast.h"
#include "vm/compile/syntax_error.h"
#include "vm/objects/code.h"

// Compiles a parsed module. NULL with *err filled on a SyntaxError the
// compiler detects ('return' outside function, ...). `src` is the text
// the tree came from (for error columns).
CodeObject *compile_module(const Module *m, Arena *arena, const char *filename,
                           const char *src, size_t len, SyntaxErrorInfo *err);

// What compile() is asked to compile (its `mode` argument).
typedef enum CompileMode {
    COMPILE_EXEC,   // 'exec': a module
    COMPILE_EVAL,   // 'eval': one expression; the code returns its value
    COMPILE_SINGLE, // 'single': one statement of the interactive prompt;
                    // expression statements print their value (PRINT_EXPR)
} CompileMode;

// Parses and compiles source text (UTF-8) in `mode`. `future` holds the
// CODE_FLAG_FUTURE_* bits already in force (compile()'s flags, or those
// of the code calling exec); the source's own future imports add to
// them. NULL with *err filled on a SyntaxError.
CodeObject *compile_string(const char *src, size_t len, const char *filename,
                           CompileMode mode, uint32_t future,
                           SyntaxErrorInfo *err);

// compile_string in 'exec' mode with no inherited features (a file).
CodeObject *compile_source(const char *src, size_t len, const char *filename,
                           SyntaxErrorInfo *err);

// compile_string in 'single' mode: one entry at the interactive prompt.
CodeObject *compile_interactive(const char *src, size_t len,
                                const char *filename, SyntaxErrorInfo *err);

// Writes a disassembly of `code` and every code object nested in its
// constants (`ftpy --dis`).
void dis_code(FILE *out, const CodeObject *code);

#endif // FTPY_VM_COMPILE_COMPILER_H
