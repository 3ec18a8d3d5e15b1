// str_percent.c: printf-style formatting, `"%5.2f" % x`, of str and of
// bytes and bytearray (PEP 461), see format.h. One engine serves both:
// it writes into a byte buffer, and the `bytes` flag switches the parts
// that differ: %s and %b take bytes-like objects or __bytes__ (%r is %a,
// ascii() encoded), %c takes a byte, widths count bytes instead of code
// points, mapping keys are bytes, and a few messages.
#include <stdio.h>
#include <string.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/objects/bytearray.h"
#include "vm/objects/bytes.h"
#include "vm/objects/dict.h"
#include "vm/objects/float.h"
#include "vm/objects/format.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/utf8.h"
#include "vm/ops.h"

typedef struct Conv {
    bool left, plus, space, alt, zero;
    bool bytes;          // formatting bytes: widths count bytes
    int64_t width, prec; // -1: not given
    char type;
} Conv;

typedef struct Args {
    Value all;    // the right operand
    Value *items; // positional items (a tuple's, or &all)
    int64_t n, next;
    bool mapping;
    bool bytes; // formatting bytes or bytearray
} Args;

static Value next_arg(Args *a)
{
    if (a->next >= a->n) {
        exc_raise_format(&exc_TypeError,
                         "not enough arguments for format string");
        return VALUE_NULL;
    }
    return a->items[a->next++];
}

// Pads `body` (sign and digits already in place) to the width.
static void pad(StrBuf *out, const Conv *c, const char *body, size_t len,
                size_t sign_len)
{
    int64_t chars = c->bytes ? (int64_t)len : 0;
    for (size_t i = 0; !c->bytes && i < len; i++)
        chars += ((unsigned char)body[i] & 0xC0) != 0x80;
    int64_t fill = c->width > chars ? c->width - chars : 0;
    if (c->left) {
        strbuf_append(out, body, len);
        strbuf_append_repeat(out, ' ', (size_t)fill);
    } else if (c->zero) {
        strbuf_append(out, body, sign_len);
        strbuf_append_repeat(out, '0', (size_t)fill);
        strbuf_append(out, body + sign_len, len - sign_len);
    } else {
        strbuf_append_repeat(out, ' ', (size_t)fill);
        strbuf_append(out, body, len);
    }
}

// %d %i %u %o %x %X: sign, prefix, digits zero-extended to the precision.
static bool format_integer(StrBuf *out, const Conv *c, Value v)
{
    Value n = VALUE_NULL;
    if (int_check(v)) {
        value_incref(v);
        n = v;
    } else if (float_check(v) && strchr("diu", c->type)) {
        n = int_from_double(float_value(v));
        if (n == VALUE_NULL)
            return false;
    } else {
        char shown = c->bytes && c->type == 'i' ? 'd' : c->type; // CPython's
        exc_raise_format(&exc_TypeError,
                         strchr("diu", c->type)
                             ? "%%%c format: a real number is required, not %s"
                             : "%%%c format: an integer is required, not %s",
                         shown, value_type(v)->name);
        return false;
    }
    int base = c->type == 'o'                       ? 8
               : (c->type == 'x' || c->type == 'X') ? 16
                                                    : 10;
    bool negative = int_sign(n) < 0;
    Value mag = negative ? op_unary(n, UNARY_NEG) : n;
    if (negative)
        value_decref(n);
    StrObject *digits = int_to_string(mag, base);
    value_decref(mag);
    if (digits == NULL)
        return false;
    const char *d = digits->data + (base == 10 ? 0 : 2); // drop 0x / 0o
    StrBuf body;
    strbuf_init(&body);
    if (negative)
        strbuf_append_char(&body, '-');
    else if (c->plus)
        strbuf_append_char(&body, '+');
    else if (c->space)
        strbuf_append_char(&body, ' ');
    if (c->alt && base != 10)
        strbuf_append_cstr(&body, c->type == 'o'   ? "0o"
                                  : c->type == 'x' ? "0x"
                                                   : "0X");
    size_t sign_len = body.size;
    int64_t nd = (int64_t)strlen(d);
    if (c->prec > nd)
        strbuf_append_repeat(&body, '0', (size_t)(c->prec - nd));
    for (const char *p = d; *p; p++)
        strbuf_append_char(&body,
                           c->type == 'X' && *p >= 'a' ? (char)(*p - 32) : *p);
    refcount_dec(&digits->header);
    pad(out, c, body.data, body.size, sign_len);
    strbuf_discard(&body);
    return true;
}

