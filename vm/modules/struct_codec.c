// struct_codec.c: the struct module's format compiler and its value
// conversions (struct_impl.h): format text to a layout, Python values to
// packed bytes and back, with CPython 3.11's sizes, alignment, rounding
// and error messages (which depend on the byte-order mode; see
// int_rule).
//
// Concurrency: no state; layouts are immutable.
#include "vm/modules/struct_impl.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "alloc/alloc.h"
#include "vm/exc.h"
#include "vm/objects/bytearray.h"
#include "vm/objects/bytes.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "struct assumes a little-endian host ('@' and '=' are little-endian)"
#endif
_Static_assert(sizeof(long) == 8, "the GMP conversions below assume LP64");

TypeObject exc_StructError = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "struct.error",
    .basic_size = sizeof(ExceptionObject),
    .flags = TYPE_FLAG_BASETYPE,
    .base = &exc_Exception,
};

static bool fail(const char *message)
{
    exc_raise_format(&exc_StructError, "%s", message);
    return false;
}

// ------------------------------------------------------------ formats

// A format character: its size in native mode (which is also its
// alignment) and in the standard modes (0: not allowed there).
typedef struct CodeInfo {
    char code;
    uint8_t native_size, std_size;
} CodeInfo;

static const CodeInfo code_table[] = {
    {'x', 1, 1}, {'c', 1, 1}, {'b', 1, 1}, {'B', 1, 1}, {'?', 1, 1},
    {'h', 2, 2}, {'H', 2, 2}, {'i', 4, 4}, {'I', 4, 4}, {'l', 8, 4},
    {'L', 8, 4}, {'q', 8, 8}, {'Q', 8, 8}, {'n', 8, 0}, {'N', 8, 0},
    {'e', 2, 2}, {'f', 4, 4}, {'d', 8, 8}, {'s', 1, 1}, {'p', 1, 1},
    {'P', 8, 0},
};

// The size of `c` in `mode`, or 0 if `c` is not a format character there.
static int code_size(char c, StructMode mode)
{
    for (size_t k = 0; k < sizeof code_table / sizeof code_table[0]; k++)
        if (code_table[k].code == c)
            return mode == STRUCT_NATIVE ? code_table[k].native_size
                                         : code_table[k].std_size;
    return 0;
}

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static StructMode mode_of(char c, int64_t *skip)
{
    *skip = 1;
    switch (c) {
    case '@':
        return STRUCT_NATIVE;
    case '=':
    case '<':
        return STRUCT_LITTLE;
    case '>':
    case '!':
        return STRUCT_BIG;
    default:
        *skip = 0;
        return STRUCT_NATIVE;
    }
}

static StructLayout *too_long(StructLayout *l)
{
    alloc_free(l);
    fail("total struct size too long");
    return NULL;
}

// Reads a repeat count at fmt[*i] (digits); false when it overflows.
static bool read_count(const char *fmt, int64_t len, int64_t *i, int64_t *count)
{
    int64_t n = 0;
    while (*i < len && fmt[*i] >= '0' && fmt[*i] <= '9') {
        int d = fmt[(*i)++] - '0';
        if (n > (INT64_MAX - d) / 10)
            return false;
        n = n * 10 + d;
    }
    *count = n;
    return true;
}

// Appends code `c` (count `count`, item size `size`) to `l`, aligning it
// in native mode; false when the total size overflows.
static bool add_code(StructLayout *l, char c, int64_t count, int size)
{
    int64_t at = l->size;
    if (l->mode == STRUCT_NATIVE && size > 1 && at % size != 0) {
        if (at > INT64_MAX - size)
            return false;
        at += size - at % size;
    }
    if (count > 0 && size > (INT64_MAX - at) / count)
        return false;
    l->codes[l->ncodes++] = (StructCode){
        .code = c, .size = (uint8_t)size, .count = count, .offset = at};
    l->size = at + count * size;
    l->nitems += c == 's' || c == 'p' ? 1 : c == 'x' ? 0 : count;
    return true;
}

StructLayout *struct_compile(const char *fmt, int64_t len)
{
    if (memchr(fmt, '\0', (size_t)len)) {
        fail("embedded null character");
        return NULL;
    }
    int64_t i = 0;
    StructMode mode = len > 0 ? mode_of(fmt[0], &i) : STRUCT_NATIVE;
    // At most one code per remaining character.
    StructLayout *l =
        alloc_zeroed(sizeof *l + (size_t)(len - i + 1) * sizeof(StructCode));
    l->mode = mode;
    while (i < len) {
        if (is_space(fmt[i])) {
            i++;
            continue;
        }
        int64_t count = 1;
        if (fmt[i] >= '0' && fmt[i] <= '9') {
            if (!read_count(fmt, len, &i, &count))
                return too_long(l);
            if (i == len) {
                alloc_free(l);
                fail("repeat count given without format specifier");
                return NULL;
            }
        }
        char c = fmt[i++];
        int size = code_size(c, mode);
        if (size == 0) {
            alloc_free(l);
            fail("bad char in struct format");
            return NULL;
        }
        if (!add_code(l, c, count, size))
            return too_long(l);
    }
    return l;
}

