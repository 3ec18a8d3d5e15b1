// format.c: the format spec mini-language for str, int and float, and
// str.format (format.h).
//
// Numbers are laid out in pieces: sign, prefix (0x...), the digits
// (grouped), and the rest (fraction, exponent, '%'); padding goes around
// them, or between the prefix and the digits for '=' alignment, where
// zero padding also takes part in the grouping as CPython's does.
#include "vm/objects/format.h"

#include <gmp.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc/alloc.h"
#include "vm/exc.h"
#include "vm/objects/complex.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/objects/utf8.h"
#include "vm/ops.h"

// float.c may not be linked into every build yet: the float type is
// looked up weakly and a missing one simply never matches.

typedef struct Spec {
    uint32_t fill;
    char align; // '<' '>' '^' '=' or 0 (default)
    char sign;  // '+' '-' ' ' or 0
    bool alt, zero_neg, has_fill;
    int64_t width; // -1: none
    char group;    // ',' '_' or 0
    int64_t prec;  // -1: none
    char type;     // 0: none
} Spec;

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '^' || c == '=';
}

static bool read_number(const uint32_t *c, int64_t n, int64_t *i, int64_t *out)
{
    int64_t v = 0, start = *i;
    while (*i < n && c[*i] >= '0' && c[*i] <= '9' && v < INT64_MAX / 10 - 9)
        v = v * 10 + (c[(*i)++] - '0');
    *out = v;
    return *i > start;
}

static bool bad_spec(const StrObject *spec, const char *tname)
{
    exc_raise_format(&exc_ValueError,
                     "Invalid format specifier '%s' for object of type '%s'",
                     spec->data, tname);
    return false;
}

// Parses the spec's code points c[0, n).
static bool parse_cps(const uint32_t *c, int64_t n, const StrObject *spec,
                      Spec *o, const char *tname)
{
    int64_t i = 0;
    if (n >= 2 && is_align(c[1])) {
        o->fill = c[0];
        o->align = (char)c[1];
        o->has_fill = true;
        i = 2;
    } else if (n >= 1 && is_align(c[0])) {
        o->align = (char)c[0];
        i = 1;
    }
    if (i < n && (c[i] == '+' || c[i] == '-' || c[i] == ' '))
        o->sign = (char)c[i++];
    if (i < n && c[i] == 'z')
        o->zero_neg = ++i;
    if (i < n && c[i] == '#')
        o->alt = ++i;
    if (i < n && c[i] == '0') {
        if (!o->has_fill)
            o->fill = '0';
        if (o->align == 0)
            o->align = '=';
        i++;
    }
    if (!read_number(c, n, &i, &o->width))
        o->width = -1;
    if (i < n && (c[i] == ',' || c[i] == '_'))
        o->group = (char)c[i++];
    if (i < n && c[i] == '.') {
        i++;
        if (!read_number(c, n, &i, &o->prec)) {
            exc_raise_format(&exc_ValueError,
                             "Format specifier missing precision");
            return false;
        }
    }
    if (i < n && c[i] < 0x80)
        o->type = (char)c[i++];
    return i == n || bad_spec(spec, tname);
}

static bool parse_spec(const StrObject *spec, Spec *o, const char *tname)
{
    *o = (Spec){.fill = ' ', .width = -1, .prec = -1};
    int64_t n = spec->length;
    uint32_t *c = alloc_raw(sizeof *c * (size_t)(n + 1));
    for (int64_t k = 0; k < n; k++)
        c[k] = str_code_point_at(spec, k);
    bool ok = parse_cps(c, n, spec, o, tname);
    alloc_free(c);
    return ok;
}

static bool unknown_code(const Spec *s, const char *tname)
{
    if (s->type > 32 && s->type < 127)
        exc_raise_format(&exc_ValueError,
                         "Unknown format code '%c' for object of type '%s'",
                         s->type, tname);
    else
        exc_raise_format(&exc_ValueError,
                         "Unknown format code '\\x%x' for object of type '%s'",
                         (unsigned)(unsigned char)s->type, tname);
    return false;
}

