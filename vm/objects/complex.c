// complex.c: the complex type: storage, repr, hash, == and !=, the
// arithmetic of CPython 3.11 (the same formulas in the same order, so
// that results agree to the last bit, signed zeros and nans included),
// complex(real, imag) and complex('1+2j'). See complex.h.
//
// Errors of ** follow CPython's errno protocol: errno is cleared, the
// computation runs (the libm calls may set it; a zero divisor sets EDOM),
// an infinite result sets ERANGE, and EDOM / ERANGE become
// ZeroDivisionError / OverflowError.
#include "vm/objects/complex.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/objects/float.h"
#include "vm/objects/format.h"
#include "vm/objects/int.h"
#include "vm/objects/number.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/objects/unicode.h"
#include "vm/objects/utf8.h"
#include "vm/ops.h"

// hash(z) mixes the parts' hashes with this multiplier (CPython's
// _PyHASH_IMAG), so that hash(x + 0j) == hash(x).
#define HASH_IMAG 1000003ULL

static void complex_dealloc(Object *op);
static int64_t complex_hash_slot(Object *self);
static int complex_equal_slot(Object *self, Value other);
static StrObject *complex_repr(Value self);
static Value complex_binary(Value a, Value b, BinOp op);
static Value complex_unary(Value a, UnaryOp op);
static Value complex_compare(Value a, Value b, CmpOp op);
static int complex_truth(Value self);
static Value complex_new_slot(TypeObject *type, const Value *args, size_t nargs,
                              Object *kwnames);
static const MethodDef complex_methods[];
static const GetSetDef complex_getsets[];

TypeObject complex_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "complex",
    .basic_size = sizeof(ComplexObject),
    .dealloc = complex_dealloc,
    .hash = complex_hash_slot,
    .equal = complex_equal_slot,
    .repr = complex_repr,
    .binary = complex_binary,
    .unary = complex_unary,
    .compare = complex_compare,
    .truth = complex_truth,
    .new = complex_new_slot,
    .methods = complex_methods,
    .getsets = complex_getsets,
    .doc = "Create a complex number from a real part and an optional "
           "imaginary part.\n\nThis is equivalent to (real + imag*1j) where "
           "imag defaults to 0.",
};

// ------------------------------------------------------------ objects

Value complex_new(double real, double imag)
{
    ComplexObject *c = (ComplexObject *)object_new(&complex_type);
    c->value = (Complex){real, imag};
    return value_steal(&c->header);
}

static Value complex_of_parts(Complex z)
{
    return complex_new(z.real, z.imag);
}

bool complex_check(Value v)
{
    return value_is_object(v) &&
           type_is_subtype(object_type(value_as_object(v)), &complex_type);
}

static void complex_dealloc(Object *op)
{
    object_free(op);
}

// 1 and the value of an int, float or complex operand; 0 for other
// types; -1 on error (an int too large for a double).
static int to_complex(Value v, Complex *out)
{
    if (complex_check(v)) {
        *out = complex_value(v);
        return 1;
    }
    out->imag = 0.0;
    if (float_check(v)) {
        out->real = float_value(v);
        return 1;
    }
    if (!int_check(v))
        return 0;
    return int_as_double(v, &out->real) ? 1 : -1;
}

// ------------------------------------------------------------ repr

void complex_part_repr(double d, bool sign, char *buf)
{
    StrObject *s = float_repr_double(d);
    size_t n = (size_t)s->size;
    bool plus = sign && (isnan(d) || !signbit(d));
    if (n >= 2 && strcmp(s->data + n - 2, ".0") == 0)
        n -= 2; // "1.0" -> "1"; exponent forms have no ".0"
    buf[0] = '+';
    memcpy(buf + plus, s->data, n);
    buf[n + plus] = '\0';
    refcount_dec(&s->header);
}

