// errors.c: exceptions and syntax errors as text, as CPython 3.11 writes
// them (see errors.h). Every output goes through a sink in chunks, so the
// traceback module's lists and the uncaught-exception printout come from
// one formatter. Exception groups print their sub-exceptions nested in a
// frame: every line inside a group starts with a margin of two spaces per
// level and "| ". The interpreter and the traceback module differ on a
// few lines (which take the margin, how notes split); a Printer says
// whose rules apply.
#include "vm/errors.h"

#include <stdlib.h>
#include <string.h>

#include "alloc/alloc.h"
#include "vm/base/mutex.h"
#include "vm/compile/parser.h"
#include "vm/exc.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception_group.h"
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
// How many chained (cause, context) or nested exceptions are followed.
#define CHAIN_MAX 100

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

// ------------------------------------------------------------ chunks

// What formatting one exception carries along: where the chunks go,
// whose rules apply, and the state of the group frames being drawn.
typedef struct Printer {
    ErrorsSink sink;
    void *ctx;
    bool module_rules; // the traceback module's text, not the interpreter's
    bool chain;        // follow causes and contexts
    int limit;         // of each traceback (see errors_traceback_entries)
    int max_width;     // sub-exceptions shown per group
    int max_depth;     // levels of groups shown
    int depth;         // exception group nesting (0: outside any group)
    bool need_close;   // the closing rule of a group is still to be drawn
    int level;         // recursion depth through chains and groups
    ExceptionObject **seen; // printed so far (never printed twice)
    size_t nseen, cap;
} Printer;

static void emit_bare(Printer *pr, const char *text, size_t len)
{
    pr->sink(pr->ctx, text, len);
}

static void emit_bare_buf(Printer *pr, StrBuf *b)
{
    emit_bare(pr, b->data, b->size);
    strbuf_discard(b);
}

// The length of the line starting at `s`, its line break included, as
// str.splitlines(keepends=True) cuts it (every Unicode line boundary).
static size_t line_length(const char *s, const char *end)
{
    for (const char *p = s; p < end; p++) {
        unsigned char c = (unsigned char)p[0];
        unsigned char c1 = p + 1 < end ? (unsigned char)p[1] : 0;
        unsigned char c2 = p + 2 < end ? (unsigned char)p[2] : 0;
        size_t at = (size_t)(p - s);
        if (c == '\r')
            return at + (c1 == '\n' ? 2 : 1);
        if (c == '\n' || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e))
            return at + 1;
        if (c == 0xc2 && c1 == 0x85) // U+0085
            return at + 2;
        if (c == 0xe2 && c1 == 0x80 && (c2 == 0xa8 || c2 == 0xa9))
            return at + 3; // U+2028, U+2029
    }
    return (size_t)(end - s);
}

// The start of a line inside pr->depth groups: "    | ", or with `mark`
// for "|" ("  + " opens the outermost group).
static void put_margin(const Printer *pr, StrBuf *b, char mark)
{
    if (pr->depth)
        strbuf_printf(b, "%*s%c ", 2 * pr->depth, "", mark);
}

// Hands `text` to the sink as one chunk, every line behind the margin:
// the lines str.splitlines cuts for the traceback module (its
// textwrap.indent), the lines the interpreter writes for it.
static void emit_marked(Printer *pr, const char *text, size_t len, char mark)
{
    if (pr->depth == 0) {
        emit_bare(pr, text, len);
        return;
    }
    StrBuf b;
    strbuf_init(&b);
    for (const char *p = text, *end = text + len; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = pr->module_rules ? line_length(p, end)
                   : nl             ? (size_t)(nl - p + 1)
                                    : (size_t)(end - p);
        put_margin(pr, &b, mark);
        strbuf_append(&b, p, n);
        p += n;
    }
    emit_bare_buf(pr, &b);
}

static void emit(Printer *pr, const char *text, size_t len)
{
    emit_marked(pr, text, len, '|');
}

static void emit_text(Printer *pr, const char *text)
{
    emit(pr, text, strlen(text));
}

static void emit_buf(Printer *pr, StrBuf *b)
{
    emit(pr, b->data, b->size);
    strbuf_discard(b);
}