// ------------------------------------------------------------ integers

// How an integer code converts its argument and which range it checks.
// These follow CPython 3.11, whose little-endian standard table reuses
// the native routines for the codes whose sizes agree (hence '<h' says
// "short format" while '>h' says "'h' format").
typedef enum Conv {
    CONV_LONG,  // must fit int64, else "argument out of range"
    CONV_ULONG, // must fit uint64, else "argument out of range"
    CONV_BIG,   // must fit the 8-byte field, else "int too large to convert"
    CONV_PTR,   // 'P': int64 or uint64, else "int too large to convert"
} Conv;

typedef struct IntRule {
    Conv conv;
    bool check;       // then check the field's range
    const char *name; // "byte", "short", ...; NULL: "'c' format"
} IntRule;

static bool is_signed_code(char c)
{
    return c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
}

static IntRule int_rule(StructMode mode, char c)
{
    if (c == 'b' || c == 'B')
        return (IntRule){CONV_LONG, true, c == 'b' ? "byte" : "ubyte"};
    if (c == 'P')
        return (IntRule){CONV_PTR, false, NULL};
    bool sign = is_signed_code(c);
    if (mode == STRUCT_BIG) {
        if (c == 'q' || c == 'Q')
            return (IntRule){CONV_BIG, false, NULL};
        return (IntRule){sign ? CONV_LONG : CONV_ULONG, true, NULL};
    }
    switch (c) {
    case 'h':
        return (IntRule){CONV_LONG, true, "short"};
    case 'H':
        return (IntRule){CONV_LONG, true, "ushort"};
    case 'i':
    case 'I':
        return (IntRule){sign ? CONV_LONG : CONV_ULONG, true, NULL};
    case 'l':
    case 'L': // 8 bytes native (no check), 4 standard
        return (IntRule){sign ? CONV_LONG : CONV_ULONG, mode != STRUCT_NATIVE,
                         NULL};
    default: // q Q n N
        return (IntRule){sign ? CONV_LONG : CONV_ULONG, false, NULL};
    }
}

// Where an int lies: whether it fits int64 (*s) and whether it fits
// uint64 (*u).
typedef struct IntFit {
    bool fits_s, fits_u;
    int64_t s;
    uint64_t u;
} IntFit;

static IntFit int_fit(Value v)
{
    IntFit f = {0};
    int64_t small;
    if (int_small(v, &small)) {
        f.fits_s = true;
        f.s = small;
        f.fits_u = small >= 0;
        f.u = (uint64_t)small;
        return f;
    }
    IntView w;
    int_view_init(&w, v);
    if (mpz_fits_slong_p(w.z)) {
        f.fits_s = true;
        f.s = mpz_get_si(w.z);
        f.fits_u = f.s >= 0;
        f.u = (uint64_t)f.s;
    } else if (mpz_sgn(w.z) > 0 && mpz_fits_ulong_p(w.z)) {
        f.fits_u = true;
        f.u = mpz_get_ui(w.z);
    }
    int_view_clear(&w);
    return f;
}

// The range message: "'h' format requires -32768 <= number <= 32767".
static bool range_error(const IntRule *r, char c, int size)
{
    unsigned bits = 8u * (unsigned)size;
    char what[16];
    if (r->name)
        snprintf(what, sizeof what, "%s", r->name);
    else
        snprintf(what, sizeof what, "'%c'", c);
    if (is_signed_code(c))
        exc_raise_format(&exc_StructError,
                         "%s format requires %lld <= number <= %lld", what,
                         -(1LL << (bits - 1)), (1LL << (bits - 1)) - 1);
    else
        exc_raise_format(&exc_StructError,
                         "%s format requires 0 <= number <= %llu", what,
                         (1ULL << bits) - 1);
    return false;
}

// The two's-complement bits of int `v` for code `c`, checked as CPython
// checks them.
static bool int_bits(Value v, StructMode mode, char c, int size, uint64_t *out)
{
    if (!int_check(v))
        return fail("required argument is not an integer");
    IntRule r = int_rule(mode, c);
    IntFit f = int_fit(v);
    bool sign = is_signed_code(c);
    switch (r.conv) {
    case CONV_LONG:
        if (!f.fits_s)
            return fail("argument out of range");
        break;
    case CONV_ULONG:
        if (!f.fits_u)
            return fail("argument out of range");
        break;
    case CONV_BIG:
        if (sign ? !f.fits_s : !f.fits_u)
            return fail("int too large to convert");
        break;
    case CONV_PTR:
        if (!f.fits_s && !f.fits_u)
            return fail("int too large to convert");
        break;
    }
    *out = f.fits_s ? (uint64_t)f.s : f.u;
    if (!r.check || size == 8)
        return true;
    unsigned bits = 8u * (unsigned)size;
    bool ok = sign ? f.fits_s && f.s >= -(1LL << (bits - 1)) &&
                         f.s < (1LL << (bits - 1))
                   : f.fits_s && f.s >= 0 && f.s < (1LL << bits);
    return ok || range_error(&r, c, size);
}

