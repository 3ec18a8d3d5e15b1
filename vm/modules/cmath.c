// cmath.c: the cmath module: sqrt, exp, log, log10, phase, polar, rect,
// the classification functions, isclose and the constants, with CPython
// 3.11's results to the last bit: the same numerical methods for finite
// arguments (Kahan's scaled square root, log1p near |z| == 1, exp scaled
// near overflow) and C99 Annex G's values for infinities and nans.
//
// Errors follow CPython's errno protocol: EDOM is ValueError "math domain
// error" (log(0), an infinite angle), ERANGE OverflowError "math range
// error" (exp and polar overflowing).
//
// Concurrency: the module keeps no state; every function is pure.
#include <errno.h>
#include <float.h>
#include <math.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/modules/modules.h"
#include "vm/objects/builtin.h"
#include "vm/objects/complex.h"
#include "vm/objects/float.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

// Magnitudes beyond these need scaling: hypot(x, y) may overflow above
// LARGE, exp(x) above LOG_LARGE.
#define LARGE (DBL_MAX / 4.0)
#define LOG_LARGE 708.3964185322641 // log(LARGE)
// Subnormal parts are scaled up by 2**53 before a square root, and the
// root down by 2**-27.
#define SCALE_UP 53
#define SCALE_DOWN (-27)

#define FN(name)                                                               \
    static Value cmath_##name(Value self, const Value *args, size_t nargs,     \
                              Object *kwnames)

// ------------------------------------------------------------ results

// The value, or the error errno names.
static Value result(Complex z)
{
    if (errno == EDOM) {
        exc_raise_format(&exc_ValueError, "math domain error");
        return VALUE_NULL;
    }
    if (errno == ERANGE) {
        exc_raise_format(&exc_OverflowError, "math range error");
        return VALUE_NULL;
    }
    return complex_new(z.real, z.imag);
}

// The one argument of f(z), as a complex.
static bool one_arg(const char *name, const Value *args, size_t nargs,
                    Object *kwnames, Complex *z)
{
    return args_positional(name, nargs, kwnames, 1, 1) &&
           complex_from_value(args[0], z);
}

// ------------------------------------------------------------ sqrt

