// str.c: str storage (see str.h), UTF-8 coding, the intern table, and
// the str type's slots (operators, items, iteration, constructor). The
// methods are in str_methods.c, repr in str_repr.c.
//
// Concurrency: strings are immutable once returned; the hash cache is
// filled with relaxed atomics (every racer computes the same value). The
// intern table is guarded by `intern_lock`, a leaf mutex.
#include "vm/objects/str.h"

#include "vm/objects/sequtil.h"

#include "vm/objects/format.h"
#include "vm/objects/type.h"

#include <string.h>

#include "alloc/alloc.h"
#include "vm/args.h"
#include "vm/base/debug.h"
#include "vm/exc.h"
#include "vm/objects/bytes.h"
#include "vm/objects/codec.h"
#include "vm/objects/int.h"
#include "vm/objects/slice.h"
#include "vm/objects/strops.h"
#include "vm/objects/type.h"
#include "vm/objects/utf8.h"
#include "vm/ops.h"
#include "vm/refcount.h"
#include "vm/value.h"

// slice.c may not be linked into every build yet: a missing slice type
// has a NULL address and simply never matches.

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
        size += utf8_encode(cps[i], tmp);
    StrObject *s = str_alloc(size, count);
    char *out = s->data;
    for (int64_t i = 0; i < count; i++)
        out += utf8_encode(cps[i], out);
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

// ------------------------------------------------------------ slots

bool str_check(Value v)
{
    return value_is_object(v) &&
           type_is_subtype(object_type(value_as_object(v)), &str_type);
}

static inline StrObject *as_str(Value v)
{
    return (StrObject *)value_as_object(v);
}

static StrObject *str_repr_slot(Value self)
{
    return str_repr(as_str(self));
}

static StrObject *str_str_slot(Value self)
{
    StrObject *s = as_str(self);
    if (object_type(&s->header) != &str_type) // str(subclass instance)
        return str_from_trusted_utf8(s->data, s->size);
    refcount_inc(&s->header);
    return s;
}

static Value str_compare_slot(Value a, Value b, CmpOp op)
{
    if (!str_check(a) || !str_check(b))
        return VALUE_NOT_IMPLEMENTED;
    int c = str_compare(as_str(a), as_str(b));
    switch (op) {
    case CMP_LT:
        return value_bool(c < 0);
    case CMP_LE:
        return value_bool(c <= 0);
    case CMP_EQ:
        return value_bool(str_equal(as_str(a), as_str(b)));
    case CMP_NE:
        return value_bool(!str_equal(as_str(a), as_str(b)));
    case CMP_GT:
        return value_bool(c > 0);
    default:
        return value_bool(c >= 0);
    }
}

StrObject *str_repeat(const StrObject *s, int64_t n)
{
    if (n <= 0 || s->size == 0)
        return str_from_cstr("");
    if (s->size > INT64_MAX / 2 / n) {
        exc_raise_format(&exc_OverflowError, "repeated string is too long");
        return NULL;
    }
    StrObject *r = str_alloc(s->size * n, s->length * n);
    for (int64_t i = 0; i < n; i++)
        memcpy(r->data + i * s->size, s->data, (size_t)s->size);
    return r;
}

// Lets `other`'s type try the operation first (its reflected method),
// as CPython does before raising str's own TypeError. VALUE_NULL means
// "not handled" with no exception set.
static Value try_other(Value a, Value b, Value other, BinOp op)
{
    return seq_try_other_binary(a, b, op, other, str_type.binary);
}

static Value str_concat_op(Value a, Value b)
{
    if (!str_check(a))
        return VALUE_NOT_IMPLEMENTED;
    if (str_check(b))
        return value_steal(&str_concat(as_str(a), as_str(b))->header);
    Value r = try_other(a, b, b, BINOP_ADD);
    if (r == VALUE_NULL && exc_occurred() == NULL)
        exc_raise_format(&exc_TypeError,
                         "can only concatenate str (not \"%s\") to str",
                         type_name(value_type(b)));
    return r;
}

