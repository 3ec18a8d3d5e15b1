// ast.c: the arena, node constructors, kind names and the dumper.
//
// The arena is a list of malloc'd blocks; allocation bumps a pointer and
// nothing is freed before arena_free. The dumper is generated from
// ast.def: one `case` per kind, one call per field.
#include "vm/compile/ast.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

// ---------------------------------------------------------------- arena

enum { ARENA_BLOCK = 16 * 1024, ARENA_ALIGN = 16 };

typedef struct Block {
    struct Block *next;
    size_t used, size;
    _Alignas(ARENA_ALIGN) unsigned char data[];
} Block;

struct Arena {
    Block *head;
};

static void *xmalloc(size_t size)
{
    void *p = malloc(size);
    if (!p) {
        fputs("ftpy: out of memory in the parser\n", stderr);
        abort();
    }
    return p;
}

static Block *block_new(size_t size, Block *next)
{
    Block *b = xmalloc(sizeof(Block) + size);
    b->next = next;
    b->used = 0;
    b->size = size;
    return b;
}

Arena *arena_new(void)
{
    Arena *a = xmalloc(sizeof(Arena));
    a->head = block_new(ARENA_BLOCK, NULL);
    return a;
}

void *arena_alloc(Arena *a, size_t size)
{
    size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    Block *b = a->head;
    if (b->size - b->used < size) {
        if (size > ARENA_BLOCK / 4) {
            // Big requests get their own block behind the current one, so
            // the current block's free space is not wasted.
            b->next = block_new(size, b->next);
            b = b->next;
        } else {
            b = a->head = block_new(ARENA_BLOCK, a->head);
        }
    }
    void *p = b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t len)
{
    char *p = arena_alloc(a, len + 1);
    memcpy(p, s, len);
    p[len] = 0;
    return p;
}

