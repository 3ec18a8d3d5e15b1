// int.c: the int type: its two representations (tagged small ints, GMP
// objects), conversions to and from C numbers, doubles and text, hash,
// comparisons, the constructor and the Python-visible methods. The
// arithmetic is in int_ops.c. See int.h.
#include "vm/objects/int.h"

#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/args.h"
#include "vm/base/atomic.h"
#include "vm/exc.h"
#include "vm/objects/bytes.h"
#include "vm/objects/float.h"
#include "vm/objects/number.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"

// GMP's signed and unsigned long are the 64-bit C integers used here.
_Static_assert(sizeof(long) == sizeof(int64_t), "LP64 is assumed");

#define HASH_MODULUS ((((uint64_t)1) << 61) - 1) // sys.hash_info.modulus

static void int_dealloc(Object *op);
int64_t int_hash_slot(Object *self);
int int_equal_slot(Object *self, Value other);
static StrObject *int_repr(Value self);
Value int_compare_slot(Value a, Value b, CmpOp op);
int int_truth(Value self);
static Value int_new(TypeObject *type, const Value *args, size_t nargs,
                     Object *kwnames);
static const MethodDef int_methods[];
static const GetSetDef int_getsets[];

TypeObject int_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "int",
    .basic_size = sizeof(IntObject),
    .dealloc = int_dealloc,
    .hash = int_hash_slot,
    .equal = int_equal_slot,
    .flags = TYPE_FLAG_BASETYPE,
    .repr = int_repr,
    .binary = int_binary,
    .unary = int_unary,
    .compare = int_compare_slot,
    .truth = int_truth,
    .new = int_new,
    .methods = int_methods,
    .getsets = int_getsets,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
};

// ------------------------------------------------------------ representation

static IntObject *int_object(Value v)
{
    return (IntObject *)value_as_object(v);
}

bool int_check(Value v)
{
    if (value_is_int(v))
        return true;
    return v != VALUE_NULL &&
           type_is_subtype(object_type(value_as_object(v)), &int_type);
}

void int_view_init(IntView *w, Value v)
{
    int64_t i;
    if (int_small(v, &i)) {
        mpz_init_set_si(w->tmp, i);
        w->z = w->tmp;
    } else {
        mpz_init(w->tmp);
        w->z = int_object(v)->value;
    }
}

void int_view_clear(IntView *w)
{
    mpz_clear(w->tmp);
}

static Value wrap_mpz(TypeObject *type, mpz_t z)
{
    IntObject *o = (IntObject *)object_new(type);
    mpz_init(o->value);
    mpz_swap(o->value, z);
    mpz_clear(z);
    return value_steal(&o->header);
}

Value int_from_mpz(mpz_t z)
{
    if (mpz_fits_slong_p(z)) {
        long i = mpz_get_si(z);
        if (value_fits_int(i)) {
            mpz_clear(z);
            return value_from_int(i);
        }
    }
    return wrap_mpz(&int_type, z);
}

Value int_from_i64(int64_t i)
{
    if (value_fits_int(i))
        return value_from_int(i);
    mpz_t z;
    mpz_init_set_si(z, i);
    return wrap_mpz(&int_type, z);
}

Value int_from_u64(uint64_t u)
{
    if (u <= (uint64_t)VALUE_INT_MAX)
        return value_from_int((int64_t)u);
    mpz_t z;
    mpz_init_set_ui(z, u);
    return wrap_mpz(&int_type, z);
}

Value int_exact(Value v)
{
    int64_t i;
    if (int_small(v, &i))
        return value_from_int(i);
    IntObject *o = int_object(v);
    if (object_type(&o->header) == &int_type)
        return value_new_ref(&o->header);
    mpz_t z;
    mpz_init_set(z, o->value);
    return int_from_mpz(z);
}