// An exception's last line: the interpreter writes the margin once before
// it, so a message spanning lines continues without one.
static void emit_message(Printer *pr, StrBuf *b)
{
    if (pr->module_rules || pr->depth == 0) {
        emit_buf(pr, b);
        return;
    }
    StrBuf m;
    strbuf_init(&m);
    put_margin(pr, &m, '|');
    strbuf_append(&m, b->data, b->size);
    strbuf_discard(b);
    emit_bare_buf(pr, &m);
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

static void emit_repeats(Printer *pr, int count)
{
    if (count <= RECURSIVE_CUTOFF)
        return;
    count -= RECURSIVE_CUTOFF;
    char text[80];
    int n = snprintf(text, sizeof text,
                     "  [Previous line repeated %d more time%s]\n", count,
                     count > 1 ? "s" : "");
    // CPython 3.11's interpreter leaves the group margin out on this line.
    if (pr->module_rules)
        emit(pr, text, (size_t)n);
    else
        emit_bare(pr, text, (size_t)n);
}

static void format_entries(Printer *pr, const TraceEntry *entries, size_t n)
{
    const TraceEntry *last = NULL;
    int count = 0;
    for (size_t i = 0; i < n; i++) {
        const TraceEntry *t = &entries[i];
        if (last == NULL || !same_place(last, t)) {
            emit_repeats(pr, count);
            last = t;
            count = 0;
        }
        if (++count > RECURSIVE_CUTOFF)
            continue;
        StrBuf b;
        strbuf_init(&b);
        format_entry(&b, t);
        emit_buf(pr, &b);
    }
    emit_repeats(pr, count);
}

void errors_format_entries(ErrorsSink sink, void *ctx,
                           const TraceEntry *entries, size_t n)
{
    Printer pr = {.sink = sink, .ctx = ctx, .module_rules = true};
    format_entries(&pr, entries, n);
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

// Emits text line by line (a SyntaxError's source line and carets), which
// the interpreter writes without the group margin.
static void emit_lines(Printer *pr, const char *text)
{
    while (*text) {
        const char *nl = strchr(text, '\n');
        size_t n = nl ? (size_t)(nl - text + 1) : strlen(text);
        if (pr->module_rules)
            emit(pr, text, n);
        else
            emit_bare(pr, text, n);
        text += n;
    }
}

// A SyntaxError shows where: file and line, the text from its `text`
// attribute and the carets; an error without a line number shows its
// file after the message instead.
static void format_syntax_error(Printer *pr, ExceptionObject *e)
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
        size_t need = syntax_error_format_location(&info, line, n,
                                                   pr->module_rules, NULL, 0);
        char *buf = alloc_raw(need + 1);
        syntax_error_format_location(&info, line, n, pr->module_rules, buf,
                                     need + 1);
        // ... but the File line shows the real number.
        char *first = strchr(buf, '\n');
        char head[600];
        snprintf(head, sizeof head, "  File \"%s\", line %d\n", info.filename,
                 (int)value_as_int(lineno));
        emit_text(pr, head);
        emit_lines(pr, first ? first + 1 : "");
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
    emit_message(pr, &b);
    value_decref(file);
    value_decref(text);
    value_decref(msg);
    value_decref(lineno);
}

// ------------------------------------------------------------ notes

// One note. The traceback module writes each line of str(note).split()
// behind the margin; the interpreter each line str.splitlines cuts, and
// then a newline of its own.
static void emit_note(Printer *pr, Value note)
{
    StrObject *s = op_str(note);
    if (s == NULL) {
        exc_clear();
        if (pr->module_rules) {
            emit_text(pr, "<note str() failed>\n");
        } else {
            emit_bare(pr, "<note str() failed>", 19);
            emit_bare(pr, "\n", 1);
        }
        return;
    }
    const char *p = s->data, *end = s->data + s->size;
    if (pr->module_rules) {
        for (;;) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            StrBuf b;
            strbuf_init(&b);
            strbuf_append(&b, p, nl ? (size_t)(nl - p) : (size_t)(end - p));
            strbuf_append_char(&b, '\n');
            emit_buf(pr, &b);
            if (nl == NULL)
                break;
            p = nl + 1;
        }
    } else {
        while (p < end) {
            size_t n = line_length(p, end);
            StrBuf b;
            strbuf_init(&b);
            put_margin(pr, &b, '|');
            strbuf_append(&b, p, n);
            emit_bare_buf(pr, &b);
            p += n;
        }
        emit_bare(pr, "\n", 1);
    }
    refcount_dec(&s->header);
}

