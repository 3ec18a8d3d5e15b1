// math.c: the math module's floating-point half: constants, the libm
// wrappers with CPython's error rules (math_1, math_2), pow, fmod, log
// with big ints, the classification functions, isclose, and the exact
// algorithms whose results must match CPython bit for bit: fsum
// (Shewchuk's partials) and the vector norm behind hypot and dist. The
// integer functions live in math_int.c.
//
// Errors follow CPython 3.11: a nan from a non-nan argument is
// ValueError "math domain error", an infinity from a finite argument is
// OverflowError "math range error" (or a domain error at a
// singularity).
//
// Concurrency: the module keeps no state; every function is pure.
#include <errno.h>
#include <float.h>
#include <math.h>

#include "alloc/alloc.h"
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/modules/math_impl.h"
#include "vm/modules/modules.h"
#include "vm/objects/builtin.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

#define FN(name)                                                               \
    static Value math_##name(Value self, const Value *args, size_t nargs,      \
                             Object *kwnames)

// ------------------------------------------------------------ errors

static Value domain_error(void)
{
    exc_raise_format(&exc_ValueError, "math domain error");
    return VALUE_NULL;
}

static Value range_error(void)
{
    exc_raise_format(&exc_OverflowError, "math range error");
    return VALUE_NULL;
}

// CPython's is_error after a libm call left `err` in errno: EDOM is a
// domain error, ERANGE an overflow unless the result is small (an
// underflow, which is not an error).
static Value float_result(double r, int err)
{
    if (err == EDOM)
        return domain_error();
    if (err == ERANGE && fabs(r) >= 1.5)
        return range_error();
    return float_new(r);
}

// ------------------------------------------------------------ one double

typedef double (*Unary)(double);

// CPython's math_1: f(x) with the nan/inf rules above.
static Value math_1(const char *name, const Value *args, size_t nargs,
                    Object *kwnames, Unary f, bool can_overflow)
{
    double x;
    if (!args_positional(name, nargs, kwnames, 1, 1) ||
        !value_as_double(args[0], &x))
        return VALUE_NULL;
    double r = f(x);
    if (isnan(r) && !isnan(x))
        return domain_error();
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error() : domain_error();
    return float_new(r);
}

