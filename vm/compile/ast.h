// ast.h: the abstract syntax tree the parser builds and the compiler reads.
//
// The node kinds and their fields are listed once, in ast.def (CPython
// 3.11's ASDL, minus type comments); this header expands them into tagged
// structs (match patterns are `Pattern`s, built the same way). A
// statement is a `Stmt` whose `kind` selects a member of the union `v`
// named after the kind:
//
//     if (s->kind == STMT_If) walk(s->v.If.test, s->v.If.body);
//     if (e->kind == EXPR_BinOp && e->v.BinOp.op == BINOP_Add) ...
//
// Enum constants keep CPython's spelling (EXPR_BinOp, CMPOP_NotEq) so they
// can be grepped against CPython's ast module.
//
// Positions follow CPython: `line`/`end_line` are 1-based, `col`/`end_col`
// are 0-based offsets in UTF-8 *bytes* from the start of the line; the end
// is exclusive. Every Stmt, Expr and AUX record (arg, keyword, ...) has
// them (Comprehension, Arguments and WithItem carry them too although
// CPython does not; treat them as approximate there).
//
// Memory: every node, sequence and string of one tree lives in one Arena;
// arena_free releases the whole tree at once. Nodes are immutable once
// the parser returns them.
//
// Thread safety: an Arena and its tree belong to one thread at a time.
#ifndef FTPY_VM_COMPILE_AST_H
#define FTPY_VM_COMPILE_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

// ---------------------------------------------------------------- arena

typedef struct Arena Arena;

// A new, empty arena (aborts on out-of-memory, like the rest of the VM).
Arena *arena_new(void);
// `size` zeroed bytes, aligned for any type, freed with the arena.
void *arena_alloc(Arena *a, size_t size);
// A NUL-terminated copy of s[0..len).
char *arena_strndup(Arena *a, const char *s, size_t len);
// Releases the arena and everything allocated from it. NULL is ignored.
void arena_free(Arena *a);

// ---------------------------------------------------------------- enums

typedef enum StmtKind {
#define STMT(name, fields) STMT_##name,
#include "vm/compile/ast.def"
#undef STMT
    STMT_KIND_COUNT
} StmtKind;

typedef enum ExprKind {
#define EXPR(name, fields) EXPR_##name,
#include "vm/compile/ast.def"
#undef EXPR
    EXPR_KIND_COUNT
} ExprKind;

typedef enum PatternKind {
#define PATTERN(name, fields) PATTERN_##name,
#include "vm/compile/ast.def"
#undef PATTERN
    PATTERN_KIND_COUNT
} PatternKind;

typedef enum BinOpKind {
#define BINOP(name, text) BINOP_##name,
#include "vm/compile/ast.def"
#undef BINOP
} BinOpKind;

typedef enum UnaryOpKind {
#define UNARYOP(name, text) UNARYOP_##name,
#include "vm/compile/ast.def"
#undef UNARYOP
} UnaryOpKind;

typedef enum BoolOpKind {
#define BOOLOP(name, text) BOOLOP_##name,
#include "vm/compile/ast.def"
#undef BOOLOP
} BoolOpKind;

typedef enum CmpOpKind {
#define CMPOP(name, text) CMPOP_##name,
#include "vm/compile/ast.def"
#undef CMPOP
} CmpOpKind;

// Expression context: how a Name/Attribute/Subscript/Starred/List/Tuple
// is used. The parser sets Store on assignment, for, with, comprehension
// and walrus targets, Del on `del` targets, Load everywhere else.
typedef enum ExprContext {
#define CTX(name) CTX_##name,
#include "vm/compile/ast.def"
#undef CTX
} ExprContext;

// ------------------------------------------------------------ sequences

typedef struct Stmt Stmt;
typedef struct Expr Expr;
typedef struct Pattern Pattern;
#define AUX(type, pyname, fields) typedef struct type type;
#include "vm/compile/ast.def"
#undef AUX

// A sequence is a pointer to `len` items in the arena (items may be NULL
// when len == 0).
typedef struct StmtSeq {
    Stmt **items;
    size_t len;
} StmtSeq;
typedef struct ExprSeq {
    Expr **items;
    size_t len;
} ExprSeq;
typedef struct IdentSeq {
    const char **items;
    size_t len;
} IdentSeq;
typedef struct CmpOpSeq {
    CmpOpKind *items;
    size_t len;
} CmpOpSeq;
typedef struct ArgSeq {
    Arg **items;
    size_t len;
} ArgSeq;
typedef struct KeywordSeq {
    Keyword **items;
    size_t len;
} KeywordSeq;
typedef struct AliasSeq {
    Alias **items;
    size_t len;
} AliasSeq;
typedef struct WithItemSeq {
    WithItem **items;
    size_t len;
} WithItemSeq;
typedef struct HandlerSeq {
    ExceptHandler **items;
    size_t len;
} HandlerSeq;
typedef struct ComprehensionSeq {
    Comprehension **items;
    size_t len;
} ComprehensionSeq;
typedef struct PatternSeq {
    Pattern **items;
    size_t len;
} PatternSeq;
typedef struct MatchCaseSeq {
    MatchCase **items;
    size_t len;
} MatchCaseSeq;

// ------------------------------------------------------------ constants

typedef enum ConstKind {
    CONST_NONE,
    CONST_TRUE,
    CONST_FALSE,
    CONST_ELLIPSIS,
    CONST_INT,
    CONST_FLOAT,
    CONST_COMPLEX,
    CONST_STR,
    CONST_BYTES,
} ConstKind;