// ------------------------------------------------------------ layout

// Appends `body` (code points counted in `len`) padded to the spec's
// width with the default alignment `dflt`.
static void pad_around(StrBuf *b, const Spec *s, const char *body, size_t size,
                       int64_t len, char dflt)
{
    int64_t pad = s->width > len ? s->width - len : 0;
    char align = s->align ? s->align : dflt;
    int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    strbuf_append_repeat(b, s->fill, left);
    strbuf_append(b, body, size);
    strbuf_append_repeat(b, s->fill, pad - left);
}

// `digits` with a separator every `every` digits from the right.
static void group_into(StrBuf *b, const char *digits, int64_t n, char sep,
                       int every)
{
    for (int64_t i = 0; i < n; i++) {
        if (sep && i > 0 && (n - i) % every == 0)
            strbuf_append_char(b, sep);
        strbuf_append_char(b, digits[i]);
    }
}

static int64_t grouped_len(int64_t n, char sep, int every)
{
    return sep && n > 0 ? n + (n - 1) / every : n;
}

// A number: sign, prefix, integer digits, rest (all ASCII).
typedef struct NumParts {
    const char *sign, *prefix;
    const char *digits;
    int64_t ndigits;
    const char *rest;
} NumParts;

static StrObject *layout_number(const Spec *s, const NumParts *p, int every)
{
    int64_t fixed =
        (int64_t)(strlen(p->sign) + strlen(p->prefix) + strlen(p->rest));
    int64_t nd = p->ndigits;
    char *digits = alloc_raw((size_t)(nd + (s->width > 0 ? s->width : 0) + 1));
    memcpy(digits, p->digits, (size_t)nd);
    bool zero_fill = s->align == '=' && s->fill == '0';
    if (zero_fill) { // zeros join the digits, grouping included
        while (fixed + grouped_len(nd, s->group, every) < s->width) {
            memmove(digits + 1, digits, (size_t)nd++);
            digits[0] = '0';
        }
    }
    StrBuf body;
    strbuf_init(&body);
    group_into(&body, digits, nd, s->group, every);
    strbuf_append_cstr(&body, p->rest);
    alloc_free(digits);
    StrBuf out;
    strbuf_init(&out);
    int64_t len = fixed - (int64_t)strlen(p->rest) + (int64_t)body.size;
    if (s->align == '=') {
        strbuf_append_cstr(&out, p->sign);
        strbuf_append_cstr(&out, p->prefix);
        strbuf_append_repeat(&out, s->fill,
                             s->width > len ? s->width - len : 0);
        strbuf_append(&out, body.data, body.size);
    } else {
        StrBuf all;
        strbuf_init(&all);
        strbuf_append_cstr(&all, p->sign);
        strbuf_append_cstr(&all, p->prefix);
        strbuf_append(&all, body.data, body.size);
        pad_around(&out, s, all.data, all.size, len, '>');
        strbuf_discard(&all);
    }
    strbuf_discard(&body);
    return strbuf_finish(&out);
}

static const char *sign_of(const Spec *s, bool negative)
{
    return negative ? "-" : s->sign == '+' ? "+" : s->sign == ' ' ? " " : "";
}

// ------------------------------------------------------------ str

static StrObject *format_str(StrObject *v, const Spec *s)
{
    if (s->type != 0 && s->type != 's') {
        unknown_code(s, "str");
        return NULL;
    }
    const char *err = s->sign  ? "Sign not allowed in string format specifier"
                      : s->alt ? "Alternate form (#) not allowed in string "
                                 "format specifier"
                      : s->align == '=' ? "'=' alignment not allowed in "
                                          "string format specifier"
                                        : NULL;
    if (err != NULL) {
        exc_raise_format(&exc_ValueError, "%s", err);
        return NULL;
    }
    int64_t len = v->length;
    if (s->prec >= 0 && s->prec < len)
        len = s->prec;
    StrObject *part = str_substring(v, 0, len);
    StrBuf b;
    strbuf_init(&b);
    pad_around(&b, s, part->data, (size_t)part->size, len, '<');
    refcount_dec(&part->header);
    return strbuf_finish(&b);
}