Value int_new_of_type(TypeObject *type, Value v)
{
    if (type == &int_type)
        return int_exact(v);
    IntView w;
    int_view_init(&w, v);
    mpz_t z;
    mpz_init_set(z, w.z);
    int_view_clear(&w);
    return wrap_mpz(type, z);
}

static void int_dealloc(Object *op)
{
    mpz_clear(((IntObject *)op)->value);
    object_free(op);
}

int int_sign(Value v)
{
    int64_t i;
    if (int_small(v, &i))
        return (i > 0) - (i < 0);
    return mpz_sgn(int_object(v)->value);
}

// ------------------------------------------------------------ C numbers

bool int_as_i64(Value v, int64_t *out)
{
    if (int_small(v, out))
        return true;
    mpz_srcptr z = int_object(v)->value;
    if (!mpz_fits_slong_p(z))
        return false;
    *out = mpz_get_si(z);
    return true;
}

// Rounds q (the quotient scaled by 2**s, with `sticky` telling whether the
// division left a remainder) to a double: 53 significant bits, or fewer
// where the result is subnormal, half to even.
static double round_scaled(uint64_t q, bool sticky, int64_t s)
{
    int bits = q ? 64 - __builtin_clzll(q) : 0;
    int64_t drop = bits - DBL_MANT_DIG;
    if (drop < s - 1074) // the quantum of subnormals, 2**-1074
        drop = s - 1074;
    if (drop <= 0)
        return ldexp((double)q, (int)-s); // exact (q < 2**53)
    uint64_t low = q & ((UINT64_C(1) << drop) - 1);
    uint64_t half = UINT64_C(1) << (drop - 1);
    q >>= drop;
    if (low > half || (low == half && (sticky || (q & 1))))
        q++;
    return ldexp((double)q, (int)(drop - s));
}

bool int_ratio_to_double(mpz_srcptr num, mpz_srcptr den, double *out)
{
    if (mpz_sgn(num) == 0) {
        *out = 0.0;
        return true;
    }
    // num / den lies in [2**(e-1), 2**(e+1)).
    int64_t e =
        (int64_t)mpz_sizeinbase(num, 2) - (int64_t)mpz_sizeinbase(den, 2);
    if (e > DBL_MAX_EXP)
        return false;
    if (e < DBL_MIN_EXP - DBL_MANT_DIG - 2) { // below half the least subnormal
        *out = 0.0;
        return true;
    }
    // Scale so that the quotient has 55 or 56 bits (two below the last
    // kept bit, plus the remainder as a sticky bit), or keeps two bits
    // below 2**-1074 for subnormal results.
    int64_t s = DBL_MANT_DIG + 2 - e;
    if (s > 1076)
        s = 1076;
    mpz_t n, d, q;
    mpz_inits(n, d, q, NULL);
    if (s >= 0) {
        mpz_mul_2exp(n, num, (mp_bitcnt_t)s);
        mpz_set(d, den);
    } else {
        mpz_set(n, num);
        mpz_mul_2exp(d, den, (mp_bitcnt_t)-s);
    }
    mpz_tdiv_qr(q, n, n, d);
    double r = round_scaled(mpz_get_ui(q), mpz_sgn(n) != 0, s);
    mpz_clears(n, d, q, NULL);
    *out = r;
    return !isinf(r);
}

bool int_as_double(Value v, double *out)
{
    int64_t i;
    if (int_small(v, &i)) {
        *out = (double)i; // the FPU rounds half to even
        return true;
    }
    mpz_srcptr z = int_object(v)->value;
    mpz_t num, one;
    mpz_init(num);
    mpz_abs(num, z);
    mpz_init_set_ui(one, 1);
    bool ok = int_ratio_to_double(num, one, out);
    mpz_clears(num, one, NULL);
    if (!ok) {
        exc_raise_format(&exc_OverflowError,
                         "int too large to convert to float");
        return false;
    }
    if (mpz_sgn(z) < 0)
        *out = -*out;
    return true;
}

