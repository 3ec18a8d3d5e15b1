// errors.c: uncaught exceptions and syntax errors, printed as CPython
// 3.11 prints them (see errors.h). Exception groups print their
// sub-exceptions nested in a frame: every line inside a group starts
// with a margin of two spaces per level and "| ".
#include "vm/errors.h"

#include <stdlib.h>
#include <string.h>

#include "alloc/alloc.h"
#include "vm/compile/parser.h"
#include "vm/exc.h"
#include "vm/objects/class.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception_group.h"
#include "vm/objects/str.h"
#include "vm/objects/traceback.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

// CPython prints at most this many identical consecutive entries, and at
// most this many entries in all (sys.tracebacklimit's default).
#define RECURSIVE_CUTOFF 3
#define TRACEBACK_LIMIT 1000
// Groups show at most this many sub-exceptions, nested this deep.
#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10
// How many chained (cause, context) or nested exceptions are followed.
#define CHAIN_MAX 100

// What printing one uncaught exception carries along.
typedef struct Printer {
    FILE *out;
    int depth;              // exception group nesting (0: outside any group)
    bool need_close;        // the closing rule of a group is still to be drawn
    int level;              // recursion depth through chains and groups
    ExceptionObject **seen; // printed so far (never printed twice)
    size_t nseen, cap;
} Printer;

// The start of a line inside `depth` groups: "    | ".
static void margin(Printer *pr)
{
    fprintf(pr->out, "%*s%s", 2 * pr->depth, "", pr->depth ? "| " : "");
}

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