static Complex c_sqrt(Complex z)
{
    if (isinf(z.imag))
        return (Complex){INFINITY, z.imag};
    if (isinf(z.real)) {
        if (isnan(z.imag))
            return z.real > 0 ? z : (Complex){NAN, INFINITY};
        return z.real > 0 ? (Complex){INFINITY, copysign(0.0, z.imag)}
                          : (Complex){0.0, copysign(INFINITY, z.imag)};
    }
    if (isnan(z.real) || isnan(z.imag))
        return (Complex){NAN, NAN};
    if (z.real == 0.0 && z.imag == 0.0)
        return (Complex){0.0, z.imag};
    // sqrt(|z|/2 + |re|/2), scaled so that neither hypot nor the sum
    // overflows or loses subnormal bits.
    double ax = fabs(z.real), ay = fabs(z.imag), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        ax = ldexp(ax, SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
    } else {
        ax /= 8.0;
        s = 2.0 * sqrt(ax + hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    if (z.real >= 0.0)
        return (Complex){s, copysign(d, z.imag)};
    return (Complex){d, copysign(s, z.imag)};
}

FN(sqrt)
{
    Complex z;
    if (!one_arg("cmath.sqrt", args, nargs, kwnames, &z))
        return VALUE_NULL;
    Complex r = c_sqrt(z);
    errno = 0; // never an error, whatever the libm calls said
    return result(r);
}

// ------------------------------------------------------------ exp

// exp of an infinite or nan argument (C99 Annex G); EDOM for an infinite
// angle unless the real part is nan or -inf.
static Complex exp_special(Complex z)
{
    errno = isinf(z.imag) && !isnan(z.real) && !(z.real < 0 && isinf(z.real))
                ? EDOM
                : 0;
    if (isnan(z.real))
        return (Complex){NAN, z.imag == 0.0 ? z.imag : NAN};
    if (isinf(z.real) && isfinite(z.imag)) {
        if (z.imag == 0.0)
            return z.real > 0 ? z : (Complex){0.0, z.imag};
        double c = cos(z.imag), s = sin(z.imag);
        double m = z.real > 0 ? INFINITY : 0.0;
        return (Complex){copysign(m, c), copysign(m, s)};
    }
    if (z.real < 0 && isinf(z.real))
        return (Complex){0.0, 0.0};
    if (isinf(z.real) && isnan(z.imag))
        return (Complex){INFINITY, NAN};
    return (Complex){NAN, NAN}; // finite real part, infinite or nan angle
}

static Complex c_exp(Complex z)
{
    if (!isfinite(z.real) || !isfinite(z.imag))
        return exp_special(z);
    double c = cos(z.imag), s = sin(z.imag);
    Complex r;
    if (z.real > LOG_LARGE) { // e**re overflows before the product would
        double l = exp(z.real - 1.0);
        r = (Complex){l * c * M_E, l * s * M_E};
    } else {
        double l = exp(z.real);
        r = (Complex){l * c, l * s};
    }
    errno = isinf(r.real) || isinf(r.imag) ? ERANGE : 0;
    return r;
}

FN(exp)
{
    Complex z;
    if (!one_arg("cmath.exp", args, nargs, kwnames, &z))
        return VALUE_NULL;
    return result(c_exp(z));
}

// ------------------------------------------------------------ log

// log|z| for finite z != 0: scaled far from 1, log1p close to |z| == 1
// where log(h) would lose the low bits.
static double log_abs(double ax, double ay)
{
    if (ax > LARGE || ay > LARGE)
        return log(hypot(ax / 2.0, ay / 2.0)) + M_LN2;
    if (ax < DBL_MIN && ay < DBL_MIN)
        return log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) -
               DBL_MANT_DIG * M_LN2;
    double h = hypot(ax, ay);
    if (h < 0.71 || h > 1.73)
        return log(h);
    double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
    return log1p((am - 1) * (am + 1) + an * an) / 2.0;
}

// log z; errno is EDOM (and the real part -inf) for 0, else cleared:
// log(0, inf) is no error, as in CPython, nor is an angle that
// underflows.
static Complex c_log(Complex z)
{
    Complex r;
    if (isinf(z.real) || isinf(z.imag)) {
        r = (Complex){INFINITY, atan2(z.imag, z.real)};
    } else if (isnan(z.real) || isnan(z.imag)) {
        r = (Complex){NAN, NAN};
    } else if (z.real == 0.0 && z.imag == 0.0) {
        r = (Complex){-INFINITY, atan2(z.imag, z.real)};
        errno = EDOM;
        return r;
    } else {
        r.real = log_abs(fabs(z.real), fabs(z.imag));
        r.imag = atan2(z.imag, z.real);
    }
    errno = 0;
    return r;
}

FN(log)
{
    Complex z, base;
    if (!args_positional("cmath.log", 0, kwnames, 0, 0) ||
        !args_positional("log", nargs, NULL, 1, 2) ||
        !complex_from_value(args[0], &z) ||
        (nargs == 2 && !complex_from_value(args[1], &base)))
        return VALUE_NULL;
    errno = 0;
    Complex r = c_log(z);
    if (nargs == 2) {
        Complex lb = c_log(base);
        r = complex_quotient(r, lb);
    }
    return result(r);
}

FN(log10)
{
    Complex z;
    if (!one_arg("cmath.log10", args, nargs, kwnames, &z))
        return VALUE_NULL;
    errno = 0;
    Complex r = c_log(z);
    return result((Complex){r.real / M_LN10, r.imag / M_LN10});
}

// ------------------------------------------------------------ polar

// phase(z): CPython reports the ERANGE of an angle that underflows to 0
// as an OverflowError.
FN(phase)
{
    Complex z;
    if (!one_arg("cmath.phase", args, nargs, kwnames, &z))
        return VALUE_NULL;
    errno = 0;
    double phi = atan2(z.imag, z.real);
    if (!isfinite(z.real) || !isfinite(z.imag))
        errno = 0;
    if (errno == ERANGE) {
        exc_raise_format(&exc_OverflowError, "math range error");
        return VALUE_NULL;
    }
    return float_new(phi);
}

FN(polar)
{
    Complex z;
    if (!one_arg("cmath.polar", args, nargs, kwnames, &z))
        return VALUE_NULL;
    double r = hypot(z.real, z.imag); // an infinite part wins over nan
    if (isinf(r) && isfinite(z.real) && isfinite(z.imag)) {
        exc_raise_format(&exc_OverflowError, "math range error");
        return VALUE_NULL;
    }
    TupleObject *t = tuple_new(2);
    tuple_init_item(t, 0, float_new(r));
    tuple_init_item(t, 1, float_new(atan2(z.imag, z.real)));
    return value_steal(&t->header);
}

// r * e**(i phi) for an infinite or nan r or phi (C99 Annex G); EDOM
// for a nonzero r with an infinite angle.
static Complex rect_special(double r, double phi)
{
    errno = r != 0.0 && !isnan(r) && isinf(phi) ? EDOM : 0;
    if (isinf(r) && isfinite(phi) && phi != 0.0) {
        double c = copysign(INFINITY, cos(phi));
        double s = copysign(INFINITY, sin(phi));
        return r > 0 ? (Complex){c, s} : (Complex){-c, -s};
    }
    if (isinf(r) && phi == 0.0)
        return (Complex){r, signbit(r) == signbit(phi) ? 0.0 : -0.0};
    if (isinf(r) && isnan(phi))
        return (Complex){INFINITY, NAN};
    if (r == 0.0) // with an infinite or nan angle
        return (Complex){0.0, 0.0};
    if (isnan(r) && phi == 0.0)
        return (Complex){NAN, 0.0};
    return (Complex){NAN, NAN};
}

FN(rect)
{
    double r, phi;
    if (!args_positional("rect", nargs, kwnames, 2, 2) ||
        !value_as_double(args[0], &r) || !value_as_double(args[1], &phi))
        return VALUE_NULL;
    if (!isfinite(r) || !isfinite(phi))
        return result(rect_special(r, phi));
    errno = 0;
    if (phi == 0.0) // r * phi keeps the sign of a zero angle
        return result((Complex){r, r * phi});
    double c = cos(phi), s = sin(phi);
    return result((Complex){r * c, r * s});
}

// ------------------------------------------------------------ predicates

FN(isfinite)
{
    Complex z;
    if (!one_arg("cmath.isfinite", args, nargs, kwnames, &z))
        return VALUE_NULL;
    return value_bool(isfinite(z.real) && isfinite(z.imag));
}

FN(isinf)
{
    Complex z;
    if (!one_arg("cmath.isinf", args, nargs, kwnames, &z))
        return VALUE_NULL;
    return value_bool(isinf(z.real) || isinf(z.imag));
}

FN(isnan)
{
    Complex z;
    if (!one_arg("cmath.isnan", args, nargs, kwnames, &z))
        return VALUE_NULL;
    return value_bool(isnan(z.real) || isnan(z.imag));
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0): |a - b| within either
// tolerance; infinities are close only to themselves.
#define ISCLOSE_PARAMS "a,b,$rel_tol,$abs_tol"
FN(isclose)
{
    Value a[4];
    Complex x, y;
    double rel = 1e-09, abs_tol = 0.0;
    if (nargs > 2) {
        exc_raise_format(&exc_TypeError,
                         "isclose() takes exactly 2 positional arguments "
                         "(%zu given)",
                         nargs);
        return VALUE_NULL;
    }
    if (!args_clinic_keywords("isclose", kwnames, ISCLOSE_PARAMS) ||
        !args_parse("isclose", args, nargs, kwnames, ISCLOSE_PARAMS, 2, 2, a) ||
        !complex_from_value(a[0], &x) || !complex_from_value(a[1], &y) ||
        (a[2] != VALUE_NULL && !value_as_double(a[2], &rel)) ||
        (a[3] != VALUE_NULL && !value_as_double(a[3], &abs_tol)))
        return VALUE_NULL;
    if (rel < 0.0 || abs_tol < 0.0) {
        exc_raise_format(&exc_ValueError, "tolerances must be non-negative");
        return VALUE_NULL;
    }
    if (x.real == y.real && x.imag == y.imag)
        return VALUE_TRUE;
    if (isinf(x.real) || isinf(x.imag) || isinf(y.real) || isinf(y.imag))
        return VALUE_FALSE;
    double diff = hypot(x.real - y.real, x.imag - y.imag);
    return value_bool(diff <= rel * hypot(y.real, y.imag) ||
                      diff <= rel * hypot(x.real, x.imag) || diff <= abs_tol);
}

// ------------------------------------------------------------ the module

static const MethodDef cmath_functions[] = {
    {"sqrt", cmath_sqrt, 0},       {"exp", cmath_exp, 0},
    {"log", cmath_log, 0},         {"log10", cmath_log10, 0},
    {"phase", cmath_phase, 0},     {"polar", cmath_polar, 0},
    {"rect", cmath_rect, 0},       {"isfinite", cmath_isfinite, 0},
    {"isinf", cmath_isinf, 0},     {"isnan", cmath_isnan, 0},
    {"isclose", cmath_isclose, 0}, {NULL, NULL, 0},
};

ModuleObject *cmath_module_create(void)
{
    ModuleObject *m = module_new("cmath");
    for (const MethodDef *d = cmath_functions; d->name; d++)
        module_add(m, d->name, builtin_new(d, VALUE_NULL));
    module_add(m, "pi", float_new(M_PI));
    module_add(m, "e", float_new(M_E));
    module_add(m, "tau", float_new(2 * M_PI));
    module_add(m, "inf", float_new(INFINITY));
    module_add(m, "nan", float_new(NAN));
    module_add(m, "infj", complex_new(0.0, INFINITY));
    module_add(m, "nanj", complex_new(0.0, NAN));
    return m;
}
