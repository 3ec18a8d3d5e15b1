// str_percent.c: printf-style formatting, `"%5.2f" % x` (see format.h).
#include <stdio.h>
#include <string.h>

#include "vm/args.h"
#include "vm/exc.h"
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
    int64_t width, prec; // -1: not given
    char type;
} Conv;

typedef struct Args {
    Value all;    // the right operand
    Value *items; // positional items (a tuple's, or &all)
    int64_t n, next;
    bool mapping;
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
    int64_t chars = 0;
    for (size_t i = 0; i < len; i++)
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
        exc_raise_format(&exc_TypeError,
                         strchr("diu", c->type)
                             ? "%%%c format: a real number is required, not %s"
                             : "%%%c format: an integer is required, not %s",
                         c->type, value_type(v)->name);
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
        exc_raise_format(&exc_TypeError, "must be real number, not %s",
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

// Parses the conversion after '%' at *p; mapping keys pick the argument.
static bool parse_conv(const char **p, const char *end, Args *a, Conv *c,
                       Value *arg)
{
    const char *q = *p;
    *arg = VALUE_NULL;
    if (q < end && *q == '(') {
        const char *close = memchr(q, ')', (size_t)(end - q));
        if (!close) {
            exc_raise_format(&exc_ValueError, "incomplete format key");
            return false;
        }
        if (!a->mapping) {
            exc_raise_format(&exc_TypeError, "format requires a mapping");
            return false;
        }
        StrObject *key = str_from_trusted_utf8(q + 1, close - q - 1);
        *arg = op_getitem(a->all, (Value)&key->header);
        refcount_dec(&key->header);
        if (*arg == VALUE_NULL)
            return false;
        q = close + 1;
    }
    memset(c, 0, sizeof *c);
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

Value str_percent(Value fmt, Value args)
{
    StrObject *f = (StrObject *)value_as_object(fmt);
    Args a = {.all = args};
    if (tuple_check(args)) {
        TupleObject *t = (TupleObject *)value_as_object(args);
        a.items = t->items;
        a.n = t->size;
    } else {
        a.items = &a.all;
        a.n = 1;
        a.mapping =
            value_type(args)->getitem != NULL && value_type(args) != &str_type;
    }
    StrBuf out;
    strbuf_init(&out);
    const char *p = f->data, *end = f->data + f->size;
    while (p < end) {
        const char *pct = memchr(p, '%', (size_t)(end - p));
        if (pct == NULL) {
            strbuf_append(&out, p, (size_t)(end - p));
            break;
        }
        strbuf_append(&out, p, (size_t)(pct - p));
        p = pct + 1;
        if (p < end && *p == '%') {
            strbuf_append_char(&out, '%');
            p++;
            continue;
        }
        Conv c;
        Value keyed;
        if (!parse_conv(&p, end, &a, &c, &keyed))
            goto fail;
        if (c.type == '%') {
            strbuf_append_char(&out, '%');
            continue;
        }
        if (!strchr("diuoxXeEfFgGsrac", c.type)) {
            exc_raise_format(&exc_ValueError,
                             "unsupported format character '%c' (0x%x) at "
                             "index %lld",
                             c.type, (unsigned)(unsigned char)c.type,
                             (long long)(p - 1 - f->data));
            value_decref(keyed);
            goto fail;
        }
        Value v = keyed ? keyed : next_arg(&a);
        bool ok = v != VALUE_NULL && convert(&out, &c, v);
        value_decref(keyed);
        if (!ok)
            goto fail;
    }
    if (a.next < a.n && !a.mapping) {
        exc_raise_format(&exc_TypeError,
                         "not all arguments converted during string "
                         "formatting");
        goto fail;
    }
    return value_steal(&strbuf_finish(&out)->header);
fail:
    strbuf_discard(&out);
    return VALUE_NULL;
}
