// array.c: the array module: array.array (vm/modules/array.h), its
// iterator and the module object, with CPython 3.11's conversions,
// methods and messages.
//
// Concurrency: the rules are array.h's. Mutations run under the array's
// critical section; while other threads may read lock-free (the array is
// shared), items are stored one at a time with atomic stores of their
// width and a replaced buffer goes through QSBR. The lock-free read
// (read_unlocked) loads the buffer, then the size, then the item, and
// then checks that the buffer is still the current one: a buffer that
// stayed current over that window holds a real value at every index
// below the size read within it.
#include "vm/modules/array.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "alloc/alloc.h"
#include "vm/args.h"
#include "vm/critical.h"
#include "vm/exc.h"
#include "vm/modules/modules.h"
#include "vm/objects/builtin.h"
#include "vm/objects/bytearray.h"
#include "vm/objects/container.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/sequtil.h"
#include "vm/objects/slice.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/objects/utf8.h"
#include "vm/ops.h"

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "array keeps raw items in the low bytes of a little-endian word"
#endif

typedef enum ItemKind {
    KIND_SIGNED,
    KIND_UNSIGNED,
    KIND_FLOAT,
    KIND_CHAR
} ItemKind;

struct ArrayDescr {
    char code;
    uint8_t size;
    uint8_t kind; // ItemKind
};

// In the order of array.typecodes. 'u' is wchar_t: 4 bytes on Linux.
static const ArrayDescr descrs[] = {
    {'b', 1, KIND_SIGNED},   {'B', 1, KIND_UNSIGNED}, {'u', 4, KIND_CHAR},
    {'h', 2, KIND_SIGNED},   {'H', 2, KIND_UNSIGNED}, {'i', 4, KIND_SIGNED},
    {'I', 4, KIND_UNSIGNED}, {'l', 8, KIND_SIGNED},   {'L', 8, KIND_UNSIGNED},
    {'q', 8, KIND_SIGNED},   {'Q', 8, KIND_UNSIGNED}, {'f', 4, KIND_FLOAT},
    {'d', 8, KIND_FLOAT},
};
#define NDESCRS (sizeof descrs / sizeof descrs[0])

static const ArrayDescr *descr_of(uint32_t code)
{
    for (size_t k = 0; k < NDESCRS; k++)
        if ((uint32_t)descrs[k].code == code)
            return &descrs[k];
    return NULL;
}

static inline int isz(const ArrayObject *a)
{
    return a->descr->size;
}

static const char *tname(Value v)
{
    return type_name(value_type(v));
}

// ------------------------------------------------------------ items
// A raw item is the item's bytes in the low end of a uint64_t.

static uint64_t raw_at(const unsigned char *p, int size)
{
    uint64_t raw = 0;
    memcpy(&raw, p, (size_t)size);
    return raw;
}

// The atomic load of item i of a buffer (see array.h: 2-byte items go
// through the aligned 4-byte word holding them). Relaxed: the ordering
// comes from the acquire loads of `buf` and `size` (read_unlocked).
static uint64_t load_item(const ArrayBuf *b, int size, int64_t i)
{
    const unsigned char *p = b->data + i * size;
    switch (size) {
    case 1:
        return atomic_load_u8_relaxed(p);
    case 2: {
        uint32_t word = atomic_load_u32_relaxed(
            (const uint32_t *)(const void *)(b->data + (i & ~1) * 2));
        uint16_t half[2];
        memcpy(half, &word, 4);
        return half[i & 1];
    }
    case 4:
        return atomic_load_u32_relaxed((const uint32_t *)(const void *)p);
    default:
        return atomic_load_u64_relaxed((const uint64_t *)(const void *)p);
    }
}

// Under the lock: the atomic store of item i (relaxed: published by the
// release store of `size` or `buf` that follows, see set_size). Writers
// are serialised by the lock, so the read-modify-write of a 2-byte item's
// word cannot lose a neighbour's update.
static void store_item(ArrayBuf *b, int size, int64_t i, uint64_t raw)
{
    unsigned char *p = b->data + i * size;
    switch (size) {
    case 1:
        atomic_store_u8_relaxed(p, (uint8_t)raw);
        break;
    case 2: {
        uint32_t *w = (uint32_t *)(void *)(b->data + (i & ~1) * 2);
        uint32_t word = atomic_load_u32_relaxed(w);
        uint16_t half[2];
        memcpy(half, &word, 4);
        half[i & 1] = (uint16_t)raw;
        memcpy(&word, half, 4);
        atomic_store_u32_relaxed(w, word);
        break;
    }
    case 4:
        atomic_store_u32_relaxed((uint32_t *)(void *)p, (uint32_t)raw);
        break;
    default:
        atomic_store_u64_relaxed((uint64_t *)(void *)p, raw);
    }
}

// ------------------------------------------------------------ storage

static size_t buf_bytes(int64_t capacity, int size)
{
    size_t data = ((size_t)capacity * (size_t)size + 7) & ~(size_t)7;
    return sizeof(ArrayBuf) + data;
}

static ArrayBuf *buf_new(int64_t capacity, int size)
{
    ArrayBuf *b = alloc_zeroed(buf_bytes(capacity, size));
    b->capacity = capacity;
    return b;
}

static void drop_buf(ArrayObject *a, ArrayBuf *b)
{
    size_t bytes = b ? buf_bytes(b->capacity, isz(a)) : 0;
    container_drop_memory(&a->header, b, bytes);
}

// Whether `n` items of `size` bytes exceed what an array may hold (1
// TiB: larger requests raise MemoryError at once instead of aborting in
// the allocator); n < 0 stands for an overflowed count.
static bool too_many(int64_t n, int size)
{
    if (n >= 0 && n <= ((int64_t)1 << 40) / size)
        return false;
    exc_raise_format(&exc_MemoryError, "%s", "");
    return true;
}

static void set_size(ArrayObject *a, int64_t n)
{
    // Release: pairs with the acquire load in read_unlocked, so a reader
    // that sees `n` sees the items stored below it.
    atomic_store_i64_release(&a->size, n);
}

// Under the lock: `b` (private until now) becomes the buffer.
static void install(ArrayObject *a, ArrayBuf *b)
{
    ArrayBuf *old = a->buf;
    // Release: pairs with the acquire loads of `buf` in read_unlocked
    // (the items copied into `b` are visible with it).
    atomic_store_ptr_release(&a->buf, b);
    drop_buf(a, old);
}

// Under the lock: a buffer of `cap` items holding the first `n` items.
static void rebuffer(ArrayObject *a, int64_t cap, int64_t n)
{
    ArrayBuf *b = buf_new(cap, isz(a));
    if (n > 0) // the lock holder is the only writer: plain reads are fine
        memcpy(b->data, a->buf->data, (size_t)(n * isz(a)));
    install(a, b);
}

// Under the lock: room for `need` items (over-allocating as CPython
// does); false with MemoryError when impossible.
static bool reserve(ArrayObject *a, int64_t need)
{
    if (a->buf && need <= a->buf->capacity)
        return true;
    if (too_many(need, isz(a)))
        return false;
    rebuffer(a, need + (need >> 4) + (need < 8 ? 3 : 7), a->size);
    return true;
}

