// errors.c: exceptions and syntax errors as text, as CPython 3.11 writes
// them (see errors.h). Every output goes through a sink in chunks, so the
// traceback module's lists and the uncaught-exception printout come from
// one formatter.
#include "vm/errors.h"

#include <stdlib.h>
#include <string.h>

#include "alloc/alloc.h"
#include "vm/base/mutex.h"
#include "vm/compile/parser.h"
#include "vm/exc.h"
#include "vm/objects/list.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/traceback.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

// CPython prints at most this many identical consecutive entries, and an
// uncaught exception's traceback is cut to its last TRACEBACK_LIMIT
// entries (sys.tracebacklimit's default).
#define RECURSIVE_CUTOFF 3
#define TRACEBACK_LIMIT 1000

// ------------------------------------------------------------ sources

typedef struct Source {
    char *filename;
    char *text;
    size_t len;
    struct Source *next;
} Source;

// Source texts read for tracebacks, kept for the life of the program (so
// the lines handed out stay valid). Entries are only ever added, under
// `sources_lock`; files are read outside it.
static Source *sources;
static Mutex sources_lock = MUTEX_INIT;

static Source *find_source(const char *filename)
{
    mutex_lock(&sources_lock);
    Source *s = sources;
    while (s && strcmp(s->filename, filename) != 0)
        s = s->next;
    mutex_unlock(&sources_lock);
    return s;
}

static Source *add_source(const char *filename, const char *text, size_t len)
{
    Source *s = alloc_zeroed(sizeof *s);
    s->filename = strdup(filename);
    s->text = alloc_raw(len + 1);
    memcpy(s->text, text, len);
    s->text[len] = '\0';
    s->len = len;
    mutex_lock(&sources_lock);
    s->next = sources;
    sources = s;
    mutex_unlock(&sources_lock);
    return s;
}

void errors_remember_source(const char *filename, const char *text, size_t len)
{
    add_source(filename, text, len);
}

static char *read_file(const char *filename, size_t *len)
{
    FILE *f = fopen(filename, "rb");
    if (f == NULL)
        return NULL;
    size_t cap = 4096, n;
    char *text = alloc_raw(cap);
    *len = 0;
    while ((n = fread(text + *len, 1, cap - *len, f)) > 0) {
        *len += n;
        if (*len == cap)
            text = alloc_resize(text, cap *= 2);
    }
    fclose(f);
    return text;
}

static Source *load_source(const char *filename)
{
    Source *s = find_source(filename);
    if (s || filename[0] == '<')
        return s;
    size_t len;
    char *text = read_file(filename, &len);
    if (text == NULL)
        return NULL;
    s = find_source(filename); // another thread may have read it meanwhile
    if (s == NULL)
        s = add_source(filename, text, len);
    alloc_free(text);
    return s;
}

