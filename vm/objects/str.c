// str.c: str storage (see str.h), UTF-8 coding, and the intern table.
//
// Concurrency: strings are immutable once returned; the hash cache is
// filled with relaxed atomics (every racer computes the same value). The
// intern table is guarded by `intern_lock`, a leaf mutex.
#include "vm/objects/str.h"
#include "vm/objects/type.h"

#include <string.h>

#include "alloc/alloc.h"
#include "vm/base/debug.h"
#include "vm/refcount.h"
#include "vm/value.h"

static int64_t str_hash_slot(Object *self);
static int str_equal_slot(Object *self, Value other);

TypeObject str_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "str",
    .basic_size = sizeof(StrObject),
    .dealloc = object_free,
    .hash = str_hash_slot,
    .equal = str_equal_slot,
};

// ------------------------------------------------------------ UTF-8

// Decodes one code point at p (< end). Returns its byte length, or 0 if
// the bytes are not UTF-8. `strict` rejects encoded surrogates.
static int decode_one(const unsigned char *p, const unsigned char *end,
                      uint32_t *cp, bool strict)
{
    unsigned char c = p[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    if (n == 0 || c > 0xF4 || c == 0xC0 || c == 0xC1 || end - p < n)
        return 0;
    uint32_t v = c & (0x7F >> n);
    for (int i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        v = v << 6 | (p[i] & 0x3F);
    }
    static const uint32_t min_for_length[] = {0, 0, 0x80, 0x800, 0x10000};
    if (v < min_for_length[n] || v > 0x10FFFF) // overlong or too large
        return 0;
    if (strict && v >= 0xD800 && v <= 0xDFFF)
        return 0;
    *cp = v;
    return n;
}

// Encodes `cp` (<= 0x10FFFF, surrogates allowed) at out; returns bytes.
static int encode_one(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | cp >> 6);
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | cp >> 12);
        out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | cp >> 18);
    out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

// ------------------------------------------------------------ building

// An uninitialised str of `size` bytes and `length` code points.
static StrObject *str_alloc(int64_t size, int64_t length)
{
    StrObject *s =
        (StrObject *)object_new_sized(&str_type, sizeof *s + (size_t)size + 1);
    s->size = size;
    s->length = length;
    s->hash = -1;
    s->flags = size == length ? STR_FLAG_ASCII : 0;
    s->data[size] = '\0';
    return s;
}

// Counts code points, or returns -1 (and the offset) on invalid bytes.
static int64_t count_code_points(const char *bytes, int64_t size, bool strict,
                                 int64_t *bad_offset)
{
    const unsigned char *p = (const unsigned char *)bytes, *end = p + size;
    int64_t n = 0;
    while (p < end) {
        uint32_t cp;
        int len = decode_one(p, end, &cp, strict);
        if (len == 0) {
            *bad_offset = p - (const unsigned char *)bytes;
            return -1;
        }
        p += len;
        n++;
    }
    return n;
}

StrObject *str_from_utf8(const char *bytes, int64_t size, int64_t *bad_offset)
{
    int64_t length = count_code_points(bytes, size, true, bad_offset);
    if (length < 0)
        return NULL;
    StrObject *s = str_alloc(size, length);
    memcpy(s->data, bytes, (size_t)size);
    return s;
}

StrObject *str_from_trusted_utf8(const char *bytes, int64_t size)
{
    int64_t bad;
    int64_t length = count_code_points(bytes, size, false, &bad);
    DEBUG_ASSERT(length >= 0);
    StrObject *s = str_alloc(size, length);
    memcpy(s->data, bytes, (size_t)size);
    return s;
}

StrObject *str_from_cstr(const char *text)
{
    int64_t bad;
    StrObject *s = str_from_utf8(text, (int64_t)strlen(text), &bad);
    DEBUG_ASSERT(s != NULL); // our own text is valid UTF-8
    return s;
}

StrObject *str_from_code_points(const uint32_t *cps, int64_t count)
{
    int64_t size = 0;
    char tmp[4];
    for (int64_t i = 0; i < count; i++)
        size += encode_one(cps[i], tmp);
    StrObject *s = str_alloc(size, count);
    char *out = s->data;
    for (int64_t i = 0; i < count; i++)
        out += encode_one(cps[i], out);
    return s;
}

// ------------------------------------------------------------ access

// Byte offset reached by stepping `count` code points from byte `from`.
static int64_t advance(const StrObject *s, int64_t from, int64_t count)
{
    if (str_is_ascii(s))
        return from + count;
    const unsigned char *p = (const unsigned char *)s->data;
    for (; count > 0; count--) {
        uint32_t cp;
        from += decode_one(p + from, p + s->size, &cp, false);
    }
    return from;
}

