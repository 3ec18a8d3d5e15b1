// number.c: divmod, round and abs over ints and floats, and the text
// helpers int() and float() share (whitespace, quoting in messages).
// See number.h.
#include "vm/objects/number.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/objects/complex.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"

// round(x, n) for floats leaves x alone above this many digits and gives
// zero below its negation (CPython's NDIGITS_MAX and NDIGITS_MIN).
#define NDIGITS_MAX 323
#define NDIGITS_MIN (-308)

static Value pair(Value a, Value b)
{
    TupleObject *t = tuple_new(2);
    tuple_init_item(t, 0, a);
    tuple_init_item(t, 1, b);
    return value_steal(&t->header);
}

static bool is_number(Value v)
{
    return int_check(v) || float_check(v);
}

// ------------------------------------------------------------ divmod

Value number_divmod(Value a, Value b)
{
    if (!is_number(a) || !is_number(b)) {
        exc_raise_format(&exc_TypeError,
                         "unsupported operand type(s) for divmod(): '%s' and "
                         "'%s'",
                         value_type(a)->name, value_type(b)->name);
        return VALUE_NULL;
    }
    if (int_check(a) && int_check(b)) {
        Value q, r;
        return int_divmod(a, b, &q, &r) ? pair(q, r) : VALUE_NULL;
    }
    double x, y, q, r;
    if (!value_as_double(a, &x) || !value_as_double(b, &y) ||
        !float_divmod(x, y, &q, &r))
        return VALUE_NULL;
    return pair(float_new(q), float_new(r));
}

// ------------------------------------------------------------ round

// x rounded half to even at 10**m (m > 0).
static Value round_int(Value x, int64_t m)
{
    IntView w;
    int_view_init(&w, x);
    mpz_t p, q, r;
    mpz_inits(p, q, r, NULL);
    if ((uint64_t)m <= mpz_sizeinbase(w.z, 10) + 1) {
        mpz_ui_pow_ui(p, 10, (unsigned long)m);
        mpz_fdiv_qr(q, r, w.z, p);
        mpz_mul_2exp(r, r, 1);
        int c = mpz_cmp(r, p);
        if (c > 0 || (c == 0 && mpz_odd_p(q)))
            mpz_add_ui(q, q, 1);
        mpz_mul(q, q, p);
    } // else |x| < 10**m / 2: the result is 0
    int_view_clear(&w);
    mpz_clears(p, r, NULL);
    return int_from_mpz(q);
}

static Value raise_too_large(void)
{
    exc_raise_format(&exc_OverflowError,
                     "rounded value too large to represent");
    return VALUE_NULL;
}

// x rounded at 10**m (m > 0) as the exact decimal value would round,
// half to even: the integer part decides, the fraction only breaks ties.
static Value round_double_left(double x, int64_t m)
{
    double ip = trunc(fabs(x));
    bool sticky = fabs(x) != ip;
    mpz_t z, p, q, r, one;
    mpz_init_set_d(z, ip);
    mpz_inits(p, q, r, NULL);
    mpz_init_set_ui(one, 1);
    mpz_ui_pow_ui(p, 10, (unsigned long)m);
    mpz_tdiv_qr(q, r, z, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && (sticky || mpz_odd_p(q))))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    double d;
    bool ok = int_ratio_to_double(q, one, &d);
    mpz_clears(z, p, q, r, one, NULL);
    if (!ok)
        return raise_too_large();
    return float_new(copysign(d, x));
}

// x rounded to n >= 0 decimals: the correctly rounded decimal text read
// back (CPython rounds the same way, through dtoa).
static Value round_double_right(double x, int64_t n)
{
    char buf[NDIGITS_MAX + 340];
    snprintf(buf, sizeof buf, "%.*f", (int)n, x);
    double d = strtod(buf, NULL);
    if (isinf(d))
        return raise_too_large();
    return float_new(d);
}

static Value round_double(double x, int64_t n)
{
    if (!isfinite(x) || n > NDIGITS_MAX)
        return float_new(x);
    if (n < NDIGITS_MIN)
        return float_new(0.0 * x);
    if (n >= 0)
        return round_double_right(x, n);
    return round_double_left(x, -n);
}

// The ndigits argument as a C integer; ints beyond int64 are clamped
// (their effect is the same as that of any large count).
static bool ndigits_value(Value v, int64_t *n)
{
    if (int_check(v) && !int_as_i64(v, n)) {
        *n = int_sign(v) < 0 ? -INT64_MAX : INT64_MAX;
        return true;
    }
    return value_as_index(v, n);
}