// The value of a Constant node.
//   INT      `digits`: the literal's digits exactly as written minus the
//            base prefix and underscores, lowercased, NUL-terminated ASCII
//            (no sign: -5 is UnaryOp(USub, 5)); `base` is 2, 8, 10 or 16.
//            Arbitrarily long: feed to mpz_set_str(z, digits, base), or use
//            ast_int_to_i64 for the common small case. "0" for 0x0, 0o0...
//   FLOAT    `f`: the value as strtod reads it (1e400 is inf)
//   COMPLEX  `f`: the imaginary part; the real part is 0 (`2j`)
//   STR      `s`: decoded UTF-8, `len` bytes, NUL-terminated as well (but
//            may contain NULs). Escapes are decoded, adjacent literals
//            concatenated. Lone surrogates (\ud800) are encoded as their
//            3-byte UTF-8-style sequence.
//   BYTES    `s`: the bytes, `len` long, NUL-terminated as well
//   NONE, TRUE, FALSE, ELLIPSIS carry no payload.
typedef struct AstConst {
    ConstKind kind;
    union {
        struct {
            const char *digits;
            int base;
        } i;
        double f;
        struct {
            const char *data;
            size_t len;
        } s;
    } u;
} AstConst;

// true and *out set when an INT constant fits in int64_t.
bool ast_int_to_i64(const AstConst *c, int64_t *out);

// ---------------------------------------------------------------- nodes

// The C type of each ast.def field type.
#define AST_T_EXPR Expr *
#define AST_T_EXPR_OPT Expr *
#define AST_T_EXPRS ExprSeq
#define AST_T_STMTS StmtSeq
#define AST_T_IDENT const char *
#define AST_T_IDENT_OPT const char *
#define AST_T_IDENTS IdentSeq
#define AST_T_INT int
#define AST_T_FLAG int
#define AST_T_CTX ExprContext
#define AST_T_BINOP BinOpKind
#define AST_T_UNARYOP UnaryOpKind
#define AST_T_BOOLOP BoolOpKind
#define AST_T_CMPOPS CmpOpSeq
#define AST_T_CONST AstConst
#define AST_T_ARGUMENTS Arguments *
#define AST_T_ARG_OPT Arg *
#define AST_T_ARGS ArgSeq
#define AST_T_KEYWORDS KeywordSeq
#define AST_T_ALIASES AliasSeq
#define AST_T_WITHITEMS WithItemSeq
#define AST_T_HANDLERS HandlerSeq
#define AST_T_COMPREHENSIONS ComprehensionSeq
#define AST_T_MATCH_CASES MatchCaseSeq
#define AST_T_PATTERN Pattern *
#define AST_T_PATTERN_OPT Pattern *
#define AST_T_PATTERNS PatternSeq
#define AST_T_PAD char

#define F(type, name) AST_T_##type name;

struct Stmt {
    StmtKind kind;
    int line, col, end_line, end_col;
    union {
#define STMT(name, fields)                                                     \
    struct {                                                                   \
        fields                                                                 \
    } name;
#include "vm/compile/ast.def"
#undef STMT
    } v;
};

struct Expr {
    ExprKind kind;
    int line, col, end_line, end_col;
    union {
#define EXPR(name, fields)                                                     \
    struct {                                                                   \
        fields                                                                 \
    } name;
#include "vm/compile/ast.def"
#undef EXPR
    } v;
};

struct Pattern {
    PatternKind kind;
    int line, col, end_line, end_col;
    union {
#define PATTERN(name, fields)                                                  \
    struct {                                                                   \
        fields                                                                 \
    } name;
#include "vm/compile/ast.def"
#undef PATTERN
    } v;
};

#define AUX(type, pyname, fields)                                              \
    struct type {                                                              \
        int line, col, end_line, end_col;                                      \
        fields                                                                 \
    };
#include "vm/compile/ast.def"
#undef AUX
#undef F

// A parsed file (CPython's Module; type_ignores are not kept).
typedef struct Module {
    StmtSeq body;
} Module;

// ---------------------------------------------------------- constructors

// Zeroed nodes of the given kind and position, allocated in `a`; the
// caller fills the kind's fields.
Stmt *ast_stmt(Arena *a, StmtKind kind, int line, int col, int end_line,
               int end_col);
Expr *ast_expr(Arena *a, ExprKind kind, int line, int col, int end_line,
               int end_col);
Pattern *ast_pattern(Arena *a, PatternKind kind, int line, int col,
                     int end_line, int end_col);

// ------------------------------------------------------------ inspection

// CPython's class names: "FunctionDef", "BinOp", ... (the base name: a
// FunctionDef with is_async set is still "FunctionDef" here).
const char *ast_stmt_kind_name(StmtKind kind);
const char *ast_expr_kind_name(ExprKind kind);
const char *ast_pattern_kind_name(PatternKind kind);
// CPython's operator class names ("Add", "NotEq") and source spellings
// ("+", "!=").
const char *ast_binop_name(BinOpKind op);
const char *ast_binop_text(BinOpKind op);
const char *ast_unaryop_name(UnaryOpKind op);
const char *ast_boolop_name(BoolOpKind op);
const char *ast_cmpop_name(CmpOpKind op);
const char *ast_cmpop_text(CmpOpKind op);

// Writes the tree the way python3's `print(ast.dump(tree))` does (no
// attributes, no indent; Constant values as Python reprs), plus a
// newline. ast_dump_expr writes `Expression(body=...)`, like
// ast.dump(ast.parse(src, mode='eval')).
void ast_dump(FILE *out, const Module *m);
void ast_dump_expr(FILE *out, const Expr *e);

#endif // FTPY_VM_COMPILE_AST_H