// Under the lock, after a removal: gives back most of a buffer that is
// now mostly empty.
static void maybe_shrink(ArrayObject *a)
{
    int64_t n = a->size;
    if (a->buf && a->buf->capacity > 16 && n < a->buf->capacity / 4)
        rebuffer(a, n + (n >> 1) + 4, n);
}

// Under the lock: whether lock-free readers may be inside (see array.h);
// when not, the buffer may be written with plain memory operations.
static bool racy(ArrayObject *a)
{
    container_note_access(&a->header);
    return container_is_shared(&a->header);
}

// Under the lock: moves `count` items from index `from` to `to` within
// the buffer, in the order that never overwrites an unmoved item.
static void move_items(ArrayObject *a, int64_t to, int64_t from, int64_t count,
                       bool shared)
{
    ArrayBuf *b = a->buf;
    int size = isz(a);
    if (count <= 0 || to == from)
        return;
    if (!shared) {
        memmove(b->data + to * size, b->data + from * size,
                (size_t)(count * size));
    } else if (to > from) {
        for (int64_t k = count - 1; k >= 0; k--)
            store_item(b, size, to + k, load_item(b, size, from + k));
    } else {
        for (int64_t k = 0; k < count; k++)
            store_item(b, size, to + k, load_item(b, size, from + k));
    }
}

// Under the lock: writes `m` items from raw bytes `src` at index `at`.
static void put_items(ArrayObject *a, int64_t at, const unsigned char *src,
                      int64_t m, bool shared)
{
    int size = isz(a);
    if (m <= 0)
        return;
    if (!shared) {
        memcpy(a->buf->data + at * size, src, (size_t)(m * size));
        return;
    }
    for (int64_t k = 0; k < m; k++)
        store_item(a->buf, size, at + k, raw_at(src + k * size, size));
}

// Under the lock: replaces items [lo, hi) (0 <= lo <= hi <= size) with
// the `m` raw items at `src`, which must not point into the array.
static bool splice_locked(ArrayObject *a, int64_t lo, int64_t hi,
                          const unsigned char *src, int64_t m)
{
    bool shared = racy(a);
    int64_t n = a->size, d = m - (hi - lo);
    if (d > 0 && !reserve(a, n + d))
        return false;
    move_items(a, hi + d, hi, n - hi, shared);
    put_items(a, lo, src, m, shared);
    set_size(a, n + d);
    if (d < 0)
        maybe_shrink(a);
    return true;
}

static bool splice(ArrayObject *a, int64_t lo, int64_t hi,
                   const unsigned char *src, int64_t m)
{
    bool ok;
    // Writer: pairs with the array's other sections (see array.h).
    CRITICAL_BEGIN(&a->header);
    int64_t n = a->size;
    hi = hi > n ? n : hi;
    lo = lo > hi ? hi : lo;
    ok = splice_locked(a, lo, hi, src, m);
    CRITICAL_END(&a->header);
    return ok;
}

// The items as they are now: a private copy (alloc_free it) of
// *n items.
static unsigned char *copy_items(ArrayObject *a, int64_t *n)
{
    unsigned char *copy;
    // Reader: pairs with the writers' sections (consistent size, buffer).
    CRITICAL_BEGIN(&a->header);
    container_note_access(&a->header);
    *n = a->size;
    size_t bytes = (size_t)(*n * isz(a));
    copy = alloc_raw(bytes ? bytes : 1);
    if (bytes)
        memcpy(copy, a->buf->data, bytes);
    CRITICAL_END(&a->header);
    return copy;
}

// A new array of `type` holding copies of `n` raw items (private until
// returned, so no lock).
static ArrayObject *new_of(TypeObject *type, const ArrayDescr *d,
                           const unsigned char *items, int64_t n)
{
    ArrayObject *a = (ArrayObject *)object_new(type);
    a->descr = d;
    if (n > 0) {
        a->buf = buf_new(n, d->size);
        memcpy(a->buf->data, items, (size_t)(n * d->size));
        a->size = n;
    }
    return a;
}

static void array_dealloc(Object *op)
{
    // Nobody else holds a reference: no reader can be inside.
    alloc_free(((ArrayObject *)op)->buf);
    object_free(op);
}

// ------------------------------------------------------------ reading

static bool normalize(int64_t *index, int64_t n)
{
    if (*index < 0)
        *index += n;
    return *index >= 0 && *index < n;
}

#ifdef FTPY_FREE_THREADING
// The lock-free read: 1 found, 0 out of range, -1 retry under the lock.
static int read_unlocked(ArrayObject *a, int64_t index, uint64_t *raw)
{
    // Acquire (both): pair with install and set_size.
    ArrayBuf *b = atomic_load_ptr_acquire(&a->buf);
    int64_t n = atomic_load_i64_acquire(&a->size);
    if (!normalize(&index, n))
        return 0;
    if (b == NULL || index >= b->capacity)
        return -1;
    *raw = load_item(b, isz(a), index);
    // Acquire: pairs with install; a new buffer means the size we read
    // may belong to it, so the item read from `b` proves nothing.
    return 1;
}
#endif

static bool read_locked(ArrayObject *a, int64_t index, uint64_t *raw)
{
    bool found;
    // Reader: pairs with the writers' sections (consistent size, buffer);
    // a first read by another thread marks the array shared here.
    CRITICAL_BEGIN(&a->header);
    container_note_access(&a->header);
    found = normalize(&index, a->size);
    if (found)
        *raw = raw_at(a->buf->data + index * isz(a), isz(a));
    CRITICAL_END(&a->header);
    return found;
}

static bool read_raw(ArrayObject *a, int64_t index, uint64_t *raw)
{
#ifdef FTPY_FREE_THREADING
    if (container_is_shared(&a->header) || refcount_is_owner(&a->header)) {
        int r = read_unlocked(a, index, raw);
        if (r >= 0)
            return r == 1;
    }
#endif
    return read_locked(a, index, raw);
}

// ------------------------------------------------------------ conversions

// A 'u' item as a str: ValueError for values beyond U+10FFFF (a wchar_t
// that frombytes filled), worded as chr()'s, as CPython does.
static Value char_value(uint32_t cp)
{
    if (cp > 0x10ffff) {
        exc_raise_format(&exc_ValueError, "chr() arg not in range(0x110000)");
        return VALUE_NULL;
    }
    return value_steal(&str_from_code_points(&cp, 1)->header);
}

// The Python value of a raw item.
static Value to_value(const ArrayDescr *d, uint64_t raw)
{
    unsigned shift = 64u - 8u * d->size;
    switch (d->kind) {
    case KIND_SIGNED:
        return int_from_i64((int64_t)(raw << shift) >> shift);
    case KIND_UNSIGNED:
        return int_from_u64(raw);
    case KIND_CHAR:
        return char_value((uint32_t)raw);
    default:
        if (d->size == 4) {
            float f;
            uint32_t bits = (uint32_t)raw;
            memcpy(&f, &bits, 4);
            return float_new(f);
        } else {
            double x;
            memcpy(&x, &raw, 8);
            return float_new(x);
        }
    }
}