// %e %f %g (and capitals): through the format-spec mini-language.
static bool format_floating(StrBuf *out, const Conv *c, Value v)
{
    double d;
    if (!value_as_double(v, &d)) {
        exc_clear();
        exc_raise_format(&exc_TypeError,
                         c->bytes ? "float argument required, not %s"
                                  : "must be real number, not %s",
                         value_type(v)->name);
        return false;
    }
    char spec[64];
    snprintf(spec, sizeof spec, "%s%s%s%s%s%lld.%lld%c", c->left ? "<" : "",
             c->plus    ? "+"
             : c->space ? " "
                        : "",
             c->alt ? "#" : "", c->zero && !c->left ? "0" : "", "",
             (long long)c->width, (long long)(c->prec < 0 ? 6 : c->prec),
             c->type);
    if (c->width < 0) // no width: drop the field from the spec
        snprintf(spec, sizeof spec, "%s%s.%lld%c",
                 c->plus    ? "+"
                 : c->space ? " "
                            : "",
                 c->alt ? "#" : "", (long long)(c->prec < 0 ? 6 : c->prec),
                 c->type);
    StrObject *s = format_float(d, str_intern_cstr(spec));
    if (s == NULL)
        return false;
    strbuf_append_str(out, s);
    refcount_dec(&s->header);
    return true;
}

// %s %r %a: the text, cut to the precision, padded to the width.
static bool format_text(StrBuf *out, const Conv *c, Value v)
{
    StrObject *s = c->type == 's'   ? op_str(v)
                   : c->type == 'r' ? op_repr(v)
                                    : ascii_repr(v);
    if (s == NULL)
        return false;
    StrObject *cut = s;
    if (c->prec >= 0 && c->prec < s->length)
        cut = str_substring(s, 0, c->prec);
    Conv plain = *c;
    plain.zero = false;
    pad(out, &plain, cut->data, (size_t)cut->size, 0);
    if (cut != s)
        refcount_dec(&cut->header);
    refcount_dec(&s->header);
    return true;
}

// The bytes %s and %b insert: a bytes-like object's contents or what
// __bytes__ returns.
static BytesObject *bytes_arg(Value v)
{
    BytesObject *b = bytearray_bytes_like(v);
    if (b != NULL)
        return b;
    Value method;
    int found = value_is_object(v)
                    ? op_lookup_attr(v, str_intern_cstr("__bytes__"), &method)
                    : 0;
    if (found < 0)
        return NULL;
    if (found == 0) {
        exc_raise_format(&exc_TypeError,
                         "%%b requires a bytes-like object, or an object that "
                         "implements __bytes__, not '%s'",
                         value_type(v)->name);
        return NULL;
    }
    Value r = op_call(method, NULL, 0, NULL);
    value_decref(method);
    if (r == VALUE_NULL || bytes_check(r))
        return r == VALUE_NULL ? NULL : bytes_of(r);
    exc_raise_format(&exc_TypeError, "__bytes__ returned non-bytes (type %s)",
                     value_type(r)->name);
    value_decref(r);
    return NULL;
}

// %s %b %r %a of bytes formatting: bytes, or ascii() as bytes for %r and
// %a; cut to the precision and padded, in bytes.
static bool format_bytes_text(StrBuf *out, const Conv *c, Value v)
{
    const char *data;
    int64_t size;
    Object *held;
    if (c->type == 'r' || c->type == 'a') {
        StrObject *s = ascii_repr(v);
        if (s == NULL)
            return false;
        data = s->data, size = s->size, held = &s->header;
    } else {
        BytesObject *b = bytes_arg(v);
        if (b == NULL)
            return false;
        data = b->data, size = b->size, held = &b->header;
    }
    if (c->prec >= 0 && c->prec < size)
        size = c->prec;
    Conv plain = *c;
    plain.zero = false;
    pad(out, &plain, data, (size_t)size, 0);
    refcount_dec(held);
    return true;
}

// %c of bytes formatting: an int in range(256) or a bytes-like object of
// length 1.
static bool format_byte(StrBuf *out, const Conv *c, Value v)
{
    BytesObject *b = bytearray_bytes_like(v);
    int64_t i = -1;
    bool one = b != NULL && b->size == 1;
    if (one)
        i = (unsigned char)b->data[0];
    if (b != NULL)
        refcount_dec(&b->header);
    if (!one && !int_check(v)) {
        exc_raise_format(&exc_TypeError, "%%c requires an integer in "
                                         "range(256) or a single byte");
        return false;
    }
    if (!one && (!int_as_i64(v, &i) || i < 0 || i > 255)) {
        exc_raise_format(&exc_OverflowError, "%%c arg not in range(256)");
        return false;
    }
    char byte = (char)i;
    Conv plain = *c;
    plain.zero = false;
    pad(out, &plain, &byte, 1, 0);
    return true;
}