void arena_free(Arena *a)
{
    if (!a)
        return;
    for (Block *b = a->head, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    free(a);
}

// --------------------------------------------------------- constructors

Stmt *ast_stmt(Arena *a, StmtKind kind, int line, int col, int end_line,
               int end_col)
{
    Stmt *s = arena_alloc(a, sizeof(Stmt));
    s->kind = kind;
    s->line = line;
    s->col = col;
    s->end_line = end_line;
    s->end_col = end_col;
    return s;
}

Expr *ast_expr(Arena *a, ExprKind kind, int line, int col, int end_line,
               int end_col)
{
    Expr *e = arena_alloc(a, sizeof(Expr));
    e->kind = kind;
    e->line = line;
    e->col = col;
    e->end_line = end_line;
    e->end_col = end_col;
    return e;
}

Pattern *ast_pattern(Arena *a, PatternKind kind, int line, int col,
                     int end_line, int end_col)
{
    Pattern *p = arena_alloc(a, sizeof(Pattern));
    p->kind = kind;
    p->line = line;
    p->col = col;
    p->end_line = end_line;
    p->end_col = end_col;
    return p;
}

// ---------------------------------------------------------------- names

static const char *const stmt_names[] = {
#define STMT(name, fields) #name,
#include "vm/compile/ast.def"
#undef STMT
};
static const char *const expr_names[] = {
#define EXPR(name, fields) #name,
#include "vm/compile/ast.def"
#undef EXPR
};
static const char *const pattern_names[] = {
#define PATTERN(name, fields) #name,
#include "vm/compile/ast.def"
#undef PATTERN
};
static const char *const binop_names[][2] = {
#define BINOP(name, text) {#name, text},
#include "vm/compile/ast.def"
#undef BINOP
};
static const char *const unaryop_names[] = {
#define UNARYOP(name, text) #name,
#include "vm/compile/ast.def"
#undef UNARYOP
};
static const char *const boolop_names[] = {
#define BOOLOP(name, text) #name,
#include "vm/compile/ast.def"
#undef BOOLOP
};
static const char *const cmpop_names[][2] = {
#define CMPOP(name, text) {#name, text},
#include "vm/compile/ast.def"
#undef CMPOP
};
static const char *const ctx_names[] = {
#define CTX(name) #name,
#include "vm/compile/ast.def"
#undef CTX
};

const char *ast_stmt_kind_name(StmtKind kind)
{
    return stmt_names[kind];
}

const char *ast_expr_kind_name(ExprKind kind)
{
    return expr_names[kind];
}

const char *ast_pattern_kind_name(PatternKind kind)
{
    return pattern_names[kind];
}

const char *ast_binop_name(BinOpKind op)
{
    return binop_names[op][0];
}

const char *ast_binop_text(BinOpKind op)
{
    return binop_names[op][1];
}

const char *ast_unaryop_name(UnaryOpKind op)
{
    return unaryop_names[op];
}

const char *ast_boolop_name(BoolOpKind op)
{
    return boolop_names[op];
}

const char *ast_cmpop_name(CmpOpKind op)
{
    return cmpop_names[op][0];
}

const char *ast_cmpop_text(CmpOpKind op)
{
    return cmpop_names[op][1];
}

// ------------------------------------------------------------- integers

static int digit_value(char c)
{
    return c <= '9' ? c - '0' : c - 'a' + 10;
}

bool ast_int_to_i64(const AstConst *c, int64_t *out)
{
    uint64_t v = 0;
    for (const char *p = c->u.i.digits; *p; p++) {
        uint64_t d = (uint64_t)digit_value(*p);
        if (v > (INT64_MAX - d) / (uint64_t)c->u.i.base)
            return false;
        v = v * (uint64_t)c->u.i.base + d;
    }
    *out = (int64_t)v;
    return true;
}

// Writes an INT constant in base 10: schoolbook conversion into limbs of
// 10^9, least significant first.
static void dump_int(FILE *out, const AstConst *c)
{
    if (c->u.i.base == 10) {
        fputs(c->u.i.digits, out);
        return;
    }
    size_t n = strlen(c->u.i.digits), used = 1;
    uint32_t *limb = calloc(n + 1, sizeof(uint32_t));
    for (const char *p = c->u.i.digits; *p; p++) {
        uint64_t carry = (uint64_t)digit_value(*p);
        for (size_t k = 0; k < used; k++) {
            uint64_t t = (uint64_t)limb[k] * (uint64_t)c->u.i.base + carry;
            limb[k] = (uint32_t)(t % 1000000000u);
            carry = t / 1000000000u;
        }
        if (carry)
            limb[used++] = (uint32_t)carry;
    }
    fprintf(out, "%u", limb[used - 1]);
    for (size_t k = used - 1; k-- > 0;)
        fprintf(out, "%09u", limb[k]);
    free(limb);
}

// --------------------------------------------------------------- floats

// Python's repr(float): the shortest digits that read back as `x`, fixed
// notation for exponents in [-4, 16), else d.ddde+XX. `dot0` adds ".0"
// to integral fixed values (floats do, complex parts do not).
static void dump_double(FILE *out, double x, bool dot0)
{
    if (isinf(x) || isnan(x)) {
        fputs(isnan(x) ? "nan" : x < 0 ? "-inf" : "inf", out);
        return;
    }
    char buf[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, x);
        if (strtod(buf, NULL) == x)
            break;
    }
    // buf is [-]d[.ddd]e[+-]XX: split into sign, digits and exponent.
    char digits[24] = {0}, *e = strchr(buf, 'e');
    const char *p = buf;
    int nd = 0, exp = atoi(e + 1);
    if (*p == '-')
        fputc(*p++, out);
    for (; p < e; p++)
        if (*p != '.')
            digits[nd++] = *p;
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    if (exp < -4 || exp >= 16) {
        fputc(digits[0], out);
        if (nd > 1)
            fprintf(out, ".%.*s", nd - 1, digits + 1);
        fprintf(out, "e%c%02d", exp < 0 ? '-' : '+', abs(exp));
    } else if (exp < 0) {
        fputs("0.", out);
        for (int i = 0; i < -exp - 1; i++)
            fputc('0', out);
        fprintf(out, "%.*s", nd, digits);
    } else {
        for (int i = 0; i <= exp; i++)
            fputc(i < nd ? digits[i] : '0', out);
        if (nd > exp + 1)
            fprintf(out, ".%.*s", nd - exp - 1, digits + exp + 1);
        else if (dot0)
            fputs(".0", out);
    }
}