// ------------------------------------------------------------ float

// Removes trailing zeros (and a trailing '.') of the fraction in buf.
static void strip_zeros(char *buf)
{
    char *e = strchr(buf, 'e');
    char tail[16] = "";
    if (e) {
        snprintf(tail, sizeof tail, "%s", e);
        *e = '\0';
    }
    if (strchr(buf, '.')) {
        size_t n = strlen(buf);
        while (n > 0 && buf[n - 1] == '0')
            buf[--n] = '\0';
        if (n > 0 && buf[n - 1] == '.')
            buf[--n] = '\0';
    }
    strcat(buf, tail);
}

// 'g' with precision p; `repr_mode` is the no-type form, which switches
// to exponents one digit earlier and always shows a fraction.
static void format_g(char *buf, size_t cap, double d, int64_t p, bool alt,
                     bool repr_mode)
{
    if (p == 0)
        p = 1;
    snprintf(buf, cap, "%.*e", (int)(p - 1), d);
    int x = atoi(strchr(buf, 'e') + 1);
    if (x < -4 || x >= (repr_mode ? p - 1 : p)) {
        if (!alt)
            strip_zeros(buf);
        return;
    }
    snprintf(buf, cap, "%.*f", (int)(p - 1 - x), d);
    if (!alt)
        strip_zeros(buf);
    if (repr_mode && !strchr(buf, '.'))
        strcat(buf, ".0");
}

// repr(d) for a finite d >= 0: the fewest digits that read back as d,
// in exponent form outside 1e-4 <= d < 1e16.
static void shortest_repr(char *buf, size_t cap, double d)
{
    int p = 1;
    for (; p < 17; p++) {
        snprintf(buf, cap, "%.*e", p - 1, d);
        if (strtod(buf, NULL) == d)
            break;
    }
    snprintf(buf, cap, "%.*e", p - 1, d);
    int x = atoi(strchr(buf, 'e') + 1);
    if (x < -4 || x >= 16) {
        strip_zeros(buf);
        return;
    }
    snprintf(buf, cap, "%.*f", p - 1 - x > 0 ? p - 1 - x : 0, d);
    if (!strchr(buf, '.'))
        strcat(buf, ".0");
}

// The text of |d| (no sign) per type and precision, into buf.
static void float_text(char *buf, size_t cap, double d, const Spec *s,
                       Value repr_of)
{
    int64_t p = s->prec < 0 ? 6 : s->prec;
    char t = s->type;
    if (isinf(d) || isnan(d)) {
        bool up = t == 'E' || t == 'F' || t == 'G';
        snprintf(buf, cap, "%s%s",
                 isnan(d) ? (up ? "NAN" : "nan") : (up ? "INF" : "inf"),
                 t == '%' ? "%" : "");
        return;
    }
    if (t == 'f' || t == 'F' || t == '%') {
        snprintf(buf, cap, s->alt ? "%#.*f%s" : "%.*f%s", (int)p,
                 t == '%' ? d * 100 : d, t == '%' ? "%" : "");
    } else if (t == 'e' || t == 'E') {
        snprintf(buf, cap, s->alt ? "%#.*e" : "%.*e", (int)p, d);
    } else if (t == 'g' || t == 'G' || t == 'n') {
        format_g(buf, cap, d, p, s->alt, false);
    } else if (s->prec >= 0) {
        format_g(buf, cap, d, s->prec, s->alt, true);
    } else { // no type, no precision: repr
        StrObject *r = repr_of ? op_repr(repr_of) : NULL;
        snprintf(buf, cap, "%s", r ? r->data + (r->data[0] == '-') : "");
        if (r)
            refcount_dec(&r->header);
        else
            shortest_repr(buf, cap, d);
    }
    if (t == 'E' || t == 'G')
        for (char *c = buf; *c; c++)
            *c = *c == 'e' ? 'E' : *c;
}