static bool overflow(const char *message)
{
    exc_raise_format(&exc_OverflowError, "%s", message);
    return false;
}

// Checks `x` against [lo, hi] with "<what> is less than minimum" /
// "<what> is greater than maximum".
static bool in_range(int64_t x, int64_t lo, int64_t hi, const char *what)
{
    if (x >= lo && x <= hi)
        return true;
    exc_raise_format(&exc_OverflowError, "%s is %s", what,
                     x < lo ? "less than minimum" : "greater than maximum");
    return false;
}

// Signed codes and 'B', 'H': the value as a C long first (CPython's
// PyArg_Parse formats), then the code's own ranges.
static bool signed_raw(char code, int64_t x, uint64_t *out)
{
    *out = (uint64_t)x;
    switch (code) {
    case 'b':
        return in_range(x, INT16_MIN, INT16_MAX, "signed short integer") &&
               in_range(x, INT8_MIN, INT8_MAX, "signed char");
    case 'B':
        return in_range(x, 0, UINT8_MAX, "unsigned byte integer");
    case 'h':
        return in_range(x, INT16_MIN, INT16_MAX, "signed short integer");
    case 'H':
        return in_range(x, INT32_MIN, INT32_MAX, "signed integer") &&
               in_range(x, 0, UINT16_MAX, "unsigned short");
    case 'i':
        return in_range(x, INT32_MIN, INT32_MAX, "signed integer");
    default: // 'l', 'q'
        return true;
    }
}

static bool int_raw(char code, Value v, uint64_t *out)
{
    if (!int_check(v)) {
        exc_raise_format(&exc_TypeError,
                         "'%s' object cannot be interpreted as an integer",
                         tname(v));
        return false;
    }
    int64_t x;
    bool fits = int_as_i64(v, &x);
    if (code == 'q' && !fits)
        return overflow("int too big to convert");
    if (code != 'I' && code != 'L' && code != 'Q')
        return fits ? signed_raw(code, x, out)
                    : overflow("Python int too large to convert to C long");
    if (int_sign(v) < 0)
        return overflow(code == 'Q' ? "can't convert negative int to unsigned"
                                    : "can't convert negative value to "
                                      "unsigned int");
    if (!fits && !int_to_bytes(v, (uint8_t *)out, 8, true, false)) {
        exc_clear();
        return overflow(code == 'Q' ? "int too big to convert"
                                    : "Python int too large to convert to C "
                                      "unsigned long");
    }
    if (fits)
        *out = (uint64_t)x;
    if (code == 'I' && *out > UINT32_MAX)
        return overflow("unsigned int is greater than maximum");
    return true;
}

// (float)x without converting an out-of-range double (which C leaves
// undefined): the IEEE result, infinity beyond FLT_MAX's rounding range.
static float to_single(double x)
{
    if (isfinite(x) && fabs(x) > FLT_MAX) {
        bool inf = fabs(x) >= ldexp(1, 128) - ldexp(1, 103);
        float f = inf ? INFINITY : FLT_MAX;
        return x < 0 ? -f : f;
    }
    return (float)x;
}

// A Python value as a raw item of `d`, with CPython's errors.
static bool to_raw(const ArrayDescr *d, Value v, uint64_t *out)
{
    if (d->kind == KIND_CHAR) {
        StrObject *s = str_check(v) ? (StrObject *)value_as_object(v) : NULL;
        if (s == NULL || s->length != 1) {
            exc_raise_format(&exc_TypeError,
                             "array item must be unicode character");
            return false;
        }
        *out = str_code_point_at(s, 0);
        return true;
    }
    if (d->kind != KIND_FLOAT)
        return int_raw(d->code, v, out);
    double x;
    if (!value_as_double(v, &x))
        return false;
    if (d->size == 8) {
        memcpy(out, &x, 8);
    } else {
        float f = to_single(x);
        uint32_t bits;
        memcpy(&bits, &f, 4);
        *out = bits;
    }
    return true;
}

// ------------------------------------------------------------ C API

bool array_check(Value v)
{
    return value_is_object(v) &&
           type_is_subtype(object_type(value_as_object(v)), &array_type);
}

ArrayObject *array_new(char typecode)
{
    const ArrayDescr *d = descr_of((unsigned char)typecode);
    return d ? new_of(&array_type, d, NULL, 0) : NULL;
}

int array_itemsize(const ArrayObject *a)
{
    return isz(a);
}

// Appends one raw item.
static bool append_raw(ArrayObject *a, uint64_t raw)
{
    unsigned char bytes[8];
    memcpy(bytes, &raw, 8);
    return splice(a, INT64_MAX, INT64_MAX, bytes, 1);
}

bool array_append(ArrayObject *a, Value v)
{
    uint64_t raw;
    return to_raw(a->descr, v, &raw) && append_raw(a, raw);
}

int array_get(ArrayObject *a, int64_t index, Value *out)
{
    uint64_t raw;
    if (!read_raw(a, index, &raw))
        return 0;
    *out = to_value(a->descr, raw);
    return *out == VALUE_NULL ? -1 : 1;
}

int array_pop(ArrayObject *a, int64_t index, Value *out)
{
    uint64_t raw = 0;
    bool found;
    // Writer: pairs with the array's other sections (see array.h).
    CRITICAL_BEGIN(&a->header);
    found = normalize(&index, a->size);
    if (found) {
        raw = raw_at(a->buf->data + index * isz(a), isz(a));
        splice_locked(a, index, index + 1, NULL, 0);
    }
    CRITICAL_END(&a->header);
    if (!found)
        return 0;
    *out = to_value(a->descr, raw);
    return *out == VALUE_NULL ? -1 : 1;
}

BytesObject *array_to_bytes(ArrayObject *a)
{
    int64_t n;
    unsigned char *items = copy_items(a, &n);
    BytesObject *b = bytes_from((const char *)items, n * isz(a));
    alloc_free(items);
    return b;
}

bool array_write_bytes(ArrayObject *a, int64_t offset, const void *src,
                       int64_t n, int64_t *len)
{
    bool inside;
    // Writer: pairs with the array's other sections (see array.h).
    CRITICAL_BEGIN(&a->header);
    int size = isz(a);
    *len = a->size * size;
    int64_t at = offset < 0 ? offset + *len : offset;
    inside = at >= 0 && at <= *len - n;
    if (inside && n > 0) {
        // Whole items around the range, patched, then stored as items.
        int64_t first = at / size, last = (at + n - 1) / size;
        int64_t count = last - first + 1;
        unsigned char *tmp = alloc_raw((size_t)(count * size));
        memcpy(tmp, a->buf->data + first * size, (size_t)(count * size));
        memcpy(tmp + (at - first * size), src, (size_t)n);
        put_items(a, first, tmp, count, racy(a));
        alloc_free(tmp);
    }
    CRITICAL_END(&a->header);
    return inside;
}

// ------------------------------------------------------------ helpers

static ArrayObject *A(Value v)
{
    return (ArrayObject *)value_as_object(v);
}