// -------------------------------------------------------------- strings

// Decodes one UTF-8(-style) sequence at s[*i], advancing *i; invalid bytes
// come back as themselves.
static uint32_t utf8_next(const unsigned char *s, size_t len, size_t *i)
{
    uint32_t c = s[(*i)++];
    int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
    if (extra == 0 || *i + (size_t)extra > len)
        return c;
    c &= 0x3fu >> extra;
    while (extra--)
        c = (c << 6) | (s[(*i)++] & 0x3fu);
    return c;
}

// An approximation of str.isprintable() for non-ASCII code points: the
// separators, controls, format characters and surrogates that repr()
// escapes.
static bool printable(uint32_t c)
{
    if (c < 0xa1)
        return c >= 0x20 && c < 0x7f;
    return c != 0xad && c != 0x1680 && !(c >= 0x2000 && c <= 0x200f) &&
           !(c >= 0x2028 && c <= 0x202f) && !(c >= 0x205f && c <= 0x206f) &&
           c != 0x3000 && !(c >= 0xd800 && c <= 0xf8ff) && c != 0xfeff &&
           !(c >= 0xfff9 && c <= 0xfffb) && c < 0xe0000;
}

static char pick_quote(const char *s, size_t len)
{
    bool single = memchr(s, '\'', len) != NULL;
    bool dbl = memchr(s, '"', len) != NULL;
    return single && !dbl ? '"' : '\'';
}

// Escapes shared by str and bytes repr; false if `c` needs no escape.
static bool dump_simple_escape(FILE *out, uint32_t c, char quote)
{
    const char *esc = c == '\n'   ? "\\n"
                      : c == '\t' ? "\\t"
                      : c == '\r' ? "\\r"
                      : c == '\\' ? "\\\\"
                      : c == (unsigned char)quote
                          ? (quote == '\'' ? "\\'" : "\\\"")
                          : NULL;
    if (esc)
        fputs(esc, out);
    return esc != NULL;
}

static void dump_str(FILE *out, const char *s, size_t len)
{
    char quote = pick_quote(s, len);
    fputc(quote, out);
    for (size_t i = 0; i < len;) {
        size_t start = i;
        uint32_t c = utf8_next((const unsigned char *)s, len, &i);
        if (dump_simple_escape(out, c, quote))
            continue;
        if (printable(c))
            fwrite(s + start, 1, i - start, out);
        else if (c < 0x100)
            fprintf(out, "\\x%02x", c);
        else if (c < 0x10000)
            fprintf(out, "\\u%04x", c);
        else
            fprintf(out, "\\U%08x", c);
    }
    fputc(quote, out);
}

static void dump_bytes(FILE *out, const char *s, size_t len)
{
    char quote = pick_quote(s, len);
    fprintf(out, "b%c", quote);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (dump_simple_escape(out, c, quote))
            continue;
        if (c < 0x20 || c >= 0x7f)
            fprintf(out, "\\x%02x", c);
        else
            fputc(c, out);
    }
    fputc(quote, out);
}

static void dump_const(FILE *out, const AstConst *c)
{
    switch (c->kind) {
    case CONST_NONE:
        fputs("None", out);
        break;
    case CONST_TRUE:
        fputs("True", out);
        break;
    case CONST_FALSE:
        fputs("False", out);
        break;
    case CONST_ELLIPSIS:
        fputs("Ellipsis", out);
        break;
    case CONST_INT:
        dump_int(out, c);
        break;
    case CONST_FLOAT:
        dump_double(out, c->u.f, true);
        break;
    case CONST_COMPLEX:
        dump_double(out, c->u.f, false);
        fputc('j', out);
        break;
    case CONST_STR:
        dump_str(out, c->u.s.data, c->u.s.len);
        break;
    case CONST_BYTES:
        dump_bytes(out, c->u.s.data, c->u.s.len);
        break;
    }
}

// ---------------------------------------------------------------- nodes

