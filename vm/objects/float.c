// float.c: the float type: CPython's shortest round-trip repr, parsing,
// arithmetic with CPython's special cases (signed zeros of // and %, the
// IEEE corners of **), comparisons that are exact against ints of any
// size, and the hash shared with int. See float.h.
#include "vm/objects/float.h"

#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/objects/complex.h"
#include "vm/objects/int.h"
#include "vm/objects/number.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"

#define HASH_MODULUS ((((uint64_t)1) << 61) - 1)
#define HASH_BITS 61
#define HASH_INF 314159

static void float_dealloc(Object *op);
static int64_t float_hash_slot(Object *self);
static int float_equal_slot(Object *self, Value other);
static StrObject *float_repr(Value self);
static Value float_unary(Value a, UnaryOp op);
static int float_truth(Value self);
static Value float_new_slot(TypeObject *type, const Value *args, size_t nargs,
                            Object *kwnames);
static const MethodDef float_methods[];
static const GetSetDef float_getsets[];

TypeObject float_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "float",
    .basic_size = sizeof(FloatObject),
    .dealloc = float_dealloc,
    .hash = float_hash_slot,
    .equal = float_equal_slot,
    .flags = TYPE_FLAG_BASETYPE,
    .repr = float_repr,
    .binary = float_binary,
    .unary = float_unary,
    .compare = float_compare,
    .truth = float_truth,
    .new = float_new_slot,
    .methods = float_methods,
    .getsets = float_getsets,
    .doc = "Convert a string or number to a floating point number, if "
           "possible.",
};

// ------------------------------------------------------------ objects

static Value float_new_of_type(TypeObject *type, double d)
{
    FloatObject *f = (FloatObject *)object_new(type);
    f->value = d;
    return value_steal(&f->header);
}

Value float_new(double d)
{
    return float_new_of_type(&float_type, d);
}

bool float_check(Value v)
{
    return value_is_object(v) &&
           type_is_subtype(object_type(value_as_object(v)), &float_type);
}

static void float_dealloc(Object *op)
{
    object_free(op);
}

// 1 and the double for an int or float, 0 for other types, -1 on error
// (an int too large).
static int to_double(Value v, double *out)
{
    if (float_check(v)) {
        *out = float_value(v);
        return 1;
    }
    if (!int_check(v))
        return 0;
    return int_as_double(v, out) ? 1 : -1;
}

bool value_as_double(Value v, double *out)
{
    int r = to_double(v, out);
    if (r == 0)
        exc_raise_format(&exc_TypeError, "must be real number, not %s",
                         value_type(v)->name);
    return r == 1;
}

// ------------------------------------------------------------ repr

// Parses "%.*e" output ("-1.2345e+17") into digits and the exponent.
static int split_exp_format(const char *s, char *digits)
{
    int n = 0;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9')
            digits[n++] = *s;
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    return atoi(s + 1);
}

static bool reads_back(const char *text, double d)
{
    return strtod(text, NULL) == d;
}

// Strips trailing zeros from the decimal digits of m.
static void put_digits(long long m, char *digits)
{
    int n = sprintf(digits, "%lld", m);
    while (n > 1 && digits[n - 1] == '0')
        digits[--n] = '\0';
}

// When the correctly rounded candidate of p digits (m * 10**(exp - p + 1),
// m with p digits) misses d, which can happen next to a power of two
// where the gap below d is half the gap above, a neighbour m +- 1 may
// still read back as d. Returns the exponent of its first digit, or
// INT32_MIN.
static int try_neighbours(double d, long long m, int p, int exp, char *digits)
{
    char buf[40];
    for (int delta = 1; delta >= -1; delta -= 2) {
        snprintf(buf, sizeof buf, "%llde%d", m + delta, exp - p + 1);
        if (reads_back(buf, d)) {
            int len = snprintf(buf, sizeof buf, "%lld", m + delta);
            put_digits(m + delta, digits);
            return exp - p + len;
        }
    }
    return INT32_MIN;
}

int float_shortest_digits(double d, char *digits)
{
    char buf[40];
    for (int p = 1; p < 17; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, d);
        int exp = split_exp_format(buf, digits);
        if (reads_back(buf, d))
            return exp;
        if (p == 1)
            continue;
        char all[24];
        int k = 0;
        for (const char *s = buf; *s != 'e'; s++)
            if (*s != '.')
                all[k++] = *s;
        all[k] = '\0';
        int r = try_neighbours(d, atoll(all), p, exp, digits);
        if (r != INT32_MIN)
            return r;
    }
    snprintf(buf, sizeof buf, "%.16e", d); // 17 digits always read back
    return split_exp_format(buf, digits);
}