#define MATH_1(name, f, can_overflow)                                          \
    FN(name)                                                                   \
    {                                                                          \
        (void)self;                                                            \
        return math_1("math." #name, args, nargs, kwnames, f, can_overflow);   \
    }

MATH_1(sqrt, sqrt, false)
MATH_1(exp, exp, true)
MATH_1(exp2, exp2, true)
MATH_1(expm1, expm1, true)
MATH_1(log1p, log1p, false)
MATH_1(fabs, fabs, false)
MATH_1(cbrt, cbrt, false)
MATH_1(sin, sin, false)
MATH_1(cos, cos, false)
MATH_1(tan, tan, false)
MATH_1(asin, asin, false)
MATH_1(acos, acos, false)
MATH_1(atan, atan, false)
MATH_1(sinh, sinh, true)
MATH_1(cosh, cosh, true)
MATH_1(tanh, tanh, false)
MATH_1(asinh, asinh, false)
MATH_1(acosh, acosh, false)
MATH_1(atanh, atanh, false)
MATH_1(erf, erf, false)
MATH_1(erfc, erfc, false)

static double to_degrees(double x)
{
    return x * (180.0 / M_PI);
}

static double to_radians(double x)
{
    return x * (M_PI / 180.0);
}

MATH_1(degrees, to_degrees, false)
MATH_1(radians, to_radians, false)

// ------------------------------------------------------------ two doubles

typedef double (*Binary)(double, double);

static bool two_doubles(const char *name, const Value *args, size_t nargs,
                        Object *kwnames, double *x, double *y)
{
    return args_positional(name, nargs, kwnames, 2, 2) &&
           value_as_double(args[0], x) && value_as_double(args[1], y);
}

// CPython's math_2.
static Value math_2(const char *name, const Value *args, size_t nargs,
                    Object *kwnames, Binary f)
{
    double x, y;
    if (!two_doubles(name, args, nargs, kwnames, &x, &y))
        return VALUE_NULL;
    double r = f(x, y);
    int err = 0;
    if (isnan(r) && !isnan(x) && !isnan(y))
        err = EDOM;
    else if (isinf(r) && isfinite(x) && isfinite(y))
        err = ERANGE;
    return float_result(r, err);
}

#define MATH_2(name, f)                                                        \
    FN(name)                                                                   \
    {                                                                          \
        (void)self;                                                            \
        return math_2(#name, args, nargs, kwnames, f);                         \
    }

MATH_2(atan2, atan2)
MATH_2(copysign, copysign)
MATH_2(remainder, remainder)
MATH_2(nextafter, nextafter)

FN(fmod)
{
    (void)self;
    double x, y;
    if (!two_doubles("fmod", args, nargs, kwnames, &x, &y))
        return VALUE_NULL;
    if (isinf(y) && isfinite(x))
        return float_new(x);
    double r = fmod(x, y);
    return float_result(r, isnan(r) && !isnan(x) && !isnan(y) ? EDOM : 0);
}

// pow(x, y) for infinite or nan operands, as C99 Annex F says.
static double pow_special(double x, double y)
{
    if (isnan(x))
        return y == 0.0 ? 1.0 : x;
    if (isnan(y))
        return x == 1.0 ? 1.0 : y;
    if (isinf(x)) {
        bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
        if (y > 0.0)
            return odd_y ? x : fabs(x);
        if (y == 0.0)
            return 1.0;
        return odd_y ? copysign(0.0, x) : 0.0;
    }
    if (fabs(x) == 1.0)
        return 1.0;
    if (y > 0.0 && fabs(x) > 1.0)
        return y;
    if (y < 0.0 && fabs(x) < 1.0)
        return -y;
    return 0.0;
}

FN(pow)
{
    (void)self;
    double x, y;
    if (!two_doubles("pow", args, nargs, kwnames, &x, &y))
        return VALUE_NULL;
    if (!isfinite(x) || !isfinite(y))
        return float_new(pow_special(x, y));
    double r = pow(x, y);
    int err = 0;
    if (isnan(r))
        err = EDOM;
    else if (isinf(r))
        err = x == 0.0 ? EDOM : ERANGE;
    return float_result(r, err);
}

// ------------------------------------------------------------ logarithms

// A positive big int as x * 2**e with x in [0.5, 1), x correctly
// rounded to 53 bits (CPython's _PyLong_Frexp).
static double int_frexp(mpz_srcptr z, int64_t *e)
{
    size_t bits = mpz_sizeinbase(z, 2);
    mpz_t q;
    mpz_init(q);
    mpz_tdiv_q_2exp(q, z, bits - 55);
    if (mpz_scan1(z, 0) < bits - 55)
        mpz_setbit(q, 0); // sticky bit: correct rounding of halfway cases
    double x = (double)mpz_get_ui(q) / 0x1p55;
    mpz_clear(q);
    *e = (int64_t)bits;
    if (x == 1.0) {
        x = 0.5;
        *e += 1;
    }
    return x;
}

// CPython's loghelper: ints of any size, other numbers through math_1's
// rules. Sets *out and returns true, or raises.
static bool log_of(Value v, Unary f, double *out)
{
    if (int_check(v)) {
        if (int_sign(v) <= 0) {
            domain_error();
            return false;
        }
        if (int_as_double(v, out)) {
            *out = f(*out);
            return true;
        }
        exc_clear();
        IntView w;
        int_view_init(&w, v);
        int64_t e;
        double x = int_frexp(w.z, &e);
        int_view_clear(&w);
        *out = f(x) + f(2.0) * (double)e;
        return true;
    }
    double x;
    if (!value_as_double(v, &x))
        return false;
    *out = f(x);
    if ((isnan(*out) && !isnan(x)) || (isinf(*out) && isfinite(x))) {
        domain_error();
        return false;
    }
    return true;
}

FN(log)
{
    (void)self;
    double num, den;
    if (!args_positional("log", nargs, kwnames, 1, 2) ||
        !log_of(args[0], log, &num))
        return VALUE_NULL;
    if (nargs == 1)
        return float_new(num);
    if (!log_of(args[1], log, &den))
        return VALUE_NULL;
    if (den == 0.0) {
        exc_raise_format(&exc_ZeroDivisionError, "float division by zero");
        return VALUE_NULL;
    }
    return float_new(num / den);
}

FN(log2)
{
    (void)self;
    double r;
    if (!args_positional("math.log2", nargs, kwnames, 1, 1) ||
        !log_of(args[0], log2, &r))
        return VALUE_NULL;
    return float_new(r);
}

FN(log10)
{
    (void)self;
    double r;
    if (!args_positional("math.log10", nargs, kwnames, 1, 1) ||
        !log_of(args[0], log10, &r))
        return VALUE_NULL;
    return float_new(r);
}

// ------------------------------------------------------------ rounding

// floor/ceil: ints come back as exact ints; others are read as doubles.
static Value round_to_int(const char *name, const Value *args, size_t nargs,
                          Object *kwnames, Unary f)
{
    double x;
    if (!args_positional(name, nargs, kwnames, 1, 1))
        return VALUE_NULL;
    if (int_check(args[0]))
        return int_exact(args[0]);
    if (!value_as_double(args[0], &x))
        return VALUE_NULL;
    return int_from_double(f(x));
}

FN(floor)
{
    (void)self;
    return round_to_int("math.floor", args, nargs, kwnames, floor);
}

FN(ceil)
{
    (void)self;
    return round_to_int("math.ceil", args, nargs, kwnames, ceil);
}

FN(trunc)
{
    (void)self;
    if (!args_positional("math.trunc", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    if (int_check(args[0]))
        return int_exact(args[0]);
    if (float_check(args[0]))
        return int_from_double(trunc(float_value(args[0])));
    exc_raise_format(&exc_TypeError, "type %s doesn't define __trunc__ method",
                     value_type(args[0])->name);
    return VALUE_NULL;
}

// ------------------------------------------------------------ classification

static Value classify(const char *name, const Value *args, size_t nargs,
                      Object *kwnames, int (*test)(double))
{
    double x;
    if (!args_positional(name, nargs, kwnames, 1, 1) ||
        !value_as_double(args[0], &x))
        return VALUE_NULL;
    return value_bool(test(x));
}

static int test_finite(double x)
{
    return isfinite(x);
}

static int test_inf(double x)
{
    return isinf(x);
}

static int test_nan(double x)
{
    return isnan(x);
}

FN(isfinite)
{
    (void)self;
    return classify("math.isfinite", args, nargs, kwnames, test_finite);
}

FN(isinf)
{
    (void)self;
    return classify("math.isinf", args, nargs, kwnames, test_inf);
}

FN(isnan)
{
    (void)self;
    return classify("math.isnan", args, nargs, kwnames, test_nan);
}

FN(isclose)
{
    (void)self;
    Value a[4];
    double x, y, rel_tol = 1e-09, abs_tol = 0.0;
    if (!args_parse("isclose", args, nargs, kwnames, "a,b,$rel_tol,$abs_tol", 0,
                    2, a) ||
        !value_as_double(a[0], &x) || !value_as_double(a[1], &y) ||
        (a[2] && !value_as_double(a[2], &rel_tol)) ||
        (a[3] && !value_as_double(a[3], &abs_tol)))
        return VALUE_NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        exc_raise_format(&exc_ValueError, "tolerances must be non-negative");
        return VALUE_NULL;
    }
    if (x == y)
        return VALUE_TRUE;
    if (isinf(x) || isinf(y))
        return VALUE_FALSE;
    double diff = fabs(y - x);
    return value_bool(diff <= fabs(rel_tol * y) || diff <= fabs(rel_tol * x) ||
                      diff <= abs_tol);
}

// ------------------------------------------------------------ decomposition

static Value pair(Value a, Value b)
{
    TupleObject *t = tuple_new(2);
    tuple_init_item(t, 0, a);
    tuple_init_item(t, 1, b);
    return value_steal(&t->header);
}

FN(frexp)
{
    (void)self;
    double x;
    int e = 0;
    if (!args_positional("math.frexp", nargs, kwnames, 1, 1) ||
        !value_as_double(args[0], &x))
        return VALUE_NULL;
    if (isfinite(x) && x != 0.0)
        x = frexp(x, &e);
    return pair(float_new(x), value_from_int(e));
}

FN(modf)
{
    (void)self;
    double x, ip;
    if (!args_positional("math.modf", nargs, kwnames, 1, 1) ||
        !value_as_double(args[0], &x))
        return VALUE_NULL;
    if (isinf(x))
        return pair(float_new(copysign(0.0, x)), float_new(x));
    if (isnan(x))
        return pair(float_new(x), float_new(x));
    double frac = modf(x, &ip);
    return pair(float_new(frac), float_new(ip));
}

FN(ldexp)
{
    (void)self;
    double x;
    int64_t e;
    if (!args_positional("ldexp", nargs, kwnames, 2, 2) ||
        !value_as_double(args[0], &x))
        return VALUE_NULL;
    if (!int_check(args[1])) {
        exc_raise_format(&exc_TypeError,
                         "Expected an int as second argument to ldexp.");
        return VALUE_NULL;
    }
    if (!int_as_i64(args[1], &e))
        e = int_sign(args[1]) > 0 ? INT64_MAX : INT64_MIN;
    if (x == 0.0 || !isfinite(x))
        return float_new(x);
    if (e > INT32_MAX)
        return range_error();
    if (e < INT32_MIN)
        return float_new(copysign(0.0, x));
    double r = ldexp(x, (int)e);
    return isinf(r) ? range_error() : float_new(r);
}

FN(ulp)
{
    (void)self;
    double x;
    if (!args_positional("math.ulp", nargs, kwnames, 1, 1) ||
        !value_as_double(args[0], &x))
        return VALUE_NULL;
    if (isnan(x))
        return float_new(x);
    x = fabs(x);
    if (isinf(x))
        return float_new(x);
    if (x == DBL_MAX)
        return float_new(x - nextafter(x, 0.0));
    return float_new(nextafter(x, INFINITY) - x);
}

// ------------------------------------------------------------ fsum

// Shewchuk's exact summation with CPython's handling of infinities, nans
// and intermediate overflow; partials grow on the heap.
typedef struct Partials {
    double *p;
    size_t n, cap;
    double special_sum, inf_sum;
} Partials;

static bool partials_add(Partials *s, double x)
{
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < s->n; j++) {
        double y = s->p[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0.0)
            s->p[i++] = lo;
        x = hi;
    }
    s->n = i;
    if (x == 0.0)
        return true;
    if (!isfinite(x)) {
        if (isfinite(xsave)) {
            exc_raise_format(&exc_OverflowError,
                             "intermediate overflow in fsum");
            return false;
        }
        if (isinf(xsave))
            s->inf_sum += xsave;
        s->special_sum += xsave;
        s->n = 0;
        return true;
    }
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 32;
        s->p = alloc_resize(s->p, s->cap * sizeof *s->p);
    }
    s->p[s->n++] = x;
    return true;
}

// The correctly rounded sum of the partials (half to even across them).
static double partials_total(const Partials *s)
{
    size_t n = s->n;
    if (n == 0)
        return 0.0;
    double hi = s->p[--n], lo = 0.0;
    while (n > 0) {
        double x = hi, y = s->p[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0.0)
            break;
    }
    if (n > 0 &&
        ((lo < 0.0 && s->p[n - 1] < 0.0) || (lo > 0.0 && s->p[n - 1] > 0.0))) {
        double y = lo * 2.0;
        double x = hi + y;
        if (y == x - hi)
            hi = x;
    }
    return hi;
}

static bool fsum_items(Value it, Partials *s)
{
    for (;;) {
        Value item = op_next(it);
        if (item == VALUE_NULL)
            return exc_occurred() == NULL;
        double x;
        bool ok = value_as_double(item, &x);
        value_decref(item);
        if (!ok || !partials_add(s, x))
            return false;
    }
}

FN(fsum)
{
    (void)self;
    if (!args_positional("math.fsum", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    Value it = op_iter(args[0]);
    if (it == VALUE_NULL)
        return VALUE_NULL;
    Partials s = {0};
    bool ok = fsum_items(it, &s);
    value_decref(it);
    Value r = VALUE_NULL;
    if (ok && s.special_sum != 0.0) {
        if (isnan(s.inf_sum))
            exc_raise_format(&exc_ValueError, "-inf + inf in fsum");
        else
            r = float_new(s.special_sum);
    } else if (ok) {
        r = float_new(partials_total(&s));
    }
    alloc_free(s.p);
    return r;
}

// ------------------------------------------------------------ hypot, dist

// Splits x into hi + lo, each with at most 26 significant bits, so that
// products of halves are exact (Veltkamp splitting).
static void split(double x, double *hi, double *lo)
{
    const double t27 = 134217729.0; // 2**27 + 1
    double t = x * t27;
    *hi = t - (t - x);
    *lo = x - *hi;
}

// csum += x, accumulating the rounding error into *frac (|csum| >= |x|).
static void add_exact(double *csum, double *frac, double x)
{
    double old = *csum;
    *csum += x;
    *frac += (old - *csum) + x;
}

// The Euclidean norm of vec[0..n) (each finite, |vec[i]| <= max), CPython
// 3.11's vector_norm: scaled, squared exactly and summed with compensated
// error, then one Newton correction of the square root.
static double vector_norm(size_t n, const double *vec, double max,
                          bool found_nan)
{
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, hi, lo;
    if (max_e < -1023) { // ldexp(1.0, -max_e) would overflow
        for (size_t i = 0; i < n; i++) {
            double x = vec[i] / max;
            add_exact(&csum, &frac1, x * x);
        }
        return max * sqrt(csum - 1.0 + frac1);
    }
    double scale = ldexp(1.0, -max_e);
    for (size_t i = 0; i < n; i++) {
        split(vec[i] * scale, &hi, &lo);
        add_exact(&csum, &frac1, hi * hi);
        add_exact(&csum, &frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    split(h, &hi, &lo);
    add_exact(&csum, &frac1, -hi * hi);
    add_exact(&csum, &frac2, -2.0 * hi * lo);
    add_exact(&csum, &frac3, -lo * lo);
    double x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

// Fills vec with |items[i]| (or |p[i] - q[i]|), tracking max and nans.
typedef struct Norm {
    double *vec;
    double max;
    bool found_nan;
} Norm;

static void norm_add(Norm *nm, size_t i, double x)
{
    x = fabs(x);
    nm->vec[i] = x;
    nm->found_nan |= isnan(x);
    if (x > nm->max)
        nm->max = x;
}

FN(hypot)
{
    (void)self;
    if (!args_positional("math.hypot", nargs, kwnames, 0, SIZE_MAX))
        return VALUE_NULL;
    double small[16];
    Norm nm = {nargs <= 16 ? small : alloc_raw(nargs * sizeof(double)), 0.0,
               false};
    Value r = VALUE_NULL;
    size_t i = 0;
    for (double x; i < nargs && value_as_double(args[i], &x); i++)
        norm_add(&nm, i, x);
    if (i == nargs)
        r = float_new(vector_norm(nargs, nm.vec, nm.max, nm.found_nan));
    if (nm.vec != small)
        alloc_free(nm.vec);
    return r;
}

static bool fill_dist(Norm *nm, TupleObject *p, TupleObject *q)
{
    for (int64_t i = 0; i < p->size; i++) {
        double x, y;
        if (!value_as_double(p->items[i], &x) ||
            !value_as_double(q->items[i], &y))
            return false;
        norm_add(nm, (size_t)i, x - y);
    }
    return true;
}

static Value as_tuple(Value v)
{
    if (value_type(v) == &tuple_type) {
        value_incref(v);
        return v;
    }
    return tuple_from_iterable(v);
}

FN(dist)
{
    (void)self;
    if (!args_positional("dist", nargs, kwnames, 2, 2))
        return VALUE_NULL;
    Value p = as_tuple(args[0]);
    Value q = p ? as_tuple(args[1]) : VALUE_NULL;
    Value r = VALUE_NULL;
    if (q) {
        TupleObject *tp = (TupleObject *)value_as_object(p);
        TupleObject *tq = (TupleObject *)value_as_object(q);
        size_t n = (size_t)tp->size;
        Norm nm = {alloc_raw((n ? n : 1) * sizeof(double)), 0.0, false};
        if (tp->size != tq->size)
            exc_raise_format(&exc_ValueError,
                             "both points must have the same number of "
                             "dimensions");
        else if (fill_dist(&nm, tp, tq))
            r = float_new(vector_norm(n, nm.vec, nm.max, nm.found_nan));
        alloc_free(nm.vec);
    }
    value_decref(p);
    value_decref(q);
    return r;
}

// ------------------------------------------------------------ the module

static const MethodDef math_functions[] = {
    {"acos", math_acos, 0},
    {"acosh", math_acosh, 0},
    {"asin", math_asin, 0},
    {"asinh", math_asinh, 0},
    {"atan", math_atan, 0},
    {"atan2", math_atan2, 0},
    {"atanh", math_atanh, 0},
    {"cbrt", math_cbrt, 0},
    {"ceil", math_ceil, 0},
    {"copysign", math_copysign, 0},
    {"cos", math_cos, 0},
    {"cosh", math_cosh, 0},
    {"degrees", math_degrees, 0},
    {"dist", math_dist, 0},
    {"erf", math_erf, 0},
    {"erfc", math_erfc, 0},
    {"exp", math_exp, 0},
    {"exp2", math_exp2, 0},
    {"expm1", math_expm1, 0},
    {"fabs", math_fabs, 0},
    {"floor", math_floor, 0},
    {"fmod", math_fmod, 0},
    {"frexp", math_frexp, 0},
    {"fsum", math_fsum, 0},
    {"hypot", math_hypot, 0},
    {"isclose", math_isclose, 0},
    {"isfinite", math_isfinite, 0},
    {"isinf", math_isinf, 0},
    {"isnan", math_isnan, 0},
    {"ldexp", math_ldexp, 0},
    {"log", math_log, 0},
    {"log10", math_log10, 0},
    {"log1p", math_log1p, 0},
    {"log2", math_log2, 0},
    {"modf", math_modf, 0},
    {"nextafter", math_nextafter, 0},
    {"pow", math_pow, 0},
    {"radians", math_radians, 0},
    {"remainder", math_remainder, 0},
    {"sin", math_sin, 0},
    {"sinh", math_sinh, 0},
    {"sqrt", math_sqrt, 0},
    {"tan", math_tan, 0},
    {"tanh", math_tanh, 0},
    {"trunc", math_trunc, 0},
    {"ulp", math_ulp, 0},
    {NULL, NULL, 0},
};

static void add_functions(ModuleObject *m, const MethodDef *defs)
{
    for (const MethodDef *d = defs; d->name; d++)
        module_add(m, d->name, builtin_new(d, VALUE_NULL));
}

ModuleObject *math_module_create(void)
{
    ModuleObject *m = module_new("math");
    add_functions(m, math_functions);
    add_functions(m, math_int_functions);
    module_add(m, "pi", float_new(M_PI));
    module_add(m, "e", float_new(M_E));
    module_add(m, "tau", float_new(2 * M_PI));
    module_add(m, "inf", float_new(INFINITY));
    module_add(m, "nan", float_new(NAN));
    return m;
}