Value int_from_double(double d)
{
    if (isnan(d)) {
        exc_raise_format(&exc_ValueError,
                         "cannot convert float NaN to integer");
        return VALUE_NULL;
    }
    if (isinf(d)) {
        exc_raise_format(&exc_OverflowError,
                         "cannot convert float infinity to integer");
        return VALUE_NULL;
    }
    if (fabs(d) < 0x1p62)
        return int_from_i64((int64_t)d); // truncates toward zero
    mpz_t z;
    mpz_init_set_d(z, d); // exact: |d| >= 2**62 is integral
    return int_from_mpz(z);
}

// ------------------------------------------------------------ hash, compare

int64_t int_hash(Value v)
{
    int64_t i;
    if (int_small(v, &i))
        return object_hash_small_int(i);
    mpz_srcptr z = int_object(v)->value;
    int64_t h = (int64_t)mpz_tdiv_ui(z, HASH_MODULUS); // |z| mod M
    if (mpz_sgn(z) < 0)
        h = -h;
    return h == -1 ? -2 : h;
}

int64_t int_hash_slot(Object *self)
{
    return int_hash(value_steal(self));
}

int int_compare(Value a, Value b)
{
    int64_t x, y;
    if (int_small(a, &x) && int_small(b, &y))
        return (x > y) - (x < y);
    IntView va, vb;
    int_view_init(&va, a);
    int_view_init(&vb, b);
    int c = mpz_cmp(va.z, vb.z);
    int_view_clear(&va);
    int_view_clear(&vb);
    return (c > 0) - (c < 0);
}

int int_compare_double(Value a, double d)
{
    if (isnan(d))
        return 2;
    int64_t i;
    if (int_small(a, &i) && i > -(INT64_C(1) << 53) && i < (INT64_C(1) << 53)) {
        double x = (double)i; // exact
        return (x > d) - (x < d);
    }
    IntView w;
    int_view_init(&w, a);
    int c = mpz_cmp_d(w.z, d); // exact, infinities included
    int_view_clear(&w);
    return (c > 0) - (c < 0);
}

Value int_compare_slot(Value a, Value b, CmpOp op)
{
    if (!int_check(a) || !int_check(b)) {
        if ((int_check(a) || float_check(a)) &&
            (int_check(b) || float_check(b)))
            return float_compare(a, b, op);
        return VALUE_NOT_IMPLEMENTED;
    }
    return value_bool(number_cmp_holds(int_compare(a, b), op));
}

int int_equal_slot(Object *self, Value other)
{
    Value me = value_steal(self);
    if (int_check(other))
        return int_compare(me, other) == 0;
    if (value_is_object(other) && float_check(other))
        return int_compare_double(me, float_value(other)) == 0;
    return 0;
}

int int_truth(Value self)
{
    return int_sign(self) != 0;
}

// ------------------------------------------------------------ text out

static int max_str_digits = 4300;

int int_max_str_digits(void)
{
    return (int)atomic_load_u32_relaxed((const uint32_t *)&max_str_digits);
}

void int_set_max_str_digits(int digits)
{
    atomic_store_u32_relaxed((uint32_t *)&max_str_digits, (uint32_t)digits);
}

static StrObject *decimal_string(Value v)
{
    int64_t i;
    char small[32];
    if (int_small(v, &i)) {
        snprintf(small, sizeof small, "%" PRId64, i);
        return str_from_cstr(small);
    }
    mpz_srcptr z = int_object(v)->value;
    size_t limit = (size_t)int_max_str_digits();
    size_t room = mpz_sizeinbase(z, 10) + 2;
    // sizeinbase may be one too large; only a clear excess fails early.
    if (limit == 0 || room - 3 <= limit) {
        char *buf = malloc(room);
        mpz_get_str(buf, 10, z);
        size_t digits = strlen(buf) - (buf[0] == '-');
        StrObject *s = NULL;
        if (limit == 0 || digits <= limit)
            s = str_from_trusted_utf8(buf, (int64_t)strlen(buf));
        free(buf);
        if (s)
            return s;
    }
    exc_raise_format(&exc_ValueError,
                     "Exceeds the limit (%zu digits) for integer string "
                     "conversion; use sys.set_int_max_str_digits() to "
                     "increase the limit",
                     limit);
    return NULL;
}