// "(1+2j)", or just "2j" when the real part is +0.0.
static StrObject *complex_repr(Value self)
{
    Complex z = complex_value(self);
    char re[40], im[40];
    bool bare = z.real == 0.0 && !signbit(z.real);
    complex_part_repr(z.imag, !bare, im);
    if (bare)
        return str_from_format("%sj", im);
    complex_part_repr(z.real, false, re);
    return str_from_format("(%s%sj)", re, im);
}

// ------------------------------------------------------------ hash, compare

static int64_t complex_hash_slot(Object *self)
{
    Complex z = ((ComplexObject *)self)->value;
    uint64_t re = (uint64_t)float_hash_double(z.real, self);
    uint64_t im = (uint64_t)float_hash_double(z.imag, self);
    int64_t h = (int64_t)(re + HASH_IMAG * im); // wraps, as Py_uhash_t
    return h == -1 ? -2 : h;
}

// 1 / 0 for complex == other, -1 on error, 2 when `other` is not a
// number (NotImplemented). An int compares exactly with the real part.
static int equal_number(Complex z, Value other)
{
    if (complex_check(other)) {
        Complex w = complex_value(other);
        return z.real == w.real && z.imag == w.imag;
    }
    if (float_check(other))
        return z.real == float_value(other) && z.imag == 0.0;
    if (!int_check(other))
        return 2;
    return z.imag == 0.0 && int_compare_double(other, z.real) == 0;
}

static int complex_equal_slot(Object *self, Value other)
{
    int r = equal_number(((ComplexObject *)self)->value, other);
    return r == 2 ? 0 : r;
}

static Value complex_compare(Value a, Value b, CmpOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !complex_check(a))
        return VALUE_NOT_IMPLEMENTED;
    int r = equal_number(complex_value(a), b);
    if (r == 2)
        return VALUE_NOT_IMPLEMENTED;
    return value_bool((r == 1) == (op == CMP_EQ));
}

// ------------------------------------------------------------ arithmetic

static Complex c_mul(Complex a, Complex b)
{
    return (Complex){a.real * b.real - a.imag * b.imag,
                     a.real * b.imag + a.imag * b.real};
}

// a / b by Smith's method: both sides are scaled by the larger part of b,
// which keeps the intermediate products in range. A zero divisor sets
// errno to EDOM; a nan in b gives nan parts.
Complex complex_quotient(Complex a, Complex b)
{
    double abs_re = fabs(b.real), abs_im = fabs(b.imag);
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            errno = EDOM;
            return (Complex){0.0, 0.0};
        }
        double ratio = b.imag / b.real;
        double denom = b.real + b.imag * ratio;
        return (Complex){(a.real + a.imag * ratio) / denom,
                         (a.imag - a.real * ratio) / denom};
    }
    if (abs_im >= abs_re) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        return (Complex){(a.real * ratio + a.imag) / denom,
                         (a.imag * ratio - a.real) / denom};
    }
    return (Complex){NAN, NAN};
}

// a ** b through polar form: |a|**b.real / e**(arg(a) * b.imag) at angle
// arg(a) * b.real + b.imag * log|a|. 0 ** b is 0, with EDOM for a
// negative or complex b.
static Complex c_pow_polar(Complex a, Complex b)
{
    if (b.real == 0.0 && b.imag == 0.0)
        return (Complex){1.0, 0.0};
    if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0)
            errno = EDOM;
        return (Complex){0.0, 0.0};
    }
    double magnitude = hypot(a.real, a.imag);
    double len = pow(magnitude, b.real);
    double angle = atan2(a.imag, a.real);
    double phase = angle * b.real;
    if (b.imag != 0.0) {
        len /= exp(angle * b.imag);
        phase += b.imag * log(magnitude);
    }
    double cos_phase = cos(phase), sin_phase = sin(phase);
    return (Complex){len * cos_phase, len * sin_phase};
}

// x ** n for n >= 0 by repeated squaring (the unused final square
// included, as CPython computes it).
static Complex c_pow_unsigned(Complex x, long n)
{
    Complex r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask)
            r = c_mul(r, p);
        p = c_mul(p, p);
    }
    return r;
}

