// bytes.c: the bytes type: storage, repr, hash, operators, items,
// iteration and the constructor (bytes.h). Methods are in
// bytes_methods.c.
//
// Concurrency: immutable after construction; the hash cache is filled
// with relaxed atomics (racers store the same value); the iterator
// advances with a CAS so threads sharing it never get the same byte.
#include "vm/objects/bytes.h"

#include <string.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/objects/bytearray.h"
#include "vm/objects/codec.h"
#include "vm/objects/format.h"
#include "vm/objects/int.h"
#include "vm/objects/slice.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

// slice.c may not be linked into every build yet (see str.c).

// ------------------------------------------------------------ storage

BytesObject *bytes_alloc(int64_t size)
{
    BytesObject *b = (BytesObject *)object_new_sized(
        &bytes_type, sizeof(BytesObject) + (size_t)size + 1);
    b->size = size;
    b->hash = -1;
    b->data[size] = '\0';
    return b;
}

BytesObject *bytes_from(const char *data, int64_t size)
{
    BytesObject *b = bytes_alloc(size);
    if (size > 0)
        memcpy(b->data, data, (size_t)size);
    return b;
}

bool bytes_check(Value v)
{
    return value_is_object(v) &&
           type_is_subtype(object_type(value_as_object(v)), &bytes_type);
}

int64_t bytes_hash(BytesObject *b)
{
    int64_t h = atomic_load_i64_relaxed(&b->hash);
    if (h != -1)
        return h;
    // FNV-1a, like str's (values need not match CPython's siphash).
    uint64_t x = 14695981039346656037ULL;
    for (int64_t i = 0; i < b->size; i++)
        x = (x ^ (unsigned char)b->data[i]) * 1099511628211ULL;
    h = (int64_t)(x >> 1);
    if (h == -1)
        h = -2;
    atomic_store_i64_relaxed(&b->hash, h);
    return h;
}

StrObject *bytes_repr(const BytesObject *b)
{
    return bytes_repr_in(b, NULL);
}

StrObject *bytes_repr_in(const BytesObject *b, const char *wrapper)
{
    bool single = memchr(b->data, '\'', (size_t)b->size) != NULL;
    bool dbl = memchr(b->data, '"', (size_t)b->size) != NULL;
    char quote = single && !dbl ? '"' : '\'';
    StrBuf out;
    strbuf_init(&out);
    if (wrapper)
        strbuf_printf(&out, "%s(", wrapper);
    strbuf_append_char(&out, 'b');
    strbuf_append_char(&out, quote);
    for (int64_t i = 0; i < b->size; i++) {
        unsigned char c = (unsigned char)b->data[i];
        // bytearray's repr escapes ' even inside "..." (CPython's quirk).
        if (c == quote || c == '\\' || (wrapper && c == '\'')) {
            strbuf_append_char(&out, '\\');
            strbuf_append_char(&out, (char)c);
        } else if (c == '\t' || c == '\n' || c == '\r') {
            strbuf_append_cstr(&out, c == '\t'   ? "\\t"
                                     : c == '\n' ? "\\n"
                                                 : "\\r");
        } else if (c < 0x20 || c >= 0x7F) {
            strbuf_printf(&out, "\\x%02x", c);
        } else {
            strbuf_append_char(&out, (char)c);
        }
    }
    strbuf_append_char(&out, quote);
    if (wrapper)
        strbuf_append_char(&out, ')');
    return strbuf_finish(&out);
}

// ------------------------------------------------------------ slots

static inline BytesObject *B(Value v)
{
    return (BytesObject *)value_as_object(v);
}

static const char *tname(Value v)
{
    return type_name(value_type(v));
}

static StrObject *bytes_repr_slot(Value self)
{
    return bytes_repr(B(self));
}

static int64_t bytes_hash_slot(Object *self)
{
    return bytes_hash((BytesObject *)self);
}

static int bytes_cmp(const BytesObject *a, const BytesObject *b)
{
    int64_t n = a->size < b->size ? a->size : b->size;
    int c = n > 0 ? memcmp(a->data, b->data, (size_t)n) : 0;
    return c != 0 ? c : (a->size > b->size) - (a->size < b->size);
}