static void dump_expr(FILE *out, const Expr *e);
static void dump_stmt(FILE *out, const Stmt *s);
static void dump_pattern(FILE *out, const Pattern *p);
#define AUX(type, pyname, fields)                                              \
    static void dump_##type(FILE *out, const type *node);
#include "vm/compile/ast.def"
#undef AUX

// Starts a field: the separator and `name=`.
static void field(FILE *out, bool *first, const char *name)
{
    if (!*first)
        fputs(", ", out);
    *first = false;
    fprintf(out, "%s=", name);
}

#define DUMP_SEQ(fn, seq)                                                      \
    do {                                                                       \
        fputc('[', out);                                                       \
        for (size_t k = 0; k < (seq)->len; k++) {                              \
            if (k)                                                             \
                fputs(", ", out);                                              \
            fn(out, (seq)->items[k]);                                          \
        }                                                                      \
        fputc(']', out);                                                       \
    } while (0)

// One dump function per field type (see ast.def); optional fields that
// are NULL are left out, as ast.dump does with None.
static void dump_EXPR(FILE *out, bool *first, const char *n, Expr *const *v)
{
    if (*v) {
        field(out, first, n);
        dump_expr(out, *v);
    }
}
#define dump_EXPR_OPT dump_EXPR
static void dump_PATTERN(FILE *out, bool *first, const char *n,
                         Pattern *const *v)
{
    if (*v) {
        field(out, first, n);
        dump_pattern(out, *v);
    }
}
#define dump_PATTERN_OPT dump_PATTERN
#define dump_ARG_OPT(out, first, n, v)                                         \
    do {                                                                       \
        if (*(v)) {                                                            \
            field(out, first, n);                                              \
            dump_Arg(out, *(v));                                               \
        }                                                                      \
    } while (0)
#define dump_ARGUMENTS(out, first, n, v)                                       \
    do {                                                                       \
        field(out, first, n);                                                  \
        dump_Arguments(out, *(v));                                             \
    } while (0)

static void dump_ident(FILE *out, const char *s)
{
    dump_str(out, s, strlen(s));
}

static void dump_IDENT(FILE *out, bool *first, const char *n,
                       const char *const *v)
{
    if (*v) {
        field(out, first, n);
        dump_ident(out, *v);
    }
}
#define dump_IDENT_OPT dump_IDENT

static void dump_expr_or_none(FILE *out, const Expr *e)
{
    if (e)
        dump_expr(out, e);
    else
        fputs("None", out);
}

static void dump_cmpop(FILE *out, CmpOpKind op)
{
    fprintf(out, "%s()", ast_cmpop_name(op));
}

// Sequence fields: `name=[item, ...]`, always shown.
#define SEQ_FIELD(TYPE, ctype, fn)                                             \
    static void dump_##TYPE(FILE *out, bool *first, const char *n,             \
                            const ctype *v)                                    \
    {                                                                          \
        field(out, first, n);                                                  \
        DUMP_SEQ(fn, v);                                                       \
    }
SEQ_FIELD(EXPRS, ExprSeq, dump_expr_or_none)
SEQ_FIELD(STMTS, StmtSeq, dump_stmt)
SEQ_FIELD(IDENTS, IdentSeq, dump_ident)
SEQ_FIELD(CMPOPS, CmpOpSeq, dump_cmpop)
SEQ_FIELD(ARGS, ArgSeq, dump_Arg)
SEQ_FIELD(KEYWORDS, KeywordSeq, dump_Keyword)
SEQ_FIELD(ALIASES, AliasSeq, dump_Alias)
SEQ_FIELD(WITHITEMS, WithItemSeq, dump_WithItem)
SEQ_FIELD(HANDLERS, HandlerSeq, dump_ExceptHandler)
SEQ_FIELD(COMPREHENSIONS, ComprehensionSeq, dump_Comprehension)
SEQ_FIELD(PATTERNS, PatternSeq, dump_pattern)
SEQ_FIELD(MATCH_CASES, MatchCaseSeq, dump_MatchCase)
#undef SEQ_FIELD