StrObject *int_to_string(Value v, int base)
{
    if (base == 10)
        return decimal_string(v);
    IntView w;
    int_view_init(&w, v);
    size_t room = mpz_sizeinbase(w.z, base) + 6;
    char *buf = malloc(room);
    bool negative = mpz_sgn(w.z) < 0;
    char *out = buf + 2 + negative; // room for the sign and prefix
    mpz_get_str(out, base, w.z);
    if (negative)
        out++; // skip GMP's own '-'
    out -= 2;
    out[0] = '0';
    out[1] = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
    if (negative)
        *--out = '-';
    StrObject *s = str_from_cstr(out);
    free(buf);
    int_view_clear(&w);
    return s;
}

static StrObject *int_repr(Value self)
{
    return decimal_string(self);
}

// ------------------------------------------------------------ text in

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

// Skips a literal prefix matching `base` ("0x" for 16, ...); base 0 takes
// the base from the prefix. Returns the base in effect.
static int skip_prefix(const char **p, const char *end, int base)
{
    const char *s = *p;
    if (end - s < 2 || s[0] != '0')
        return base == 0 ? 10 : base;
    char c = (char)(s[1] | 0x20);
    int prefixed = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (prefixed == 0 || (base != 0 && base != prefixed))
        return base == 0 ? 10 : base;
    *p = s + 2;
    if (*p < end && **p == '_') // "0x_1f": one underscore after the prefix
        (*p)++;
    return prefixed;
}

// Copies the digits at [p, end) into out without underscores, checking
// the syntax (single underscores between digits). Returns the digit
// count, or -1.
static int64_t collect_digits(const char *p, const char *end, int base,
                              char *out)
{
    int64_t n = 0;
    for (; p < end; p++) {
        if (*p == '_') {
            if (n == 0 || p + 1 == end || p[1] == '_')
                return -1;
            continue;
        }
        if (digit_value(*p) >= base)
            return -1;
        out[n++] = *p;
    }
    out[n] = '\0';
    return n ? n : -1;
}

static void raise_bad_literal(const char *text, size_t len, int base)
{
    char *quoted = number_quote_text(text, len, 200);
    exc_raise_format(&exc_ValueError,
                     "invalid literal for int() with base %d: %s", base,
                     quoted);
    free(quoted);
}

static bool too_many_digits(int64_t digits, int base)
{
    int limit = int_max_str_digits();
    if ((base & (base - 1)) == 0 || limit == 0 || digits <= limit)
        return false;
    exc_raise_format(&exc_ValueError,
                     "Exceeds the limit (%d digits) for integer string "
                     "conversion: value has %" PRId64 " digits; use "
                     "sys.set_int_max_str_digits() to increase the limit",
                     limit, digits);
    return true;
}

// A nonzero digit after a leading zero is not a base-0 literal ("010").
static bool bad_leading_zero(const char *digits)
{
    if (digits[0] != '0')
        return false;
    return strspn(digits, "0") != strlen(digits);
}

Value int_from_string(const char *text, size_t len, int base)
{
    const char *p = text, *end = text + len;
    number_strip(&p, &end);
    bool negative = p < end && *p == '-';
    if (p < end && (*p == '-' || *p == '+'))
        p++;
    int effective = skip_prefix(&p, end, base);
    char *digits = malloc((size_t)(end - p) + 2);
    int64_t n = collect_digits(p, end, effective, digits + 1);
    if (n < 0 ||
        (base == 0 && effective == 10 && bad_leading_zero(digits + 1))) {
        free(digits);
        raise_bad_literal(text, len, base);
        return VALUE_NULL;
    }
    if (too_many_digits(n, effective)) {
        free(digits);
        return VALUE_NULL;
    }
    digits[0] = negative ? '-' : '+';
    mpz_t z;
    mpz_init_set_str(z, digits + (digits[0] == '+'), effective);
    free(digits);
    return int_from_mpz(z);
}