bool errors_source_line(const char *filename, int line, const char **start,
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

// ------------------------------------------------------------ chunks

static void emit_buf(ErrorsSink sink, void *ctx, StrBuf *b)
{
    sink(ctx, b->data, b->size);
    strbuf_discard(b);
}

static void emit_text(ErrorsSink sink, void *ctx, const char *text)
{
    sink(ctx, text, strlen(text));
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

static void put_carets(StrBuf *out, const char *line, size_t len, int indent,
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
    strbuf_append_cstr(out, "    ");
    for (int p = indent; p < end; p++) {
        if (p < start)
            strbuf_append_char(out, ' ');
        else if (anchors && p >= start + a.left_end &&
                 p < start + a.right_start)
            strbuf_append_char(out, '^');
        else
            strbuf_append_char(out, anchors ? '~' : '^');
    }
    strbuf_append_char(out, '\n');
}

// ------------------------------------------------------------ entries

static void format_entry(StrBuf *out, const TraceEntry *t)
{
    strbuf_printf(out, "  File \"%s\", line %d, in %s\n", t->filename,
                  (int)t->span.line, t->name);
    const char *line = t->line;
    size_t len = t->line_len;
    if (line == NULL &&
        !errors_source_line(t->filename, t->span.line, &line, &len))
        return;
    size_t skip = 0;
    while (skip < len &&
           (line[skip] == ' ' || line[skip] == '\t' || line[skip] == '\f'))
        skip++;
    while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
        len--; // a line given by the traceback module keeps its newline
    size_t end = len;
    while (end > skip && (line[end - 1] == ' ' || line[end - 1] == '\t'))
        end--;
    if (end <= skip)
        return;
    strbuf_printf(out, "    %.*s\n", (int)(end - skip), line + skip);
    put_carets(out, line, len, char_offset(line, len, (int)skip), &t->span);
}

static bool same_place(const TraceEntry *a, const TraceEntry *b)
{
    return a->span.line == b->span.line &&
           strcmp(a->filename, b->filename) == 0 &&
           strcmp(a->name, b->name) == 0;
}

static void emit_repeats(ErrorsSink sink, void *ctx, int count)
{
    if (count <= RECURSIVE_CUTOFF)
        return;
    count -= RECURSIVE_CUTOFF;
    char text[80];
    snprintf(text, sizeof text, "  [Previous line repeated %d more time%s]\n",
             count, count > 1 ? "s" : "");
    emit_text(sink, ctx, text);
}

void errors_format_entries(ErrorsSink sink, void *ctx,
                           const TraceEntry *entries, size_t n)
{
    const TraceEntry *last = NULL;
    int count = 0;
    for (size_t i = 0; i < n; i++) {
        const TraceEntry *t = &entries[i];
        if (last == NULL || !same_place(last, t)) {
            emit_repeats(sink, ctx, count);
            last = t;
            count = 0;
        }
        if (++count > RECURSIVE_CUTOFF)
            continue;
        StrBuf b;
        strbuf_init(&b);
        format_entry(&b, t);
        emit_buf(sink, ctx, &b);
    }
    emit_repeats(sink, ctx, count);
}

TraceEntry *errors_traceback_entries(Value tbv, int limit, size_t *n)
{
    size_t total = 0;
    for (Value v = tbv; v; v = ((TracebackObject *)value_as_object(v))->next)
        total++;
    size_t first = 0, count = total;
    if (limit >= 0 && (size_t)limit < total) {
        count = (size_t)limit;
    } else if (limit < 0 && (size_t) - (int64_t)limit < total) {
        count = (size_t) - (int64_t)limit;
        first = total - count;
    }
    TraceEntry *entries = alloc_zeroed((count ? count : 1) * sizeof *entries);
    size_t i = 0, k = 0;
    for (Value v = tbv; v && k < count;
         v = ((TracebackObject *)value_as_object(v))->next, i++) {
        if (i < first)
            continue;
        const TracebackObject *tb = (TracebackObject *)value_as_object(v);
        const CodeObject *co = tb->code;
        entries[k++] = (TraceEntry){.filename = co->filename->data,
                                    .name = co->name->data,
                                    .span = co->spans[tb->index]};
    }
    *n = count;
    return entries;
}

// ------------------------------------------------------------ messages

// The name an exception's type prints as: module.qualname, without the
// module for builtins and __main__ (a builtin type's name may itself be
// dotted: json.decoder.JSONDecodeError).
static void put_type_name(const TypeObject *t, StrBuf *out)
{
    const char *module = NULL;
    if ((t->flags & TYPE_FLAG_HEAPTYPE) && value_is_object(t->module) &&
        value_type(t->module) == &str_type)
        module = ((StrObject *)value_as_object(t->module))->data;
    if (module && strcmp(module, "builtins") != 0 &&
        strcmp(module, "__main__") != 0)
        strbuf_printf(out, "%s.", module);
    strbuf_append_cstr(out, t->qualname ? ((StrObject *)t->qualname)->data
                                        : t->name);
}

// Attribute `name` of `e`, or VALUE_NULL (no exception left set).
static Value attr(ExceptionObject *e, const char *name)
{
    Value v;
    if (op_lookup_attr((Value)&e->header, str_intern_cstr(name), &v) != 1) {
        exc_clear();
        return VALUE_NULL;
    }
    return v;
}

static int int_attr(ExceptionObject *e, const char *name, int dflt)
{
    Value v = attr(e, name);
    int r = v && value_is_int(v) ? (int)value_as_int(v) : dflt;
    value_decref(v);
    return r;
}

static const char *str_data(Value v)
{
    return v && value_is_object(v) && value_type(v) == &str_type
               ? ((StrObject *)value_as_object(v))->data
               : NULL;
}

// Emits text line by line (a SyntaxError's location block).
static void emit_lines(ErrorsSink sink, void *ctx, const char *text)
{
    while (*text) {
        const char *nl = strchr(text, '\n');
        size_t n = nl ? (size_t)(nl - text + 1) : strlen(text);
        sink(ctx, text, n);
        text += n;
    }
}

// A SyntaxError shows where: file and line, the text from its `text`
// attribute and the carets; an error without a line number shows its
// file after the message instead.
static void format_syntax_error(ErrorsSink sink, void *ctx, ExceptionObject *e,
                                bool module_rules)
{
    Value file = attr(e, "filename"), text = attr(e, "text");
    Value msg = attr(e, "msg"), lineno = attr(e, "lineno");
    SyntaxErrorInfo info = {0};
    info.filename = str_data(file) ? str_data(file) : "<string>";
    info.lineno = int_attr(e, "lineno", 0);
    info.offset = int_attr(e, "offset", 0);
    info.end_lineno = int_attr(e, "end_lineno", info.lineno);
    info.end_offset = int_attr(e, "end_offset", 0);
    info.kind = exception_is(e, &exc_TabError)           ? TAB_ERROR
                : exception_is(e, &exc_IndentationError) ? INDENTATION_ERROR
                                                         : SYNTAX_ERROR;
    bool located = lineno && value_is_int(lineno);
    if (located) {
        // The text is the error's line alone: renumber it as line 1.
        const char *line = str_data(text);
        info.end_lineno -= info.lineno - 1;
        info.lineno = 1;
        size_t n = line ? strlen(line) : 0;
        size_t need =
            syntax_error_format_location(&info, line, n, module_rules, NULL, 0);
        char *buf = alloc_raw(need + 1);
        syntax_error_format_location(&info, line, n, module_rules, buf,
                                     need + 1);
        // ... but the File line shows the real number.
        char *first = strchr(buf, '\n');
        char head[600];
        snprintf(head, sizeof head, "  File \"%s\", line %d\n", info.filename,
                 (int)value_as_int(lineno));
        emit_text(sink, ctx, head);
        emit_lines(sink, ctx, first ? first + 1 : "");
        alloc_free(buf);
    }
    StrBuf b;
    strbuf_init(&b);
    put_type_name(object_type(&e->header), &b);
    const char *m = str_data(msg);
    strbuf_printf(&b, ": %s", m ? m : "<no detail available>");
    if (!located && str_data(file))
        strbuf_printf(&b, " (%s)", str_data(file));
    strbuf_append_char(&b, '\n');
    emit_buf(sink, ctx, &b);
    value_decref(file);
    value_decref(text);
    value_decref(msg);
    value_decref(lineno);
}

// A note's lines, each a chunk.
static void emit_note(ErrorsSink sink, void *ctx, Value note)
{
    StrObject *s = op_str(note);
    if (s == NULL) {
        exc_clear();
        emit_text(sink, ctx, "<note str() failed>\n");
        return;
    }
    const char *p = s->data, *end = s->data + s->size;
    for (;;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        StrBuf b;
        strbuf_init(&b);
        strbuf_append(&b, p, nl ? (size_t)(nl - p) : (size_t)(end - p));
        strbuf_append_char(&b, '\n');
        emit_buf(sink, ctx, &b);
        if (nl == NULL)
            break;
        p = nl + 1;
    }
    refcount_dec(&s->header);
}

// The notes add_note() attached: a list or tuple of strings, or anything
// else shown as its repr.
static void format_notes(ErrorsSink sink, void *ctx, ExceptionObject *e)
{
    Value notes = attr(e, "__notes__");
    if (notes == VALUE_NULL || value_is_none(notes)) {
        value_decref(notes);
        return;
    }
    if (value_isinstance(notes, &list_type) ||
        value_isinstance(notes, &tuple_type)) {
        Value seq = tuple_from_iterable(notes);
        TupleObject *t = seq ? (TupleObject *)value_as_object(seq) : NULL;
        for (int64_t i = 0; t && i < t->size; i++)
            emit_note(sink, ctx, t->items[i]);
        if (t == NULL)
            exc_clear();
        value_decref(seq);
    } else {
        StrObject *r = op_repr(notes);
        StrBuf b;
        strbuf_init(&b);
        if (r)
            strbuf_append_str(&b, r);
        else
            strbuf_append_cstr(&b, "<__notes__ repr() failed>");
        exc_clear();
        refcount_xdec(r ? &r->header : NULL);
        strbuf_append_char(&b, '\n');
        emit_buf(sink, ctx, &b);
    }
    value_decref(notes);
}

void errors_format_exception_only(ErrorsSink sink, void *ctx,
                                  ExceptionObject *e, bool module_rules)
{
    if (exception_is(e, &exc_SyntaxError)) {
        format_syntax_error(sink, ctx, e, module_rules);
        format_notes(sink, ctx, e);
        return;
    }
    StrBuf b;
    strbuf_init(&b);
    put_type_name(object_type(&e->header), &b);
    StrObject *s = op_str((Value)&e->header);
    if (s == NULL) {
        exc_clear();
        strbuf_append_cstr(&b, ": <exception str() failed>");
    } else if (s->size) {
        strbuf_append_cstr(&b, ": ");
        strbuf_append_str(&b, s);
    }
    refcount_xdec(s ? &s->header : NULL);
    strbuf_append_char(&b, '\n');
    emit_buf(sink, ctx, &b);
    format_notes(sink, ctx, e);
}

// ------------------------------------------------------------ chains

#define CHAIN_MAX 100

typedef struct Chain {
    ExceptionObject *seen[CHAIN_MAX];
    int nseen;
    int limit;
    bool follow;
} Chain;

static void format_one(ErrorsSink sink, void *ctx, ExceptionObject *e,
                       int limit)
{
    size_t n;
    TraceEntry *entries = errors_traceback_entries(e->traceback, limit, &n);
    if (n) {
        emit_text(sink, ctx, "Traceback (most recent call last):\n");
        errors_format_entries(sink, ctx, entries, n);
    }
    alloc_free(entries);
    errors_format_exception_only(sink, ctx, e, false);
}

static void format_chain(ErrorsSink sink, void *ctx, ExceptionObject *e,
                         Chain *ch)
{
    ch->seen[ch->nseen++] = e;
    ExceptionObject *cause = (ExceptionObject *)value_as_object(e->cause);
    ExceptionObject *context = (ExceptionObject *)value_as_object(e->context);
    ExceptionObject *prior = NULL;
    const char *link = NULL;
    if (cause) {
        prior = cause;
        link = "\nThe above exception was the direct cause of the following "
               "exception:\n\n";
    } else if (context && !e->suppress_context) {
        prior = context;
        link = "\nDuring handling of the above exception, another exception "
               "occurred:\n\n";
    }
    for (int i = 0; prior && i < ch->nseen; i++)
        if (ch->seen[i] == prior)
            prior = NULL;
    if (prior && ch->follow && ch->nseen < CHAIN_MAX) {
        format_chain(sink, ctx, prior, ch);
        emit_text(sink, ctx, link);
    }
    format_one(sink, ctx, e, ch->limit);
}

void errors_format_exception(ErrorsSink sink, void *ctx, ExceptionObject *e,
                             int limit, bool chain)
{
    Chain ch = {.limit = limit, .follow = chain};
    format_chain(sink, ctx, e, &ch);
}

// ------------------------------------------------------------ printing

static void file_sink(void *ctx, const char *text, size_t len)
{
    fwrite(text, 1, len, (FILE *)ctx);
}

void errors_print_exception(FILE *out, ExceptionObject *e)
{
    errors_format_exception(file_sink, out, e, -TRACEBACK_LIMIT, true);
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
