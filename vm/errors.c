// errors.c: uncaught exceptions and syntax errors, printed as CPython
// 3.11 prints them (see errors.h).
#include "vm/errors.h"

#include <stdlib.h>
#include <string.h>

#include "alloc/alloc.h"
#include "vm/compile/parser.h"
#include "vm/exc.h"
#include "vm/objects/class.h"
#include "vm/objects/str.h"
#include "vm/objects/traceback.h"
#include "vm/ops.h"

// CPython prints at most this many identical consecutive entries, and at
// most this many entries in all (sys.tracebacklimit's default).
#define RECURSIVE_CUTOFF 3
#define TRACEBACK_LIMIT 1000

// ------------------------------------------------------------ sources

typedef struct Source {
    char *filename;
    char *text;
    size_t len;
    struct Source *next;
} Source;

// Touched only by the thread printing an uncaught error, at exit; a
// leaf mutex would be needed if threads printed tracebacks concurrently.
static Source *sources;

void errors_remember_source(const char *filename, const char *text, size_t len)
{
    Source *s = alloc_zeroed(sizeof *s);
    s->filename = strdup(filename);
    s->text = alloc_raw(len + 1);
    memcpy(s->text, text, len);
    s->text[len] = '\0';
    s->len = len;
    s->next = sources;
    sources = s;
}

