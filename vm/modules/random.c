// random.c: the random module's generator: CPython's Mersenne Twister
// (MT19937) with CPython's seeding (init_by_array over the 32-bit words
// of |seed|), so a seed gives the same sequence as CPython's random
// module. This file holds the generator, seed, random, getrandbits,
// uniform, gauss, getstate/setstate and the integer draws (randrange,
// randint); random_seq.c the sequence functions (choice, shuffle,
// sample, choices). The two share random_impl.h.
//
// Concurrency: one hidden generator is shared by every thread (as the
// module-level functions of CPython share one Random instance). Its
// state, gauss_next included, is guarded by `gen.lock`, a leaf mutex
// (MUTEX_NO_DETACH) held only inside the primitives below, never across
// Python code or a safepoint. A compound call (randrange's retry loop,
// shuffle) takes the lock once per word drawn, as CPython's own calls
// interleave between threads.
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "alloc/alloc.h"
#include "vm/args.h"
#include "vm/base/mutex.h"
#include "vm/exc.h"
#include "vm/modules/modules.h"
#include "vm/modules/random_impl.h"
#include "vm/objects/builtin.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

#define MT_N 624
#define MT_M 397

#define FN(name)                                                               \
    static Value random_##name(Value self, const Value *args, size_t nargs,    \
                               Object *kwnames)

// The hidden generator. Every field is guarded by `lock`.
static struct {
    Mutex lock;
    uint32_t mt[MT_N];
    int index;
    bool has_gauss;
    double gauss_next;
} gen = {MUTEX_INIT, {0}, MT_N + 1, false, 0.0};

// ------------------------------------------------------------ MT19937
// (callers hold gen.lock)

static void init_genrand(uint32_t s)
{
    gen.mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        gen.mt[i] =
            1812433253U * (gen.mt[i - 1] ^ (gen.mt[i - 1] >> 30)) + (uint32_t)i;
    gen.index = MT_N;
}

static void init_by_array(const uint32_t *key, size_t len)
{
    init_genrand(19650218U);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        gen.mt[i] =
            (gen.mt[i] ^ ((gen.mt[i - 1] ^ (gen.mt[i - 1] >> 30)) * 1664525U)) +
            key[j] + (uint32_t)j;
        if (++i >= MT_N) {
            gen.mt[0] = gen.mt[MT_N - 1];
            i = 1;
        }
        if (++j >= len)
            j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        gen.mt[i] = (gen.mt[i] ^
                     ((gen.mt[i - 1] ^ (gen.mt[i - 1] >> 30)) * 1566083941U)) -
                    (uint32_t)i;
        if (++i >= MT_N) {
            gen.mt[0] = gen.mt[MT_N - 1];
            i = 1;
        }
    }
    gen.mt[0] = 0x80000000U; // a non-zero initial array
}

static uint32_t twist(uint32_t a, uint32_t b, uint32_t c)
{
    uint32_t y = (a & 0x80000000U) | (b & 0x7fffffffU);
    return c ^ (y >> 1) ^ ((y & 1U) ? 0x9908b0dfU : 0U);
}