static StrObject *format_double(double d, const Spec *s, Value repr_of,
                                const char *tname)
{
    if (!strchr("eEfFgGn%", s->type) || (s->type == 'n' && s->group)) {
        if (s->type == 'n')
            exc_raise_format(&exc_ValueError, "Cannot specify ',' with 'n'.");
        else
            unknown_code(s, tname);
        return NULL;
    }
    bool neg = signbit(d) && !isnan(d);
    if (repr_of && !(s->type == 0 && s->prec < 0))
        repr_of = VALUE_NULL;
    char buf[512];
    float_text(buf, sizeof buf, fabs(d), s, repr_of);
    if (neg && s->zero_neg &&
        (strspn(buf, "0.") == strcspn(buf, "e%") || strcmp(buf, "0") == 0))
        neg = false; // 'z': negative zero after rounding prints as zero
    size_t int_len = strspn(buf, "0123456789");
    if (isinf(d) || isnan(d))
        int_len = 0;
    NumParts p = {sign_of(s, neg), "", buf, (int64_t)int_len, buf + int_len};
    return layout_number(s, &p, 3);
}

// ------------------------------------------------------------ complex

// The ',' and '_' the spec parser accepts before the type is known.
static bool check_grouping(const Spec *s)
{
    if (!s->group || strchr("defgEG%F", s->type) ||
        (s->group == '_' && s->type && strchr("boxX", s->type)))
        return true;
    if (s->type > 32 && s->type < 127)
        exc_raise_format(&exc_ValueError, "Cannot specify '%c' with '%c'.",
                         s->group, s->type);
    else
        exc_raise_format(&exc_ValueError, "Cannot specify '%c' with '\\x%x'.",
                         s->group, (unsigned)(unsigned char)s->type);
    return false;
}

// One part of a complex: its sign (`forced` when the sign of a
// non-negative part is always shown) and |d| in the part's type, whose
// integer digits take the grouping.
static void complex_part(StrBuf *b, double d, const Spec *ps, bool forced)
{
    char buf[512];
    if (ps->type == 'r') { // repr digits; '#' adds the point
        complex_part_repr(fabs(d), false, buf);
        if (ps->alt && isfinite(d) && !strchr(buf, '.')) {
            char *e = strchr(buf, 'e');
            size_t at = e ? (size_t)(e - buf) : strlen(buf);
            memmove(buf + at + 1, buf + at, strlen(buf) - at + 1);
            buf[at] = '.';
        }
    } else {
        float_text(buf, sizeof buf, fabs(d), ps, VALUE_NULL);
    }
    bool neg = signbit(d) && !isnan(d);
    if (neg && ps->zero_neg &&
        (strspn(buf, "0.") == strcspn(buf, "eE") || strcmp(buf, "0") == 0))
        neg = false;
    strbuf_append_cstr(b, forced && !neg ? "+" : sign_of(ps, neg));
    size_t int_len = isfinite(d) ? strspn(buf, "0123456789") : 0;
    group_into(b, buf, (int64_t)int_len, ps->group, 3);
    strbuf_append_cstr(b, buf + int_len);
}