// ------------------------------------------------------------ constructor

static bool is_str(Value v)
{
    return value_is_object(v) &&
           type_is_subtype(object_type(value_as_object(v)), &str_type);
}

static Value int_with_base(Value x, Value vbase)
{
    int64_t base;
    if (!value_as_index(vbase, &base))
        return VALUE_NULL;
    if ((base != 0 && base < 2) || base > 36) {
        exc_raise_format(&exc_ValueError,
                         "int() base must be >= 2 and <= 36, or 0");
        return VALUE_NULL;
    }
    if (x == VALUE_NULL) {
        exc_raise_format(&exc_TypeError, "int() missing string argument");
        return VALUE_NULL;
    }
    if (!is_str(x)) {
        exc_raise_format(&exc_TypeError,
                         "int() can't convert non-string with explicit base");
        return VALUE_NULL;
    }
    StrObject *s = (StrObject *)value_as_object(x);
    return int_from_string(s->data, (size_t)s->size, (int)base);
}

// int(x) for one argument.
static Value int_convert(Value x)
{
    if (int_check(x))
        return int_exact(x);
    if (float_check(x))
        return int_from_double(float_value(x));
    if (is_str(x)) {
        StrObject *s = (StrObject *)value_as_object(x);
        return int_from_string(s->data, (size_t)s->size, 10);
    }
    exc_raise_format(&exc_TypeError,
                     "int() argument must be a string, a bytes-like object "
                     "or a real number, not '%s'",
                     value_type(x)->name);
    return VALUE_NULL;
}

static Value int_new(TypeObject *type, const Value *args, size_t nargs,
                     Object *kwnames)
{
    Value a[2];
    if (!args_parse("int", args, nargs, kwnames, "x,base", 1, 0, a))
        return VALUE_NULL;
    Value r;
    if (a[1] != VALUE_NULL)
        r = int_with_base(a[0], a[1]);
    else
        r = a[0] == VALUE_NULL ? value_from_int(0) : int_convert(a[0]);
    if (r == VALUE_NULL || type == &int_type)
        return r;
    Value sub = int_new_of_type(type, r);
    value_decref(r);
    return sub;
}

// ------------------------------------------------------------ methods

