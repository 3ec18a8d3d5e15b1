// syntax_error.c: SyntaxError kinds, byte-to-character offsets and the
// CPython 3.11 traceback block for a SyntaxError (Python's
// traceback._format_syntax_error, which matches what python3 prints).
#include "vm/compile/syntax_error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *syntax_error_kind_name(SyntaxErrorKind kind)
{
    return kind == TAB_ERROR           ? "TabError"
           : kind == INDENTATION_ERROR ? "IndentationError"
                                       : "SyntaxError";
}

// Start of line `line` (1-based) in src, or NULL.
static const char *line_start(const char *src, size_t len, int line)
{
    const char *s = src, *end = src + len;
    for (int l = 1; l < line; l++) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        if (!nl)
            return NULL;
        s = nl + 1;
    }
    return s;
}

static int count_chars(const char *s, size_t n)
{
    int chars = 0;
    for (size_t i = 0; i < n; i++)
        chars += ((unsigned char)s[i] & 0xc0) != 0x80;
    return chars;
}

int syntax_error_char_offset(const char *src, size_t len, int line, int col)
{
    const char *s = line_start(src, len, line);
    if (!s || col < 0)
        return col + 1;
    size_t avail = (size_t)(src + len - s);
    return count_chars(s, (size_t)col < avail ? (size_t)col : avail) + 1;
}

typedef struct Out {
    char *buf;
    size_t size, len;
} Out;

static void put(Out *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    size_t room = o->len < o->size ? o->size - o->len : 0;
    int n = vsnprintf(room ? o->buf + o->len : NULL, room, fmt, ap);
    va_end(ap);
    o->len += n > 0 ? (size_t)n : 0;
}

// The source line and caret line; offsets are 1-based characters.
static void put_text(Out *o, const SyntaxErrorInfo *e, const char *src,
                     size_t len, bool module_rules)
{
    const char *s =
        src && e->lineno >= 1 ? line_start(src, len, e->lineno) : NULL;
    if (!s)
        return;
    const char *end = memchr(s, '\n', (size_t)(src + len - s));
    size_t n = end ? (size_t)(end - s) : (size_t)(src + len - s);
    if (n && s[n - 1] == '\r')
        n--;
    size_t lead = 0;
    while (lead < n && (s[lead] == ' ' || s[lead] == '\f'))
        lead++;
    put(o, "    %.*s\n", (int)(n - lead), s + lead);
    int spaces = count_chars(s, lead);
    int offset = e->offset, end_offset = e->end_offset;
    if (end_offset == SYNTAX_NO_END_OFFSET)
        end_offset = -1;
    // The traceback module ignores the end line and the error's kind. The
    // interpreter marks a range that goes on to later lines to the end of
    // this one.
    bool other_line = !module_rules && e->end_lineno != e->lineno;
    if (other_line && e->end_lineno > e->lineno)
        end_offset = count_chars(s, n) + 1;
    else if (end_offset == 0 || other_line)
        end_offset = other_line ? -1 : offset;
    // CPython 3.11's interpreter marks an IndentationError with a single
    // caret, whatever range the error covers.
    if (offset == end_offset || end_offset == -1 ||
        (!module_rules && e->kind != SYNTAX_ERROR))
        end_offset = offset + 1;
    int col = offset - 1 - spaces, end_col = end_offset - 1 - spaces;
    if (col < 0)
        return;
    put(o, "    ");
    // Tabs in the stripped text stay tabs so the caret lines up.
    const char *t = s + lead;
    for (int c = 0; c < col && t < s + n; t++)
        if (((unsigned char)*t & 0xc0) != 0x80) {
            put(o, "%c", *t == '\t' ? '\t' : ' ');
            c++;
        }
    for (int c = col; c < end_col; c++)
        put(o, "^");
    put(o, "\n");
}

static void put_location(Out *o, const SyntaxErrorInfo *e, const char *src,
                         size_t len, bool module_rules)
{
    if (e->no_location)
        return;
    put(o, "  File \"%s\", line %d\n", e->filename ? e->filename : "",
        e->lineno);
    put_text(o, e, src, len, module_rules);
}

size_t syntax_error_format_location(const SyntaxErrorInfo *e, const char *src,
                                    size_t len, bool module_rules, char *buf,
                                    size_t size)
{
    Out o = {buf, size, 0};
    if (size)
        buf[0] = 0;
    put_location(&o, e, src, len, module_rules);
    return o.len;
}

size_t syntax_error_format(const SyntaxErrorInfo *e, const char *src,
                           size_t len, char *buf, size_t size)
{
    Out o = {buf, size, 0};
    if (size)
        buf[0] = 0;
    put_location(&o, e, src, len, false);
    put(&o, "%s: %s\n", syntax_error_kind_name(e->kind), e->message);
    return o.len;
}
