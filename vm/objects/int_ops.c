// int_ops.c: int arithmetic with CPython's semantics: floor division and
// modulo round toward -inf, ** with a negative exponent is float pow,
// true division is correctly rounded for any size, shifts and bitwise
// operations act on two's complement of unbounded width.
//
// Each operation first tries the small-int path (both operands tagged or
// bool, C arithmetic with overflow checks) and falls back to GMP.
#include <float.h>
#include <math.h>

#include "vm/exc.h"
#include "vm/objects/complex.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/number.h"

// Results above this many bits are refused (MemoryError) rather than
// attempted: CPython would run out of memory on them anyway.
#define MAX_RESULT_BITS ((uint64_t)1 << 38)

static Value raise_zero_division(void)
{
    exc_raise_format(&exc_ZeroDivisionError,
                     "integer division or modulo by zero");
    return VALUE_NULL;
}

static Value raise_zero_modulo(void)
{
    exc_raise_format(&exc_ZeroDivisionError, "integer modulo by zero");
    return VALUE_NULL;
}

static Value raise_negative_shift(void)
{
    exc_raise_format(&exc_ValueError, "negative shift count");
    return VALUE_NULL;
}

static Value raise_memory(void)
{
    exc_raise_format(&exc_MemoryError, "%s", "");
    return VALUE_NULL;
}

// a ** b for ints when b < 0: float pow on the converted operands.
static Value pow_as_float(Value a, Value b)
{
    double x, y, r;
    if (!int_as_double(a, &x) || !int_as_double(b, &y) || !float_pow(x, y, &r))
        return VALUE_NULL;
    return float_new(r);
}

// ------------------------------------------------------------ small ints

static int64_t floor_div(int64_t x, int64_t y)
{
    int64_t q = x / y;
    if (x % y != 0 && ((x < 0) != (y < 0)))
        q--;
    return q;
}

static int64_t floor_mod(int64_t x, int64_t y)
{
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0)))
        r += y;
    return r;
}

static bool small_pow(int64_t base, int64_t exp, int64_t *out)
{
    int64_t r = 1;
    while (exp) {
        if ((exp & 1) && __builtin_mul_overflow(r, base, &r))
            return false;
        exp >>= 1;
        if (exp && __builtin_mul_overflow(base, base, &base))
            return false;
    }
    *out = r;
    return true;
}

#define EXACT_IN_DOUBLE(i)                                                     \
    ((i) >= -(INT64_C(1) << 53) && (i) <= (INT64_C(1) << 53))

