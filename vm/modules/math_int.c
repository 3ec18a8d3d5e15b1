// math_int.c: the math module's integer functions, exact at any size
// through GMP: factorial, gcd, lcm, comb, perm, isqrt, and prod (which
// multiplies any numbers with the generic `*`). Messages are CPython
// 3.11's ("factorial() not defined for negative values", ...).
//
// Concurrency: ints are immutable and nothing here keeps state.
#include <gmp.h>
#include <limits.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/modules/math_impl.h"
#include "vm/objects/int.h"
#include "vm/ops.h"

#define FN(name)                                                               \
    static Value math_##name(Value self, const Value *args, size_t nargs,      \
                             Object *kwnames)

// ------------------------------------------------------------ helpers

// Checks that `v` is an int (TypeError "'float' object cannot be
// interpreted as an integer" otherwise).
static bool need_int(Value v)
{
    if (int_check(v))
        return true;
    exc_raise_format(&exc_TypeError,
                     "'%s' object cannot be interpreted as an integer",
                     value_type(v)->name);
    return false;
}

// Copies the int `v` into the initialised `z`.
static void get_mpz(mpz_t z, Value v)
{
    IntView w;
    int_view_init(&w, v);
    mpz_set(z, w.z);
    int_view_clear(&w);
}

// Reads a non-negative int that must fit an unsigned long; raises
// OverflowError "<what> must not exceed <LONG_MAX>" when it does not.
static bool get_ulong(mpz_srcptr z, const char *what, unsigned long *out)
{
    if (mpz_cmp_si(z, LONG_MAX) > 0) {
        exc_raise_format(&exc_OverflowError, "%s must not exceed %ld", what,
                         LONG_MAX);
        return false;
    }
    *out = mpz_get_ui(z);
    return true;
}

// ------------------------------------------------------------ factorial

FN(factorial)
{
    (void)self;
    if (!args_positional("math.factorial", nargs, kwnames, 1, 1) ||
        !need_int(args[0]))
        return VALUE_NULL;
    int64_t n;
    if (!int_as_i64(args[0], &n)) {
        if (int_sign(args[0]) < 0)
            n = -1;
        else {
            exc_raise_format(&exc_OverflowError,
                             "factorial() argument should not exceed %ld",
                             LONG_MAX);
            return VALUE_NULL;
        }
    }
    if (n < 0) {
        exc_raise_format(&exc_ValueError,
                         "factorial() not defined for negative values");
        return VALUE_NULL;
    }
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)n);
    return int_from_mpz(z);
}

// ------------------------------------------------------------ gcd, lcm

// Folds the int arguments with `step` starting from `start`.
static Value fold_ints(const char *name, const Value *args, size_t nargs,
                       Object *kwnames, unsigned long start,
                       void (*step)(mpz_ptr, mpz_srcptr, mpz_srcptr))
{
    if (!args_positional(name, nargs, kwnames, 0, SIZE_MAX))
        return VALUE_NULL;
    mpz_t acc;
    mpz_init_set_ui(acc, start);
    for (size_t i = 0; i < nargs; i++) {
        if (!need_int(args[i])) {
            mpz_clear(acc);
            return VALUE_NULL;
        }
        IntView w;
        int_view_init(&w, args[i]);
        step(acc, acc, w.z);
        int_view_clear(&w);
    }
    if (nargs == 1)
        mpz_abs(acc, acc);
    return int_from_mpz(acc);
}

FN(gcd)
{
    (void)self;
    return fold_ints("gcd", args, nargs, kwnames, 0, mpz_gcd);
}

FN(lcm)
{
    (void)self;
    return fold_ints("lcm", args, nargs, kwnames, 1, mpz_lcm);
}

// ------------------------------------------------------------ comb, perm