static Value ret(ArrayObject *a)
{
    return a ? value_steal(&a->header) : VALUE_NULL;
}

// The items as a new list; VALUE_NULL if a 'u' item has no value.
static Value items_list(ArrayObject *a)
{
    int64_t n;
    unsigned char *items = copy_items(a, &n);
    ListObject *l = list_new(n);
    for (int64_t i = 0; i < n; i++) {
        Value v = to_value(a->descr, raw_at(items + i * isz(a), isz(a)));
        if (v == VALUE_NULL) {
            refcount_dec(&l->header);
            l = NULL;
            break;
        }
        list_append(l, v);
    }
    alloc_free(items);
    return l ? value_steal(&l->header) : VALUE_NULL;
}

// A 'u' array's items as a str; ValueError for values beyond U+10FFFF.
static StrObject *items_text(ArrayObject *a)
{
    int64_t n;
    unsigned char *items = copy_items(a, &n);
    uint32_t *cps = (uint32_t *)(void *)items;
    StrObject *s = NULL;
    int64_t bad = 0;
    while (bad < n && cps[bad] <= 0x10ffff)
        bad++;
    if (bad < n)
        exc_raise_format(&exc_ValueError,
                         "character U+%x is not in range [U+0000; U+10ffff]",
                         cps[bad]);
    else
        s = str_from_code_points(cps, n);
    alloc_free(items);
    return s;
}

// Raw items from the code points of `s` (for 'u'); alloc_free them.
static unsigned char *text_items(const StrObject *s)
{
    uint32_t *cps = alloc_raw((size_t)(s->length ? s->length : 1) * 4);
    const char *p = s->data;
    for (int64_t i = 0; i < s->length; i++) {
        int len;
        cps[i] = utf8_decode_at(p, &len);
        p += len;
    }
    return (unsigned char *)cps;
}

// 1 if the raw item equals `v`, 0 if not, -1 on error.
static int item_equals(const ArrayDescr *d, uint64_t raw, Value v)
{
    Value x = to_value(d, raw);
    if (x == VALUE_NULL)
        return -1;
    int eq = object_equal(x, v);
    value_decref(x);
    return eq;
}

// The first index in [start, stop) whose item equals `v` (-1: none, -2:
// error); with `count`, the number of such items instead.
static int64_t search(ArrayObject *a, Value v, int64_t start, int64_t stop,
                      bool count)
{
    int64_t n, found = count ? 0 : -1;
    unsigned char *items = copy_items(a, &n);
    stop = stop > n ? n : stop;
    for (int64_t i = start < 0 ? 0 : start; i < stop; i++) {
        int eq = item_equals(a->descr, raw_at(items + i * isz(a), isz(a)), v);
        if (eq < 0) {
            found = -2;
            break;
        }
        if (eq && !count) {
            found = i;
            break;
        }
        found += eq && count;
    }
    alloc_free(items);
    return found;
}

// Appends the values of a list or tuple all or nothing (fromlist).
static bool append_values(ArrayObject *a, const Value *values, int64_t n)
{
    int size = isz(a);
    unsigned char *items = alloc_raw((size_t)(n ? n : 1) * (size_t)size);
    bool ok = true;
    for (int64_t i = 0; ok && i < n; i++) {
        uint64_t raw;
        ok = to_raw(a->descr, values[i], &raw);
        memcpy(items + i * size, &raw, (size_t)size);
    }
    ok = ok && splice(a, INT64_MAX, INT64_MAX, items, n);
    alloc_free(items);
    return ok;
}

// Appends the items of any iterable one by one (those before a bad one
// stay).
static bool extend_iter(ArrayObject *a, Value src)
{
    Value it = op_iter(src);
    if (it == VALUE_NULL)
        return false;
    Value v;
    bool ok = true;
    while (ok && (v = op_next(it)) != VALUE_NULL) {
        ok = array_append(a, v);
        value_decref(v);
    }
    value_decref(it);
    return ok && exc_occurred() == NULL;
}

// a.extend(iterable): an array of the same kind, or any iterable.
static bool extend(ArrayObject *a, Value src)
{
    if (array_check(src)) {
        if (A(src)->descr != a->descr) {
            exc_raise_format(&exc_TypeError,
                             "can only extend with array of same kind");
            return false;
        }
        int64_t n;
        unsigned char *items = copy_items(A(src), &n);
        bool ok = splice(a, INT64_MAX, INT64_MAX, items, n);
        alloc_free(items);
        return ok;
    }
    return extend_iter(a, src);
}

// Appends raw bytes (frombytes): a whole number of items.
static bool extend_bytes(ArrayObject *a, const BytesObject *b)
{
    if (b->size % isz(a) != 0) {
        exc_raise_format(&exc_ValueError,
                         "bytes length not a multiple of item size");
        return false;
    }
    return splice(a, INT64_MAX, INT64_MAX, (const unsigned char *)b->data,
                  b->size / isz(a));
}

// frombytes' argument as bytes (a new reference): bytes, bytearray or
// an array of bytes ('b', 'B'); CPython refuses arrays of wider items
// (their buffer format is not bytes) with a shorter message.
static BytesObject *bytes_like(Value v)
{
    BytesObject *b = bytearray_bytes_like(v);
    if (b == NULL && array_check(v) && isz(A(v)) == 1)
        b = array_to_bytes(A(v));
    else if (b == NULL && array_check(v))
        exc_raise_format(&exc_TypeError, "a bytes-like object is required");
    else if (b == NULL)
        exc_raise_format(&exc_TypeError,
                         "a bytes-like object is required, not '%s'", tname(v));
    return b;
}

// ------------------------------------------------------------ slots

static StrObject *array_repr(Value self)
{
    ArrayObject *a = A(self);
    const char *name = strrchr(type_name(value_type(self)), '.');
    name = name ? name + 1 : type_name(value_type(self));
    if (array_len(a) == 0)
        return str_from_format("%s('%c')", name, a->descr->code);
    Value body;
    if (a->descr->kind == KIND_CHAR) {
        StrObject *text = items_text(a);
        body = text ? value_steal(&text->header) : VALUE_NULL;
    } else {
        body = items_list(a);
    }
    if (body == VALUE_NULL)
        return NULL;
    StrObject *r = op_repr(body);
    value_decref(body);
    if (r == NULL)
        return NULL;
    StrObject *s =
        str_from_format("%s('%c', %s)", name, a->descr->code, r->data);
    refcount_dec(&r->header);
    return s;
}

static int64_t array_hash(Object *self)
{
    (void)self;
    exc_raise_format(&exc_TypeError, "unhashable type: 'array.array'");
    return -1;
}

// Items of both arrays are compared as Python values, as CPython does.
static Value compare_items(ArrayObject *x, ArrayObject *y, CmpOp op)
{
    int64_t n, m;
    unsigned char *u = copy_items(x, &n), *v = copy_items(y, &m);
    Value r = VALUE_NULL;
    int64_t i = 0;
    for (; i < n && i < m; i++) {
        Value p = to_value(x->descr, raw_at(u + i * isz(x), isz(x)));
        Value q =
            p ? to_value(y->descr, raw_at(v + i * isz(y), isz(y))) : VALUE_NULL;
        int eq = q ? object_equal(p, q) : -1;
        if (eq == 0)
            r = seq_compare_items(p, q, op);
        value_decref(p);
        value_decref(q);
        if (eq != 1)
            break;
    }
    if (i == n || i == m)
        r = value_bool(seq_compare_lengths(n, m, op));
    alloc_free(u);
    alloc_free(v);
    return r;
}