// x ** n for an integral n with |n| <= 100: 1 / x ** -n for n <= 0.
static Complex c_pow_int(Complex x, long n)
{
    if (n > 0)
        return c_pow_unsigned(x, n);
    return complex_quotient((Complex){1.0, 0.0}, c_pow_unsigned(x, -n));
}

Value complex_pow(Complex x, Complex y)
{
    errno = 0;
    Complex r;
    if (y.imag == 0.0 && y.real == floor(y.real) && fabs(y.real) <= 100.0)
        r = c_pow_int(x, (long)y.real);
    else
        r = c_pow_polar(x, y);
    if (isinf(r.real) || isinf(r.imag)) {
        if (errno == 0)
            errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0; // underflow to a finite value is fine
    }
    if (errno == EDOM) {
        exc_raise_format(&exc_ZeroDivisionError,
                         "0.0 to a negative or complex power");
        return VALUE_NULL;
    }
    if (errno == ERANGE) {
        exc_raise_format(&exc_OverflowError, "complex exponentiation");
        return VALUE_NULL;
    }
    return complex_of_parts(r);
}

static Value complex_divide(Complex a, Complex b)
{
    if (b.real == 0.0 && b.imag == 0.0) {
        exc_raise_format(&exc_ZeroDivisionError, "complex division by zero");
        return VALUE_NULL;
    }
    return complex_of_parts(complex_quotient(a, b));
}

// + - * / ** between any mix of int, float and complex, at least one
// operand a complex (or a float ** float handed over by float.c).
static Value complex_binary(Value a, Value b, BinOp op)
{
    if (op != BINOP_ADD && op != BINOP_SUB && op != BINOP_MUL &&
        op != BINOP_TRUEDIV && op != BINOP_POW)
        return VALUE_NOT_IMPLEMENTED;
    Complex x, y;
    int ca = to_complex(a, &x);
    if (ca <= 0)
        return ca < 0 ? VALUE_NULL : VALUE_NOT_IMPLEMENTED;
    int cb = to_complex(b, &y);
    if (cb <= 0)
        return cb < 0 ? VALUE_NULL : VALUE_NOT_IMPLEMENTED;
    switch (op) {
    case BINOP_ADD:
        return complex_new(x.real + y.real, x.imag + y.imag);
    case BINOP_SUB:
        return complex_new(x.real - y.real, x.imag - y.imag);
    case BINOP_MUL:
        return complex_of_parts(c_mul(x, y));
    case BINOP_TRUEDIV:
        return complex_divide(x, y);
    default:
        return complex_pow(x, y);
    }
}

static Value complex_unary(Value a, UnaryOp op)
{
    if (!complex_check(a) || op == UNARY_INVERT)
        return VALUE_NOT_IMPLEMENTED;
    Complex z = complex_value(a);
    if (op == UNARY_NEG)
        return complex_new(-z.real, -z.imag);
    if (value_type(a) == &complex_type) {
        value_incref(a);
        return a;
    }
    return complex_of_parts(z);
}

static int complex_truth(Value self)
{
    Complex z = complex_value(self);
    return z.real != 0.0 || z.imag != 0.0;
}

Value complex_abs(Value v)
{
    Complex z = complex_value(v);
    // C99's hypot: an infinite part wins even over a nan.
    double r = hypot(z.real, z.imag);
    if (isinf(r) && isfinite(z.real) && isfinite(z.imag)) {
        exc_raise_format(&exc_OverflowError, "absolute value too large");
        return VALUE_NULL;
    }
    return float_new(r);
}

// ------------------------------------------------------------ parsing

// complex(text) reads the text the way CPython does: non-ASCII
// whitespace and decimal digits are first turned into ASCII (anything
// else non-ASCII into '?', which no rule accepts), underscores between
// digits are dropped, then one of <float>, <float>j, <float><+|-float>j,
// and the legacy j, <sign>j and <float><sign>j, optionally in
// parentheses, with whitespace around.

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