StrObject *format_complex(double re, double im, StrObject *spec)
{
    Spec s;
    if (!parse_spec(spec, &s, "complex") || !check_grouping(&s))
        return NULL;
    if (s.type != 0 && !strchr("eEfFgGn", s.type)) {
        unknown_code(&s, "complex");
        return NULL;
    }
    const char *err = s.fill == '0'    ? "Zero padding is not allowed"
                      : s.align == '=' ? "'=' alignment flag is not allowed"
                                       : NULL;
    if (err) {
        exc_raise_format(&exc_ValueError, "%s in complex format specifier",
                         err);
        return NULL;
    }
    // No type: like repr, without parentheses when the real part is +0.
    bool bare = s.type == 0 && re == 0.0 && !signbit(re);
    bool parens = s.type == 0 && !bare;
    Spec ps = s;
    ps.type = s.type == 'n' ? 'g' : s.type ? s.type : s.prec >= 0 ? 'g' : 'r';
    StrBuf body;
    strbuf_init(&body);
    if (parens)
        strbuf_append_char(&body, '(');
    if (!bare)
        complex_part(&body, re, &ps, false);
    complex_part(&body, im, &ps, !bare);
    strbuf_append_cstr(&body, parens ? "j)" : "j");
    StrObject *text = strbuf_finish(&body);
    StrBuf out;
    strbuf_init(&out);
    pad_around(&out, &s, text->data, (size_t)text->size, text->length, '>');
    refcount_dec(&text->header);
    return strbuf_finish(&out);
}

// ------------------------------------------------------------ int