static Value array_compare(Value a, Value b, CmpOp op)
{
    if (!array_check(a) || !array_check(b))
        return VALUE_NOT_IMPLEMENTED;
    if ((op == CMP_EQ || op == CMP_NE) && array_len(A(a)) != array_len(A(b)))
        return value_bool(op == CMP_NE);
    return compare_items(A(a), A(b), op);
}

static Value repeat(ArrayObject *a, int64_t count)
{
    int64_t n;
    unsigned char *items = copy_items(a, &n);
    if (count < 0 || n == 0)
        count = 0;
    ArrayObject *r = NULL;
    if (count == 0 ||
        !too_many(n > INT64_MAX / count ? -1 : n * count, isz(a))) {
        size_t bytes = (size_t)(n * isz(a));
        r = new_of(&array_type, a->descr, NULL, 0);
        if (count > 0) { // private: no lock
            r->buf = buf_new(n * count, isz(a));
            for (int64_t k = 0; k < count; k++)
                memcpy(r->buf->data + (size_t)k * bytes, items, bytes);
            r->size = n * count;
        }
    }
    alloc_free(items);
    return ret(r);
}

static Value concat(ArrayObject *a, Value b)
{
    if (!array_check(b)) {
        exc_raise_format(&exc_TypeError,
                         "can only append array (not \"%s\") to array",
                         tname(b));
        return VALUE_NULL;
    }
    if (A(b)->descr != a->descr) {
        exc_raise_format(&exc_TypeError,
                         "bad argument type for built-in operation");
        return VALUE_NULL;
    }
    int64_t n, m;
    unsigned char *x = copy_items(a, &n), *y = copy_items(A(b), &m);
    ArrayObject *r = new_of(&array_type, a->descr, x, n);
    splice_locked(r, n, n, y, m); // r is private: the lock is not needed
    alloc_free(x);
    alloc_free(y);
    return ret(r);
}

static Value repeat_by(Value seq, Value count)
{
    int64_t n;
    if (!int_check(count)) {
        exc_raise_format(&exc_TypeError,
                         "can't multiply sequence by non-int of type '%s'",
                         tname(count));
        return VALUE_NULL;
    }
    if (!value_as_index(count, &n)) {
        if (exc_matches(&exc_OverflowError)) {
            exc_clear();
            exc_raise_format(&exc_OverflowError,
                             "cannot fit 'int' into an index-sized integer");
        }
        return VALUE_NULL;
    }
    return repeat(A(seq), n);
}

static Value array_binary(Value a, Value b, BinOp op)
{
    if (op == BINOP_ADD && array_check(a))
        return concat(A(a), b);
    if (op == BINOP_MUL && array_check(a))
        return repeat_by(a, b);
    if (op == BINOP_MUL && int_check(a))
        return repeat_by(b, a);
    return VALUE_NOT_IMPLEMENTED;
}

// a += b extends in place; a *= n repeats in place.
static Value array_inplace(Value a, Value b, BinOp op)
{
    if (!array_check(a) || (op != BINOP_ADD && op != BINOP_MUL))
        return array_binary(a, b, op);
    if (op == BINOP_ADD) {
        if (!array_check(b)) {
            exc_raise_format(&exc_TypeError,
                             "can only extend array with array (not \"%s\")",
                             tname(b));
            return VALUE_NULL;
        }
        if (!extend(A(a), b))
            return VALUE_NULL;
    } else {
        Value r = repeat_by(a, b);
        if (r == VALUE_NULL)
            return VALUE_NULL;
        bool ok = splice(A(a), 0, INT64_MAX, A(r)->buf ? A(r)->buf->data : NULL,
                         A(r)->size);
        value_decref(r);
        if (!ok)
            return VALUE_NULL;
    }
    value_incref(a);
    return a;
}

static int64_t array_length(Value self)
{
    return array_len(A(self));
}

// ------------------------------------------------------------ items

static bool index_arg(Value key, int64_t *i)
{
    if (!int_check(key)) {
        exc_raise_format(&exc_TypeError, "array indices must be integers");
        return false;
    }
    if (value_as_index(key, i))
        return true;
    exc_clear();
    exc_raise_format(&exc_IndexError,
                     "cannot fit 'int' into an index-sized integer");
    return false;
}

static Value get_slice(ArrayObject *a, Value key)
{
    int64_t start, stop, step, n;
    if (slice_indices(key, array_len(a), &start, &stop, &step) < 0)
        return VALUE_NULL;
    unsigned char *items = copy_items(a, &n);
    // Recomputed for the length of the copy, which may differ.
    int64_t count = slice_indices(key, n, &start, &stop, &step);
    int size = isz(a);
    unsigned char *picked = alloc_raw((size_t)(count ? count : 1) * size);
    for (int64_t k = 0; k < count; k++)
        memcpy(picked + k * size, items + (start + k * step) * size,
               (size_t)size);
    ArrayObject *r = new_of(&array_type, a->descr, picked, count);
    alloc_free(items);
    alloc_free(picked);
    return ret(r);
}

static Value array_getitem(Value self, Value key)
{
    ArrayObject *a = A(self);
    if (slice_check(key))
        return get_slice(a, key);
    int64_t i;
    if (!index_arg(key, &i))
        return VALUE_NULL;
    Value v;
    int r = array_get(a, i, &v);
    if (r == 0)
        exc_raise_format(&exc_IndexError, "array index out of range");
    return r == 1 ? v : VALUE_NULL;
}

static int set_index(ArrayObject *a, int64_t i, Value v)
{
    uint64_t raw;
    if (v != VALUE_NULL && !to_raw(a->descr, v, &raw))
        return -1;
    bool found;
    // Writer: pairs with the array's other sections (see array.h).
    CRITICAL_BEGIN(&a->header);
    found = normalize(&i, a->size);
    if (found && v != VALUE_NULL) {
        bool shared = racy(a);
        unsigned char bytes[8];
        memcpy(bytes, &raw, 8);
        put_items(a, i, bytes, 1, shared);
    } else if (found) {
        splice_locked(a, i, i + 1, NULL, 0);
    }
    CRITICAL_END(&a->header);
    if (found)
        return 0;
    exc_raise_format(&exc_IndexError, "array assignment index out of range");
    return -1;
}

// Under the lock: removes the `n` items start, start+step, ... (step >
// 1), compacting the rest.
static void delete_stepped(ArrayObject *a, int64_t start, int64_t step,
                           int64_t n)
{
    bool shared = racy(a);
    int64_t size = a->size, w = start;
    for (int64_t r = start, k = 0; r < size; r++) {
        if (k < n && r == start + k * step) {
            k++;
            continue;
        }
        move_items(a, w++, r, 1, shared);
    }
    set_size(a, w);
    maybe_shrink(a);
}