// The text as ASCII (see above), in a malloc'd buffer; its length in *n.
static char *to_ascii(const StrObject *s, size_t *n)
{
    char *out = malloc((size_t)s->size + 1);
    size_t k = 0;
    int len;
    for (int64_t off = 0; off < s->size; off += len) {
        uint32_t cp = utf8_decode_at(s->data + off, &len);
        int digit = cp >= 127 ? unicode_decimal(cp) : -1;
        if (cp < 127)
            out[k++] = (char)cp;
        else if (unicode_has(cp, UNICODE_SPACE))
            out[k++] = ' ';
        else if (digit >= 0)
            out[k++] = (char)('0' + digit);
        else {
            out[k++] = '?';
            break;
        }
    }
    out[k] = '\0';
    *n = k;
    return out;
}

// Drops the underscores of text[0, *n) in place; false when one is not
// between two digits.
static bool drop_underscores(char *text, size_t *n)
{
    size_t k = 0;
    char prev = '\0';
    for (size_t i = 0; i < *n; i++) {
        char c = text[i];
        if (c == '_' ? !is_digit(prev) : prev == '_' && !is_digit(c))
            return false;
        if (c != '_')
            text[k++] = c;
        prev = c;
    }
    *n = k;
    return prev != '_';
}

// Case-insensitive prefix match of `word` (lower case) at p.
static bool has_word(const char *p, const char *end, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(end - p) < n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != word[i])
            return false;
    return true;
}

// inf, infinity or nan after an optional sign; the end of the match, or
// s.
static const char *scan_special(const char *s, const char *end, double *out)
{
    const char *p = s;
    bool negative = p < end && *p == '-';
    if (p < end && (*p == '+' || *p == '-'))
        p++;
    if (has_word(p, end, "inf")) {
        p += has_word(p + 3, end, "inity") ? 8 : 3;
        *out = negative ? -INFINITY : INFINITY;
        return p;
    }
    if (has_word(p, end, "nan")) {
        *out = negative ? -NAN : NAN;
        return p + 3;
    }
    return s;
}

// The longest float at s: sign, digits with an optional point, and an
// exponent only if digits follow its 'e'; or a special value. Returns the
// end of what was read, s if nothing was.
static const char *scan_float(const char *s, const char *end, double *out)
{
    const char *p = s;
    if (p < end && (*p == '+' || *p == '-'))
        p++;
    size_t digits = 0;
    for (; p < end && is_digit(*p); p++)
        digits++;
    if (p < end && *p == '.')
        for (p++; p < end && is_digit(*p); p++)
            digits++;
    if (digits == 0)
        return scan_special(s, end, out);
    if (p < end && (*p == 'e' || *p == 'E')) {
        const char *q = p + 1;
        if (q < end && (*q == '+' || *q == '-'))
            q++;
        if (q < end && is_digit(*q)) {
            while (q < end && is_digit(*q))
                q++;
            p = q;
        }
    }
    char *copy = strndup(s, (size_t)(p - s));
    *out = strtod(copy, NULL); // correctly rounded; overflow gives inf
    free(copy);
    return p;
}

static const char *skip_spaces(const char *p, const char *end)
{
    while (p < end && is_space(*p))
        p++;
    return p;
}

// The imaginary part after a real part or alone: "<float>j" or "<sign>j"
// or "j" (the sign already seen when `sign` is given). NULL if malformed.
static const char *scan_imag(const char *s, const char *end, double *imag)
{
    const char *p = scan_float(s, end, imag);
    if (p == s) {
        *imag = 1.0;
        if (p < end && (*p == '+' || *p == '-'))
            *imag = *p++ == '-' ? -1.0 : 1.0;
    }
    if (p == end || (*p != 'j' && *p != 'J'))
        return NULL;
    return p + 1;
}