static Value str_repeat_op(Value a, Value b)
{
    Value s = str_check(a) ? a : b, n = str_check(a) ? b : a;
    if (!int_check(n)) {
        Value r = str_check(n) ? VALUE_NULL : try_other(a, b, n, BINOP_MUL);
        if (r == VALUE_NULL && exc_occurred() == NULL)
            exc_raise_format(&exc_TypeError,
                             "can't multiply sequence by non-int of type '%s'",
                             type_name(value_type(n)));
        return r;
    }
    int64_t count;
    if (!int_as_i64(n, &count)) {
        if (int_sign(n) < 0)
            count = 0;
        else {
            exc_raise_format(&exc_OverflowError, "cannot fit 'int' into an "
                                                 "index-sized integer");
            return VALUE_NULL;
        }
    }
    StrObject *r = str_repeat(as_str(s), count);
    return r ? value_steal(&r->header) : VALUE_NULL;
}

static Value str_binary_slot(Value a, Value b, BinOp op)
{
    if (op == BINOP_ADD)
        return str_concat_op(a, b);
    if (op == BINOP_MUL)
        return str_repeat_op(a, b);
    if (op == BINOP_MOD && str_check(a))
        return str_percent(a, b);
    return VALUE_NOT_IMPLEMENTED;
}

static int64_t str_length_slot(Value self)
{
    return as_str(self)->length;
}

static Value str_slice(const StrObject *s, const SliceObject *sl)
{
    int64_t start, stop, step;
    int64_t n = slice_adjust(sl->start, sl->stop, sl->step, s->length, &start,
                             &stop, &step);
    if (n < 0)
        return VALUE_NULL;
    if (step == 1)
        return value_steal(&str_substring(s, start, start + n)->header);
    StrBuf b;
    strbuf_init(&b);
    for (int64_t i = 0; i < n; i++)
        strbuf_append_code_point(&b, str_code_point_at(s, start + i * step));
    return value_steal(&strbuf_finish(&b)->header);
}

static Value str_getitem_slot(Value self, Value key)
{
    StrObject *s = as_str(self);
    if (int_check(key)) {
        int64_t i = index_normalize(key, s->length, "string");
        if (i < 0)
            return VALUE_NULL;
        return value_steal(&str_substring(s, i, i + 1)->header);
    }
    if (value_is_object(key) &&
        object_type(value_as_object(key)) == &slice_type)
        return str_slice(s, (SliceObject *)value_as_object(key));
    exc_raise_format(&exc_TypeError,
                     "string indices must be integers, not '%s'",
                     type_name(value_type(key)));
    return VALUE_NULL;
}

static int str_contains_slot(Value self, Value item)
{
    if (!str_check(item)) {
        exc_raise_format(&exc_TypeError,
                         "'in <string>' requires string as left operand, "
                         "not %s",
                         type_name(value_type(item)));
        return -1;
    }
    return str_find(as_str(self), as_str(item), 0, INT64_MAX) >= 0;
}

// ------------------------------------------------------------ iterator

// The position is a byte offset advanced with a CAS, so threads sharing
// an iterator each get distinct characters and never a torn offset.
typedef struct StrIterObject {
    ObjHeader header;
    StrObject *s;
    int64_t offset; // atomic
} StrIterObject;

static void str_iter_dealloc(Object *op)
{
    refcount_dec(&((StrIterObject *)op)->s->header);
    object_free(op);
}

static Value str_iter_next(Value self)
{
    StrIterObject *it = (StrIterObject *)value_as_object(self);
    int64_t off = atomic_load_i64_relaxed(&it->offset);
    int n;
    do {
        if (off >= it->s->size)
            return VALUE_NULL;
        utf8_decode_at(it->s->data + off, &n);
    } while (!atomic_cas_i64_seq_cst(&it->offset, &off, off + n));
    return value_steal(&str_from_trusted_utf8(it->s->data + off, n)->header);
}

static Value str_iter_self(Value self)
{
    value_incref(self);
    return self;
}

TypeObject str_ascii_iterator_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "str_ascii_iterator",
    .basic_size = sizeof(StrIterObject),
    .dealloc = str_iter_dealloc,
    .iter = str_iter_self,
    .next = str_iter_next,
};