static void put_bits(unsigned char *p, int size, uint64_t bits, bool big)
{
    for (int k = 0; k < size; k++) {
        int at = big ? size - 1 - k : k;
        p[at] = (unsigned char)(bits >> (8 * k));
    }
}

static uint64_t get_bits(const unsigned char *p, int size, bool big)
{
    uint64_t bits = 0;
    for (int k = 0; k < size; k++) {
        int at = big ? size - 1 - k : k;
        bits |= (uint64_t)p[at] << (8 * k);
    }
    return bits;
}

// ------------------------------------------------------------ floats

// IEEE binary16 bits of `x`, rounded to nearest even; false on overflow.
static bool half_bits(double x, uint16_t *out)
{
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x)) {
        *out = sign | 0x7e00;
        return true;
    }
    double a = fabs(x);
    if (isinf(a) || a == 0) {
        *out = sign | (isinf(a) ? 0x7c00 : 0);
        return true;
    }
    int e;
    frexp(a, &e); // a = m * 2**e, 0.5 <= m < 1
    int exp = e - 1;
    if (exp < -14) { // subnormal: multiples of 2**-24 (may round up to
                     // the smallest normal, which the bits express too)
        *out = sign | (uint16_t)nearbyint(ldexp(a, 24));
        return true;
    }
    double m = nearbyint(ldexp(a, 10 - exp)); // in [1024, 2048]
    if (m == 2048) {
        m = 1024;
        exp++;
    }
    if (exp > 15)
        return false;
    *out = sign | (uint16_t)((exp + 15) << 10) | (uint16_t)((int)m - 1024);
    return true;
}

static double half_value(uint16_t h)
{
    int exp = h >> 10 & 0x1f, frac = h & 0x3ff;
    double a = exp == 0    ? ldexp(frac, -24)
               : exp == 31 ? (frac ? NAN : INFINITY)
                           : ldexp(frac + 1024, exp - 25);
    return h & 0x8000 ? -a : a;
}

// The float nearest `x` in *out (infinity beyond the range); false when
// that overflowed. An out-of-range double is never converted with a
// cast, which C leaves undefined.
static bool single_of(double x, float *out)
{
    if (isfinite(x) && fabs(x) > FLT_MAX) {
        // Halfway between FLT_MAX and 2**128 rounds up (FLT_MAX is odd).
        bool inf = fabs(x) >= ldexp(1, 128) - ldexp(1, 103);
        float f = inf ? INFINITY : FLT_MAX;
        *out = x < 0 ? -f : f;
        return !inf;
    }
    *out = (float)x;
    return true;
}

static bool double_arg(Value v, double *out)
{
    if (float_check(v)) {
        *out = float_value(v);
        return true;
    }
    if (int_check(v) && int_as_double(v, out))
        return true;
    exc_clear(); // an OverflowError becomes the same struct.error
    return fail("required argument is not a float");
}

// Overflow of 'e' and standard 'f': CPython reports an int argument as a
// struct.error and a float one as an OverflowError.
static bool float_overflow(Value v, char c)
{
    if (int_check(v))
        return fail("int too large to convert");
    exc_raise_format(&exc_OverflowError,
                     "float too large to pack with %c format", c);
    return false;
}

static bool pack_float(Value v, StructMode mode, char c, unsigned char *p)
{
    double x;
    if (!double_arg(v, &x))
        return false;
    bool big = mode == STRUCT_BIG;
    if (c == 'd') {
        uint64_t bits;
        memcpy(&bits, &x, 8);
        put_bits(p, 8, bits, big);
    } else if (c == 'f') {
        float y;
        uint32_t bits;
        // Native 'f' is a C cast (inf beyond the range); standard 'f'
        // refuses to overflow.
        if (!single_of(x, &y) && mode != STRUCT_NATIVE)
            return float_overflow(v, c);
        memcpy(&bits, &y, 4);
        put_bits(p, 4, bits, big);
    } else {
        uint16_t bits;
        if (!half_bits(x, &bits))
            return float_overflow(v, c);
        put_bits(p, 2, bits, big);
    }
    return true;
}