static bool format_char(StrBuf *out, const Conv *c, Value v)
{
    uint32_t cp;
    if (value_type(v) == &str_type &&
        ((StrObject *)value_as_object(v))->length == 1) {
        cp = str_code_point_at((StrObject *)value_as_object(v), 0);
    } else {
        int64_t i;
        if (!int_check(v)) {
            exc_raise_format(&exc_TypeError, "%%c requires int or char");
            return false;
        }
        if (!value_as_index(v, &i) || i < 0 || i > 0x10FFFF) {
            exc_clear();
            exc_raise_format(&exc_OverflowError,
                             "%%c arg not in range(0x110000)");
            return false;
        }
        cp = (uint32_t)i;
    }
    StrBuf one;
    strbuf_init(&one);
    strbuf_append_code_point(&one, cp);
    Conv plain = *c;
    plain.zero = false;
    pad(out, &plain, one.data, one.size, 0);
    strbuf_discard(&one);
    return true;
}

// A `*` width or precision comes from the arguments.
static bool star_number(Args *a, int64_t *out)
{
    Value v = next_arg(a);
    if (v == VALUE_NULL)
        return false;
    if (!int_check(v)) {
        exc_raise_format(&exc_TypeError, "* wants int");
        return false;
    }
    return value_as_index(v, out);
}

// The ')' that closes the mapping key opened at q, parentheses nested
// inside it balanced; NULL if there is none.
static const char *key_end(const char *q, const char *end)
{
    int depth = 0;
    for (; q < end; q++) {
        depth += *q == '(' ? 1 : *q == ')' ? -1 : 0;
        if (depth == 0)
            return q;
    }
    return NULL;
}

// Parses the conversion after '%' at *p; mapping keys pick the argument.
static bool parse_conv(const char **p, const char *end, Args *a, Conv *c,
                       Value *arg)
{
    const char *q = *p;
    *arg = VALUE_NULL;
    if (q < end && *q == '(') {
        const char *close = key_end(q, end);
        if (!close) {
            exc_raise_format(&exc_ValueError, "incomplete format key");
            return false;
        }
        if (!a->mapping) {
            exc_raise_format(&exc_TypeError, "format requires a mapping");
            return false;
        }
        Object *key =
            a->bytes ? &bytes_from(q + 1, close - q - 1)->header
                     : &str_from_trusted_utf8(q + 1, close - q - 1)->header;
        *arg = op_getitem(a->all, (Value)key);
        refcount_dec(key);
        if (*arg == VALUE_NULL)
            return false;
        q = close + 1;
    }
    memset(c, 0, sizeof *c);
    c->bytes = a->bytes;
    c->width = c->prec = -1;
    for (; q < end && strchr("-+ #0", *q); q++)
        switch (*q) {
        case '-':
            c->left = true;
            break;
        case '+':
            c->plus = true;
            break;
        case ' ':
            c->space = true;
            break;
        case '#':
            c->alt = true;
            break;
        default:
            c->zero = true;
            break;
        }
    if (q < end && *q == '*') {
        if (!star_number(a, &c->width))
            return false;
        if (c->width < 0) {
            c->left = true;
            c->width = -c->width;
        }
        q++;
    } else if (q < end && *q >= '0' && *q <= '9') {
        for (c->width = 0; q < end && *q >= '0' && *q <= '9'; q++)
            c->width = c->width * 10 + (*q - '0');
    }
    if (q < end && *q == '.') {
        q++;
        c->prec = 0;
        if (q < end && *q == '*') {
            if (!star_number(a, &c->prec))
                return false;
            q++;
        } else {
            for (; q < end && *q >= '0' && *q <= '9'; q++)
                c->prec = c->prec * 10 + (*q - '0');
        }
    }
    while (q < end && strchr("hlL", *q))
        q++;
    if (q >= end) {
        exc_raise_format(&exc_ValueError, "incomplete format");
        return false;
    }
    c->type = *q++;
    *p = q;
    return true;
}

static bool convert(StrBuf *out, const Conv *c, Value v)
{
    if (c->bytes && strchr("srab", c->type))
        return format_bytes_text(out, c, v);
    if (c->bytes && c->type == 'c')
        return format_byte(out, c, v);
    switch (c->type) {
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
        return format_integer(out, c, v);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
        return format_floating(out, c, v);
    case 's':
    case 'r':
    case 'a':
        return format_text(out, c, v);
    case 'c':
        return format_char(out, c, v);
    default:
        return false;
    }
}