// e.__notes__, after the exception's message: each note of a sequence,
// or the repr of anything else, which CPython 3.11 ends without a
// newline. (The interpreter shows a __notes__ of None that way too; the
// module ignores it.)
static void format_notes(Printer *pr, ExceptionObject *e)
{
    Value notes = attr(e, "__notes__");
    if (notes == VALUE_NULL || (pr->module_rules && value_is_none(notes))) {
        value_decref(notes);
        return;
    }
    if (value_type(notes)->getitem == NULL ||
        value_isinstance(notes, &dict_type)) {
        StrObject *r = op_repr(notes);
        if (r == NULL) {
            exc_clear();
            emit_text(pr, "<__notes__ repr() failed>");
        } else {
            emit(pr, r->data, (size_t)r->size);
            refcount_dec(&r->header);
        }
        value_decref(notes);
        return;
    }
    int64_t n = op_len(notes);
    for (int64_t i = 0; i < n; i++) {
        Value note = op_getitem(notes, value_from_int(i));
        if (note == VALUE_NULL)
            break;
        emit_note(pr, note);
        value_decref(note);
    }
    exc_clear();
    value_decref(notes);
}

static void format_exception_only(Printer *pr, ExceptionObject *e)
{
    if (exception_is(e, &exc_SyntaxError)) {
        format_syntax_error(pr, e);
        format_notes(pr, e);
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
    emit_message(pr, &b);
    format_notes(pr, e);
}

void errors_format_exception_only(ErrorsSink sink, void *ctx,
                                  ExceptionObject *e, bool module_rules)
{
    Printer pr = {.sink = sink, .ctx = ctx, .module_rules = module_rules};
    format_exception_only(&pr, e);
}

// ------------------------------------------------------------ chains

static bool seen_before(const Printer *pr, const ExceptionObject *e)
{
    for (size_t i = 0; i < pr->nseen; i++)
        if (pr->seen[i] == e)
            return true;
    return false;
}

static void remember(Printer *pr, ExceptionObject *e)
{
    if (pr->nseen == pr->cap) {
        pr->cap = pr->cap ? 2 * pr->cap : 16;
        pr->seen = alloc_resize(pr->seen, pr->cap * sizeof *pr->seen);
    }
    pr->seen[pr->nseen++] = e;
}

// The exception `e` was chained to (its cause, else its context unless
// suppressed) and the sentence linking them, or NULL.
static ExceptionObject *chained_to(const ExceptionObject *e, const char **link)
{
    ExceptionObject *cause = (ExceptionObject *)value_as_object(e->cause);
    ExceptionObject *context = (ExceptionObject *)value_as_object(e->context);
    if (cause) {
        *link = "\nThe above exception was the direct cause of the following "
                "exception:\n\n";
        return cause;
    }
    *link = "\nDuring handling of the above exception, another exception "
            "occurred:\n\n";
    return context && !e->suppress_context ? context : NULL;
}

static void format_recursive(Printer *pr, ExceptionObject *e, Value tb);

// What `e` was chained to, printed before it; each exception is printed
// once however often it is linked.
static void format_cause_and_context(Printer *pr, ExceptionObject *e)
{
    remember(pr, e);
    const char *link;
    ExceptionObject *prior = chained_to(e, &link);
    if (!pr->chain || pr->level >= CHAIN_MAX || prior == NULL ||
        seen_before(pr, prior))
        return;
    bool need_close = pr->need_close;
    format_recursive(pr, prior, prior->traceback);
    pr->need_close = need_close;
    emit_text(pr, link);
}

// An exception without its chain: traceback (`tb`), message, notes.
static void format_one(Printer *pr, ExceptionObject *e, Value tb)
{
    size_t n;
    TraceEntry *entries = errors_traceback_entries(tb, pr->limit, &n);
    if (n) {
        // A group's header opens the frame of the outermost one with "+".
        bool group = exception_group_check((Value)&e->header);
        const char *head = group ? "Exception Group Traceback (most recent "
                                   "call last):\n"
                                 : "Traceback (most recent call last):\n";
        emit_marked(pr, head, strlen(head),
                    group && pr->depth == 1 ? '+' : '|');
        format_entries(pr, entries, n);
    }
    alloc_free(entries);
    format_exception_only(pr, e);
}

// ------------------------------------------------------------ groups

// One separator of a group's frame: "+-+------- 1 -------" for the first
// sub-exception, "  +------- 2 -------" for the next, "..." past the
// width limit.
static void emit_separator(Printer *pr, int64_t i, bool truncated)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "%*s%s+---------------- ", 2 * pr->depth, "",
                  i == 0 ? "+-" : "  ");
    if (truncated)
        strbuf_append_cstr(&b, "...");
    else
        strbuf_printf(&b, "%lld", (long long)i + 1);
    strbuf_append_cstr(&b, " ----------------\n");
    emit_bare_buf(pr, &b);
}