// Appends the decimal exponent in Python's form: e+16, e-05.
static size_t put_exponent(char *out, int exp)
{
    return (size_t)sprintf(out, "e%c%02d", exp < 0 ? '-' : '+', abs(exp));
}

// Formats digits d1d2...dn * 10**(exp - n + 1) as repr does.
static size_t format_repr(char *out, const char *digits, int exp)
{
    size_t n = strlen(digits), k = 0;
    if (exp < -4 || exp >= 16) {
        out[k++] = digits[0];
        if (n > 1) {
            out[k++] = '.';
            memcpy(out + k, digits + 1, n - 1);
            k += n - 1;
        }
        return k + put_exponent(out + k, exp);
    }
    if (exp < 0) {
        memcpy(out, "0.", 2);
        k = 2;
        for (int i = -1; i > exp; i--)
            out[k++] = '0';
        memcpy(out + k, digits, n);
        return k + n;
    }
    for (int i = 0; i <= exp; i++)
        out[k++] = (size_t)i < n ? digits[i] : '0';
    out[k++] = '.';
    if ((size_t)exp + 1 >= n) {
        out[k++] = '0';
    } else {
        memcpy(out + k, digits + exp + 1, n - (size_t)exp - 1);
        k += n - (size_t)exp - 1;
    }
    return k;
}

StrObject *float_repr_double(double d)
{
    if (isnan(d))
        return str_from_cstr("nan");
    if (isinf(d))
        return str_from_cstr(d > 0 ? "inf" : "-inf");
    char out[48], digits[24];
    size_t k = 0;
    if (signbit(d))
        out[k++] = '-';
    if (d == 0) {
        strcpy(out + k, "0.0");
        return str_from_cstr(out);
    }
    int exp = float_shortest_digits(fabs(d), digits);
    k += format_repr(out + k, digits, exp);
    out[k] = '\0';
    return str_from_cstr(out);
}

static StrObject *float_repr(Value self)
{
    return float_repr_double(float_value(self));
}

static StrObject *format_special(double d)
{
    if (isnan(d))
        return str_from_cstr("nan");
    return str_from_cstr(d > 0 ? "inf" : "-inf");
}

StrObject *float_format_fixed(double d, int precision)
{
    if (!isfinite(d))
        return format_special(d);
    int size = snprintf(NULL, 0, "%.*f", precision, d) + 1;
    char *buf = malloc((size_t)size);
    snprintf(buf, (size_t)size, "%.*f", precision, d);
    StrObject *s = str_from_cstr(buf);
    free(buf);
    return s;
}

StrObject *float_format_exp(double d, int precision)
{
    if (!isfinite(d))
        return format_special(d);
    int size = snprintf(NULL, 0, "%.*e", precision, d) + 1;
    char *buf = malloc((size_t)size);
    snprintf(buf, (size_t)size, "%.*e", precision, d);
    StrObject *s = str_from_cstr(buf);
    free(buf);
    return s;
}

// ------------------------------------------------------------ parsing

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

// Case-insensitive match of the whole of [p, end) against `word`.
static bool matches_word(const char *p, const char *end, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(end - p) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != word[i])
            return false;
    return true;
}

// Digits with single underscores between them, copied without the
// underscores; the number of digits.
static size_t take_digits(const char **p, const char *end, char **out)
{
    size_t n = 0;
    const char *s = *p;
    while (s < end) {
        if (is_digit(*s)) {
            *(*out)++ = *s++;
            n++;
        } else if (*s == '_' && n > 0 && s + 1 < end && is_digit(s[1])) {
            s++;
        } else {
            break;
        }
    }
    *p = s;
    return n;
}

// Checks the syntax of a finite decimal literal and copies it to `out`
// in the form strtod reads (no underscores).
static bool clean_decimal(const char *p, const char *end, char *out)
{
    if (p < end && (*p == '+' || *p == '-'))
        *out++ = *p++;
    size_t digits = take_digits(&p, end, &out);
    if (p < end && *p == '.') {
        *out++ = *p++;
        digits += take_digits(&p, end, &out);
    }
    if (digits == 0)
        return false;
    if (p < end && (*p == 'e' || *p == 'E')) {
        *out++ = *p++;
        if (p < end && (*p == '+' || *p == '-'))
            *out++ = *p++;
        if (take_digits(&p, end, &out) == 0)
            return false;
    }
    *out = '\0';
    return p == end;
}