static void print_carets(Printer *pr, const char *line, size_t len, int indent,
                         const SourceSpan *sp)
{
    FILE *out = pr->out;
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
    margin(pr);
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

static void print_entry(Printer *pr, const TracebackObject *tb)
{
    const CodeObject *co = tb->code;
    const SourceSpan *sp = &co->spans[tb->index];
    margin(pr);
    fprintf(pr->out, "  File \"%s\", line %d, in %s\n", co->filename->data,
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
    margin(pr);
    fprintf(pr->out, "    %.*s\n", (int)(end - skip), line + skip);
    print_carets(pr, line, len, char_offset(line, len, (int)skip), sp);
}

static bool same_place(const TracebackObject *a, const TracebackObject *b)
{
    return a->code->filename == b->code->filename &&
           a->code->name == b->code->name &&
           a->code->spans[a->index].line == b->code->spans[b->index].line;
}

// Without the group margin: CPython 3.11 leaves it out on this line.
static void print_repeats(Printer *pr, int count)
{
    if (count <= RECURSIVE_CUTOFF)
        return;
    fprintf(pr->out, "  [Previous line repeated %d more times]\n",
            count - RECURSIVE_CUTOFF);
}

// The traceback of `e` under its header ("Traceback (most recent call
// last):", or "Exception Group Traceback ..." for a group, whose header
// at the outermost level opens the frame with "+").
static void print_traceback(Printer *pr, ExceptionObject *e)
{
    Value tbv = e->traceback;
    int total = 0;
    for (Value v = tbv; v; v = ((TracebackObject *)value_as_object(v))->next)
        total++;
    int skip = total > TRACEBACK_LIMIT ? total - TRACEBACK_LIMIT : 0;
    bool group = exception_group_check((Value)&e->header);
    fprintf(pr->out, "%*s%s%sTraceback (most recent call last):\n",
            2 * pr->depth, "",
            !pr->depth                ? ""
            : group && pr->depth == 1 ? "+ "
                                      : "| ",
            group ? "Exception Group " : "");
    const TracebackObject *last = NULL;
    int count = 0;
    for (Value v = tbv; v; v = ((TracebackObject *)value_as_object(v))->next) {
        const TracebackObject *tb = (TracebackObject *)value_as_object(v);
        if (skip > 0) {
            skip--;
            continue;
        }
        if (last == NULL || !same_place(last, tb)) {
            print_repeats(pr, count);
            last = tb;
            count = 0;
        }
        if (++count <= RECURSIVE_CUTOFF)
            print_entry(pr, tb);
    }
    print_repeats(pr, count);
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

// Writes a formatted syntax error block: its first line ("File ...")
// and last line (the message) take the group margin, the source line and
// carets between them do not (as in CPython).
static void put_syntax_block(Printer *pr, const char *text)
{
    bool first = true;
    while (*text) {
        const char *nl = strchr(text, '\n');
        size_t n = nl ? (size_t)(nl - text + 1) : strlen(text);
        if (first || text[n] == '\0')
            margin(pr);
        fwrite(text, 1, n, pr->out);
        text += n;
        first = false;
    }
}

// A SyntaxError raised by an import prints as the compiler's error does:
// file, line, the source line and carets.
static bool print_syntax_error(Printer *pr, ExceptionObject *e)
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
    Value msg = VALUE_NULL;
    if (op_lookup_attr((Value)&e->header, str_intern_cstr("msg"), &msg) == 1 &&
        str_check(msg))
        snprintf(info.message, sizeof info.message, "%s",
                 ((StrObject *)value_as_object(msg))->data);
    else if (exception_message(e))
        snprintf(info.message, sizeof info.message, "%s", exception_message(e));
    exc_clear();
    value_decref(msg);
    info.filename = ((StrObject *)value_as_object(file))->data;
    info.lineno = int_attr(e, "lineno", 1);
    info.offset = int_attr(e, "offset", 0);
    info.end_lineno = int_attr(e, "end_lineno", info.lineno);
    info.end_offset = int_attr(e, "end_offset", 0);
    Source *src = load_source(info.filename);
    const char *text = src ? src->text : "";
    size_t len = src ? src->len : 0;
    size_t need = syntax_error_format(&info, text, len, NULL, 0);
    char *buf = alloc_raw(need + 1);
    syntax_error_format(&info, text, len, buf, need + 1);
    put_syntax_block(pr, buf);
    alloc_free(buf);
    value_decref(file);
    return true;
}

static void print_message(Printer *pr, ExceptionObject *e)
{
    if (print_syntax_error(pr, e))
        return;
    char full[256];
    class_full_name(object_type(&e->header), full, sizeof full);
    // Classes of the main module go without "__main__.".
    const char *name = strncmp(full, "__main__.", 9) == 0 ? full + 9 : full;
    StrObject *s = op_str((Value)&e->header);
    margin(pr);
    if (s == NULL) {
        exc_clear();
        fprintf(pr->out, "%s: <exception str() failed>\n", name);
        return;
    }
    if (s->size)
        fprintf(pr->out, "%s: %s\n", name, s->data);
    else
        fprintf(pr->out, "%s\n", name);
    refcount_dec(&s->header);
}

// ------------------------------------------------------------ notes

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

// One note: str(note), each of its lines behind the margin.
static void print_note(Printer *pr, Value note)
{
    StrObject *s = op_str(note);
    if (s == NULL) {
        exc_clear();
        fputs("<note str() failed>", pr->out);
    } else {
        const char *p = s->data, *end = s->data + s->size;
        while (p < end) {
            size_t n = line_length(p, end);
            margin(pr);
            fwrite(p, 1, n, pr->out);
            p += n;
        }
        refcount_dec(&s->header);
    }
    fputc('\n', pr->out);
}

// e.__notes__, after the exception's message: each note of a sequence,
// or the repr of anything else (which CPython 3.11 ends without a
// newline).
static void print_notes(Printer *pr, ExceptionObject *e)
{
    Value notes, self = (Value)&e->header;
    if (op_lookup_attr(self, str_intern_cstr("__notes__"), &notes) != 1) {
        exc_clear();
        return;
    }
    if (value_type(notes)->getitem == NULL ||
        value_isinstance(notes, &dict_type)) {
        margin(pr);
        StrObject *r = op_repr(notes);
        if (r == NULL) {
            exc_clear();
            fputs("<__notes__ repr() failed>", pr->out);
        } else {
            fwrite(r->data, 1, (size_t)r->size, pr->out);
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
        print_note(pr, note);
        value_decref(note);
    }
    exc_clear();
    value_decref(notes);
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

static void print_recursive(Printer *pr, ExceptionObject *e);

// An exception printed before the one it led to, then the sentence
// linking them.
static void print_chained(Printer *pr, ExceptionObject *prior, const char *link)
{
    bool need_close = pr->need_close;
    print_recursive(pr, prior);
    pr->need_close = need_close;
    margin(pr);
    fputc('\n', pr->out);
    margin(pr);
    fprintf(pr->out, "%s\n", link);
    margin(pr);
    fputc('\n', pr->out);
}

// The cause of `e`, or else its context unless suppressed; each
// exception is printed once however often it is linked.
static void print_cause_and_context(Printer *pr, ExceptionObject *e)
{
    remember(pr, e);
    ExceptionObject *cause = (ExceptionObject *)value_as_object(e->cause);
    ExceptionObject *context = (ExceptionObject *)value_as_object(e->context);
    if (pr->level >= CHAIN_MAX)
        return;
    if (cause) {
        if (!seen_before(pr, cause))
            print_chained(pr, cause,
                          "The above exception was the direct cause of the "
                          "following exception:");
    } else if (context && !e->suppress_context && !seen_before(pr, context)) {
        print_chained(pr, context,
                      "During handling of the above exception, another "
                      "exception occurred:");
    }
}

// An exception without its chain: traceback, message, notes.
static void print_one(Printer *pr, ExceptionObject *e)
{
    if (e->traceback)
        print_traceback(pr, e);
    print_message(pr, e);
    print_notes(pr, e);
}

// ------------------------------------------------------------ groups

// One separator of a group's frame: "+-+------- 1 -------" for the first
// sub-exception, "  +------- 2 -------" for the next, "..." past the
// width limit.
static void print_separator(Printer *pr, int64_t i, bool truncated)
{
    fprintf(pr->out, "%*s%s+---------------- ", 2 * pr->depth, "",
            i == 0 ? "+-" : "  ");
    if (truncated)
        fputs("...", pr->out);
    else
        fprintf(pr->out, "%lld", (long long)i + 1);
    fputs(" ----------------\n", pr->out);
}

// A group: itself as any exception, then each sub-exception (at most
// MAX_GROUP_WIDTH of them) one level further in, and the closing rule.
static void print_group(Printer *pr, ExceptionObject *e)
{
    if (pr->depth > MAX_GROUP_DEPTH) {
        margin(pr);
        fprintf(pr->out, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    bool top = pr->depth == 0;
    if (top)
        pr->depth = 1;
    print_one(pr, e);
    TupleObject *items = (TupleObject *)value_as_object(
        exception_group_items((Value)&e->header));
    int64_t n =
        items->size <= MAX_GROUP_WIDTH ? items->size : MAX_GROUP_WIDTH + 1;
    pr->need_close = false;
    for (int64_t i = 0; i < n; i++) {
        bool last = i == n - 1, truncated = i >= MAX_GROUP_WIDTH;
        if (last) // a nested group may draw the closing rule itself
            pr->need_close = true;
        print_separator(pr, i, truncated);
        pr->depth++;
        if (!truncated) {
            print_recursive(
                pr, (ExceptionObject *)value_as_object(items->items[i]));
        } else {
            int64_t more = items->size - MAX_GROUP_WIDTH;
            margin(pr);
            fprintf(pr->out, "and %lld more exception%s\n", (long long)more,
                    more > 1 ? "s" : "");
        }
        if (last && pr->need_close) {
            fprintf(pr->out, "%*s+------------------------------------\n",
                    2 * pr->depth, "");
            pr->need_close = false;
        }
        pr->depth--;
    }
    if (top)
        pr->depth = 0;
}

static void print_recursive(Printer *pr, ExceptionObject *e)
{
    pr->level++;
    print_cause_and_context(pr, e);
    if (exception_group_check((Value)&e->header))
        print_group(pr, e);
    else
        print_one(pr, e);
    pr->level--;
}

void errors_print_exception(FILE *out, ExceptionObject *e)
{
    Printer pr = {.out = out};
    print_recursive(&pr, e);
    alloc_free(pr.seen);
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