static Value int_bit_length(Value self, const Value *args, size_t nargs,
                            Object *kwnames)
{
    (void)args;
    if (!args_positional("bit_length", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    if (int_sign(self) == 0)
        return value_from_int(0);
    IntView w;
    int_view_init(&w, self);
    size_t bits = mpz_sizeinbase(w.z, 2); // of |self|
    int_view_clear(&w);
    return value_from_int((int64_t)bits);
}

static Value int_bit_count(Value self, const Value *args, size_t nargs,
                           Object *kwnames)
{
    (void)args;
    if (!args_positional("bit_count", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    IntView w;
    int_view_init(&w, self);
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, w.z);
    int64_t count = (int64_t)mpz_popcount(a);
    mpz_clear(a);
    int_view_clear(&w);
    return value_from_int(count);
}

static Value int_conjugate(Value self, const Value *args, size_t nargs,
                           Object *kwnames)
{
    (void)args;
    if (!args_positional("conjugate", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    return int_exact(self);
}

// (int(self),): what copy and pickle rebuild a subclass instance from.
static Value int_getnewargs(Value self, const Value *args, size_t nargs,
                            Object *kwnames)
{
    (void)args;
    if (!args_positional("__getnewargs__", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    Value v = int_exact(self);
    TupleObject *t = tuple_pack(1, &v);
    value_decref(v);
    return value_steal(&t->header);
}

static Value int_as_integer_ratio(Value self, const Value *args, size_t nargs,
                                  Object *kwnames)
{
    (void)args;
    if (!args_positional("as_integer_ratio", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    TupleObject *t = tuple_new(2);
    tuple_init_item(t, 0, int_exact(self));
    tuple_init_item(t, 1, value_from_int(1));
    return value_steal(&t->header);
}

// The byteorder argument of to_bytes/from_bytes ("big" when omitted):
// true for "little".
static bool byteorder_arg(const char *fname, Value v, bool *little)
{
    *little = false;
    if (v == VALUE_NULL)
        return true;
    if (!str_check(v)) {
        exc_raise_format(&exc_TypeError,
                         "%s() argument 'byteorder' must be str, not %s", fname,
                         value_type(v)->name);
        return false;
    }
    const char *s = ((StrObject *)value_as_object(v))->data;
    if (strcmp(s, "little") == 0 || strcmp(s, "big") == 0) {
        *little = s[0] == 'l';
        return true;
    }
    exc_raise_format(&exc_ValueError,
                     "byteorder must be either 'little' or 'big'");
    return false;
}

// The keyword-only `signed` flag: any object's truth, False by default.
static bool signed_arg(Value v, bool *is_signed)
{
    int t = v == VALUE_NULL ? 0 : op_truth(v);
    *is_signed = t > 0;
    return t >= 0;
}

// int.to_bytes(length=1, byteorder='big', *, signed=False)
static Value int_to_bytes_method(Value self, const Value *args, size_t nargs,
                                 Object *kwnames)
{
    Value a[3];
    int64_t length = 1;
    bool little, is_signed;
    if (!args_parse("to_bytes", args, nargs, kwnames,
                    "length,byteorder,$signed", 0, 0, a) ||
        (a[0] != VALUE_NULL && !value_as_index(a[0], &length)))
        return VALUE_NULL;
    if (length < 0) {
        exc_raise_format(&exc_ValueError,
                         "length argument must be non-negative");
        return VALUE_NULL;
    }
    if (!byteorder_arg("to_bytes", a[1], &little) ||
        !signed_arg(a[2], &is_signed))
        return VALUE_NULL;
    BytesObject *b = bytes_alloc(length);
    if (!int_to_bytes(self, (uint8_t *)b->data, (size_t)length, little,
                      is_signed)) {
        refcount_dec(&b->header);
        return VALUE_NULL;
    }
    return value_steal(&b->header);
}

// int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod:
// a subclass `cls` is called with the int.
static Value int_from_bytes_method(Value cls, const Value *args, size_t nargs,
                                   Object *kwnames)
{
    Value a[3];
    bool little, is_signed;
    if (!args_parse("from_bytes", args, nargs, kwnames,
                    "bytes,byteorder,$signed", 0, 1, a) ||
        !byteorder_arg("from_bytes", a[1], &little) ||
        !signed_arg(a[2], &is_signed))
        return VALUE_NULL;
    Value b = bytes_of_object(a[0]);
    if (b == VALUE_NULL)
        return VALUE_NULL;
    BytesObject *bo = bytes_of(b);
    Value r = int_from_bytes((const uint8_t *)bo->data, (size_t)bo->size,
                             little, is_signed);
    value_decref(b);
    if (value_as_object(cls) == &int_type.header)
        return r;
    Value sub = op_call(cls, &r, 1, NULL);
    value_decref(r);
    return sub;
}

// ------------------------------------------------------------ dunders

// The arguments of a slot wrapper taking exactly `n`, with CPython's
// messages.
static bool wrapper_args(const char *name, size_t nargs, Object *kwnames,
                         size_t n)
{
    if (kwnames && ((TupleObject *)kwnames)->size) {
        exc_raise_format(&exc_TypeError,
                         "wrapper %s() takes no keyword arguments", name);
        return false;
    }
    if (nargs == n)
        return true;
    exc_raise_format(&exc_TypeError, "expected %zu argument%s, got %zu", n,
                     n == 1 ? "" : "s", nargs);
    return false;
}

// x.__op__(y) and x.__rop__(y): the binary slot for int operands only
// (int.__add__(1.5) is NotImplemented, as in CPython).
static Value binary_dunder(const char *name, Value self, const Value *args,
                           size_t nargs, Object *kwnames, BinOp op,
                           bool reflected)
{
    if (!wrapper_args(name, nargs, kwnames, 1))
        return VALUE_NULL;
    if (!int_check(args[0]))
        return VALUE_NOT_IMPLEMENTED;
    return reflected ? int_binary(args[0], self, op)
                     : int_binary(self, args[0], op);
}

// One forward and one reflected method per operator.
#define INT_DUNDER(name, op)                                                   \
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
INT_DUNDER(add, BINOP_ADD)
INT_DUNDER(sub, BINOP_SUB)
INT_DUNDER(mul, BINOP_MUL)
INT_DUNDER(truediv, BINOP_TRUEDIV)
INT_DUNDER(floordiv, BINOP_FLOORDIV)
INT_DUNDER(mod, BINOP_MOD)
INT_DUNDER(lshift, BINOP_LSHIFT)
INT_DUNDER(rshift, BINOP_RSHIFT)
INT_DUNDER(and, BINOP_AND)
INT_DUNDER(or, BINOP_OR)
INT_DUNDER(xor, BINOP_XOR)
#undef INT_DUNDER

// x.__pow__(y, mod=None): pow(x, y[, mod]).
static Value dunder_pow(Value self, const Value *args, size_t nargs,
                        Object *kwnames)
{
    if (!args_positional("", nargs, kwnames, 1, 2))
        return VALUE_NULL;
    if (nargs == 2 && !value_is_none(args[1]))
        return int_pow_mod(self, args[0], args[1]);
    return binary_dunder("__pow__", self, args, 1, NULL, BINOP_POW, false);
}

static Value dunder_rpow(Value self, const Value *args, size_t nargs,
                         Object *kwnames)
{
    if (!args_positional("", nargs, kwnames, 1, 2))
        return VALUE_NULL;
    if (nargs == 2 && !value_is_none(args[1]))
        return int_pow_mod(args[0], self, args[1]);
    return binary_dunder("__rpow__", self, args, 1, NULL, BINOP_POW, true);
}

static Value unary_dunder(const char *name, Value self, size_t nargs,
                          Object *kwnames, UnaryOp op)
{
    if (!wrapper_args(name, nargs, kwnames, 0))
        return VALUE_NULL;
    return int_unary(self, op);
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

static Value dunder_invert(Value self, const Value *args, size_t nargs,
                           Object *kwnames)
{
    (void)args;
    return unary_dunder("__invert__", self, nargs, kwnames, UNARY_INVERT);
}

static Value dunder_abs(Value self, const Value *args, size_t nargs,
                        Object *kwnames)
{
    (void)args;
    if (!wrapper_args("__abs__", nargs, kwnames, 0))
        return VALUE_NULL;
    return int_abs(self);
}

static const MethodDef int_methods[] = {
    {"__getnewargs__", int_getnewargs, 0},
    {"bit_length", int_bit_length, 0},
    {"bit_count", int_bit_count, 0},
    {"conjugate", int_conjugate, 0},
    {"as_integer_ratio", int_as_integer_ratio, 0},
    {"to_bytes", int_to_bytes_method, 0},
    {"from_bytes", int_from_bytes_method, METHOD_CLASS},
    {"__add__", dunder_add, 0},
    {"__radd__", dunder_radd, 0},
    {"__sub__", dunder_sub, 0},
    {"__rsub__", dunder_rsub, 0},
    {"__mul__", dunder_mul, 0},
    {"__rmul__", dunder_rmul, 0},
    {"__truediv__", dunder_truediv, 0},
    {"__rtruediv__", dunder_rtruediv, 0},
    {"__floordiv__", dunder_floordiv, 0},
    {"__rfloordiv__", dunder_rfloordiv, 0},
    {"__mod__", dunder_mod, 0},
    {"__rmod__", dunder_rmod, 0},
    {"__pow__", dunder_pow, 0},
    {"__rpow__", dunder_rpow, 0},
    {"__lshift__", dunder_lshift, 0},
    {"__rlshift__", dunder_rlshift, 0},
    {"__rshift__", dunder_rshift, 0},
    {"__rrshift__", dunder_rrshift, 0},
    {"__and__", dunder_and, 0},
    {"__rand__", dunder_rand, 0},
    {"__or__", dunder_or, 0},
    {"__ror__", dunder_ror, 0},
    {"__xor__", dunder_xor, 0},
    {"__rxor__", dunder_rxor, 0},
    {"__neg__", dunder_neg, 0},
    {"__pos__", dunder_pos, 0},
    {"__invert__", dunder_invert, 0},
    {"__abs__", dunder_abs, 0},
    {NULL, NULL, 0},
};

static Value get_real(Value self)
{
    return int_exact(self);
}

static Value get_imag(Value self)
{
    (void)self;
    return value_from_int(0);
}

static Value get_denominator(Value self)
{
    (void)self;
    return value_from_int(1);
}

static const GetSetDef int_getsets[] = {
    {"real", get_real, NULL},
    {"imag", get_imag, NULL},
    {"numerator", get_real, NULL},
    {"denominator", get_denominator, NULL},
    {NULL, NULL, NULL},
};

// ------------------------------------------------------------ bytes

bool int_to_bytes(Value v, uint8_t *out, size_t length, bool little,
                  bool is_signed)
{
    IntView w;
    int_view_init(&w, v);
    int sign = mpz_sgn(w.z);
    bool fits = true;
    if (sign < 0 && !is_signed) {
        int_view_clear(&w);
        exc_raise_format(&exc_OverflowError,
                         "can't convert negative int to unsigned");
        return false;
    }
    // Two's complement: a negative value -n is stored as 2**(8*length) - n.
    mpz_t u;
    mpz_init(u);
    if (sign < 0) {
        mpz_set_ui(u, 1);
        mpz_mul_2exp(u, u, 8 * length);
        mpz_add(u, u, w.z);
        // CPython 3.11 lets -1 through in zero bytes (b''); so do we.
        fits =
            (length == 0 && mpz_cmp_si(w.z, -1) == 0) ||
            (mpz_sgn(u) > 0 && (length == 0 || mpz_tstbit(u, 8 * length - 1)) &&
             mpz_sizeinbase(u, 2) <= 8 * length);
    } else {
        mpz_set(u, w.z);
        size_t bits = sign ? mpz_sizeinbase(u, 2) : 0;
        fits = bits + (is_signed && sign) <= 8 * length;
    }
    if (fits) {
        memset(out, 0, length);
        size_t count = 0;
        if (sign)
            mpz_export(out, &count, -1, 1, 0, 0, u); // least significant first
        if (!little)
            for (size_t i = 0; i < length / 2; i++) {
                uint8_t t = out[i];
                out[i] = out[length - 1 - i];
                out[length - 1 - i] = t;
            }
    }
    mpz_clear(u);
    int_view_clear(&w);
    if (!fits)
        exc_raise_format(&exc_OverflowError, "int too big to convert");
    return fits;
}

Value int_from_bytes(const uint8_t *bytes, size_t length, bool little,
                     bool is_signed)
{
    mpz_t z;
    mpz_init(z);
    if (length)
        mpz_import(z, length, little ? -1 : 1, 1, 0, 0, bytes);
    if (is_signed && length &&
        (bytes[little ? length - 1 : 0] & 0x80)) { // negative: subtract 2**n
        mpz_t m;
        mpz_init_set_ui(m, 1);
        mpz_mul_2exp(m, m, 8 * length);
        mpz_sub(z, z, m);
        mpz_clear(m);
    }
    return int_from_mpz(z);
}