static int bytes_equal_slot(Object *self, Value other)
{
    BytesObject *o = bytearray_bytes_like(other);
    if (o == NULL)
        return 0;
    int eq = bytes_cmp((BytesObject *)self, o) == 0;
    refcount_dec(&o->header);
    return eq;
}

static Value bytes_compare_slot(Value a, Value b, CmpOp op)
{
    if (!bytes_check(a) || !bytes_check(b))
        return VALUE_NOT_IMPLEMENTED;
    int c = bytes_cmp(B(a), B(b));
    bool r = op == CMP_LT   ? c < 0
             : op == CMP_LE ? c <= 0
             : op == CMP_EQ ? c == 0
             : op == CMP_NE ? c != 0
             : op == CMP_GT ? c > 0
                            : c >= 0;
    return value_bool(r);
}

// bytes + any bytes-like (bytes + bytearray gives bytes).
static Value bytes_concat(Value a, Value b)
{
    if (!bytes_check(a))
        return VALUE_NOT_IMPLEMENTED;
    BytesObject *y = bytearray_bytes_like(b);
    if (y == NULL) {
        exc_raise_format(&exc_TypeError, "can't concat %s to bytes", tname(b));
        return VALUE_NULL;
    }
    BytesObject *r = bytes_alloc(B(a)->size + y->size);
    memcpy(r->data, B(a)->data, (size_t)B(a)->size);
    memcpy(r->data + B(a)->size, y->data, (size_t)y->size);
    refcount_dec(&y->header);
    return value_steal(&r->header);
}

static Value bytes_repeat(Value a, Value b)
{
    Value s = bytes_check(a) ? a : b, n = bytes_check(a) ? b : a;
    if (!int_check(n)) {
        exc_raise_format(&exc_TypeError,
                         "can't multiply sequence by non-int of type '%s'",
                         tname(n));
        return VALUE_NULL;
    }
    int64_t count;
    if (!int_as_i64(n, &count))
        count = int_sign(n) < 0 ? 0 : INT64_MAX;
    int64_t size = B(s)->size;
    if (count <= 0 || size == 0)
        return value_steal(&bytes_alloc(0)->header);
    if (count > INT64_MAX / 2 / size) {
        exc_raise_format(&exc_OverflowError, "cannot fit 'int' into an "
                                             "index-sized integer");
        return VALUE_NULL;
    }
    BytesObject *r = bytes_alloc(size * count);
    for (int64_t i = 0; i < count; i++)
        memcpy(r->data + i * size, B(s)->data, (size_t)size);
    return value_steal(&r->header);
}

static Value bytes_binary_slot(Value a, Value b, BinOp op)
{
    if (op == BINOP_ADD)
        return bytes_concat(a, b);
    if (op == BINOP_MUL)
        return bytes_repeat(a, b);
    if (op == BINOP_MOD && bytes_check(a))
        return bytes_percent(a, b);
    return VALUE_NOT_IMPLEMENTED;
}

static int64_t bytes_length_slot(Value self)
{
    return B(self)->size;
}

static Value bytes_slice(const BytesObject *b, const SliceObject *sl)
{
    int64_t start, stop, step;
    int64_t n = slice_adjust(sl->start, sl->stop, sl->step, b->size, &start,
                             &stop, &step);
    if (n < 0)
        return VALUE_NULL;
    BytesObject *r = bytes_alloc(n);
    for (int64_t i = 0; i < n; i++)
        r->data[i] = b->data[start + i * step];
    return value_steal(&r->header);
}

static Value bytes_getitem_slot(Value self, Value key)
{
    BytesObject *b = B(self);
    if (int_check(key)) {
        int64_t i = index_normalize(key, b->size, "");
        if (i < 0) {
            if (exc_matches(&exc_IndexError)) { // CPython: no "bytes " here
                exc_clear();
                exc_raise_format(&exc_IndexError, "index out of range");
            }
            return VALUE_NULL;
        }
        return value_from_int((unsigned char)b->data[i]);
    }
    if (value_is_object(key) &&
        object_type(value_as_object(key)) == &slice_type)
        return bytes_slice(b, (SliceObject *)value_as_object(key));
    exc_raise_format(&exc_TypeError,
                     "byte indices must be integers or slices, not %s",
                     tname(key));
    return VALUE_NULL;
}