Value number_round(Value x, Value ndigits)
{
    if (!is_number(x)) {
        exc_raise_format(&exc_TypeError,
                         "type %s doesn't define __round__ method",
                         value_type(x)->name);
        return VALUE_NULL;
    }
    if (ndigits == VALUE_NULL || value_is_none(ndigits)) {
        if (int_check(x))
            return int_exact(x);
        return int_from_double(nearbyint(float_value(x))); // half to even
    }
    int64_t n;
    if (!ndigits_value(ndigits, &n))
        return VALUE_NULL;
    if (float_check(x))
        return round_double(float_value(x), n);
    return n >= 0 ? int_exact(x) : round_int(x, -n);
}

// ------------------------------------------------------------ abs

Value number_abs(Value x)
{
    if (int_check(x))
        return int_abs(x);
    if (float_check(x))
        return float_new(fabs(float_value(x)));
    if (complex_check(x))
        return complex_abs(x);
    exc_raise_format(&exc_TypeError, "bad operand type for abs(): '%s'",
                     value_type(x)->name);
    return VALUE_NULL;
}

// ------------------------------------------------------------ text

// The byte length of the whitespace character at p (str.isspace()), or 0.
static size_t space_length(const unsigned char *p, size_t avail)
{
    unsigned c = p[0];
    if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f))
        return 1;
    if (avail >= 2 && c == 0xc2 && (p[1] == 0x85 || p[1] == 0xa0))
        return 2;
    if (avail < 3)
        return 0;
    unsigned cp = (c & 0x0fu) << 12 | (p[1] & 0x3fu) << 6 | (p[2] & 0x3fu);
    if ((c & 0xf0) != 0xe0)
        return 0;
    bool space = cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
                 cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f ||
                 cp == 0x3000;
    return space ? 3 : 0;
}

void number_strip(const char **start, const char **end)
{
    const unsigned char *p = (const unsigned char *)*start;
    const unsigned char *e = (const unsigned char *)*end;
    size_t n;
    while (p < e && (n = space_length(p, (size_t)(e - p))) > 0)
        p += n;
    for (bool more = true; more && p < e;) {
        more = false;
        for (size_t k = 1; k <= 3 && k <= (size_t)(e - p); k++)
            if (space_length(e - k, k) == k) {
                e -= k;
                more = true;
                break;
            }
    }
    *start = (const char *)p;
    *end = (const char *)e;
}

// Appends the escaped form of one character (UTF-8 sequence at p, of
// length n) to out; returns the bytes written.
static size_t escape_char(const unsigned char *p, size_t n, char quote,
                          char *out)
{
    unsigned c = p[0];
    if (n == 1) {
        if (c == (unsigned)quote || c == '\\')
            return (size_t)sprintf(out, "\\%c", c);
        if (c == '\n' || c == '\r' || c == '\t')
            return (size_t)sprintf(out, "\\%c",
                                   c == '\n'   ? 'n'
                                   : c == '\r' ? 'r'
                                               : 't');
        if (c < 0x20 || c == 0x7f)
            return (size_t)sprintf(out, "\\x%02x", c);
        out[0] = (char)c;
        return 1;
    }
    unsigned cp = n == 2 ? (c & 0x1fu) << 6 | (p[1] & 0x3fu) : 0x100;
    if (cp <= 0xa0 || cp == 0xad) // C1 controls and unprintable spaces
        return (size_t)sprintf(out, "\\x%02x", cp);
    memcpy(out, p, n);
    return n;
}

static size_t utf8_length(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

// Cuts UTF-8 text after `max_chars` code points.
static void cut_chars(char *s, size_t max_chars)
{
    size_t k = 0;
    for (size_t chars = 0; s[k] && chars < max_chars; chars++)
        k += utf8_length((unsigned char)s[k]);
    s[k] = '\0';
}

char *number_quote_text(const char *text, size_t len, size_t max_chars)
{
    bool single = memchr(text, '\'', len) != NULL;
    bool dbl = memchr(text, '"', len) != NULL;
    char quote = single && !dbl ? '"' : '\'';
    char *out = malloc(len * 4 + 3);
    size_t k = 0;
    out[k++] = quote;
    const unsigned char *p = (const unsigned char *)text;
    const unsigned char *end = p + len;
    while (p < end) {
        size_t n = utf8_length(*p);
        if (n > (size_t)(end - p))
            n = (size_t)(end - p);
        k += escape_char(p, n, quote, out + k);
        p += n;
    }
    out[k++] = quote;
    out[k] = '\0';
    if (max_chars)
        cut_chars(out, max_chars);
    return out;
}

void number_raise_errno(TypeObject *type, int err)
{
    TupleObject *args = tuple_new(2);
    tuple_init_item(args, 0, value_from_int(err));
    tuple_init_item(args, 1,
                    value_steal(&str_from_cstr(strerror(err))->header));
    exc_raise(exception_new(type, value_steal(&args->header)));
}