// Digits of |v| in `base` (a new buffer the caller frees).
static char *int_digits(Value v, int base, bool *neg)
{
    int64_t i;
    if (int_as_i64(v, &i)) {
        uint64_t u = i < 0 ? -(uint64_t)i : (uint64_t)i;
        char *out = alloc_raw(72), tmp[72];
        int n = 0;
        do {
            tmp[n++] = "0123456789abcdef"[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
        for (int k = 0; k < n; k++)
            out[k] = tmp[n - 1 - k];
        out[n] = '\0';
        *neg = i < 0;
        return out;
    }
    const IntObject *big = (const IntObject *)value_as_object(v);
    char *out = alloc_raw(mpz_sizeinbase(big->value, base) + 2);
    mpz_get_str(out, base, big->value);
    *neg = out[0] == '-';
    if (*neg)
        memmove(out, out + 1, strlen(out));
    return out;
}

static double int_to_double(Value v)
{
    int64_t i;
    if (int_as_i64(v, &i))
        return (double)i;
    return mpz_get_d(((const IntObject *)value_as_object(v))->value);
}

static StrObject *format_char(Value v, const Spec *s)
{
    int64_t i;
    if (!int_as_i64(v, &i) || i < 0 || i >= 0x110000) {
        exc_raise_format(&exc_OverflowError, "%%c arg not in range(0x110000)");
        return NULL;
    }
    StrBuf one;
    strbuf_init(&one);
    strbuf_append_code_point(&one, (uint32_t)i);
    StrBuf b;
    strbuf_init(&b);
    pad_around(&b, s, one.data, one.size, 1, '<');
    strbuf_discard(&one);
    return strbuf_finish(&b);
}

static StrObject *format_int(Value v, const Spec *s)
{
    char t = s->type ? s->type : 'd';
    if (strchr("eEfFgG%", t))
        return format_double(int_to_double(v), s, VALUE_NULL, "int");
    if (!strchr("bcdoxXn", t)) {
        unknown_code(s, "int");
        return NULL;
    }
    if (s->prec >= 0 || s->zero_neg) {
        exc_raise_format(&exc_ValueError,
                         s->prec >= 0 ? "Precision not allowed in integer "
                                        "format specifier"
                                      : "Negative zero coercion (z) not "
                                        "allowed in integer format specifier");
        return NULL;
    }
    if (s->group && (t == 'n' || t == 'c' || (s->group == ',' && t != 'd'))) {
        exc_raise_format(&exc_ValueError, "Cannot specify '%c' with '%c'.",
                         s->group, t);
        return NULL;
    }
    if (t == 'c')
        return format_char(v, s);
    int base = t == 'b' ? 2 : t == 'o' ? 8 : t == 'x' || t == 'X' ? 16 : 10;
    bool neg;
    char *digits = int_digits(v, base, &neg);
    if (t == 'X')
        for (char *c = digits; *c; c++)
            *c = *c >= 'a' ? (char)(*c - 32) : *c;
    const char *prefix = !s->alt      ? ""
                         : base == 2  ? "0b"
                         : base == 8  ? "0o"
                         : base == 16 ? (t == 'X' ? "0X" : "0x")
                                      : "";
    NumParts p = {sign_of(s, neg), prefix, digits, (int64_t)strlen(digits), ""};
    StrObject *r = layout_number(s, &p, base == 10 ? 3 : 4);
    alloc_free(digits);
    return r;
}

// ------------------------------------------------------------ dispatch

static bool is_float(Value v)
{
    return value_isinstance(v, &float_type);
}

// Whether v's class, defined in Python, has a __format__ of its own
// (or inherited from another such class) rather than a builtin one.
static bool custom_format(Value v)
{
    TypeObject *t = value_type(v);
    if (!(t->flags & TYPE_FLAG_HEAPTYPE))
        return false;
    Value f = type_lookup(t, str_intern_cstr("__format__"));
    return f != VALUE_NULL && value_type(f) != &method_descr_type;
}

// Formats any other object through its __format__ method (object's
// formats an empty spec as str()).
static StrObject *format_other(Value v, StrObject *spec)
{
    if (spec->size == 0 && !custom_format(v))
        return op_str(v);
    Value method;
    int found = op_lookup_attr(v, str_intern_cstr("__format__"), &method);
    if (found < 0)
        return NULL;
    if (found == 0) {
        exc_raise_format(&exc_TypeError,
                         "unsupported format string passed to %s.__format__",
                         type_name(value_type(v)));
        return NULL;
    }
    Value arg = value_new_ref(&spec->header);
    Value r = op_call(method, &arg, 1, NULL);
    value_decref(arg);
    value_decref(method);
    if (r == VALUE_NULL)
        return NULL;
    if (!str_check(r)) {
        exc_raise_format(&exc_TypeError, "__format__ must return a str, not %s",
                         type_name(value_type(r)));
        value_decref(r);
        return NULL;
    }
    return (StrObject *)value_as_object(r);
}

StrObject *format_value(Value v, StrObject *spec)
{
    bool is_int = int_check(v), is_str = str_check(v), flt = is_float(v);
    if ((!is_int && !is_str && !flt) || custom_format(v))
        return format_other(v, spec);
    // int.__format__ formats an empty spec as str(), which a subclass may
    // override; an exact int takes the digit path directly.
    bool plain_int = value_type(v) == &int_type;
    if (spec->size == 0 && !plain_int)
        return op_str(v);
    Spec s;
    const char *tname = type_name(value_type(v));
    if (!parse_spec(spec, &s, tname))
        return NULL;
    if (is_str)
        return format_str((StrObject *)value_as_object(v), &s);
    if (is_int)
        return format_int(v, &s);
    return format_double(float_value(v), &s, v, tname);
}

StrObject *format_float(double d, StrObject *spec)
{
    Spec s;
    if (!parse_spec(spec, &s, "float"))
        return NULL;
    return format_double(d, &s, VALUE_NULL, "float");
}

// ------------------------------------------------------------ str.format

typedef struct FormatState {
    const Value *args;
    size_t nargs;
    Object *kwnames;
    Value mapping;     // format_map's mapping (named fields), or VALUE_NULL
    int64_t next_auto; // -1 once a field was numbered by hand
    bool manual;
} FormatState;

static bool fmt_error(TypeObject *t, const char *msg)
{
    exc_raise_format(t, "%s", msg);
    return false;
}

// The keyword argument `name` (borrowed), or VALUE_NULL.
static Value keyword_arg(const FormatState *st, const char *name, size_t len)
{
    TupleObject *kw = (TupleObject *)st->kwnames;
    for (int64_t k = 0; kw && k < kw->size; k++) {
        StrObject *key = (StrObject *)value_as_object(kw->items[k]);
        if ((size_t)key->size == len && memcmp(key->data, name, len) == 0)
            return st->args[st->nargs + (size_t)k];
    }
    return VALUE_NULL;
}

static bool all_digits(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] < '0' || p[i] > '9')
            return false;
    return n > 0;
}