static int set_stepped(ArrayObject *a, int64_t start, int64_t step, int64_t n,
                       const unsigned char *src, int64_t m)
{
    if (src && m != n) {
        exc_raise_format(&exc_ValueError,
                         "attempt to assign array of size %lld to extended "
                         "slice of size %lld",
                         (long long)m, (long long)n);
        return -1;
    }
    if (step < 0 && src == NULL) { // the same items, visited upwards
        start += (n - 1) * step;
        step = -step;
    }
    // Writer: pairs with the array's other sections (see array.h).
    CRITICAL_BEGIN(&a->header);
    // Clamp to the size now, in case the array shrank meanwhile.
    int64_t last = n > 0 ? start + (n - 1) * step : start;
    if (n > 0 && (last >= a->size || start >= a->size))
        n = 0;
    if (src == NULL) {
        delete_stepped(a, start, step, n);
    } else {
        bool shared = racy(a);
        for (int64_t k = 0; k < n; k++)
            put_items(a, start + k * step, src + k * isz(a), 1, shared);
    }
    CRITICAL_END(&a->header);
    return 0;
}

static int set_slice(ArrayObject *a, Value key, Value v)
{
    if (v != VALUE_NULL && !array_check(v)) {
        exc_raise_format(&exc_TypeError,
                         "can only assign array (not \"%s\") to array slice",
                         tname(v));
        return -1;
    }
    if (v != VALUE_NULL && A(v)->descr != a->descr) {
        exc_raise_format(&exc_TypeError,
                         "bad argument type for built-in operation");
        return -1;
    }
    int64_t m = 0, start, stop, step;
    unsigned char *src = v != VALUE_NULL ? copy_items(A(v), &m) : NULL;
    int64_t n = slice_indices(key, array_len(a), &start, &stop, &step);
    int rc = -1;
    if (n >= 0 && step == 1)
        rc = splice(a, start, stop < start ? start : stop, src, m) ? 0 : -1;
    else if (n >= 0)
        rc = set_stepped(a, start, step, n, src, m);
    alloc_free(src);
    return rc;
}

static int array_setitem(Value self, Value key, Value v)
{
    ArrayObject *a = A(self);
    if (slice_check(key))
        return set_slice(a, key, v);
    int64_t i;
    return index_arg(key, &i) ? set_index(a, i, v) : -1;
}

static int array_contains(Value self, Value v)
{
    int64_t i = search(A(self), v, 0, INT64_MAX, false);
    return i == -2 ? -1 : i >= 0;
}

// ------------------------------------------------------------ methods

// The "takes exactly N positional argument(s)" wording of CPython's
// methods that take a defining class (extend, fromfile, tofile).
static bool positional_exactly(const char *name, size_t nargs, Object *kwnames,
                               size_t n)
{
    if (!args_has_keywords(kwnames) && nargs == n)
        return true;
    exc_raise_format(&exc_TypeError,
                     "%s() takes exactly %zu positional argument%s (%zu "
                     "given)",
                     name, n, n == 1 ? "" : "s", nargs);
    return false;
}

#define METHOD(name)                                                           \
    static Value array_m_##name(Value self, const Value *args, size_t nargs,   \
                                Object *kwnames)

METHOD(append)
{
    if (!args_one("array.append", nargs, kwnames) ||
        !array_append(A(self), args[0]))
        return VALUE_NULL;
    return VALUE_NONE;
}

METHOD(extend)
{
    if (!positional_exactly("extend", nargs, kwnames, 1))
        return VALUE_NULL;
    return extend(A(self), args[0]) ? VALUE_NONE : VALUE_NULL;
}

METHOD(insert)
{
    int64_t i;
    uint64_t raw;
    ArrayObject *a = A(self);
    if (!args_between("insert", "array.insert", nargs, kwnames, 2, 2) ||
        !value_as_index(args[0], &i) || !to_raw(a->descr, args[1], &raw))
        return VALUE_NULL;
    unsigned char bytes[8];
    memcpy(bytes, &raw, 8);
    bool ok;
    // Writer: pairs with the array's other sections (see array.h).
    CRITICAL_BEGIN(&a->header);
    int64_t n = a->size;
    if (i < 0)
        i = i + n < 0 ? 0 : i + n;
    i = i > n ? n : i;
    ok = splice_locked(a, i, i, bytes, 1);
    CRITICAL_END(&a->header);
    return ok ? VALUE_NONE : VALUE_NULL;
}

METHOD(pop)
{
    int64_t i = -1;
    if (!args_between("pop", "array.pop", nargs, kwnames, 0, 1) ||
        (nargs == 1 && !value_as_index(args[0], &i)))
        return VALUE_NULL;
    Value v;
    int r = array_pop(A(self), i, &v);
    if (r == 0)
        exc_raise_format(&exc_IndexError, array_len(A(self)) == 0
                                              ? "pop from empty array"
                                              : "pop index out of range");
    return r == 1 ? v : VALUE_NULL;
}

static Value not_found(const char *method)
{
    exc_raise_format(&exc_ValueError, "array.%s(x): x not in array", method);
    return VALUE_NULL;
}

METHOD(remove)
{
    if (!args_one("array.remove", nargs, kwnames))
        return VALUE_NULL;
    ArrayObject *a = A(self);
    int64_t i = search(a, args[0], 0, INT64_MAX, false);
    if (i == -2)
        return VALUE_NULL;
    if (i == -1)
        return not_found("remove");
    // Removes the item found unless the array changed meanwhile.
    splice(a, i, i + 1, NULL, 0);
    return VALUE_NONE;
}

METHOD(index)
{
    int64_t start, stop;
    if (!args_between("index", "array.index", nargs, kwnames, 1, 3) ||
        !seq_index_bounds(args + 1, nargs - 1, array_len(A(self)), &start,
                          &stop))
        return VALUE_NULL;
    int64_t i = search(A(self), args[0], start, stop, false);
    if (i == -2)
        return VALUE_NULL;
    return i == -1 ? not_found("index") : value_from_int(i);
}

METHOD(count)
{
    if (!args_one("array.count", nargs, kwnames))
        return VALUE_NULL;
    int64_t n = search(A(self), args[0], 0, INT64_MAX, true);
    return n < 0 ? VALUE_NULL : value_from_int(n);
}

// Under the lock: reverses the order of the items, or (byteswap) the
// bytes of each.
static void rewrite_items(ArrayObject *a, bool reverse_order)
{
    bool shared = racy(a);
    int size = isz(a);
    int64_t n = a->size;
    unsigned char *items = alloc_raw((size_t)(n ? n : 1) * size);
    for (int64_t i = 0; i < n; i++) {
        const unsigned char *p = a->buf->data + i * size;
        unsigned char *q = items + (reverse_order ? n - 1 - i : i) * size;
        for (int k = 0; k < size; k++) // byteswap: the bytes reversed
            q[k] = reverse_order ? p[k] : p[size - 1 - k];
    }
    put_items(a, 0, items, n, shared);
    alloc_free(items);
}