TypeObject str_iterator_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "str_iterator",
    .basic_size = sizeof(StrIterObject),
    .dealloc = str_iter_dealloc,
    .iter = str_iter_self,
    .next = str_iter_next,
};

static Value str_iter_slot(Value self)
{
    StrObject *s = as_str(self);
    StrIterObject *it = (StrIterObject *)object_new(
        str_is_ascii(s) ? &str_ascii_iterator_type : &str_iterator_type);
    refcount_inc(&s->header);
    it->s = s;
    return value_steal(&it->header);
}

// ------------------------------------------------------------ str()

// A str() argument that must be a str ('encoding', 'errors').
static bool text_arg(Value v, const char *what, const char **out)
{
    if (v == VALUE_NULL)
        return true;
    if (!str_check(v)) {
        exc_raise_format(&exc_TypeError,
                         "str() argument '%s' must be str, "
                         "not %s",
                         what, type_name(value_type(v)));
        return false;
    }
    *out = as_str(v)->data;
    return true;
}

// str(obj, encoding, errors): decoding.
static Value str_decode(Value obj, const char *encoding, const char *errors)
{
    if (str_check(obj)) {
        exc_raise_format(&exc_TypeError, "decoding str is not supported");
        return VALUE_NULL;
    }
    if (!bytes_check(obj)) {
        exc_raise_format(&exc_TypeError,
                         "decoding to str: need a bytes-like object, %s found",
                         type_name(value_type(obj)));
        return VALUE_NULL;
    }
    BytesObject *b = bytes_of(obj);
    StrObject *s = codec_decode(b->data, b->size, encoding, errors);
    return s ? value_steal(&s->header) : VALUE_NULL;
}

static size_t str_var_size(const Object *self)
{
    return sizeof(StrObject) + (size_t)((const StrObject *)self)->size + 1;
}

// An instance of `type`, a class extending str, with the text of `s`
// (whose reference it takes).
static Value str_as_subtype(TypeObject *type, StrObject *s)
{
    StrObject *r = (StrObject *)object_new_var(type, str_var_size(&s->header));
    r->size = s->size;
    r->length = s->length;
    r->hash = -1;
    r->flags = s->flags & STR_FLAG_ASCII; // never interned
    memcpy(r->data, s->data, (size_t)s->size + 1);
    refcount_dec(&s->header);
    return value_steal(&r->header);
}

static Value str_new_slot(TypeObject *type, const Value *args, size_t nargs,
                          Object *kwnames)
{
    (void)type;
    Value a[3];
    if (!args_parse("str", args, nargs, kwnames, "object,encoding,errors", 0, 0,
                    a))
        return VALUE_NULL;
    const char *encoding = NULL, *errors = NULL;
    if (!text_arg(a[1], "encoding", &encoding) ||
        !text_arg(a[2], "errors", &errors))
        return VALUE_NULL;
    if (a[0] == VALUE_NULL && type == &str_type)
        return value_steal(&str_from_cstr("")->header);
    if (a[0] == VALUE_NULL)
        return str_as_subtype(type, str_from_cstr(""));
    if (encoding != NULL || errors != NULL) {
        Value d = str_decode(a[0], encoding ? encoding : "utf-8", errors);
        if (d == VALUE_NULL || type == &str_type)
            return d;
        return str_as_subtype(type, (StrObject *)value_as_object(d));
    }
    StrObject *s = op_str(a[0]);
    if (s == NULL || type == &str_type)
        return s ? value_steal(&s->header) : VALUE_NULL;
    return str_as_subtype(type, s);
}

TypeObject str_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "str",
    .basic_size = sizeof(StrObject),
    .dealloc = object_free,
    .hash = str_hash_slot,
    .equal = str_equal_slot,
    .flags = TYPE_FLAG_BASETYPE,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .binary = str_binary_slot,
    .compare = str_compare_slot,
    .length = str_length_slot,
    .getitem = str_getitem_slot,
    .contains = str_contains_slot,
    .iter = str_iter_slot,
    .new = str_new_slot,
    .var_size = str_var_size,
    .methods = str_methods,
    .doc = "str(object='') -> str\n"
           "str(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object.",
};