// Parses text[0, n) into *z; false if it is malformed.
static bool parse_complex(const char *text, size_t n, Complex *z)
{
    const char *p = skip_spaces(text, text + n), *end = text + n;
    bool paren = p < end && *p == '(';
    if (paren)
        p = skip_spaces(p + 1, end);
    *z = (Complex){0.0, 0.0};
    double first;
    const char *q = scan_float(p, end, &first);
    if (q == p) { // j, +j, -j
        p = scan_imag(p, end, &z->imag);
    } else if (q < end && (*q == '+' || *q == '-')) {
        z->real = first;
        p = scan_imag(q, end, &z->imag);
    } else if (q < end && (*q == 'j' || *q == 'J')) {
        z->imag = first;
        p = q + 1;
    } else {
        z->real = first;
        p = q;
    }
    if (p == NULL)
        return false;
    p = skip_spaces(p, end);
    if (paren) {
        if (p == end || *p != ')')
            return false;
        p = skip_spaces(p + 1, end);
    }
    return p == end;
}

static Value complex_from_string(Value v)
{
    StrObject *s = (StrObject *)value_as_object(v);
    size_t n;
    char *text = to_ascii(s, &n);
    bool underscores = memchr(text, '_', n) != NULL;
    Complex z;
    if (underscores && !drop_underscores(text, &n)) {
        free(text);
        char *quoted = number_quote_text(s->data, (size_t)s->size, 0);
        exc_raise_format(&exc_ValueError,
                         "could not convert string to complex: %s", quoted);
        free(quoted);
        return VALUE_NULL;
    }
    bool ok = parse_complex(text, n, &z);
    free(text);
    if (!ok) {
        exc_raise_format(&exc_ValueError,
                         "complex() arg is a malformed string");
        return VALUE_NULL;
    }
    return complex_of_parts(z);
}

// ------------------------------------------------------------ constructor

// Calls v's special method `name` if its type has one: 1 with the result,
// 0 if it has none, -1 on error.
static int call_special(Value v, const char *name, Value *out)
{
    Value method;
    int found = op_lookup_attr(v, str_intern_cstr(name), &method);
    if (found <= 0)
        return found;
    *out = op_call(method, NULL, 0, NULL);
    value_decref(method);
    return *out == VALUE_NULL ? -1 : 1;
}

// Whether v counts as a number for complex(): a complex, an int, a
// float, or an object with __float__ or __index__.
static bool is_number(Value v)
{
    if (complex_check(v) || float_check(v) || int_check(v))
        return true;
    Value m;
    for (int i = 0; i < 2; i++) {
        int r = op_lookup_attr(
            v, str_intern_cstr(i ? "__index__" : "__float__"), &m);
        if (r < 0)
            exc_clear();
        if (r > 0) {
            value_decref(m);
            return true;
        }
    }
    return false;
}

// float(v) for a number that is not complex (what PyNumber_Float does).
static bool real_part(Value v, double *out)
{
    if (float_check(v) || int_check(v))
        return value_as_double(v, out);
    Value r;
    int found = call_special(v, "__float__", &r);
    if (found == 0)
        found = call_special(v, "__index__", &r);
    if (found <= 0)
        return false;
    bool ok;
    if (float_check(r) || int_check(r)) {
        ok = value_as_double(r, out);
    } else {
        exc_raise_format(&exc_TypeError,
                         "__float__ returned non-float (type "
                         "%s)",
                         value_type(r)->name);
        ok = false;
    }
    value_decref(r);
    return ok;
}

// __complex__ of an object that is not a complex already: 1 with the
// complex in *out, 0 if there is none, -1 on error.
static int special_complex(Value v, Value *out)
{
    if (complex_check(v) || float_check(v) || int_check(v) || str_check(v))
        return 0;
    int found = call_special(v, "__complex__", out);
    if (found <= 0)
        return found;
    if (complex_check(*out))
        return 1;
    exc_raise_format(&exc_TypeError,
                     "__complex__ returned non-complex (type %s)",
                     value_type(*out)->name);
    value_decref(*out);
    return -1;
}

bool complex_from_value(Value v, Complex *out)
{
    if (complex_check(v)) {
        *out = complex_value(v);
        return true;
    }
    Value special;
    int r = special_complex(v, &special);
    if (r != 0) {
        if (r > 0)
            *out = complex_value(special);
        value_decref(r > 0 ? special : VALUE_NULL);
        return r > 0;
    }
    out->imag = 0.0;
    if (is_number(v))
        return real_part(v, &out->real);
    exc_raise_format(&exc_TypeError, "must be real number, not %s",
                     value_type(v)->name);
    return false;
}