METHOD(reverse)
{
    (void)args;
    if (!args_none("array.reverse", nargs, kwnames))
        return VALUE_NULL;
    // Writer: pairs with the array's other sections (see array.h).
    CRITICAL_BEGIN(&A(self)->header);
    rewrite_items(A(self), true);
    CRITICAL_END(&A(self)->header);
    return VALUE_NONE;
}

METHOD(byteswap)
{
    (void)args;
    if (!args_none("array.byteswap", nargs, kwnames))
        return VALUE_NULL;
    // Writer: pairs with the array's other sections (see array.h).
    CRITICAL_BEGIN(&A(self)->header);
    rewrite_items(A(self), false);
    CRITICAL_END(&A(self)->header);
    return VALUE_NONE;
}

METHOD(tobytes)
{
    (void)args;
    if (!args_none("array.tobytes", nargs, kwnames))
        return VALUE_NULL;
    return value_steal(&array_to_bytes(A(self))->header);
}

METHOD(frombytes)
{
    if (!args_one("array.frombytes", nargs, kwnames))
        return VALUE_NULL;
    BytesObject *b = bytes_like(args[0]);
    if (b == NULL)
        return VALUE_NULL;
    bool ok = extend_bytes(A(self), b);
    refcount_dec(&b->header);
    return ok ? VALUE_NONE : VALUE_NULL;
}

METHOD(tolist)
{
    (void)args;
    if (!args_none("array.tolist", nargs, kwnames))
        return VALUE_NULL;
    return items_list(A(self));
}

METHOD(fromlist)
{
    if (!args_one("array.fromlist", nargs, kwnames))
        return VALUE_NULL;
    if (!list_check(args[0])) {
        exc_raise_format(&exc_TypeError, "arg must be list");
        return VALUE_NULL;
    }
    TupleObject *t = list_snapshot((ListObject *)value_as_object(args[0]));
    bool ok = append_values(A(self), t->items, t->size);
    refcount_dec(&t->header);
    return ok ? VALUE_NONE : VALUE_NULL;
}

static bool unicode_only(ArrayObject *a, const char *method)
{
    if (a->descr->kind == KIND_CHAR)
        return true;
    exc_raise_format(&exc_ValueError,
                     "%s() may only be called on unicode type arrays", method);
    return false;
}

METHOD(tounicode)
{
    (void)args;
    if (!args_none("array.tounicode", nargs, kwnames) ||
        !unicode_only(A(self), "tounicode"))
        return VALUE_NULL;
    StrObject *s = items_text(A(self));
    return s ? value_steal(&s->header) : VALUE_NULL;
}

// Appends the characters of str `s` to a 'u' array.
static bool extend_text(ArrayObject *a, const StrObject *s)
{
    unsigned char *items = text_items(s);
    bool ok = splice(a, INT64_MAX, INT64_MAX, items, s->length);
    alloc_free(items);
    return ok;
}

METHOD(fromunicode)
{
    if (!args_one("array.fromunicode", nargs, kwnames))
        return VALUE_NULL;
    if (!str_check(args[0])) {
        exc_raise_format(&exc_TypeError,
                         "fromunicode() argument must be str, not %s",
                         tname(args[0]));
        return VALUE_NULL;
    }
    if (!unicode_only(A(self), "fromunicode") ||
        !extend_text(A(self), (StrObject *)value_as_object(args[0])))
        return VALUE_NULL;
    return VALUE_NONE;
}

// f.<name>(arg): the call's result.
static Value call_method(Value f, const char *name, Value arg)
{
    StrObject *s = str_from_cstr(name);
    Value m = op_getattr(f, s);
    refcount_dec(&s->header);
    if (m == VALUE_NULL)
        return VALUE_NULL;
    Value r = op_call(m, &arg, 1, NULL);
    value_decref(m);
    return r;
}

METHOD(fromfile)
{
    int64_t n;
    if (!positional_exactly("fromfile", nargs, kwnames, 2) ||
        !value_as_index(args[1], &n))
        return VALUE_NULL;
    if (n < 0) {
        exc_raise_format(&exc_ValueError, "negative count");
        return VALUE_NULL;
    }
    ArrayObject *a = A(self);
    if (too_many(n, isz(a)))
        return VALUE_NULL;
    Value data = call_method(args[0], "read", int_from_i64(n * isz(a)));
    if (data == VALUE_NULL)
        return VALUE_NULL;
    if (!bytes_check(data)) {
        value_decref(data);
        exc_raise_format(&exc_TypeError, "read() didn't return bytes");
        return VALUE_NULL;
    }
    BytesObject *b = bytes_of(data);
    int64_t whole = b->size / isz(a);
    bool ok = splice(a, INT64_MAX, INT64_MAX, (unsigned char *)b->data, whole);
    value_decref(data);
    if (ok && whole < n) {
        exc_raise_format(&exc_EOFError, "read() didn't return enough bytes");
        ok = false;
    }
    return ok ? VALUE_NONE : VALUE_NULL;
}

METHOD(tofile)
{
    if (!positional_exactly("tofile", nargs, kwnames, 1))
        return VALUE_NULL;
    BytesObject *b = array_to_bytes(A(self));
    Value r = VALUE_NONE;
    if (b->size > 0) {
        r = call_method(args[0], "write", (Value)&b->header);
        value_decref(r);
    }
    refcount_dec(&b->header);
    return r == VALUE_NULL ? VALUE_NULL : VALUE_NONE;
}

METHOD(buffer_info)
{
    (void)args;
    if (!args_none("array.buffer_info", nargs, kwnames))
        return VALUE_NULL;
    ArrayObject *a = A(self);
    uintptr_t address;
    int64_t n;
    // Reader: pairs with the writers' sections (consistent size, buffer).
    CRITICAL_BEGIN(&a->header);
    address = a->buf ? (uintptr_t)a->buf->data : 0;
    n = a->size;
    CRITICAL_END(&a->header);
    Value items[2] = {int_from_u64(address), value_from_int(n)};
    TupleObject *t = tuple_pack(2, items);
    value_decref(items[0]);
    return value_steal(&t->header);
}

static Value copy_of(ArrayObject *a)
{
    int64_t n;
    unsigned char *items = copy_items(a, &n);
    ArrayObject *r = new_of(&array_type, a->descr, items, n);
    alloc_free(items);
    return ret(r);
}

METHOD(copy)
{
    (void)args;
    if (!args_none("array.__copy__", nargs, kwnames))
        return VALUE_NULL;
    return copy_of(A(self));
}

METHOD(deepcopy)
{
    (void)args;
    if (!args_one("array.__deepcopy__", nargs, kwnames))
        return VALUE_NULL;
    return copy_of(A(self));
}

METHOD(sizeof)
{
    (void)args;
    if (!args_none("array.__sizeof__", nargs, kwnames))
        return VALUE_NULL;
    ArrayObject *a = A(self);
    size_t bytes = sizeof(ArrayObject);
    // Reader: pairs with the writers' sections (consistent size, buffer).
    CRITICAL_BEGIN(&a->header);
    if (a->buf)
        bytes += buf_bytes(a->buf->capacity, isz(a));
    CRITICAL_END(&a->header);
    return value_from_int((int64_t)bytes);
}

