// future.c: `from __future__ import ...` at the top of a module: which
// features it turns on, and CPython's errors for unknown features.
//
// Only the leading statements count: an optional docstring first, then
// future imports. The scan stops at the first other statement; a future
// import after it is reported by the compiler, which compares its line
// with the last valid one (so a late one on the same line as a valid one
// is caught here instead, as CPython does).
#include <stdio.h>
#include <string.h>

#include "vm/compile/compile_internal.h"

typedef struct Feature {
    const char *name;
    uint32_t flag; // 0: always on in Python 3
} Feature;

static const Feature features[] = {
    {"nested_scopes", 0},    {"generators", 0},
    {"division", 0},         {"absolute_import", 0},
    {"with_statement", 0},   {"print_function", 0},
    {"unicode_literals", 0}, {"barry_as_FLUFL", CODE_FLAG_FUTURE_BARRY},
    {"generator_stop", 0},   {"annotations", CODE_FLAG_FUTURE_ANNOTATIONS},
};

// CPython places these errors at the statement's line and byte column,
// with no end and no source text of their own.
static bool future_error(const Stmt *s, int offset, const char *filename,
                         SyntaxErrorInfo *err, const char *fmt,
                         const char *name)
{
    memset(err, 0, sizeof *err);
    err->kind = SYNTAX_ERROR;
    snprintf(err->message, sizeof err->message, fmt, name);
    err->filename = filename;
    err->lineno = err->end_lineno = s->line;
    err->offset = offset;
    err->end_offset = SYNTAX_NO_END_OFFSET;
    err->no_text = err->bare_args = true;
    return false;
}

static bool add_features(const Stmt *s, const char *filename, uint32_t *future,
                         SyntaxErrorInfo *err)
{
    AliasSeq names = s->v.ImportFrom.names;
    for (size_t i = 0; i < names.len; i++) {
        const char *name = names.items[i]->name;
        size_t k = 0, n = sizeof features / sizeof *features;
        while (k < n && strcmp(features[k].name, name) != 0)
            k++;
        if (k < n) {
            *future |= features[k].flag;
            continue;
        }
        if (strcmp(name, "braces") == 0)
            return future_error(s, s->col + 1, filename, err, "not a chance%s",
                                "");
        return future_error(s, s->col + 1, filename, err,
                            "future feature %s is not defined", name);
    }
    return true;
}

bool stmt_is_future_import(const Stmt *s)
{
    return s->kind == STMT_ImportFrom && s->v.ImportFrom.module &&
           strcmp(s->v.ImportFrom.module, "__future__") == 0;
}

bool future_scan(StmtSeq body, const char *filename, uint32_t *future,
                 int *last_line, SyntaxErrorInfo *err)
{
    bool done = false;
    int prev_line = 0;
    *last_line = 0;
    for (size_t i = 0; i < body.len; i++) {
        const Stmt *s = body.items[i];
        if (done && s->line > prev_line)
            return true;
        prev_line = s->line;
        if (stmt_is_future_import(s)) {
            if (done)
                return future_error(s, s->col, filename, err,
                                    "from __future__ imports must occur at "
                                    "the beginning of the file%s",
                                    "");
            if (!add_features(s, filename, future, err))
                return false;
            *last_line = s->line;
        } else if (i > 0 || s->kind != STMT_Expr ||
                   s->v.Expr.value->kind != EXPR_Constant ||
                   s->v.Expr.value->v.Constant.value.kind != CONST_STR) {
            done = true; // anything but a leading docstring ends the run
        }
    }
    return true;
}