static uint32_t genrand_uint32(void)
{
    if (gen.index >= MT_N) {
        int k = 0;
        for (; k < MT_N - MT_M; k++)
            gen.mt[k] = twist(gen.mt[k], gen.mt[k + 1], gen.mt[k + MT_M]);
        for (; k < MT_N - 1; k++)
            gen.mt[k] =
                twist(gen.mt[k], gen.mt[k + 1], gen.mt[k + (MT_M - MT_N)]);
        gen.mt[MT_N - 1] = twist(gen.mt[MT_N - 1], gen.mt[0], gen.mt[MT_M - 1]);
        gen.index = 0;
    }
    uint32_t y = gen.mt[gen.index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

// ------------------------------------------------------------ primitives

static void lock(void)
{
    mutex_lock_flags(&gen.lock, MUTEX_NO_DETACH);
}

static void unlock(void)
{
    mutex_unlock(&gen.lock);
}

double random_double(void)
{
    lock();
    uint32_t a = genrand_uint32() >> 5, b = genrand_uint32() >> 6;
    unlock();
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// k random bits (0 <= k <= 64) as CPython's getrandbits draws them: the
// first word is the least significant, the last one is shifted down.
static uint64_t random_bits64(unsigned k)
{
    if (k == 0)
        return 0;
    lock();
    uint64_t r;
    if (k <= 32) {
        r = genrand_uint32() >> (32 - k);
    } else {
        uint64_t lo = genrand_uint32();
        uint64_t hi = genrand_uint32() >> (64 - k);
        r = hi << 32 | lo;
    }
    unlock();
    return r;
}

// getrandbits(k) for any k > 0 into `out`.
static void random_bits_mpz(mpz_t out, uint64_t k)
{
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *w = alloc_raw(words * sizeof *w);
    lock();
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint64_t word = genrand_uint32(); // 64 bits: a shift of 32 is fine
        w[i] = (uint32_t)(k < 32 ? word >> (32 - k) : word);
    }
    unlock();
    mpz_import(out, words, -1, sizeof *w, 0, 0, w);
    alloc_free(w);
}

uint64_t random_below_u64(uint64_t n)
{
    unsigned k = 64 - (unsigned)__builtin_clzll(n);
    uint64_t r = random_bits64(k);
    while (r >= n)
        r = random_bits64(k);
    return r;
}

void random_below_mpz(mpz_t out, mpz_srcptr n)
{
    if (mpz_fits_slong_p(n)) {
        mpz_set_ui(out, random_below_u64(mpz_get_ui(n)));
        return;
    }
    size_t k = mpz_sizeinbase(n, 2);
    do
        random_bits_mpz(out, k);
    while (mpz_cmp(out, n) >= 0);
}

// ------------------------------------------------------------ seeding

// Seeds from |z|'s 32-bit words, least significant first.
static void seed_mpz(mpz_srcptr z)
{
    size_t count = mpz_sgn(z) ? (mpz_sizeinbase(z, 2) + 31) / 32 : 1;
    uint32_t *key = alloc_zeroed(count * sizeof *key);
    mpz_export(key, NULL, -1, sizeof *key, 0, 0, z);
    lock();
    init_by_array(key, count);
    gen.has_gauss = false;
    unlock();
    alloc_free(key);
}

// seed(None): 624 words of OS entropy (the time and pid if none).
static void seed_entropy(void)
{
    uint32_t key[MT_N];
    if (getrandom(key, sizeof key, 0) != (ssize_t)sizeof key) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        key[0] = (uint32_t)ts.tv_sec;
        key[1] = (uint32_t)ts.tv_nsec;
        key[2] = (uint32_t)getpid();
        for (int i = 3; i < MT_N; i++)
            key[i] = 0;
    }
    lock();
    init_by_array(key, MT_N);
    gen.has_gauss = false;
    unlock();
}

static bool seed_value(Value a)
{
    mpz_t z;
    mpz_init(z);
    if (value_is_int(a) || value_type(a) == &int_type) {
        IntView w;
        int_view_init(&w, a);
        mpz_abs(z, w.z);
        int_view_clear(&w);
    } else if (int_check(a) || float_check(a)) {
        int64_t h = op_hash(a); // CPython: the hash as a size_t
        if (h == -1 && exc_occurred()) {
            mpz_clear(z);
            return false;
        }
        mpz_import(z, 1, -1, sizeof h, 0, 0, &h);
    } else {
        mpz_clear(z);
        if (str_check(a) || !strcmp(value_type(a)->name, "bytes") ||
            !strcmp(value_type(a)->name, "bytearray"))
            exc_raise_format(&exc_NotImplementedError,
                             "str, bytes and bytearray seeds are not "
                             "supported");
        else
            exc_raise_format(&exc_TypeError,
                             "The only supported seed types are: None,\n"
                             "int, float, str, bytes, and bytearray.");
        return false;
    }
    seed_mpz(z);
    mpz_clear(z);
    return true;
}

FN(seed)
{
    (void)self;
    Value a[2];
    if (!args_parse("seed", args, nargs, kwnames, "a,version", 0, 0, a))
        return VALUE_NULL;
    if (a[0] == VALUE_NULL || value_is_none(a[0]))
        seed_entropy();
    else if (!seed_value(a[0]))
        return VALUE_NULL;
    return VALUE_NONE;
}

// ------------------------------------------------------------ floats

FN(random)
{
    (void)self;
    (void)args;
    if (!args_positional("random", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    return float_new(random_double());
}

FN(uniform)
{
    (void)self;
    Value a[2];
    if (!args_parse("uniform", args, nargs, kwnames, "a,b", 0, 2, a))
        return VALUE_NULL;
    Value width = op_binary(a[1], a[0], BINOP_SUB);
    if (width == VALUE_NULL)
        return VALUE_NULL;
    Value r = float_new(random_double());
    Value scaled = op_binary(width, r, BINOP_MUL);
    value_decref(width);
    value_decref(r);
    if (scaled == VALUE_NULL)
        return VALUE_NULL;
    Value sum = op_binary(a[0], scaled, BINOP_ADD);
    value_decref(scaled);
    return sum;
}

// The next standard normal deviate: two per pair of draws, the second
// cached in gen.gauss_next (CPython's Box-Muller variant).
static double next_gauss(void)
{
    lock();
    bool have = gen.has_gauss;
    double z = gen.gauss_next;
    gen.has_gauss = false;
    unlock();
    if (have)
        return z;
    double x2pi = random_double() * (2.0 * M_PI);
    double g2rad = sqrt(-2.0 * log(1.0 - random_double()));
    lock();
    gen.gauss_next = sin(x2pi) * g2rad;
    gen.has_gauss = true;
    unlock();
    return cos(x2pi) * g2rad;
}

FN(gauss)
{
    (void)self;
    Value a[2];
    if (!args_parse("gauss", args, nargs, kwnames, "mu,sigma", 0, 0, a))
        return VALUE_NULL;
    // mu + z * sigma with the generic operators, as random.py computes it
    Value z = float_new(next_gauss());
    Value zs = a[1] ? op_binary(z, a[1], BINOP_MUL) : z;
    if (a[1])
        value_decref(z);
    if (zs == VALUE_NULL)
        return VALUE_NULL;
    Value mu = a[0] ? a[0] : float_new(0.0); // 0.0 + -0.0 is 0.0
    Value r = op_binary(mu, zs, BINOP_ADD);
    value_decref(zs);
    if (a[0] == VALUE_NULL)
        value_decref(mu);
    return r;
}

// ------------------------------------------------------------ state

FN(getstate)
{
    (void)self;
    (void)args;
    if (!args_positional("getstate", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    TupleObject *words = tuple_new(MT_N + 1);
    lock();
    for (int i = 0; i < MT_N; i++)
        tuple_init_item(words, i, value_from_int(gen.mt[i]));
    tuple_init_item(words, MT_N, value_from_int(gen.index));
    bool have = gen.has_gauss;
    double g = gen.gauss_next;
    unlock();
    TupleObject *t = tuple_new(3);
    tuple_init_item(t, 0, value_from_int(3));
    tuple_init_item(t, 1, value_steal(&words->header));
    tuple_init_item(t, 2, have ? float_new(g) : VALUE_NONE);
    return value_steal(&t->header);
}

// Reads the 625 words of a state tuple into mt and *index.
static bool read_words(Value v, uint32_t *mt, int64_t *index)
{
    TupleObject *t = (TupleObject *)value_as_object(v);
    if (value_type(v) != &tuple_type || t->size != MT_N + 1) {
        exc_raise_format(&exc_ValueError, "state vector is the wrong size");
        return false;
    }
    for (int i = 0; i <= MT_N; i++) {
        int64_t w;
        if (!int_check(t->items[i]) || !int_as_i64(t->items[i], &w) || w < 0 ||
            w > UINT32_MAX) {
            if (!exc_occurred())
                exc_raise_format(&exc_OverflowError,
                                 "Python int too large to convert to C "
                                 "unsigned long");
            return false;
        }
        if (i < MT_N)
            mt[i] = (uint32_t)w;
        else
            *index = w;
    }
    if (*index > MT_N) {
        exc_raise_format(&exc_ValueError, "invalid state");
        return false;
    }
    return true;
}

FN(setstate)
{
    (void)self;
    if (!args_positional("setstate", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    TupleObject *st = (TupleObject *)value_as_object(args[0]);
    if (value_type(args[0]) != &tuple_type || st->size != 3 ||
        !value_is_int(st->items[0]) || value_as_int(st->items[0]) != 3) {
        exc_raise_format(&exc_ValueError,
                         "state with version %s passed to Random.setstate() "
                         "of version 3",
                         "other");
        return VALUE_NULL;
    }
    uint32_t mt[MT_N];
    int64_t index = 0;
    double g = 0.0;
    bool have = !value_is_none(st->items[2]);
    if (!read_words(st->items[1], mt, &index) ||
        (have && !value_as_double(st->items[2], &g)))
        return VALUE_NULL;
    lock();
    memcpy(gen.mt, mt, sizeof mt);
    gen.index = (int)index;
    gen.has_gauss = have;
    gen.gauss_next = g;
    unlock();
    return VALUE_NONE;
}

// ------------------------------------------------------------ integers

FN(getrandbits)
{
    (void)self;
    int64_t k;
    if (!args_positional("getrandbits", nargs, kwnames, 1, 1) ||
        !value_as_index(args[0], &k))
        return VALUE_NULL;
    if (k < 0) {
        exc_raise_format(&exc_ValueError,
                         "number of bits must be non-negative");
        return VALUE_NULL;
    }
    if (k <= 62)
        return value_from_int((int64_t)random_bits64((unsigned)k));
    mpz_t z;
    mpz_init(z);
    random_bits_mpz(z, (uint64_t)k);
    return int_from_mpz(z);
}

// An integer argument of randrange into z: ints as they are, integral
// floats converted, anything else refused with CPython's messages
// (`what` is "arg 1", "stop" or "step").
static bool int_arg(Value v, const char *what, mpz_t z)
{
    if (float_check(v)) {
        double d = float_value(v);
        if (!isfinite(d) || d != floor(d)) {
            if (!isfinite(d))
                return int_from_double(d) != VALUE_NULL;
            exc_raise_format(&exc_ValueError, "non-integer %s for randrange()",
                             what);
            return false;
        }
        mpz_set_d(z, d);
        return true;
    }
    if (!int_check(v)) {
        exc_raise_format(&exc_TypeError,
                         "int() argument must be a string, a bytes-like "
                         "object or a real number, not '%s'",
                         value_type(v)->name);
        return false;
    }
    IntView w;
    int_view_init(&w, v);
    mpz_set(z, w.z);
    int_view_clear(&w);
    return true;
}

static Value empty_range(void)
{
    exc_raise_format(&exc_ValueError, "empty range for randrange()");
    return VALUE_NULL;
}

// randrange(start) and the unit-step case.
static Value below_from(mpz_t start, mpz_t width, mpz_t stop)
{
    if (mpz_sgn(width) <= 0) {
        char *text;
        if (stop == NULL)
            return empty_range();
        gmp_asprintf(&text, "empty range for randrange() (%Zd, %Zd, %Zd)",
                     start, stop, width);
        exc_raise_format(&exc_ValueError, "%s", text);
        free(text);
        return VALUE_NULL;
    }
    mpz_t r;
    mpz_init(r);
    random_below_mpz(r, width);
    mpz_add(r, r, start);
    return int_from_mpz(r);
}

FN(randrange)
{
    (void)self;
    Value a[3];
    if (!args_parse("randrange", args, nargs, kwnames, "start,stop,step", 0, 1,
                    a))
        return VALUE_NULL;
    mpz_t start, stop, step, width;
    mpz_inits(start, stop, step, width, NULL);
    Value r = VALUE_NULL;
    if (!int_arg(a[0], "arg 1", start))
        goto done;
    if (a[1] == VALUE_NULL || value_is_none(a[1])) {
        if (a[2] != VALUE_NULL)
            exc_raise_format(&exc_TypeError,
                             "Missing a non-None stop argument");
        else if (mpz_sgn(start) > 0) {
            mpz_set_ui(width, 0); // randbelow(start) + 0
            r = below_from(width, start, NULL);
        } else
            empty_range();
        goto done;
    }
    if (!int_arg(a[1], "stop", stop) ||
        (a[2] != VALUE_NULL && !int_arg(a[2], "step", step)))
        goto done;
    if (a[2] == VALUE_NULL)
        mpz_set_ui(step, 1);
    mpz_sub(width, stop, start);
    if (mpz_cmp_ui(step, 1) == 0) {
        r = below_from(start, width, stop);
        goto done;
    }
    if (mpz_sgn(step) == 0) {
        exc_raise_format(&exc_ValueError, "zero step for randrange()");
        goto done;
    }
    // n = (width + step -/+ 1) // step
    mpz_add(width, width, step);
    if (mpz_sgn(step) > 0)
        mpz_sub_ui(width, width, 1);
    else
        mpz_add_ui(width, width, 1);
    mpz_fdiv_q(width, width, step);
    if (mpz_sgn(width) <= 0) {
        empty_range();
        goto done;
    }
    random_below_mpz(stop, width);
    mpz_mul(stop, stop, step);
    mpz_add(stop, stop, start);
    r = int_from_mpz(stop);
    mpz_init(stop);
done:
    mpz_clears(start, stop, step, width, NULL);
    return r;
}

FN(randint)
{
    Value a[2];
    if (!args_parse("randint", args, nargs, kwnames, "a,b", 0, 2, a))
        return VALUE_NULL;
    Value stop = op_binary(a[1], value_from_int(1), BINOP_ADD);
    if (stop == VALUE_NULL)
        return VALUE_NULL;
    Value rargs[2] = {a[0], stop};
    Value r = random_randrange(self, rargs, 2, NULL);
    value_decref(stop);
    return r;
}

// ------------------------------------------------------------ the module

static const MethodDef random_functions[] = {
    {"gauss", random_gauss, 0},       {"getrandbits", random_getrandbits, 0},
    {"getstate", random_getstate, 0}, {"randint", random_randint, 0},
    {"random", random_random, 0},     {"randrange", random_randrange, 0},
    {"seed", random_seed, 0},         {"setstate", random_setstate, 0},
    {"uniform", random_uniform, 0},   {NULL, NULL, 0},
};

static void add_functions(ModuleObject *m, const MethodDef *defs)
{
    for (const MethodDef *d = defs; d->name; d++)
        module_add(m, d->name, builtin_new(d, VALUE_NULL));
}

ModuleObject *random_module_create(void)
{
    ModuleObject *m = module_new("random");
    add_functions(m, random_functions);
    add_functions(m, random_seq_functions);
    seed_entropy();
    return m;
}
