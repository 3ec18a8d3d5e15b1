// parser.h: Python 3.11 source -> AST (ast.h), with CPython's SyntaxError
// messages and positions for the common mistakes.
//
// A recursive-descent parser over the lexer's tokens. The whole tree is
// allocated in the caller's Arena; on error the arena may hold a partial
// tree (free it as usual) and the result is NULL.
//
// Not parsed: type comments. Checks that belong to the compiler
// ('return' outside function, 'await' outside async function, nonlocal
// at module level, the rules of match patterns...) are not made here.
//
// Thread safety: parsers share nothing; any number may run at once.
#ifndef FTPY_VM_COMPILE_PARSER_H
#define FTPY_VM_COMPILE_PARSER_H

#include <stdbool.h>
#include <stddef.h>

#include "vm/compile/ast.h"
#include "vm/compile/syntax_error.h"

// Parses a file (CPython's 'exec' mode). `src[0..len)` need not be
// NUL-terminated and must outlive the call only (the tree copies what it
// keeps). Returns NULL and fills `*err` on a syntax error.
Module *parse_module(const char *src, size_t len, const char *filename,
                     Arena *arena, SyntaxErrorInfo *err);

// Parses one expression (CPython's 'eval' mode: surrounding whitespace
// and newlines allowed).
Expr *parse_expression(const char *src, size_t len, const char *filename,
                       Arena *arena, SyntaxErrorInfo *err);

#endif // FTPY_VM_COMPILE_PARSER_H