// The argument the first part of a field name designates (new ref).
static Value field_base(FormatState *st, const char *p, size_t n)
{
    if ((n == 0 || all_digits(p, n)) && st->mapping != VALUE_NULL) {
        fmt_error(&exc_ValueError, "Format string contains positional fields");
        return VALUE_NULL;
    }
    if (n == 0 || all_digits(p, n)) {
        bool autonum = n == 0;
        if (autonum ? st->manual : st->next_auto > 0) {
            fmt_error(&exc_ValueError,
                      autonum ? "cannot switch from manual field "
                                "specification to automatic field numbering"
                              : "cannot switch from automatic field numbering "
                                "to manual field specification");
            return VALUE_NULL;
        }
        int64_t i = autonum ? st->next_auto++ : atoll(p);
        st->manual |= !autonum;
        if (i >= (int64_t)st->nargs) {
            exc_raise_format(&exc_IndexError,
                             "Replacement index %lld out of range for "
                             "positional args tuple",
                             (long long)i);
            return VALUE_NULL;
        }
        value_incref(st->args[i]);
        return st->args[i];
    }
    if (st->mapping != VALUE_NULL) { // format_map: mapping[name]
        Value key = value_steal(&str_from_trusted_utf8(p, (int64_t)n)->header);
        Value v = op_getitem(st->mapping, key);
        value_decref(key);
        return v;
    }
    Value v = keyword_arg(st, p, n);
    if (v == VALUE_NULL) {
        Value key = value_steal(&str_from_trusted_utf8(p, (int64_t)n)->header);
        exc_raise(exception_new(&exc_KeyError,
                                value_steal(&tuple_pack(1, &key)->header)));
        value_decref(key);
        return VALUE_NULL;
    }
    value_incref(v);
    return v;
}

// Applies one `.attr` or `[key]` step to `v` (consumed); new ref.
static Value field_step(Value v, char kind, const char *p, size_t n)
{
    Value r;
    StrObject *name = str_from_trusted_utf8(p, (int64_t)n);
    if (kind == '.') {
        r = op_getattr(v, name);
    } else if (all_digits(p, n)) {
        r = op_getitem(v, value_from_int(atoll(p)));
    } else {
        r = op_getitem(v, value_steal(&name->header));
        name = NULL;
    }
    if (name)
        refcount_dec(&name->header);
    value_decref(v);
    return r;
}

// The object a whole field name ("0", "name.attr[1]") designates.
static Value resolve_field(FormatState *st, const char *p, size_t n)
{
    size_t i = strcspn(p, ".[");
    if (i > n)
        i = n;
    Value v = field_base(st, p, i);
    while (v != VALUE_NULL && i < n) {
        char kind = p[i++];
        size_t end = i;
        while (end < n && p[end] != '.' && p[end] != '[' &&
               !(kind == '[' && p[end] == ']'))
            end++;
        if (kind == '[' && (end >= n || p[end] != ']')) {
            value_decref(v);
            fmt_error(&exc_ValueError, "Missing ']' in format string");
            return VALUE_NULL;
        }
        v = field_step(v, kind, p + i, end - i);
        i = end + (kind == '[');
    }
    return v;
}

static StrObject *format_text(FormatState *st, StrObject *fmt, int depth);