static const MethodDef array_methods[] = {
    {"append", array_m_append, 0},
    {"buffer_info", array_m_buffer_info, 0},
    {"byteswap", array_m_byteswap, 0},
    {"count", array_m_count, 0},
    {"extend", array_m_extend, 0},
    {"frombytes", array_m_frombytes, 0},
    {"fromfile", array_m_fromfile, 0},
    {"fromlist", array_m_fromlist, 0},
    {"fromunicode", array_m_fromunicode, 0},
    {"index", array_m_index, 0},
    {"insert", array_m_insert, 0},
    {"pop", array_m_pop, 0},
    {"remove", array_m_remove, 0},
    {"reverse", array_m_reverse, 0},
    {"tobytes", array_m_tobytes, 0},
    {"tofile", array_m_tofile, 0},
    {"tolist", array_m_tolist, 0},
    {"tounicode", array_m_tounicode, 0},
    {"__copy__", array_m_copy, 0},
    {"__deepcopy__", array_m_deepcopy, 0},
    {"__sizeof__", array_m_sizeof, 0},
    {NULL, NULL, 0},
};

static Value get_typecode(Value self)
{
    char code = A(self)->descr->code;
    return value_steal(&str_from_trusted_utf8(&code, 1)->header);
}

static Value get_itemsize(Value self)
{
    return value_from_int(isz(A(self)));
}

static const GetSetDef array_getsets[] = {
    {"typecode", get_typecode, NULL},
    {"itemsize", get_itemsize, NULL},
    {NULL, NULL, NULL},
};

// ------------------------------------------------------------ iterator

typedef struct ArrayIterObject {
    ObjHeader header;
    ArrayObject *array; // a reference
    int64_t index;      // atomic (relaxed): next index; -1 once exhausted
} ArrayIterObject;

static void arrayiter_dealloc(Object *op)
{
    refcount_dec(&((ArrayIterObject *)op)->array->header);
    object_free(op);
}

static Value arrayiter_next(Value self)
{
    ArrayIterObject *it = (ArrayIterObject *)value_as_object(self);
    // Relaxed: the index orders nothing else; threads sharing one
    // iterator may see an item twice, as with list iterators.
    int64_t i = atomic_load_i64_relaxed(&it->index);
    Value v = VALUE_NULL;
    int r = i >= 0 ? array_get(it->array, i, &v) : 0;
    atomic_store_i64_relaxed(&it->index, r == 1 ? i + 1 : -1);
    return r == 1 ? v : VALUE_NULL;
}

TypeObject array_iterator_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "array.arrayiterator",
    .basic_size = sizeof(ArrayIterObject),
    .dealloc = arrayiter_dealloc,
    .iter = iter_self,
    .next = arrayiter_next,
};

static Value array_iter(Value self)
{
    ArrayIterObject *it = (ArrayIterObject *)object_new(&array_iterator_type);
    value_incref(self);
    it->array = A(self);
    return value_steal(&it->header);
}

// ------------------------------------------------------------ array()

static const ArrayDescr *typecode_arg(Value v)
{
    StrObject *s = str_check(v) ? (StrObject *)value_as_object(v) : NULL;
    if (s == NULL || s->length != 1) {
        exc_raise_format(&exc_TypeError,
                         "array() argument 1 must be a unicode character, "
                         "not %s",
                         tname(v));
        return NULL;
    }
    const ArrayDescr *d = descr_of(str_code_point_at(s, 0));
    if (d == NULL)
        exc_raise_format(&exc_ValueError,
                         "bad typecode (must be b, B, u, h, H, i, I, l, L, "
                         "q, Q, f or d)");
    return d;
}

// Fills a new array from array()'s second argument.
static bool initialize(ArrayObject *a, Value init)
{
    bool unicode = a->descr->kind == KIND_CHAR;
    if (str_check(init)) {
        if (unicode)
            return extend_text(a, (StrObject *)value_as_object(init));
        exc_raise_format(&exc_TypeError,
                         "cannot use a str to initialize an array with "
                         "typecode '%c'",
                         a->descr->code);
        return false;
    }
    if (array_check(init) && A(init)->descr->kind == KIND_CHAR && !unicode) {
        exc_raise_format(&exc_TypeError,
                         "cannot use a unicode array to initialize an array "
                         "with typecode '%c'",
                         a->descr->code);
        return false;
    }
    if (bytes_check(init) || bytearray_check(init)) {
        BytesObject *b = bytearray_bytes_like(init);
        bool ok = extend_bytes(a, b);
        refcount_dec(&b->header);
        return ok;
    }
    // An array of another kind gives its items one by one.
    bool same = array_check(init) && A(init)->descr == a->descr;
    return same ? extend(a, init) : extend_iter(a, init);
}

static Value array_new_slot(TypeObject *type, const Value *args, size_t nargs,
                            Object *kwnames)
{
    if (args_has_keywords(kwnames)) {
        exc_raise_format(&exc_TypeError,
                         "array.array() takes no keyword arguments");
        return VALUE_NULL;
    }
    if (nargs < 1 || nargs > 2) {
        exc_raise_format(&exc_TypeError,
                         "array() takes at %s %d argument%s (%zu given)",
                         nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 2,
                         nargs < 1 ? "" : "s", nargs);
        return VALUE_NULL;
    }
    const ArrayDescr *d = typecode_arg(args[0]);
    if (d == NULL)
        return VALUE_NULL;
    ArrayObject *a = new_of(type, d, NULL, 0);
    if (nargs == 2 && !initialize(a, args[1])) {
        refcount_dec(&a->header);
        return VALUE_NULL;
    }
    return ret(a);
}

TypeObject array_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "array.array",
    .basic_size = sizeof(ArrayObject),
    .dealloc = array_dealloc,
    .hash = array_hash,
    .repr = array_repr,
    .binary = array_binary,
    .inplace = array_inplace,
    .compare = array_compare,
    .length = array_length,
    .getitem = array_getitem,
    .setitem = array_setitem,
    .contains = array_contains,
    .iter = array_iter,
    .new = array_new_slot,
    .methods = array_methods,
    .getsets = array_getsets,
    .doc = "array(typecode [, initializer]) -> array\n\nReturn a new array "
           "whose items are restricted by typecode, and\ninitialized from "
           "the optional initializer value, which must be a list,\na "
           "bytes-like object, or iterable over elements of the\n"
           "appropriate type.",
};

// ------------------------------------------------------------ module

ModuleObject *array_module_create(void)
{
    // Readied here, under the import lock, before any thread can see
    // them (as json readies its error type).
    type_ready(&array_type);
    type_ready(&array_iterator_type);
    ModuleObject *m = module_new("array");
    module_add(m, "array", value_new_ref(&array_type.header));
    module_add(m, "ArrayType", value_new_ref(&array_type.header));
    char codes[NDESCRS + 1];
    for (size_t k = 0; k < NDESCRS; k++)
        codes[k] = descrs[k].code;
    codes[NDESCRS] = '\0';
    module_add(m, "typecodes", value_steal(&str_from_cstr(codes)->header));
    return m;
}