uint32_t str_code_point_at(const StrObject *s, int64_t i)
{
    const unsigned char *p = (const unsigned char *)s->data;
    uint32_t cp = 0;
    decode_one(p + advance(s, 0, i), p + s->size, &cp, false);
    return cp;
}

StrObject *str_substring(const StrObject *s, int64_t start, int64_t end)
{
    int64_t from = advance(s, 0, start);
    int64_t to = advance(s, from, end - start);
    StrObject *r = str_alloc(to - from, end - start);
    memcpy(r->data, s->data + from, (size_t)(to - from));
    if (!str_is_ascii(r) && r->size == r->length)
        r->flags |= STR_FLAG_ASCII; // an ASCII slice of a non-ASCII str
    return r;
}

StrObject *str_concat(const StrObject *a, const StrObject *b)
{
    StrObject *r = str_alloc(a->size + b->size, a->length + b->length);
    memcpy(r->data, a->data, (size_t)a->size);
    memcpy(r->data + a->size, b->data, (size_t)b->size);
    return r;
}

// ------------------------------------------------------------ compare

int64_t str_hash(StrObject *s)
{
    int64_t h = atomic_load_i64_relaxed(&s->hash);
    if (h != -1)
        return h;
    // FNV-1a over the UTF-8 bytes. CPython randomises str hashes per
    // process, so no program may depend on the values; -1 is reserved for
    // "error" by Python's hash protocol.
    uint64_t x = 14695981039346656037ULL;
    for (int64_t i = 0; i < s->size; i++)
        x = (x ^ (unsigned char)s->data[i]) * 1099511628211ULL;
    h = (int64_t)(x >> 1);
    if (h == -1)
        h = -2;
    atomic_store_i64_relaxed(&s->hash, h); // racers store the same value
    return h;
}

bool str_equal(const StrObject *a, const StrObject *b)
{
    return a == b || (a->size == b->size &&
                      memcmp(a->data, b->data, (size_t)a->size) == 0);
}

static int64_t str_hash_slot(Object *self)
{
    return str_hash((StrObject *)self);
}

static int str_equal_slot(Object *self, Value other)
{
    if (!value_is_object(other) ||
        object_type(value_as_object(other)) != &str_type)
        return 0;
    return str_equal((StrObject *)self, (StrObject *)value_as_object(other));
}

int str_compare(const StrObject *a, const StrObject *b)
{
    int64_t n = a->size < b->size ? a->size : b->size;
    int c = memcmp(a->data, b->data, (size_t)n);
    if (c != 0)
        return c;
    return (a->size > b->size) - (a->size < b->size);
}

// ------------------------------------------------------------ interning

// Open addressing, power-of-two capacity, at most half full. Guarded by
// intern_lock: a leaf lock (only raw allocation happens under it).
static Mutex intern_lock = MUTEX_INIT;
static StrObject **intern_table;
static size_t intern_cap, intern_count;

// Under intern_lock: the slot holding `s`'s text, or the empty slot where
// it belongs.
static StrObject **intern_slot(StrObject *s, int64_t h)
{
    size_t mask = intern_cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask)
        if (intern_table[i] == NULL || str_equal(intern_table[i], s))
            return &intern_table[i];
}

// Under intern_lock.
static void intern_grow(void)
{
    StrObject **old = intern_table;
    size_t old_cap = intern_cap;
    intern_cap = old_cap ? old_cap * 2 : 1024;
    intern_table = alloc_zeroed(intern_cap * sizeof *intern_table);
    for (size_t i = 0; i < old_cap; i++)
        if (old[i])
            *intern_slot(old[i], str_hash(old[i])) = old[i];
    alloc_free(old);
}

StrObject *str_intern(StrObject *s)
{
    if (s->flags & STR_FLAG_INTERNED)
        return s;
    int64_t h = str_hash(s);
    mutex_lock_flags(&intern_lock, MUTEX_NO_DETACH);
    if (2 * (intern_count + 1) > intern_cap)
        intern_grow();
    StrObject **slot = intern_slot(s, h);
    StrObject *canonical = *slot;
    if (canonical == NULL) {
        // `s` is still private to the caller: safe to make it immortal.
        refcount_set_immortal(&s->header);
        s->flags |= STR_FLAG_INTERNED;
        *slot = canonical = s;
        intern_count++;
    }
    mutex_unlock(&intern_lock);
    if (canonical != s)
        refcount_dec(&s->header);
    return canonical;
}

StrObject *str_intern_cstr(const char *text)
{
    return str_intern(str_from_cstr(text));
}

void str_intern_fini(void)
{
    mutex_lock_flags(&intern_lock, MUTEX_NO_DETACH);
    alloc_free(intern_table);
    intern_table = NULL;
    intern_cap = intern_count = 0;
    mutex_unlock(&intern_lock);
}