static bool not_a_number(Value v, const char *what)
{
    exc_raise_format(&exc_TypeError, "complex() %s, not '%s'", what,
                     value_type(v)->name);
    return false;
}

// real + imag * 1j with CPython's care for parts that are complex
// themselves (imag == VALUE_NULL when absent): a -0.0 part is never
// added to a +0.0 one.
static bool combine(Value real, Value imag, Complex *out)
{
    Complex r = {0.0, 0.0}, i = {0.0, 0.0};
    bool r_complex = complex_check(real), i_complex = false;
    if (r_complex)
        r = complex_value(real);
    else if (!real_part(real, &r.real))
        return false;
    if (imag == VALUE_NULL) {
        i.real = r.imag;
    } else if (complex_check(imag)) {
        i = complex_value(imag);
        i_complex = true;
    } else if (!real_part(imag, &i.real)) {
        return false;
    }
    if (i_complex)
        r.real -= i.imag;
    if (r_complex && imag != VALUE_NULL)
        i.real += r.imag;
    *out = (Complex){r.real, i.real};
    return true;
}

static Value complex_new_slot(TypeObject *type, const Value *args, size_t nargs,
                              Object *kwnames)
{
    (void)type;
    Value a[2];
    if (!args_clinic_keywords("complex", kwnames, "real,imag") ||
        !args_parse("complex", args, nargs, kwnames, "real,imag", 0, 0, a))
        return VALUE_NULL;
    Value real = a[0] != VALUE_NULL ? a[0] : value_from_int(0), imag = a[1];
    if (str_check(real)) {
        if (imag == VALUE_NULL)
            return complex_from_string(real);
        exc_raise_format(&exc_TypeError, "complex() can't take second arg if "
                                         "first is a string");
        return VALUE_NULL;
    }
    if (imag != VALUE_NULL && str_check(imag)) {
        exc_raise_format(&exc_TypeError,
                         "complex() second arg can't be a string");
        return VALUE_NULL;
    }
    if (value_type(real) == &complex_type && imag == VALUE_NULL) {
        value_incref(real);
        return real;
    }
    Value special = VALUE_NULL;
    int r = special_complex(real, &special);
    if (r < 0)
        return VALUE_NULL;
    if (r > 0)
        real = special;
    Complex z;
    bool ok = (is_number(real) ||
               not_a_number(real, "first argument must be a string or a "
                                  "number")) &&
              (imag == VALUE_NULL || is_number(imag) ||
               not_a_number(imag, "second argument must be a number")) &&
              combine(real, imag, &z);
    value_decref(special);
    return ok ? complex_of_parts(z) : VALUE_NULL;
}

// ------------------------------------------------------------ methods