static Source *load_source(const char *filename)
{
    for (Source *s = sources; s; s = s->next)
        if (strcmp(s->filename, filename) == 0)
            return s;
    if (filename[0] == '<')
        return NULL;
    FILE *f = fopen(filename, "rb");
    if (f == NULL)
        return NULL;
    size_t cap = 4096, len = 0, n;
    char *text = alloc_raw(cap);
    while ((n = fread(text + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap)
            text = alloc_resize(text, cap *= 2);
    }
    fclose(f);
    errors_remember_source(filename, text, len);
    alloc_free(text);
    return sources;
}

// Line `line` (1-based) of the file: start and length, without newline.
static bool source_line(const char *filename, int line, const char **start,
                        size_t *len)
{
    Source *s = load_source(filename);
    if (s == NULL || line < 1)
        return false;
    const char *p = s->text, *end = s->text + s->len;
    for (int i = 1; i < line && p < end; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (nl == NULL)
            return false;
        p = nl + 1;
    }
    if (p >= end)
        return false;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *start = p;
    *len = nl ? (size_t)(nl - p) : (size_t)(end - p);
    if (*len && p[*len - 1] == '\r')
        (*len)--;
    return true;
}

// ------------------------------------------------------------ carets

// Characters (code points) in the first `bytes` bytes of UTF-8 text.
static int char_offset(const char *text, size_t len, int bytes)
{
    int chars = 0;
    for (int i = 0; i < bytes && (size_t)i < len; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            chars++;
    return chars;
}

typedef struct Anchors {
    int left_end, right_start; // char offsets within the segment, or -1
} Anchors;

// CPython 3.11's anchors: a binary operator's symbol, or a subscript's
// brackets, are marked with ^ and the rest of the expression with ~.
static Anchors find_anchors(const char *seg, size_t len)
{
    Anchors a = {-1, -1};
    Arena *arena = arena_new();
    SyntaxErrorInfo err;
    Expr *e = parse_expression(seg, len, "<string>", arena, &err);
    if (e && e->kind == EXPR_BinOp) {
        int from = e->v.BinOp.left->end_col, to = e->v.BinOp.right->col;
        for (int i = from; i < to; i++) {
            if (seg[i] == ' ' || seg[i] == '\t' || seg[i] == '\n' ||
                seg[i] == '\f' || seg[i] == '\r')
                continue;
            a.left_end = i;
            a.right_start = i + 1;
            if (i + 1 < to && seg[i + 1] != ' ' && seg[i + 1] != '\t')
                a.right_start++;
            break;
        }
    } else if (e && e->kind == EXPR_Subscript) {
        a.left_end = e->v.Subscript.value->end_col;
        a.right_start = e->v.Subscript.slice->end_col + 1;
    }
    if (a.left_end >= 0) {
        int l = char_offset(seg, len, a.left_end);
        a.right_start = char_offset(seg, len, a.right_start);
        a.left_end = l;
    }
    arena_free(arena);
    return a;
}

static void print_carets(FILE *out, const char *line, size_t len, int indent,
                         const SourceSpan *sp)
{
    if (sp->col < 0 || sp->end_col < 0 || sp->end_line < sp->line)
        return;
    int start = char_offset(line, len, sp->col), end;
    Anchors a = {-1, -1};
    if (sp->line == sp->end_line) {
        end = char_offset(line, len, sp->end_col);
        if ((size_t)sp->end_col <= len && sp->end_col > sp->col)
            a = find_anchors(line + sp->col, (size_t)(sp->end_col - sp->col));
    } else {
        size_t last = len;
        while (last > 0 && (line[last - 1] == ' ' || line[last - 1] == '\t'))
            last--;
        end = char_offset(line, len, (int)last);
    }
    size_t trimmed = len;
    while (trimmed > 0 &&
           (line[trimmed - 1] == ' ' || line[trimmed - 1] == '\t'))
        trimmed--;
    int stripped_len = char_offset(line, len, (int)trimmed) - indent;
    bool anchors = a.left_end >= 0;
    if (end - start >= stripped_len && !anchors)
        return;
    fputs("    ", out);
    for (int p = indent; p < end; p++) {
        if (p < start)
            fputc(' ', out);
        else if (anchors && p >= start + a.left_end &&
                 p < start + a.right_start)
            fputc('^', out);
        else
            fputc(anchors ? '~' : '^', out);
    }
    fputc('\n', out);
}

// ------------------------------------------------------------ entries

static void print_entry(FILE *out, const TracebackObject *tb)
{
    const CodeObject *co = tb->code;
    const SourceSpan *sp = &co->spans[tb->index];
    fprintf(out, "  File \"%s\", line %d, in %s\n", co->filename->data,
            (int)sp->line, co->name->data);
    const char *line;
    size_t len;
    if (!source_line(co->filename->data, sp->line, &line, &len))
        return;
    size_t skip = 0;
    while (skip < len &&
           (line[skip] == ' ' || line[skip] == '\t' || line[skip] == '\f'))
        skip++;
    size_t end = len;
    while (end > skip && (line[end - 1] == ' ' || line[end - 1] == '\t'))
        end--;
    if (end == skip)
        return;
    fprintf(out, "    %.*s\n", (int)(end - skip), line + skip);
    print_carets(out, line, len, char_offset(line, len, (int)skip), sp);
}

static bool same_place(const TracebackObject *a, const TracebackObject *b)
{
    return a->code->filename == b->code->filename &&
           a->code->name == b->code->name &&
           a->code->spans[a->index].line == b->code->spans[b->index].line;
}

static void print_repeats(FILE *out, int count)
{
    if (count > RECURSIVE_CUTOFF)
        fprintf(out, "  [Previous line repeated %d more times]\n",
                count - RECURSIVE_CUTOFF);
}

static void print_traceback(FILE *out, Value tbv)
{
    int total = 0;
    for (Value v = tbv; v; v = ((TracebackObject *)value_as_object(v))->next)
        total++;
    int skip = total > TRACEBACK_LIMIT ? total - TRACEBACK_LIMIT : 0;
    fputs("Traceback (most recent call last):\n", out);
    const TracebackObject *last = NULL;
    int count = 0;
    for (Value v = tbv; v; v = ((TracebackObject *)value_as_object(v))->next) {
        const TracebackObject *tb = (TracebackObject *)value_as_object(v);
        if (skip > 0) {
            skip--;
            continue;
        }
        if (last == NULL || !same_place(last, tb)) {
            print_repeats(out, count);
            last = tb;
            count = 0;
        }
        if (++count <= RECURSIVE_CUTOFF)
            print_entry(out, tb);
    }
    print_repeats(out, count);
}

// ------------------------------------------------------------ exceptions

// An int attribute of a SyntaxError, or `dflt`.
static int int_attr(ExceptionObject *e, const char *name, int dflt)
{
    Value v;
    if (op_lookup_attr((Value)&e->header, str_intern_cstr(name), &v) != 1) {
        exc_clear();
        return dflt;
    }
    int r = value_is_int(v) ? (int)value_as_int(v) : dflt;
    value_decref(v);
    return r;
}

// A SyntaxError raised by an import prints as the compiler's error does:
// file, line, the source line and carets.
static bool print_syntax_error(FILE *out, ExceptionObject *e)
{
    Value file;
    if (!exception_is(e, &exc_SyntaxError) ||
        op_lookup_attr((Value)&e->header, str_intern_cstr("filename"), &file) !=
            1) {
        exc_clear();
        return false;
    }
    SyntaxErrorInfo info = {0};
    info.kind = exception_is(e, &exc_TabError)           ? TAB_ERROR
                : exception_is(e, &exc_IndentationError) ? INDENTATION_ERROR
                                                         : SYNTAX_ERROR;
    snprintf(info.message, sizeof info.message, "%s",
             exception_message(e) ? exception_message(e) : "");
    info.filename = ((StrObject *)value_as_object(file))->data;
    info.lineno = int_attr(e, "lineno", 1);
    info.offset = int_attr(e, "offset", 0);
    info.end_lineno = int_attr(e, "end_lineno", info.lineno);
    info.end_offset = int_attr(e, "end_offset", 0);
    Source *src = load_source(info.filename);
    errors_print_syntax_error(out, &info, src ? src->text : "",
                              src ? src->len : 0);
    value_decref(file);
    return true;
}

static void print_message(FILE *out, ExceptionObject *e)
{
    if (print_syntax_error(out, e))
        return;
    char name[256];
    class_full_name(object_type(&e->header), name, sizeof name);
    StrObject *s = op_str((Value)&e->header);
    if (s == NULL) {
        exc_clear();
        fprintf(out, "%s: <exception str() failed>\n", name);
        return;
    }
    if (s->size)
        fprintf(out, "%s: %s\n", name, s->data);
    else
        fprintf(out, "%s\n", name);
    refcount_dec(&s->header);
}

#define CHAIN_MAX 100

static void print_chain(FILE *out, ExceptionObject *e, ExceptionObject **seen,
                        int nseen)
{
    seen[nseen++] = e;
    ExceptionObject *cause = (ExceptionObject *)value_as_object(e->cause);
    ExceptionObject *context = (ExceptionObject *)value_as_object(e->context);
    ExceptionObject *prior = NULL;
    const char *link = NULL;
    if (cause) {
        prior = cause;
        link = "The above exception was the direct cause of the following "
               "exception:";
    } else if (context && !e->suppress_context) {
        prior = context;
        link = "During handling of the above exception, another exception "
               "occurred:";
    }
    for (int i = 0; prior && i < nseen; i++)
        if (seen[i] == prior)
            prior = NULL;
    if (prior && nseen < CHAIN_MAX) {
        print_chain(out, prior, seen, nseen);
        fprintf(out, "\n%s\n\n", link);
    }
    if (e->traceback)
        print_traceback(out, e->traceback);
    print_message(out, e);
}

void errors_print_exception(FILE *out, ExceptionObject *e)
{
    ExceptionObject *seen[CHAIN_MAX];
    print_chain(out, e, seen, 0);
    fflush(out);
}

void errors_print_syntax_error(FILE *out, const SyntaxErrorInfo *err,
                               const char *src, size_t len)
{
    size_t need = syntax_error_format(err, src, len, NULL, 0);
    char *buf = alloc_raw(need + 1);
    syntax_error_format(err, src, len, buf, need + 1);
    fputs(buf, out);
    alloc_free(buf);
    fflush(out);
}