static Value unpack_float(const unsigned char *p, StructMode mode, char c)
{
    bool big = mode == STRUCT_BIG;
    if (c == 'd') {
        uint64_t bits = get_bits(p, 8, big);
        double x;
        memcpy(&x, &bits, 8);
        return float_new(x);
    }
    if (c == 'f') {
        uint32_t bits = (uint32_t)get_bits(p, 4, big);
        float y;
        memcpy(&y, &bits, 4);
        return float_new(y);
    }
    return float_new(half_value((uint16_t)get_bits(p, 2, big)));
}

// ------------------------------------------------------------ packing

// bytes or bytearray contents as a new bytes object; NULL (no
// exception) for anything else.
static BytesObject *bytes_arg(Value v)
{
    return bytearray_bytes_like(v);
}

// 'c' takes bytes only (not bytearray), as CPython does.
static bool pack_char(Value v, unsigned char *p)
{
    bool ok = bytes_check(v) && bytes_of(v)->size == 1;
    if (ok)
        *p = (unsigned char)bytes_of(v)->data[0];
    return ok || fail("char format requires a bytes object of length 1");
}

// 's' and 'p' fields of `count` bytes.
static bool pack_string(Value v, char c, int64_t count, unsigned char *p)
{
    BytesObject *b = bytes_arg(v);
    if (b == NULL) {
        exc_raise_format(&exc_StructError,
                         "argument for '%c' must be a bytes object", c);
        return false;
    }
    if (c == 's') {
        int64_t n = b->size < count ? b->size : count;
        memcpy(p, b->data, (size_t)n);
    } else if (count > 0) {
        int64_t n = b->size < count - 1 ? b->size : count - 1;
        memcpy(p + 1, b->data, (size_t)n);
        p[0] = (unsigned char)(n < 255 ? n : 255);
    }
    refcount_dec(&b->header);
    return true;
}

static bool pack_one(Value v, StructMode mode, const StructCode *sc,
                     unsigned char *p)
{
    switch (sc->code) {
    case 'c':
        return pack_char(v, p);
    case '?': {
        int t = op_truth(v);
        *p = t > 0;
        return t >= 0;
    }
    case 'e':
    case 'f':
    case 'd':
        return pack_float(v, mode, sc->code, p);
    default: {
        uint64_t bits;
        if (!int_bits(v, mode, sc->code, sc->size, &bits))
            return false;
        put_bits(p, sc->size, bits, mode == STRUCT_BIG);
        return true;
    }
    }
}

bool struct_pack_items(const StructLayout *l, const Value *items,
                       unsigned char *out)
{
    int64_t k = 0;
    for (int64_t c = 0; c < l->ncodes; c++) {
        const StructCode *sc = &l->codes[c];
        unsigned char *p = out + sc->offset;
        if (sc->code == 'x')
            continue;
        if (sc->code == 's' || sc->code == 'p') {
            if (!pack_string(items[k++], sc->code, sc->count, p))
                return false;
            continue;
        }
        for (int64_t j = 0; j < sc->count; j++)
            if (!pack_one(items[k++], l->mode, sc, p + j * sc->size))
                return false;
    }
    return true;
}

// ------------------------------------------------------------ unpacking

static Value unpack_string(const unsigned char *p, char c, int64_t count)
{
    int64_t n = count;
    if (c == 'p') {
        n = count == 0 ? 0 : p[0];
        if (n >= count)
            n = count > 0 ? count - 1 : 0;
        p++;
    }
    return value_steal(&bytes_from((const char *)p, n)->header);
}

static Value unpack_one(const unsigned char *p, StructMode mode, char c,
                        int size)
{
    switch (c) {
    case 'c':
        return value_steal(&bytes_from((const char *)p, 1)->header);
    case '?':
        return value_bool(*p != 0);
    case 'e':
    case 'f':
    case 'd':
        return unpack_float(p, mode, c);
    default: {
        uint64_t bits = get_bits(p, size, mode == STRUCT_BIG);
        if (!is_signed_code(c))
            return int_from_u64(bits);
        unsigned shift = 64u - 8u * (unsigned)size; // sign-extend
        return int_from_i64((int64_t)(bits << shift) >> shift);
    }
    }
}

TupleObject *struct_unpack_items(const StructLayout *l,
                                 const unsigned char *data)
{
    TupleObject *t = tuple_new(l->nitems);
    int64_t k = 0;
    for (int64_t c = 0; c < l->ncodes; c++) {
        const StructCode *sc = &l->codes[c];
        const unsigned char *p = data + sc->offset;
        if (sc->code == 'x')
            continue;
        if (sc->code == 's' || sc->code == 'p') {
            tuple_init_item(t, k++, unpack_string(p, sc->code, sc->count));
            continue;
        }
        for (int64_t j = 0; j < sc->count; j++)
            tuple_init_item(
                t, k++,
                unpack_one(p + j * sc->size, l->mode, sc->code, sc->size));
    }
    return t;
}