static int bytes_contains_slot(Value self, Value item)
{
    BytesObject *b = B(self);
    if (int_check(item)) {
        int64_t c;
        if (!int_as_i64(item, &c) || c < 0 || c > 255) {
            exc_raise_format(&exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return memchr(b->data, (int)c, (size_t)b->size) != NULL;
    }
    BytesObject *sub = bytearray_bytes_like(item);
    if (sub == NULL) {
        exc_raise_format(&exc_TypeError,
                         "a bytes-like object is required, not '%s'",
                         tname(item));
        return -1;
    }
    int found = sub->size == 0;
    for (int64_t i = 0; !found && i + sub->size <= b->size; i++)
        found = memcmp(b->data + i, sub->data, (size_t)sub->size) == 0;
    refcount_dec(&sub->header);
    return found;
}

// ------------------------------------------------------------ iterator

typedef struct BytesIterObject {
    ObjHeader header;
    BytesObject *b;
    int64_t index; // atomic
} BytesIterObject;

static void bytes_iter_dealloc(Object *op)
{
    refcount_dec(&((BytesIterObject *)op)->b->header);
    object_free(op);
}

static Value bytes_iter_next(Value self)
{
    BytesIterObject *it = (BytesIterObject *)value_as_object(self);
    int64_t i = atomic_load_i64_relaxed(&it->index);
    do {
        if (i >= it->b->size)
            return VALUE_NULL;
    } while (!atomic_cas_i64_seq_cst(&it->index, &i, i + 1));
    return value_from_int((unsigned char)it->b->data[i]);
}

static Value bytes_iter_self(Value self)
{
    value_incref(self);
    return self;
}

TypeObject bytes_iterator_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "bytes_iterator",
    .basic_size = sizeof(BytesIterObject),
    .dealloc = bytes_iter_dealloc,
    .iter = bytes_iter_self,
    .next = bytes_iter_next,
};

static Value bytes_iter_slot(Value self)
{
    BytesIterObject *it = (BytesIterObject *)object_new(&bytes_iterator_type);
    refcount_inc(value_as_object(self));
    it->b = B(self);
    return value_steal(&it->header);
}

// ------------------------------------------------------------ bytes()

// bytes(iterable of ints).
static Value bytes_from_iterable(Value src)
{
    Value it = op_iter(src);
    if (it == VALUE_NULL) {
        if (exc_matches(&exc_TypeError)) {
            exc_clear();
            exc_raise_format(&exc_TypeError,
                             "cannot convert '%s' object to bytes", tname(src));
        }
        return VALUE_NULL;
    }
    StrBuf buf;
    strbuf_init(&buf);
    Value v;
    while ((v = op_next(it)) != VALUE_NULL) {
        int64_t c;
        bool ok = value_as_index(v, &c);
        value_decref(v);
        if (ok && (c < 0 || c > 255)) {
            exc_raise_format(&exc_ValueError, "bytes must be in range(0, 256)");
            ok = false;
        }
        if (!ok)
            break;
        strbuf_append_char(&buf, (char)c);
    }
    value_decref(it);
    BytesObject *r = NULL;
    if (exc_occurred() == NULL)
        r = bytes_from(buf.data, (int64_t)buf.size);
    strbuf_discard(&buf);
    return r ? value_steal(&r->header) : VALUE_NULL;
}

Value bytes_of_object(Value src)
{
    if (bytes_check(src)) {
        value_incref(src);
        return src;
    }
    if (str_check(src)) {
        exc_raise_format(&exc_TypeError,
                         "cannot convert 'str' object to bytes");
        return VALUE_NULL;
    }
    return bytes_from_iterable(src);
}

static bool text_arg(Value v, const char *what, const char **out)
{
    if (v == VALUE_NULL)
        return true;
    if (!str_check(v)) {
        exc_raise_format(&exc_TypeError,
                         "bytes() argument '%s' must be str, not %s", what,
                         tname(v));
        return false;
    }
    *out = ((StrObject *)value_as_object(v))->data;
    return true;
}

static Value bytes_from_object(Value src)
{
    if (bytes_check(src)) {
        value_incref(src);
        return src;
    }
    if (bytearray_check(src))
        return value_steal(&bytearray_snapshot(bytearray_of(src))->header);
    if (str_check(src)) {
        exc_raise_format(&exc_TypeError, "string argument without an encoding");
        return VALUE_NULL;
    }
    if (int_check(src)) {
        int64_t n;
        if (!value_as_index(src, &n))
            return VALUE_NULL;
        if (n < 0) {
            exc_raise_format(&exc_ValueError, "negative count");
            return VALUE_NULL;
        }
        BytesObject *r = bytes_alloc(n);
        memset(r->data, 0, (size_t)n);
        return value_steal(&r->header);
    }
    return bytes_from_iterable(src);
}

static size_t bytes_var_size(const Object *self)
{
    return sizeof(BytesObject) + (size_t)((const BytesObject *)self)->size + 1;
}

// An instance of `type`, a class extending bytes, with the contents of
// `made` (a new reference to exact bytes, or VALUE_NULL: an error).
static Value bytes_as_subtype(TypeObject *type, Value made)
{
    if (made == VALUE_NULL || type == &bytes_type)
        return made;
    BytesObject *b = (BytesObject *)value_as_object(made);
    BytesObject *r =
        (BytesObject *)object_new_var(type, bytes_var_size(&b->header));
    r->size = b->size;
    r->hash = -1;
    memcpy(r->data, b->data, (size_t)b->size + 1);
    value_decref(made);
    return value_steal(&r->header);
}

static Value bytes_new_exact(const Value *args, size_t nargs, Object *kwnames)
{
    Value a[3];
    const char *encoding = NULL, *errors = NULL;
    if (!args_parse("bytes", args, nargs, kwnames, "source,encoding,errors", 0,
                    0, a) ||
        !text_arg(a[1], "encoding", &encoding) ||
        !text_arg(a[2], "errors", &errors))
        return VALUE_NULL;
    if (a[0] == VALUE_NULL) {
        if (encoding || errors) {
            exc_raise_format(&exc_TypeError, encoding
                                                 ? "encoding without a string "
                                                   "argument"
                                                 : "errors without a string "
                                                   "argument");
            return VALUE_NULL;
        }
        return value_steal(&bytes_alloc(0)->header);
    }
    if (encoding == NULL && errors == NULL)
        return bytes_from_object(a[0]);
    if (!str_check(a[0])) {
        exc_raise_format(&exc_TypeError, encoding ? "encoding without a "
                                                    "string argument"
                                                  : "errors without a string "
                                                    "argument");
        return VALUE_NULL;
    }
    BytesObject *r = codec_encode((StrObject *)value_as_object(a[0]),
                                  encoding ? encoding : "utf-8", errors);
    return r ? value_steal(&r->header) : VALUE_NULL;
}

static Value bytes_new_slot(TypeObject *type, const Value *args, size_t nargs,
                            Object *kwnames)
{
    return bytes_as_subtype(type, bytes_new_exact(args, nargs, kwnames));
}

TypeObject bytes_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "bytes",
    .basic_size = sizeof(BytesObject),
    .dealloc = object_free,
    .hash = bytes_hash_slot,
    .equal = bytes_equal_slot,
    .flags = TYPE_FLAG_BASETYPE,
    .repr = bytes_repr_slot,
    .binary = bytes_binary_slot,
    .compare = bytes_compare_slot,
    .length = bytes_length_slot,
    .getitem = bytes_getitem_slot,
    .contains = bytes_contains_slot,
    .iter = bytes_iter_slot,
    .new = bytes_new_slot,
    .var_size = bytes_var_size,
    .methods = bytes_methods,
    .doc = "bytes(iterable_of_ints) -> bytes\n"
           "bytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
           "bytes(int) -> bytes object of size given by the parameter "
           "initialized with null bytes\n"
           "bytes() -> empty bytes object",
};