static bool small_shift(int64_t x, int64_t y, bool left, Value *r)
{
    int64_t v;
    if (y < 0) {
        *r = raise_negative_shift();
    } else if (!left) {
        *r = value_from_int(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
    } else if (x == 0) {
        *r = value_from_int(0);
    } else {
        if (y >= 62 || __builtin_mul_overflow(x, INT64_C(1) << y, &v))
            return false;
        *r = int_from_i64(v);
    }
    return true;
}

// The operations whose result may not fit 64 bits set *r and return false
// to send the operands to GMP.
static bool small_binary(int64_t x, int64_t y, BinOp op, Value *r)
{
    int64_t v;
    switch (op) {
    case BINOP_ADD:
        *r = int_from_i64(x + y); // 63-bit operands cannot overflow
        return true;
    case BINOP_SUB:
        *r = int_from_i64(x - y);
        return true;
    case BINOP_MUL:
        if (__builtin_mul_overflow(x, y, &v))
            return false;
        *r = int_from_i64(v);
        return true;
    case BINOP_FLOORDIV:
        *r = y == 0 ? raise_zero_division() : int_from_i64(floor_div(x, y));
        return true;
    case BINOP_MOD:
        *r = y == 0 ? raise_zero_modulo() : int_from_i64(floor_mod(x, y));
        return true;
    case BINOP_TRUEDIV:
        if (y == 0 || !EXACT_IN_DOUBLE(x) || !EXACT_IN_DOUBLE(y))
            return false; // the GMP path raises or rounds exactly
        *r = float_new((double)x / (double)y);
        return true;
    case BINOP_POW:
        if (y < 0) {
            *r = pow_as_float(value_from_int(x), value_from_int(y));
            return true;
        }
        if (!small_pow(x, y, &v))
            return false;
        *r = int_from_i64(v);
        return true;
    case BINOP_LSHIFT:
    case BINOP_RSHIFT:
        return small_shift(x, y, op == BINOP_LSHIFT, r);
    case BINOP_AND:
        *r = value_from_int(x & y);
        return true;
    case BINOP_OR:
        *r = value_from_int(x | y);
        return true;
    case BINOP_XOR:
        *r = value_from_int(x ^ y);
        return true;
    default:
        *r = VALUE_NOT_IMPLEMENTED;
        return true;
    }
}

// ------------------------------------------------------------ GMP

static Value big_truediv(mpz_srcptr a, mpz_srcptr b)
{
    if (mpz_sgn(b) == 0) {
        exc_raise_format(&exc_ZeroDivisionError, "division by zero");
        return VALUE_NULL;
    }
    mpz_t n, d;
    mpz_init(n);
    mpz_init(d);
    mpz_abs(n, a);
    mpz_abs(d, b);
    double r;
    bool ok = int_ratio_to_double(n, d, &r);
    mpz_clears(n, d, NULL);
    if (!ok) {
        exc_raise_format(&exc_OverflowError,
                         "integer division result too large for a float");
        return VALUE_NULL;
    }
    return float_new((mpz_sgn(a) < 0) != (mpz_sgn(b) < 0) ? -r : r);
}

// a ** b for b >= 0 into r; false with an exception for absurd sizes.
static bool big_pow(mpz_ptr r, mpz_srcptr a, mpz_srcptr b)
{
    if (mpz_cmpabs_ui(a, 1) <= 0) { // 0, 1, -1: the result is known
        if (mpz_sgn(b) == 0)
            mpz_set_ui(r, 1);
        else if (mpz_sgn(a) < 0)
            mpz_set_si(r, mpz_odd_p(b) ? -1 : 1);
        else
            mpz_set(r, a);
        return true;
    }
    if (!mpz_fits_ulong_p(b) ||
        mpz_get_ui(b) > MAX_RESULT_BITS / mpz_sizeinbase(a, 2)) {
        raise_memory();
        return false;
    }
    mpz_pow_ui(r, a, mpz_get_ui(b));
    return true;
}

static bool big_lshift(mpz_ptr r, mpz_srcptr a, mpz_srcptr count)
{
    if (mpz_sgn(count) < 0) {
        raise_negative_shift();
        return false;
    }
    if (mpz_sgn(a) == 0) {
        mpz_set_ui(r, 0);
        return true;
    }
    if (!mpz_fits_slong_p(count)) {
        exc_raise_format(&exc_OverflowError, "too many digits in integer");
        return false;
    }
    if (mpz_get_ui(count) > MAX_RESULT_BITS) {
        raise_memory();
        return false;
    }
    mpz_mul_2exp(r, a, mpz_get_ui(count));
    return true;
}

static bool big_rshift(mpz_ptr r, mpz_srcptr a, mpz_srcptr count)
{
    if (mpz_sgn(count) < 0) {
        raise_negative_shift();
        return false;
    }
    if (!mpz_fits_ulong_p(count))
        mpz_set_si(r, mpz_sgn(a) < 0 ? -1 : 0);
    else
        mpz_fdiv_q_2exp(r, a, mpz_get_ui(count)); // floor: -1 >> n == -1
    return true;
}

// r = a op b for the operations with an int result; false with an
// exception set on error.
static bool big_arith(mpz_ptr r, mpz_srcptr a, mpz_srcptr b, BinOp op)
{
    switch (op) {
    case BINOP_ADD:
        mpz_add(r, a, b);
        return true;
    case BINOP_SUB:
        mpz_sub(r, a, b);
        return true;
    case BINOP_MUL:
        mpz_mul(r, a, b);
        return true;
    case BINOP_FLOORDIV:
    case BINOP_MOD:
        if (mpz_sgn(b) == 0) {
            if (op == BINOP_MOD)
                raise_zero_modulo();
            else
                raise_zero_division();
            return false;
        }
        if (op == BINOP_MOD)
            mpz_fdiv_r(r, a, b);
        else
            mpz_fdiv_q(r, a, b);
        return true;
    case BINOP_POW:
        return big_pow(r, a, b);
    case BINOP_LSHIFT:
        return big_lshift(r, a, b);
    case BINOP_RSHIFT:
        return big_rshift(r, a, b);
    case BINOP_AND:
        mpz_and(r, a, b);
        return true;
    case BINOP_OR:
        mpz_ior(r, a, b);
        return true;
    default:
        mpz_xor(r, a, b);
        return true;
    }
}

static Value big_binary(Value a, Value b, BinOp op)
{
    if (op == BINOP_POW && int_sign(b) < 0)
        return pow_as_float(a, b);
    IntView va, vb;
    int_view_init(&va, a);
    int_view_init(&vb, b);
    Value result;
    if (op == BINOP_TRUEDIV) {
        result = big_truediv(va.z, vb.z);
    } else {
        mpz_t r;
        mpz_init(r);
        if (big_arith(r, va.z, vb.z, op)) {
            result = int_from_mpz(r);
        } else {
            mpz_clear(r);
            result = VALUE_NULL;
        }
    }
    int_view_clear(&va);
    int_view_clear(&vb);
    return result;
}

// ------------------------------------------------------------ slots

static bool is_number(Value v)
{
    return int_check(v) || float_check(v);
}

Value int_binary(Value a, Value b, BinOp op)
{
    if (!int_check(a) || !int_check(b))
        return is_number(a) && is_number(b) ? float_binary(a, b, op)
                                            : VALUE_NOT_IMPLEMENTED;
    if (op == BINOP_MATMUL || op >= BINOP_COUNT)
        return VALUE_NOT_IMPLEMENTED;
    int64_t x, y;
    Value r;
    if (int_small(a, &x) && int_small(b, &y) && small_binary(x, y, op, &r))
        return r;
    return big_binary(a, b, op);
}

static Value big_unary(Value a, UnaryOp op)
{
    IntView w;
    int_view_init(&w, a);
    mpz_t r;
    mpz_init(r);
    if (op == UNARY_NEG)
        mpz_neg(r, w.z);
    else
        mpz_com(r, w.z); // ~a == -a - 1
    int_view_clear(&w);
    return int_from_mpz(r);
}

Value int_unary(Value a, UnaryOp op)
{
    if (!int_check(a))
        return VALUE_NOT_IMPLEMENTED;
    if (op == UNARY_POS)
        return int_exact(a);
    int64_t x;
    if (int_small(a, &x)) // 63-bit: neither -x nor ~x overflows
        return int_from_i64(op == UNARY_NEG ? -x : ~x);
    return big_unary(a, op);
}

Value int_abs(Value v)
{
    return int_sign(v) < 0 ? int_unary(v, UNARY_NEG) : int_exact(v);
}

bool int_divmod(Value a, Value b, Value *quotient, Value *remainder)
{
    int64_t x, y;
    if (int_small(a, &x) && int_small(b, &y)) {
        if (y == 0) {
            raise_zero_division();
            return false;
        }
        *quotient = int_from_i64(floor_div(x, y));
        *remainder = int_from_i64(floor_mod(x, y));
        return true;
    }
    if (int_sign(b) == 0) {
        raise_zero_division();
        return false;
    }
    IntView va, vb;
    int_view_init(&va, a);
    int_view_init(&vb, b);
    mpz_t q, r;
    mpz_inits(q, r, NULL);
    mpz_fdiv_qr(q, r, va.z, vb.z);
    int_view_clear(&va);
    int_view_clear(&vb);
    *quotient = int_from_mpz(q);
    *remainder = int_from_mpz(r);
    return true;
}

// ------------------------------------------------------------ pow(a, b, m)

// base ** exp mod m for m > 1 into r (r in [0, m)); a negative exponent
// uses the inverse of base.
static bool powm(mpz_ptr r, mpz_srcptr base, mpz_srcptr exp, mpz_srcptr m)
{
    if (mpz_sgn(exp) >= 0) {
        mpz_powm(r, base, exp, m);
        return true;
    }
    mpz_t inv, e;
    mpz_inits(inv, e, NULL);
    bool ok = mpz_invert(inv, base, m) != 0;
    if (ok) {
        mpz_neg(e, exp);
        mpz_powm(r, inv, e, m);
    } else {
        exc_raise_format(&exc_ValueError,
                         "base is not invertible for the given modulus");
    }
    mpz_clears(inv, e, NULL);
    return ok;
}

Value int_pow_mod(Value a, Value b, Value mod)
{
    if (complex_check(a) || complex_check(b) || complex_check(mod)) {
        exc_raise_format(&exc_ValueError, "complex modulo");
        return VALUE_NULL;
    }
    if (!int_check(a) || !int_check(b) || !int_check(mod)) {
        exc_raise_format(&exc_TypeError, "pow() 3rd argument not allowed "
                                         "unless all arguments are integers");
        return VALUE_NULL;
    }
    if (int_sign(mod) == 0) {
        exc_raise_format(&exc_ValueError, "pow() 3rd argument cannot be 0");
        return VALUE_NULL;
    }
    IntView va, vb, vm;
    int_view_init(&va, a);
    int_view_init(&vb, b);
    int_view_init(&vm, mod);
    mpz_t m, r;
    mpz_inits(m, r, NULL);
    mpz_abs(m, vm.z);
    bool ok = true;
    if (mpz_cmp_ui(m, 1) != 0) // anything mod 1 is 0
        ok = powm(r, va.z, vb.z, m);
    // The result takes the modulus's sign: (m, 0] for a negative modulus.
    if (ok && mpz_sgn(vm.z) < 0 && mpz_sgn(r) != 0)
        mpz_sub(r, r, m);
    int_view_clear(&va);
    int_view_clear(&vb);
    int_view_clear(&vm);
    mpz_clear(m);
    if (!ok) {
        mpz_clear(r);
        return VALUE_NULL;
    }
    return int_from_mpz(r);
}
