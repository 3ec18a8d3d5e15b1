// str_repr.c: repr() of str and ascii(), with CPython's quoting and
// escaping rules.
#include "vm/objects/str.h"

#include "vm/objects/unicode.h"
#include "vm/objects/utf8.h"
#include "vm/ops.h"

// CPython picks single quotes unless the text holds ' and no ".
static char pick_quote(const StrObject *s)
{
    bool single = false, dbl = false;
    for (int64_t i = 0; i < s->size; i++) {
        single |= s->data[i] == '\'';
        dbl |= s->data[i] == '"';
    }
    return single && !dbl ? '"' : '\'';
}

// \xNN, \uNNNN or \UNNNNNNNN, the shortest that holds `cp`.
static void add_hex_escape(StrBuf *b, uint32_t cp)
{
    if (cp < 0x100)
        strbuf_printf(b, "\\x%02x", cp);
    else if (cp < 0x10000)
        strbuf_printf(b, "\\u%04x", cp);
    else
        strbuf_printf(b, "\\U%08x", cp);
}

// Appends `cp` as repr shows it inside `quote`s; `ascii_only` escapes
// every non-ASCII code point (ascii()).
static void add_escaped(StrBuf *b, uint32_t cp, char quote, bool ascii_only)
{
    if (cp == (uint32_t)quote || cp == '\\') {
        strbuf_append_char(b, '\\');
        strbuf_append_char(b, (char)cp);
    } else if (cp == '\t') {
        strbuf_append_cstr(b, "\\t");
    } else if (cp == '\n') {
        strbuf_append_cstr(b, "\\n");
    } else if (cp == '\r') {
        strbuf_append_cstr(b, "\\r");
    } else if (cp < 0x20 || cp == 0x7F) {
        add_hex_escape(b, cp);
    } else if (cp < 0x7F) {
        strbuf_append_char(b, (char)cp);
    } else if (ascii_only || !unicode_has(cp, UNICODE_PRINTABLE)) {
        add_hex_escape(b, cp);
    } else {
        strbuf_append_code_point(b, cp);
    }
}

static StrObject *quoted(const StrObject *s, bool ascii_only)
{
    char quote = pick_quote(s);
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_char(&b, quote);
    int n;
    for (int64_t off = 0; off < s->size; off += n)
        add_escaped(&b, utf8_decode_at(s->data + off, &n), quote, ascii_only);
    strbuf_append_char(&b, quote);
    return strbuf_finish(&b);
}

StrObject *str_repr(StrObject *s)
{
    return quoted(s, false);
}

// Escapes the non-ASCII code points of an existing repr.
static StrObject *escape_non_ascii(StrObject *r)
{
    if (str_is_ascii(r))
        return r;
    StrBuf b;
    strbuf_init(&b);
    int n;
    for (int64_t off = 0; off < r->size; off += n) {
        uint32_t cp = utf8_decode_at(r->data + off, &n);
        if (cp < 0x80)
            strbuf_append_char(&b, (char)cp);
        else
            add_hex_escape(&b, cp);
    }
    refcount_dec(&r->header);
    return strbuf_finish(&b);
}

StrObject *ascii_repr(Value v)
{
    if (value_is_object(v) && object_type(value_as_object(v)) == &str_type)
        return quoted((StrObject *)value_as_object(v), true);
    StrObject *r = op_repr(v);
    return r ? escape_non_ascii(r) : NULL;
}