// ValueError "unsupported format character 'y' (0x79) at index 1": the
// index counts code points for str, bytes for bytes. Bytes above 0x7f
// fail in CPython's own message formatting with an OverflowError.
static void unsupported(const Args *a, const char *fmt, const char *at)
{
    unsigned char byte = (unsigned char)*at;
    if (a->bytes && byte >= 0x80) {
        exc_raise_format(&exc_OverflowError,
                         "character argument not in range(0x110000)");
        return;
    }
    int64_t index = at - fmt;
    uint32_t cp = byte;
    if (!a->bytes) {
        int n;
        cp = utf8_decode_at(at, &n);
        for (const char *p = fmt; p < at; p++)
            index -= ((unsigned char)*p & 0xC0) == 0x80;
    }
    exc_raise_format(&exc_ValueError,
                     "unsupported format character '%c' (0x%x) at index "
                     "%lld",
                     a->bytes || (cp >= 31 && cp <= 126) ? (char)cp : '?',
                     (unsigned)cp, (long long)index);
}

// Formats fmt[0, size) with `args` into `out`; false on error.
static bool percent_format(StrBuf *out, const char *fmt, int64_t size, Args *a)
{
    const char *p = fmt, *end = fmt + size;
    while (p < end) {
        const char *pct = memchr(p, '%', (size_t)(end - p));
        if (pct == NULL) {
            strbuf_append(out, p, (size_t)(end - p));
            break;
        }
        strbuf_append(out, p, (size_t)(pct - p));
        p = pct + 1;
        if (p < end && *p == '%') {
            strbuf_append_char(out, '%');
            p++;
            continue;
        }
        Conv c;
        Value keyed;
        if (!parse_conv(&p, end, a, &c, &keyed))
            return false;
        if (c.type == '%') {
            strbuf_append_char(out, '%');
            continue;
        }
        const char *known = a->bytes ? "diuoxXeEfFgGsrabc" : "diuoxXeEfFgGsrac";
        if (c.type == '\0' || !strchr(known, c.type)) {
            unsupported(a, fmt, p - 1);
            value_decref(keyed);
            return false;
        }
        Value v = keyed ? keyed : next_arg(a);
        bool ok = v != VALUE_NULL && convert(out, &c, v);
        value_decref(keyed);
        if (!ok)
            return false;
    }
    if (a->next < a->n && !a->mapping) {
        exc_raise_format(&exc_TypeError,
                         "not all arguments converted during %s formatting",
                         a->bytes ? "bytes" : "string");
        return false;
    }
    return true;
}

// The arguments: a tuple's items, or the one value (which may also be a
// mapping for %(key)s, unless it is a str, or for bytes a bytes-like).
static void args_init(Args *a, Value args, bool bytes)
{
    *a = (Args){.all = args, .bytes = bytes};
    TypeObject *t = value_type(args);
    if (tuple_check(args)) {
        TupleObject *tuple = (TupleObject *)value_as_object(args);
        a->items = tuple->items;
        a->n = tuple->size;
        return;
    }
    a->items = &a->all;
    a->n = 1;
    a->mapping = t->getitem != NULL && !str_check(args) &&
                 !(bytes && (bytes_check(args) || bytearray_check(args)));
}

Value str_percent(Value fmt, Value args)
{
    StrObject *f = (StrObject *)value_as_object(fmt);
    Args a;
    args_init(&a, args, false);
    StrBuf out;
    strbuf_init(&out);
    if (!percent_format(&out, f->data, f->size, &a)) {
        strbuf_discard(&out);
        return VALUE_NULL;
    }
    return value_steal(&strbuf_finish(&out)->header);
}

Value bytes_percent(Value fmt, Value args)
{
    bool is_bytearray = bytearray_check(fmt);
    BytesObject *f = bytearray_bytes_like(fmt); // a snapshot of a bytearray
    Args a;
    args_init(&a, args, true);
    StrBuf out;
    strbuf_init(&out);
    bool ok = percent_format(&out, f->data, f->size, &a);
    refcount_dec(&f->header);
    Object *r = NULL;
    if (ok && is_bytearray)
        r = &bytearray_from(out.data, (int64_t)out.size)->header;
    else if (ok)
        r = &bytes_from(out.data, (int64_t)out.size)->header;
    strbuf_discard(&out);
    return r ? value_steal(r) : VALUE_NULL;
}