static void dump_INT(FILE *out, bool *first, const char *n, const int *v)
{
    field(out, first, n);
    fprintf(out, "%d", *v);
}

// Enum fields: `name=Class()`.
#define ENUM_FIELD(TYPE, ctype, namefn)                                        \
    static void dump_##TYPE(FILE *out, bool *first, const char *n,             \
                            const ctype *v)                                    \
    {                                                                          \
        field(out, first, n);                                                  \
        fprintf(out, "%s()", namefn(*v));                                      \
    }
static const char *ctx_name(ExprContext c)
{
    return ctx_names[c];
}
ENUM_FIELD(CTX, ExprContext, ctx_name)
ENUM_FIELD(BINOP, BinOpKind, ast_binop_name)
ENUM_FIELD(UNARYOP, UnaryOpKind, ast_unaryop_name)
ENUM_FIELD(BOOLOP, BoolOpKind, ast_boolop_name)
#undef ENUM_FIELD

static void dump_CONST(FILE *out, bool *first, const char *n, const AstConst *v)
{
    field(out, first, n);
    dump_const(out, v);
}

#define dump_FLAG(out, first, n, v) ((void)(v))
#define dump_PAD(out, first, n, v) ((void)(v))

#define F(type, name) dump_##type(out, &first, #name, &node->name);

// CPython's class name, which for the FLAG kinds depends on the flag.
static const char *stmt_class(const Stmt *s)
{
    switch (s->kind) {
    case STMT_FunctionDef:
        return s->v.FunctionDef.is_async ? "AsyncFunctionDef" : "FunctionDef";
    case STMT_For:
        return s->v.For.is_async ? "AsyncFor" : "For";
    case STMT_With:
        return s->v.With.is_async ? "AsyncWith" : "With";
    case STMT_Try:
        return s->v.Try.is_star ? "TryStar" : "Try";
    default:
        return ast_stmt_kind_name(s->kind);
    }
}

static void dump_stmt(FILE *out, const Stmt *s)
{
    bool first = true;
    fprintf(out, "%s(", stmt_class(s));
    switch (s->kind) {
#define STMT(name, fields)                                                     \
    case STMT_##name: {                                                        \
        const __typeof__(s->v.name) *node = &s->v.name;                        \
        fields break;                                                          \
    }
#include "vm/compile/ast.def"
#undef STMT
    default:
        break;
    }
    fputc(')', out);
}

static void dump_expr(FILE *out, const Expr *e)
{
    bool first = true;
    fprintf(out, "%s(", ast_expr_kind_name(e->kind));
    switch (e->kind) {
#define EXPR(name, fields)                                                     \
    case EXPR_##name: {                                                        \
        const __typeof__(e->v.name) *node = &e->v.name;                        \
        fields break;                                                          \
    }
#include "vm/compile/ast.def"
#undef EXPR
    default:
        break;
    }
    fputc(')', out);
}

static void dump_pattern(FILE *out, const Pattern *p)
{
    bool first = true;
    fprintf(out, "%s(", ast_pattern_kind_name(p->kind));
    switch (p->kind) {
#define PATTERN(name, fields)                                                  \
    case PATTERN_##name: {                                                     \
        const __typeof__(p->v.name) *node = &p->v.name;                        \
        fields break;                                                          \
    }
#include "vm/compile/ast.def"
#undef PATTERN
    default:
        break;
    }
    fputc(')', out);
}

#define AUX(type, pyname, fields)                                              \
    static void dump_##type(FILE *out, const type *node)                       \
    {                                                                          \
        bool first = true;                                                     \
        fputs(#pyname "(", out);                                               \
        fields fputc(')', out);                                                \
    }
#include "vm/compile/ast.def"
#undef AUX
#undef F

void ast_dump(FILE *out, const Module *m)
{
    fputs("Module(body=", out);
    DUMP_SEQ(dump_stmt, &m->body);
    fputs(", type_ignores=[])\n", out);
}

void ast_dump_expr(FILE *out, const Expr *e)
{
    fputs("Expression(body=", out);
    dump_expr(out, e);
    fputs(")\n", out);
}