// Reads n and k for comb/perm: both ints, both non-negative.
static bool read_n_k(Value vn, Value vk, mpz_t n, mpz_t k)
{
    if (!need_int(vn) || !need_int(vk))
        return false;
    get_mpz(n, vn);
    get_mpz(k, vk);
    if (mpz_sgn(n) < 0) {
        exc_raise_format(&exc_ValueError, "n must be a non-negative integer");
        return false;
    }
    if (mpz_sgn(k) < 0) {
        exc_raise_format(&exc_ValueError, "k must be a non-negative integer");
        return false;
    }
    return true;
}

// comb(n, k) into n (k <= n). Returns false with OverflowError when
// min(k, n - k) is too large.
static bool binomial(mpz_t n, mpz_t k)
{
    mpz_t nk;
    mpz_init(nk);
    mpz_sub(nk, n, k);
    if (mpz_cmp(nk, k) < 0)
        mpz_set(k, nk);
    mpz_clear(nk);
    unsigned long kk;
    if (!get_ulong(k, "min(n - k, k)", &kk))
        return false;
    mpz_bin_ui(n, n, kk);
    return true;
}

// comb and perm share argument checks; `perm` multiplies by k!.
static Value comb_perm(Value vn, Value vk, bool perm)
{
    mpz_t n, k;
    mpz_inits(n, k, NULL);
    bool ok = read_n_k(vn, vk, n, k);
    unsigned long kk = 0;
    if (ok && mpz_cmp(k, n) > 0) {
        mpz_set_ui(n, 0);
    } else if (ok && perm) {
        ok = get_ulong(k, "k", &kk) && binomial(n, k);
        if (ok) {
            mpz_t f;
            mpz_init(f);
            mpz_fac_ui(f, kk);
            mpz_mul(n, n, f);
            mpz_clear(f);
        }
    } else if (ok) {
        ok = binomial(n, k);
    }
    mpz_clear(k);
    if (!ok) {
        mpz_clear(n);
        return VALUE_NULL;
    }
    return int_from_mpz(n);
}

FN(comb)
{
    (void)self;
    if (!args_positional("comb", nargs, kwnames, 2, 2))
        return VALUE_NULL;
    return comb_perm(args[0], args[1], false);
}

FN(perm)
{
    (void)self;
    if (!args_positional("perm", nargs, kwnames, 1, 2))
        return VALUE_NULL;
    if (nargs == 1 || value_is_none(args[1])) {
        return math_factorial(self, args, 1, NULL);
    }
    return comb_perm(args[0], args[1], true);
}

// ------------------------------------------------------------ isqrt, prod

FN(isqrt)
{
    (void)self;
    if (!args_positional("math.isqrt", nargs, kwnames, 1, 1) ||
        !need_int(args[0]))
        return VALUE_NULL;
    if (int_sign(args[0]) < 0) {
        exc_raise_format(&exc_ValueError,
                         "isqrt() argument must be nonnegative");
        return VALUE_NULL;
    }
    mpz_t z;
    mpz_init(z);
    get_mpz(z, args[0]);
    mpz_sqrt(z, z);
    return int_from_mpz(z);
}

FN(prod)
{
    (void)self;
    Value a[2];
    if (!args_parse("prod", args, nargs, kwnames, "iterable,$start", 1, 1, a))
        return VALUE_NULL;
    Value it = op_iter(a[0]);
    if (it == VALUE_NULL)
        return VALUE_NULL;
    Value total = a[1] ? a[1] : value_from_int(1);
    value_incref(total);
    for (Value x; total != VALUE_NULL && (x = op_next(it)) != VALUE_NULL;) {
        Value r = op_binary(total, x, BINOP_MUL);
        value_decref(x);
        value_decref(total);
        total = r;
    }
    value_decref(it);
    if (total != VALUE_NULL && exc_occurred()) {
        value_decref(total);
        return VALUE_NULL;
    }
    return total;
}

const MethodDef math_int_functions[] = {
    {"comb", math_comb, 0}, {"factorial", math_factorial, 0},
    {"gcd", math_gcd, 0},   {"isqrt", math_isqrt, 0},
    {"lcm", math_lcm, 0},   {"perm", math_perm, 0},
    {"prod", math_prod, 0}, {NULL, NULL, 0},
};