// Converts (!r !s !a) and formats one field's value into b.
static bool emit_field(StrBuf *b, FormatState *st, const char *name,
                       size_t nlen, char conv, const char *spec, size_t slen,
                       int depth)
{
    Value v = resolve_field(st, name, nlen);
    if (v == VALUE_NULL)
        return false;
    if (conv) {
        StrObject *c = conv == 'r'   ? op_repr(v)
                       : conv == 's' ? op_str(v)
                                     : ascii_repr(v);
        value_decref(v);
        if (c == NULL)
            return false;
        v = value_steal(&c->header);
    }
    StrObject *sp = str_from_trusted_utf8(spec, (int64_t)slen);
    if (memchr(spec, '{', slen) != NULL) { // nested fields in the spec
        StrObject *raw = sp;
        sp = depth < 1 ? format_text(st, raw, depth + 1) : NULL;
        if (depth >= 1)
            fmt_error(&exc_ValueError, "Max string recursion exceeded");
        refcount_dec(&raw->header);
    }
    StrObject *r = sp ? format_value(v, sp) : NULL;
    if (sp)
        refcount_dec(&sp->header);
    value_decref(v);
    if (r == NULL)
        return false;
    strbuf_append_str(b, r);
    refcount_dec(&r->header);
    return true;
}

// Parses the field starting after '{' at p; returns the bytes consumed
// up to and including its '}', or 0 on error.
static size_t parse_field(StrBuf *b, FormatState *st, const char *p,
                          const char *end, int depth)
{
    const char *q = p;
    int nest = 0;
    bool in_index = false; // '!' and ':' inside [key] belong to the key
    while (q < end && *q != '}' && *q != '{' &&
           (in_index || (*q != '!' && *q != ':'))) {
        in_index = *q == '[' ? true : *q == ']' ? false : in_index;
        q++;
    }
    const char *name_end = q;
    char conv = 0;
    if (q < end && *q == '!') {
        if (q + 1 >= end) {
            fmt_error(&exc_ValueError, "end of string while looking for "
                                       "conversion specifier");
            return 0;
        }
        conv = q[1];
        q += 2;
        if (conv != 'r' && conv != 's' && conv != 'a') {
            exc_raise_format(&exc_ValueError, "Unknown conversion specifier %c",
                             conv);
            return 0;
        }
        if (q < end && *q != ':' && *q != '}') {
            fmt_error(&exc_ValueError, "expected ':' after conversion "
                                       "specifier");
            return 0;
        }
    }
    const char *spec = q < end && *q == ':' ? ++q : q;
    for (; q < end && (*q != '}' || nest > 0); q++)
        nest += *q == '{' ? 1 : *q == '}' ? -1 : 0;
    if (q >= end) {
        fmt_error(&exc_ValueError, "expected '}' before end of string");
        return 0;
    }
    if (!emit_field(b, st, p, (size_t)(name_end - p), conv, spec,
                    (size_t)(q - spec), depth))
        return 0;
    return (size_t)(q + 1 - p);
}

static StrObject *format_text(FormatState *st, StrObject *fmt, int depth)
{
    StrBuf b;
    strbuf_init(&b);
    const char *p = fmt->data, *end = p + fmt->size;
    while (p < end) {
        char c = *p++;
        if ((c == '{' || c == '}') && p < end && *p == c) {
            strbuf_append_char(&b, c);
            p++;
        } else if (c == '}') {
            fmt_error(&exc_ValueError, "Single '}' encountered in format "
                                       "string");
            goto fail;
        } else if (c == '{') {
            if (p >= end) {
                fmt_error(&exc_ValueError, "Single '{' encountered in format "
                                           "string");
                goto fail;
            }
            size_t used = parse_field(&b, st, p, end, depth);
            if (used == 0)
                goto fail;
            p += used;
        } else {
            strbuf_append_char(&b, c);
        }
    }
    return strbuf_finish(&b);
fail:
    strbuf_discard(&b);
    return NULL;
}

StrObject *str_format(StrObject *fmt, const Value *args, size_t nargs,
                      Object *kwnames)
{
    FormatState st = {args, nargs, kwnames, VALUE_NULL, 0, false};
    return format_text(&st, fmt, 0);
}

StrObject *str_format_map(StrObject *fmt, Value mapping)
{
    FormatState st = {NULL, 0, NULL, mapping, 0, false};
    return format_text(&st, fmt, 0);
}