// inf, infinity, nan with an optional sign.
static bool parse_special(const char *p, const char *end, double *out)
{
    double sign = 1.0;
    if (p < end && (*p == '+' || *p == '-'))
        sign = *p++ == '-' ? -1.0 : 1.0;
    if (matches_word(p, end, "inf") || matches_word(p, end, "infinity")) {
        *out = sign * INFINITY;
        return true;
    }
    if (matches_word(p, end, "nan")) {
        *out = copysign(NAN, sign);
        return true;
    }
    return false;
}

Value float_from_string(const char *text, size_t len)
{
    const char *p = text, *end = text + len;
    number_strip(&p, &end);
    double d;
    if (parse_special(p, end, &d))
        return float_new(d);
    char *clean = malloc((size_t)(end - p) + 1);
    bool ok = clean_decimal(p, end, clean);
    if (ok)
        d = strtod(clean, NULL); // correctly rounded; overflow gives inf
    free(clean);
    if (ok)
        return float_new(d);
    char *quoted = number_quote_text(text, len, 0);
    exc_raise_format(&exc_ValueError, "could not convert string to float: %s",
                     quoted);
    free(quoted);
    return VALUE_NULL;
}

// ------------------------------------------------------------ hash

int64_t float_hash_double(double d, const void *self)
{
    if (!isfinite(d)) {
        if (isinf(d))
            return d > 0 ? HASH_INF : -HASH_INF;
        uintptr_t a = (uintptr_t)self; // nan: identity, as object.__hash__
        int64_t h = (int64_t)((a >> 4) | (a << 60));
        return h == -1 ? -2 : h;
    }
    // The value's residue mod 2**61 - 1, taking the mantissa 28 bits at a
    // time (2**61 == 1 mod the modulus, so exponents reduce mod 61).
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0; // 2**28
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

static int64_t float_hash_slot(Object *self)
{
    return float_hash_double(((FloatObject *)self)->value, self);
}

// ------------------------------------------------------------ compare

// Three-way comparison of two numbers (int or float): -1, 0, 1, or 2 when
// unordered (nan).
static int compare_numbers(Value a, Value b)
{
    if (float_check(a) && float_check(b)) {
        double x = float_value(a), y = float_value(b);
        if (isnan(x) || isnan(y))
            return 2;
        return (x > y) - (x < y);
    }
    if (float_check(a)) {
        int c = int_compare_double(b, float_value(a));
        return c == 2 ? 2 : -c;
    }
    return int_compare_double(a, float_value(b));
}

Value float_compare(Value a, Value b, CmpOp op)
{
    bool fa = float_check(a), fb = float_check(b);
    if (!(fa || fb) || !(fa || int_check(a)) || !(fb || int_check(b)))
        return VALUE_NOT_IMPLEMENTED;
    return value_bool(number_cmp_holds(compare_numbers(a, b), op));
}

static int float_equal_slot(Object *self, Value other)
{
    if (!float_check(other) && !int_check(other))
        return 0;
    return compare_numbers(value_steal(self), other) == 0;
}

// ------------------------------------------------------------ arithmetic

bool float_divmod(double x, double y, double *quotient, double *remainder)
{
    if (y == 0.0) {
        exc_raise_format(&exc_ZeroDivisionError, "float divmod()");
        return false;
    }
    double mod = fmod(x, y);
    double div = (x - mod) / y;
    if (mod) {
        if ((y < 0) != (mod < 0)) { // the remainder takes y's sign
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    double floordiv;
    if (div) {
        floordiv = floor(div); // div is within one ulp of an integer
        if (div - floordiv > 0.5)
            floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, x / y);
    }
    *quotient = floordiv;
    *remainder = mod;
    return true;
}

static double float_mod(double x, double y)
{
    double mod = fmod(x, y);
    if (mod) {
        if ((y < 0) != (mod < 0))
            mod += y;
    } else {
        mod = copysign(0.0, y);
    }
    return mod;
}

static bool is_odd_integer(double y)
{
    return fmod(fabs(y), 2.0) == 1.0;
}

static bool raise_zero_power(void)
{
    exc_raise_format(&exc_ZeroDivisionError,
                     "0.0 cannot be raised to a negative power");
    return false;
}

// The cases of x ** y where C's pow and Python's agree only in part:
// nans, infinities and zeros. True when *out is set (or an error raised,
// with *ok false).
static bool pow_special(double x, double y, double *out, bool *ok)
{
    *ok = true;
    if (y == 0) {
        *out = 1.0; // even for nan
    } else if (isnan(x)) {
        *out = x;
    } else if (isnan(y)) {
        *out = x == 1.0 ? 1.0 : y;
    } else if (isinf(y)) {
        double ax = fabs(x);
        *out = ax == 1.0 ? 1.0 : (y > 0) == (ax > 1.0) ? fabs(y) : 0.0;
    } else if (isinf(x)) {
        bool odd = is_odd_integer(y);
        *out = y > 0 ? (odd ? x : fabs(x)) : (odd ? copysign(0.0, x) : 0.0);
    } else if (x == 0.0) {
        if (y < 0)
            *ok = raise_zero_power();
        else
            *out = is_odd_integer(y) ? x : 0.0;
    } else {
        return false;
    }
    return true;
}

bool float_pow(double x, double y, double *out)
{
    bool ok;
    if (pow_special(x, y, out, &ok))
        return ok;
    bool negate = false;
    if (x < 0.0) {
        if (y != floor(y)) {
            exc_raise_format(&exc_ValueError, "negative number cannot be "
                                              "raised to a fractional power");
            return false;
        }
        x = -x;
        negate = is_odd_integer(y);
    }
    double r = x == 1.0 ? 1.0 : pow(x, y);
    if (isinf(r)) {
        number_raise_errno(&exc_OverflowError, ERANGE);
        return false;
    }
    *out = negate ? -r : r;
    return true;
}

// A negative base with a fractional exponent: the result is complex.
static bool pow_is_complex(double x, double y)
{
    return x < 0.0 && isfinite(x) && isfinite(y) && y != floor(y);
}

static bool raise_zero(const char *message)
{
    exc_raise_format(&exc_ZeroDivisionError, "%s", message);
    return false;
}

// x op y for doubles; false with an exception set on error.
static bool double_binary(double x, double y, BinOp op, double *r)
{
    double q;
    switch (op) {
    case BINOP_ADD:
        *r = x + y;
        return true;
    case BINOP_SUB:
        *r = x - y;
        return true;
    case BINOP_MUL:
        *r = x * y;
        return true;
    case BINOP_TRUEDIV:
        if (y == 0.0)
            return raise_zero("float division by zero");
        *r = x / y;
        return true;
    case BINOP_FLOORDIV:
        if (y == 0.0)
            return raise_zero("float floor division by zero");
        return float_divmod(x, y, r, &q);
    case BINOP_MOD:
        if (y == 0.0)
            return raise_zero("float modulo");
        *r = float_mod(x, y);
        return true;
    default:
        return float_pow(x, y, r);
    }
}

Value float_binary(Value a, Value b, BinOp op)
{
    switch (op) {
    case BINOP_ADD:
    case BINOP_SUB:
    case BINOP_MUL:
    case BINOP_TRUEDIV:
    case BINOP_FLOORDIV:
    case BINOP_MOD:
    case BINOP_POW:
        break;
    default:
        return VALUE_NOT_IMPLEMENTED;
    }
    double x, y, r;
    int ca = to_double(a, &x);
    if (ca <= 0)
        return ca < 0 ? VALUE_NULL : VALUE_NOT_IMPLEMENTED;
    int cb = to_double(b, &y);
    if (cb <= 0)
        return cb < 0 ? VALUE_NULL : VALUE_NOT_IMPLEMENTED;
    if (op == BINOP_POW && pow_is_complex(x, y))
        return complex_pow((Complex){x, 0.0}, (Complex){y, 0.0});
    if (!double_binary(x, y, op, &r))
        return VALUE_NULL;
    return float_new(r);
}

static Value float_unary(Value a, UnaryOp op)
{
    if (!float_check(a))
        return VALUE_NOT_IMPLEMENTED;
    double x = float_value(a);
    if (op == UNARY_INVERT) {
        exc_raise_format(&exc_TypeError, "bad operand type for unary ~: '%s'",
                         value_type(a)->name);
        return VALUE_NULL;
    }
    return float_new(op == UNARY_NEG ? -x : x);
}

static int float_truth(Value self)
{
    return float_value(self) != 0.0;
}

// ------------------------------------------------------------ constructor

static Value float_convert(Value x)
{
    if (float_check(x))
        return float_new(float_value(x));
    double d;
    if (int_check(x))
        return int_as_double(x, &d) ? float_new(d) : VALUE_NULL;
    if (value_is_object(x) &&
        type_is_subtype(object_type(value_as_object(x)), &str_type)) {
        StrObject *s = (StrObject *)value_as_object(x);
        return float_from_string(s->data, (size_t)s->size);
    }
    exc_raise_format(&exc_TypeError,
                     "float() argument must be a string or a real number, "
                     "not '%s'",
                     value_type(x)->name);
    return VALUE_NULL;
}

static Value float_new_slot(TypeObject *type, const Value *args, size_t nargs,
                            Object *kwnames)
{
    if (!args_positional("float", nargs, kwnames, 0, 1))
        return VALUE_NULL;
    if (nargs == 0)
        return float_new_of_type(type, 0.0);
    if (type == &float_type && value_is_object(args[0]) &&
        object_type(value_as_object(args[0])) == &float_type)
        return value_new_ref(value_as_object(args[0]));
    Value r = float_convert(args[0]);
    if (r == VALUE_NULL || type == &float_type)
        return r;
    Value sub = float_new_of_type(type, float_value(r));
    value_decref(r);
    return sub;
}

// ------------------------------------------------------------ hex

// float.hex() and float.fromhex() follow CPython's floatobject.c step by
// step, so results (rounding, subnormals, errors) match exactly.

#define HEX_FRACTION_DIGITS 13 // (DBL_MANT_DIG - 1) / 4

StrObject *float_hex_double(double x)
{
    if (!isfinite(x))
        return float_repr_double(x);
    if (x == 0.0)
        return str_from_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char digits[HEX_FRACTION_DIGITS + 3];
    int n = 0;
    digits[n++] = "0123456789abcdef"[(int)m];
    m -= (int)m;
    digits[n++] = '.';
    for (int i = 0; i < HEX_FRACTION_DIGITS; i++) {
        m *= 16.0;
        digits[n++] = "0123456789abcdef"[(int)m];
        m -= (int)m;
    }
    digits[n] = '\0';
    return str_from_format("%s0x%sp%c%d", x < 0 ? "-" : "", digits,
                           e < 0 ? '-' : '+', e < 0 ? -e : e);
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The hex digits of a coefficient "<int>[.<frac>]": `last` points at its
// last character; digit(j) is the j-th least significant digit.
typedef struct HexCoeff {
    const char *last;
    long ndigits, fdigits;
} HexCoeff;

static int coeff_digit(const HexCoeff *c, long j)
{
    return hex_value(j < c->fdigits ? c->last[-j] : c->last[-1 - j]);
}

// Scans "[0x]<coeff>[p<exp>]" at *p; false on a syntax error.
static bool scan_hex(const char **p, const char *end, HexCoeff *c, long *exp)
{
    const char *s = *p;
    if (end - s >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        s += 2;
    const char *start = s;
    while (s < end && hex_value(*s) >= 0)
        s++;
    const char *point = s, *last = s;
    if (s < end && *s == '.') {
        s++;
        while (s < end && hex_value(*s) >= 0)
            s++;
        last = s - 1;
    }
    *c = (HexCoeff){last, (long)(last - start), (long)(last - point)};
    if (c->ndigits == 0)
        return false;
    *exp = 0;
    if (s < end && (*s == 'p' || *s == 'P')) {
        s++;
        bool neg = s < end && *s == '-';
        if (s < end && (*s == '-' || *s == '+'))
            s++;
        if (s == end || *s < '0' || *s > '9')
            return false;
        for (; s < end && *s >= '0' && *s <= '9'; s++) // saturates as strtol
            *exp = *exp > (LONG_MAX - 9) / 10 ? LONG_MAX : *exp * 10 + *s - '0';
        *exp = neg ? -*exp : *exp;
    }
    *p = s;
    return true;
}

// Whether the bits below the rounding point make the value round up
// (half to even): `half` is the weight of the first dropped bit within
// the key digit.
static bool rounds_up(const HexCoeff *c, long key, int digit, int half)
{
    if ((digit & half) == 0)
        return false;
    if ((digit & (3 * half - 1)) != 0 ||
        (half == 8 && key + 1 < c->ndigits && (coeff_digit(c, key + 1) & 1)))
        return true;
    for (long i = key - 1; i >= 0; i--)
        if (coeff_digit(c, i) != 0)
            return true;
    return false;
}

// The coefficient times 2**exp rounded to a double: false on overflow.
static bool hex_value_of(HexCoeff *c, long exp, double *out)
{
    *out = 0.0;
    while (c->ndigits > 0 && coeff_digit(c, c->ndigits - 1) == 0)
        c->ndigits--;
    if (c->ndigits == 0 || exp < LONG_MIN / 2)
        return true;
    if (exp > LONG_MAX / 2)
        return false;
    exp -= 4 * c->fdigits;
    long top = exp + 4 * (c->ndigits - 1);
    for (int d = coeff_digit(c, c->ndigits - 1); d != 0; d /= 2)
        top++;
    if (top < DBL_MIN_EXP - DBL_MANT_DIG)
        return true;
    if (top > DBL_MAX_EXP)
        return false;
    long lsb = (top > DBL_MIN_EXP ? top : DBL_MIN_EXP) - DBL_MANT_DIG;
    double x = 0.0;
    if (exp >= lsb) {
        for (long i = c->ndigits - 1; i >= 0; i--)
            x = 16.0 * x + coeff_digit(c, i);
        *out = ldexp(x, (int)exp);
        return true;
    }
    int half = 1 << (int)((lsb - exp - 1) % 4);
    long key = (lsb - exp - 1) / 4;
    for (long i = c->ndigits - 1; i > key; i--)
        x = 16.0 * x + coeff_digit(c, i);
    int digit = coeff_digit(c, key);
    x = 16.0 * x + (double)(digit & (16 - 2 * half));
    if (rounds_up(c, key, digit, half)) {
        x += 2 * half;
        if (top == DBL_MAX_EXP && x == ldexp((double)(2 * half), DBL_MANT_DIG))
            return false;
    }
    *out = ldexp(x, (int)(exp + 4 * key));
    return true;
}

// The longest coefficient CPython accepts before its exponent arithmetic
// could overflow.
#define HEX_MAX_DIGITS                                                         \
    ((DBL_MIN_EXP - DBL_MANT_DIG - LONG_MIN / 2 <                              \
              LONG_MAX / 2 + 1 - DBL_MAX_EXP                                   \
          ? DBL_MIN_EXP - DBL_MANT_DIG - LONG_MIN / 2                          \
          : LONG_MAX / 2 + 1 - DBL_MAX_EXP) /                                  \
     4)

// The finite part of fromhex after the optional sign.
static bool parse_hex_number(const char *p, const char *end, double *out)
{
    HexCoeff c;
    long exp;
    if (!scan_hex(&p, end, &c, &exp) || p != end) {
        exc_raise_format(&exc_ValueError,
                         "invalid hexadecimal floating-point string");
        return false;
    }
    if (c.ndigits > HEX_MAX_DIGITS) {
        exc_raise_format(&exc_ValueError,
                         "hexadecimal string too long to convert");
        return false;
    }
    if (hex_value_of(&c, exp, out))
        return true;
    exc_raise_format(&exc_OverflowError,
                     "hexadecimal value too large to represent as a float");
    return false;
}

bool float_from_hex(const char *text, size_t len, double *out)
{
    const char *p = text, *end = text + len;
    while (p < end && strchr(" \t\n\r\v\f", *p) && *p)
        p++;
    while (end > p && strchr(" \t\n\r\v\f", end[-1]) && end[-1])
        end--;
    if (parse_special(p, end, out))
        return true;
    bool negate = p < end && *p == '-';
    if (p < end && (*p == '-' || *p == '+'))
        p++;
    if (!parse_hex_number(p, end, out))
        return false;
    *out = negate ? -*out : *out;
    return true;
}

// ------------------------------------------------------------ methods

static double self_value(Value self)
{
    return float_value(self);
}

static Value float_is_integer(Value self, const Value *args, size_t nargs,
                              Object *kwnames)
{
    (void)args;
    if (!args_positional("is_integer", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    double x = self_value(self);
    return value_bool(isfinite(x) && floor(x) == x);
}

static Value float_as_integer_ratio(Value self, const Value *args, size_t nargs,
                                    Object *kwnames)
{
    (void)args;
    if (!args_positional("as_integer_ratio", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    double x = self_value(self);
    if (isinf(x)) {
        exc_raise_format(&exc_OverflowError,
                         "cannot convert Infinity to integer ratio");
        return VALUE_NULL;
    }
    if (isnan(x)) {
        exc_raise_format(&exc_ValueError,
                         "cannot convert NaN to integer ratio");
        return VALUE_NULL;
    }
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    // m is now an integer with at most 53 bits: x == m * 2**e, reduced.
    mpz_t num, den;
    mpz_init_set_d(num, m);
    mpz_init_set_ui(den, 1);
    if (e > 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    TupleObject *t = tuple_new(2);
    tuple_init_item(t, 0, int_from_mpz(num));
    tuple_init_item(t, 1, int_from_mpz(den));
    return value_steal(&t->header);
}

static Value float_conjugate(Value self, const Value *args, size_t nargs,
                             Object *kwnames)
{
    (void)args;
    if (!args_positional("conjugate", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    return float_new(self_value(self));
}

// (float(self),): what copy and pickle rebuild a subclass instance from.
static Value float_getnewargs(Value self, const Value *args, size_t nargs,
                              Object *kwnames)
{
    (void)args;
    if (!args_positional("__getnewargs__", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    Value v = float_new(self_value(self));
    TupleObject *t = tuple_pack(1, &v);
    value_decref(v);
    return value_steal(&t->header);
}

// __trunc__, __floor__, __ceil__: the integral value as an int.
static Value float_to_int(Value self, size_t nargs, Object *kwnames,
                          const char *name, double (*fn)(double))
{
    if (!args_positional(name, nargs, kwnames, 0, 0))
        return VALUE_NULL;
    return int_from_double(fn(self_value(self)));
}

static Value float_trunc(Value self, const Value *args, size_t nargs,
                         Object *kwnames)
{
    (void)args;
    return float_to_int(self, nargs, kwnames, "__trunc__", trunc);
}

static Value float_floor(Value self, const Value *args, size_t nargs,
                         Object *kwnames)
{
    (void)args;
    return float_to_int(self, nargs, kwnames, "__floor__", floor);
}

static Value float_ceil(Value self, const Value *args, size_t nargs,
                        Object *kwnames)
{
    (void)args;
    return float_to_int(self, nargs, kwnames, "__ceil__", ceil);
}

static Value float_hex(Value self, const Value *args, size_t nargs,
                       Object *kwnames)
{
    (void)args;
    if (!args_positional("float.hex", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    return value_steal(&float_hex_double(self_value(self))->header);
}

// float.fromhex(string), a classmethod: a subclass `cls` is called with
// the float.
static Value float_fromhex(Value cls, const Value *args, size_t nargs,
                           Object *kwnames)
{
    if (!args_positional("float.fromhex", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    if (!str_check(args[0])) {
        exc_raise_format(&exc_TypeError,
                         "bad argument type for built-in operation");
        return VALUE_NULL;
    }
    const StrObject *s = (const StrObject *)value_as_object(args[0]);
    double d;
    if (!float_from_hex(s->data, (size_t)s->size, &d))
        return VALUE_NULL;
    Value r = float_new(d);
    if (value_as_object(cls) == &float_type.header)
        return r;
    Value sub = op_call(cls, &r, 1, NULL);
    value_decref(r);
    return sub;
}

static const MethodDef float_methods[] = {
    {"__getnewargs__", float_getnewargs, 0},
    {"is_integer", float_is_integer, 0},
    {"as_integer_ratio", float_as_integer_ratio, 0},
    {"conjugate", float_conjugate, 0},
    {"__trunc__", float_trunc, 0},
    {"__floor__", float_floor, 0},
    {"__ceil__", float_ceil, 0},
    {"hex", float_hex, 0},
    {"fromhex", float_fromhex, METHOD_CLASS},
    {NULL, NULL, 0},
};

static Value get_real(Value self)
{
    return float_new(self_value(self));
}

static Value get_imag(Value self)
{
    (void)self;
    return float_new(0.0);
}

static const GetSetDef float_getsets[] = {
    {"real", get_real, NULL},
    {"imag", get_imag, NULL},
    {NULL, NULL, NULL},
};