// A sub-exception, or past the width limit the count of those left out.
static void format_item(Printer *pr, TupleObject *items, int64_t i)
{
    if (i < pr->max_width) {
        ExceptionObject *sub =
            (ExceptionObject *)value_as_object(items->items[i]);
        format_recursive(pr, sub, sub->traceback);
        return;
    }
    int64_t more = items->size - pr->max_width;
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "and %lld more exception%s\n", (long long)more,
                  more > 1 ? "s" : "");
    emit_buf(pr, &b);
}

// A group: itself as any exception, then each sub-exception (at most
// max_width of them) one level further in, and the closing rule.
static void format_group(Printer *pr, ExceptionObject *e, Value tb)
{
    if (pr->depth > pr->max_depth) {
        StrBuf b;
        strbuf_init(&b);
        strbuf_printf(&b, "... (max_group_depth is %d)\n", pr->max_depth);
        emit_buf(pr, &b);
        return;
    }
    bool top = pr->depth == 0;
    if (top)
        pr->depth = 1;
    format_one(pr, e, tb);
    TupleObject *items = (TupleObject *)value_as_object(
        exception_group_items((Value)&e->header));
    int64_t n = items->size <= pr->max_width ? items->size : pr->max_width + 1;
    pr->need_close = false;
    for (int64_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last) // a nested group may draw the closing rule itself
            pr->need_close = true;
        emit_separator(pr, i, i >= pr->max_width);
        pr->depth++;
        format_item(pr, items, i);
        if (last && pr->need_close) {
            StrBuf b;
            strbuf_init(&b);
            strbuf_printf(&b, "%*s+------------------------------------\n",
                          2 * pr->depth, "");
            emit_bare_buf(pr, &b);
            pr->need_close = false;
        }
        pr->depth--;
    }
    if (top)
        pr->depth = 0;
}

static void format_recursive(Printer *pr, ExceptionObject *e, Value tb)
{
    pr->level++;
    format_cause_and_context(pr, e);
    if (exception_group_check((Value)&e->header))
        format_group(pr, e, tb);
    else
        format_one(pr, e, tb);
    pr->level--;
}

void errors_format_exception(ErrorsSink sink, void *ctx, ExceptionObject *e,
                             int limit, bool chain)
{
    Printer pr = {.sink = sink,
                  .ctx = ctx,
                  .chain = chain,
                  .limit = limit,
                  .max_width = ERRORS_MAX_GROUP_WIDTH,
                  .max_depth = ERRORS_MAX_GROUP_DEPTH};
    format_recursive(&pr, e, e->traceback);
    alloc_free(pr.seen);
}

void errors_format_group(ErrorsSink sink, void *ctx, ExceptionObject *e,
                         Value tb, const ErrorsGroupOptions *opt)
{
    Printer pr = {.sink = sink,
                  .ctx = ctx,
                  .module_rules = true,
                  .chain = opt->chain,
                  .limit = opt->limit,
                  .max_width = opt->max_width,
                  .max_depth = opt->max_depth};
    // The caller printed the chain this group is part of: none of it
    // again.
    const char *link;
    ExceptionObject *x = opt->chain && opt->root ? opt->root : e;
    for (; x && pr.nseen < CHAIN_MAX && !seen_before(&pr, x);
         x = opt->chain ? chained_to(x, &link) : NULL)
        remember(&pr, x);
    if (!seen_before(&pr, e))
        remember(&pr, e);
    pr.level = 1;
    format_group(&pr, e, tb);
    alloc_free(pr.seen);
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