static Value complex_conjugate(Value self, const Value *args, size_t nargs,
                               Object *kwnames)
{
    (void)args;
    if (!args_positional("complex.conjugate", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    Complex z = complex_value(self);
    return complex_new(z.real, -z.imag);
}

static Value complex_dunder_complex(Value self, const Value *args, size_t nargs,
                                    Object *kwnames)
{
    (void)args;
    if (!args_positional("__complex__", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    if (value_type(self) != &complex_type)
        return complex_of_parts(complex_value(self));
    value_incref(self);
    return self;
}

static Value complex_getnewargs(Value self, const Value *args, size_t nargs,
                                Object *kwnames)
{
    (void)args;
    if (!args_positional("__getnewargs__", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    Complex z = complex_value(self);
    TupleObject *t = tuple_new(2);
    tuple_init_item(t, 0, float_new(z.real));
    tuple_init_item(t, 1, float_new(z.imag));
    return value_steal(&t->header);
}

static Value complex_format(Value self, const Value *args, size_t nargs,
                            Object *kwnames)
{
    if (!args_positional("__format__", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    if (!str_check(args[0])) {
        exc_raise_format(&exc_TypeError,
                         "__format__() argument must be str, not %s",
                         value_type(args[0])->name);
        return VALUE_NULL;
    }
    StrObject *spec = (StrObject *)value_as_object(args[0]);
    Complex z = complex_value(self);
    StrObject *r =
        spec->size == 0 ? op_str(self) : format_complex(z.real, z.imag, spec);
    return r ? value_steal(&r->header) : VALUE_NULL;
}

static Value complex_dunder_abs(Value self, const Value *args, size_t nargs,
                                Object *kwnames)
{
    (void)args;
    if (!args_positional("__abs__", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    return complex_abs(self);
}

// x.__op__(y) and x.__rop__(y) through the binary slot.
static Value binary_dunder(const char *name, Value self, const Value *args,
                           size_t nargs, Object *kwnames, BinOp op,
                           bool reflected)
{
    if (!args_positional(name, nargs, kwnames, 1, 1))
        return VALUE_NULL;
    return reflected ? complex_binary(args[0], self, op)
                     : complex_binary(self, args[0], op);
}

#define COMPLEX_DUNDER(name, op)                                               \
    static Value dunder_##name(Value self, const Value *args, size_t nargs,    \
                               Object *kwnames)                                \
    {                                                                          \
        return binary_dunder("__" #name "__", self, args, nargs, kwnames, op,  \
                             false);                                           \
    }                                                                          \
    static Value dunder_r##name(Value self, const Value *args, size_t nargs,   \
                                Object *kwnames)                               \
    {                                                                          \
        return binary_dunder("__r" #name "__", self, args, nargs, kwnames, op, \
                             true);                                            \
    }
COMPLEX_DUNDER(add, BINOP_ADD)
COMPLEX_DUNDER(sub, BINOP_SUB)
COMPLEX_DUNDER(mul, BINOP_MUL)
COMPLEX_DUNDER(truediv, BINOP_TRUEDIV)
COMPLEX_DUNDER(pow, BINOP_POW)
#undef COMPLEX_DUNDER

static Value unary_dunder(const char *name, Value self, size_t nargs,
                          Object *kwnames, UnaryOp op)
{
    if (!args_positional(name, nargs, kwnames, 0, 0))
        return VALUE_NULL;
    return complex_unary(self, op);
}

static Value dunder_neg(Value self, const Value *args, size_t nargs,
                        Object *kwnames)
{
    (void)args;
    return unary_dunder("__neg__", self, nargs, kwnames, UNARY_NEG);
}

static Value dunder_pos(Value self, const Value *args, size_t nargs,
                        Object *kwnames)
{
    (void)args;
    return unary_dunder("__pos__", self, nargs, kwnames, UNARY_POS);
}

static const MethodDef complex_methods[] = {
    {"conjugate", complex_conjugate, 0},
    {"__complex__", complex_dunder_complex, 0},
    {"__getnewargs__", complex_getnewargs, 0},
    {"__format__", complex_format, 0},
    {"__abs__", complex_dunder_abs, 0},
    {"__add__", dunder_add, 0},
    {"__radd__", dunder_radd, 0},
    {"__sub__", dunder_sub, 0},
    {"__rsub__", dunder_rsub, 0},
    {"__mul__", dunder_mul, 0},
    {"__rmul__", dunder_rmul, 0},
    {"__truediv__", dunder_truediv, 0},
    {"__rtruediv__", dunder_rtruediv, 0},
    {"__pow__", dunder_pow, 0},
    {"__rpow__", dunder_rpow, 0},
    {"__neg__", dunder_neg, 0},
    {"__pos__", dunder_pos, 0},
    {NULL, NULL, 0},
};

static Value get_real(Value self)
{
    return float_new(complex_value(self).real);
}

static Value get_imag(Value self)
{
    return float_new(complex_value(self).imag);
}

static const GetSetDef complex_getsets[] = {
    {"real", get_real, NULL},
    {"imag", get_imag, NULL},
    {NULL, NULL, NULL},
};
