// bytearray.c: the bytearray type: storage, repr, comparison, operators,
// items (with slice assignment), iteration and the constructor
// (bytearray.h). Methods are in bytearray_methods.c.
//
// Concurrency: every read or write of the buffer holds the bytearray's
// critical section; `size` is stored with release stores (paired with
// the relaxed loads of bytearray_len, which only need a recent value);
// the iterator reads one byte at a time under the bytearray's lock.
#include "vm/objects/bytearray.h"

#include <string.h>

#include "alloc/alloc.h"
#include "vm/args.h"
#include "vm/critical.h"
#include "vm/exc.h"
#include "vm/objects/format.h"
#include "vm/objects/int.h"
#include "vm/objects/slice.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

// ------------------------------------------------------------ storage

static inline ByteArrayObject *BA(Value v)
{
    return (ByteArrayObject *)value_as_object(v);
}

static const char *tname(Value v)
{
    return type_name(value_type(v));
}

static void set_size(ByteArrayObject *ba, int64_t n)
{
    // Release: pairs with the relaxed load in bytearray_len (which only
    // needs some recent value, never the buffer behind it).
    atomic_store_i64_release(&ba->size, n);
}

// Under the lock: room for `need` bytes (about 1/8 over-allocation, as
// CPython grows bytearrays).
static void reserve(ByteArrayObject *ba, int64_t need)
{
    if (need <= ba->capacity)
        return;
    int64_t cap = need + (need >> 3) + (need < 9 ? 3 : 6);
    ba->data = alloc_resize(ba->data, (size_t)cap);
    ba->capacity = cap;
}

static ByteArrayObject *new_of_type(TypeObject *type, const char *data,
                                    int64_t size)
{
    ByteArrayObject *ba = (ByteArrayObject *)object_new(type);
    if (size > 0) { // private until returned: no lock needed
        reserve(ba, size);
        memcpy(ba->data, data, (size_t)size);
        ba->size = size;
    }
    return ba;
}

ByteArrayObject *bytearray_from(const char *data, int64_t size)
{
    return new_of_type(&bytearray_type, data, size);
}

bool bytearray_check(Value v)
{
    return value_is_object(v) &&
           type_is_subtype(object_type(value_as_object(v)), &bytearray_type);
}

BytesObject *bytearray_snapshot(ByteArrayObject *ba)
{
    BytesObject *b;
    CRITICAL_BEGIN(&ba->header);
    b = bytes_from(ba->data, ba->size);
    CRITICAL_END(&ba->header);
    return b;
}

BytesObject *bytearray_bytes_like(Value v)
{
    if (bytes_check(v)) {
        value_incref(v);
        return bytes_of(v);
    }
    return bytearray_check(v) ? bytearray_snapshot(BA(v)) : NULL;
}

// Under the lock: the splice itself.
static void splice_locked(ByteArrayObject *ba, int64_t lo, int64_t hi,
                          const char *src, int64_t m)
{
    int64_t n = ba->size, d = m - (hi - lo);
    if (d > 0)
        reserve(ba, n + d);
    if (d != 0 && hi < n)
        memmove(ba->data + hi + d, ba->data + hi, (size_t)(n - hi));
    if (m > 0)
        memcpy(ba->data + lo, src, (size_t)m);
    set_size(ba, n + d);
}

void bytearray_splice(ByteArrayObject *ba, int64_t lo, int64_t hi,
                      const char *src, int64_t m)
{
    CRITICAL_BEGIN(&ba->header);
    int64_t n = ba->size;
    if (hi > n)
        hi = n;
    if (lo > hi)
        lo = hi;
    splice_locked(ba, lo, hi, src, m);
    CRITICAL_END(&ba->header);
}

void bytearray_append(ByteArrayObject *ba, unsigned char c)
{
    char one = (char)c;
    bytearray_splice(ba, INT64_MAX, INT64_MAX, &one, 1);
}

void bytearray_insert(ByteArrayObject *ba, int64_t index, unsigned char c)
{
    char one = (char)c;
    CRITICAL_BEGIN(&ba->header);
    int64_t n = ba->size;
    if (index < 0)
        index = index + n < 0 ? 0 : index + n;
    if (index > n)
        index = n;
    splice_locked(ba, index, index, &one, 1);
    CRITICAL_END(&ba->header);
}

bool bytearray_pop(ByteArrayObject *ba, int64_t index, unsigned char *out)
{
    bool found;
    CRITICAL_BEGIN(&ba->header);
    int64_t n = ba->size;
    if (index < 0)
        index += n;
    found = index >= 0 && index < n;
    if (found) {
        *out = (unsigned char)ba->data[index];
        splice_locked(ba, index, index + 1, NULL, 0);
    }
    CRITICAL_END(&ba->header);
    return found;
}

bool bytearray_byte_arg(Value v, unsigned char *out)
{
    int64_t c;
    if (!value_as_index(v, &c))
        return false;
    if (c < 0 || c > 255) {
        exc_raise_format(&exc_ValueError, "byte must be in range(0, 256)");
        return false;
    }
    *out = (unsigned char)c;
    return true;
}

static void bytearray_dealloc(Object *op)
{
    alloc_free(((ByteArrayObject *)op)->data);
    object_free(op);
}

// ------------------------------------------------------------ slots

static Value ret(Object *op)
{
    return op ? value_steal(op) : VALUE_NULL;
}

static StrObject *bytearray_repr_slot(Value self)
{
    BytesObject *b = bytearray_snapshot(BA(self));
    StrObject *r = bytes_repr_in(b, tname(self));
    refcount_dec(&b->header);
    return r;
}

static bool cmp_result(int c, CmpOp op)
{
    return op == CMP_LT   ? c < 0
           : op == CMP_LE ? c <= 0
           : op == CMP_EQ ? c == 0
           : op == CMP_NE ? c != 0
           : op == CMP_GT ? c > 0
                          : c >= 0;
}

static int compare_bytes(const BytesObject *a, const BytesObject *b)
{
    int64_t n = a->size < b->size ? a->size : b->size;
    int c = n > 0 ? memcmp(a->data, b->data, (size_t)n) : 0;
    return c != 0 ? c : (a->size > b->size) - (a->size < b->size);
}

// Called for bytearray against bytes or bytearray, in either order.
static Value bytearray_compare_slot(Value a, Value b, CmpOp op)
{
    BytesObject *x = bytearray_bytes_like(a);
    BytesObject *y = x ? bytearray_bytes_like(b) : NULL;
    Value r = VALUE_NOT_IMPLEMENTED;
    if (y)
        r = value_bool(cmp_result(compare_bytes(x, y), op));
    refcount_xdec(x ? &x->header : NULL);
    refcount_xdec(y ? &y->header : NULL);
    return r;
}

static Value repeat(Value seq, Value count)
{
    int64_t n;
    if (!int_check(count)) {
        exc_raise_format(&exc_TypeError,
                         "can't multiply sequence by non-int of type '%s'",
                         tname(count));
        return VALUE_NULL;
    }
    if (!value_as_index(count, &n))
        return VALUE_NULL;
    BytesObject *b = bytearray_snapshot(BA(seq));
    int64_t size = b->size;
    if (n < 0 || size == 0)
        n = 0;
    if (n > 0 && n > INT64_MAX / 2 / size) {
        refcount_dec(&b->header);
        exc_raise_format(&exc_MemoryError, "%s", "");
        return VALUE_NULL;
    }
    ByteArrayObject *r = bytearray_from(NULL, 0);
    reserve(r, size * n); // private: no lock needed
    for (int64_t i = 0; i < n; i++)
        memcpy(r->data + i * size, b->data, (size_t)size);
    r->size = size * n;
    refcount_dec(&b->header);
    return value_steal(&r->header);
}

static Value concat(Value a, Value b)
{
    BytesObject *y = bytearray_bytes_like(b);
    if (y == NULL) {
        exc_raise_format(&exc_TypeError, "can't concat %s to bytearray",
                         tname(b));
        return VALUE_NULL;
    }
    BytesObject *x = bytearray_snapshot(BA(a));
    ByteArrayObject *r = bytearray_from(x->data, x->size);
    splice_locked(r, r->size, r->size, y->data, y->size); // r is private
    refcount_dec(&x->header);
    refcount_dec(&y->header);
    return value_steal(&r->header);
}

static Value bytearray_binary_slot(Value a, Value b, BinOp op)
{
    if (op == BINOP_ADD)
        return bytearray_check(a) ? concat(a, b) : VALUE_NOT_IMPLEMENTED;
    if (op == BINOP_MUL)
        return bytearray_check(a) ? repeat(a, b) : repeat(b, a);
    if (op == BINOP_MOD && bytearray_check(a))
        return bytes_percent(a, b);
    return VALUE_NOT_IMPLEMENTED;
}

// ba += x: extends in place with any bytes-like x; ba *= n repeats.
static Value bytearray_inplace_slot(Value a, Value b, BinOp op)
{
    if (op != BINOP_ADD && op != BINOP_MUL)
        return VALUE_NOT_IMPLEMENTED;
    Value r = bytearray_binary_slot(a, b, op);
    if (r == VALUE_NULL)
        return VALUE_NULL;
    // Assign the new contents: ba[:] = r (r is private, no aliasing).
    ByteArrayObject *n = BA(r);
    bytearray_splice(BA(a), 0, INT64_MAX, n->data, n->size);
    value_decref(r);
    value_incref(a);
    return a;
}

static int64_t bytearray_length_slot(Value self)
{
    return bytearray_len(BA(self));
}

// ------------------------------------------------------------ items

static void index_error(void)
{
    exc_raise_format(&exc_IndexError, "bytearray index out of range");
}

static Value get_index(ByteArrayObject *ba, int64_t i)
{
    int c = -1;
    CRITICAL_BEGIN(&ba->header);
    if (i < 0)
        i += ba->size;
    if (i >= 0 && i < ba->size)
        c = (unsigned char)ba->data[i];
    CRITICAL_END(&ba->header);
    if (c < 0) {
        index_error();
        return VALUE_NULL;
    }
    return value_from_int(c);
}

static Value get_slice(ByteArrayObject *ba, Value key)
{
    int64_t start, stop, step;
    int64_t n = slice_indices(key, bytearray_len(ba), &start, &stop, &step);
    if (n < 0)
        return VALUE_NULL;
    ByteArrayObject *r = bytearray_from(NULL, 0);
    reserve(r, n); // private: no lock needed
    int64_t k = 0;
    CRITICAL_BEGIN(&ba->header);
    // The bytearray may have shrunk since the indices were computed.
    for (int64_t j = 0; j < n; j++) {
        int64_t at = start + j * step;
        if (at < 0 || at >= ba->size)
            break;
        r->data[k++] = ba->data[at];
    }
    CRITICAL_END(&ba->header);
    r->size = k;
    return value_steal(&r->header);
}

static Value key_type_error(Value key)
{
    exc_raise_format(&exc_TypeError,
                     "bytearray indices must be integers or slices, not %s",
                     tname(key));
    return VALUE_NULL;
}

static Value bytearray_getitem_slot(Value self, Value key)
{
    if (slice_check(key))
        return get_slice(BA(self), key);
    if (!int_check(key))
        return key_type_error(key);
    int64_t i;
    if (!value_as_index(key, &i)) {
        if (exc_matches(&exc_OverflowError)) {
            exc_clear();
            index_error();
        }
        return VALUE_NULL;
    }
    return get_index(BA(self), i);
}

// ba[i] = v, or del ba[i] when v is VALUE_NULL.
static int set_index(ByteArrayObject *ba, Value key, Value v)
{
    int64_t i;
    unsigned char c = 0;
    if (!value_as_index(key, &i) ||
        (v != VALUE_NULL && !bytearray_byte_arg(v, &c)))
        return -1;
    bool found;
    CRITICAL_BEGIN(&ba->header);
    if (i < 0)
        i += ba->size;
    found = i >= 0 && i < ba->size;
    if (found && v != VALUE_NULL)
        ba->data[i] = (char)c;
    else if (found)
        splice_locked(ba, i, i + 1, NULL, 0);
    CRITICAL_END(&ba->header);
    if (!found)
        index_error();
    return found ? 0 : -1;
}

// What may be assigned to a slice: bytes-like or an iterable of ints
// (not str, not int); a new bytes object, or NULL with TypeError.
static BytesObject *slice_source(Value v)
{
    BytesObject *b = bytearray_bytes_like(v);
    if (b || int_check(v) || str_check(v) || !op_is_iterable(v)) {
        if (b == NULL)
            exc_raise_format(&exc_TypeError,
                             "can assign only bytes, buffers, or iterables "
                             "of ints in range(0, 256)");
        return b;
    }
    Value r =
        op_call((Value)&bytes_type.header | VALUE_TAG_BORROWED, &v, 1, NULL);
    if (r == VALUE_NULL && exc_matches(&exc_ValueError)) {
        exc_clear();
        exc_raise_format(&exc_ValueError, "byte must be in range(0, 256)");
    }
    return r == VALUE_NULL ? NULL : bytes_of(r);
}

// Under the lock: removes the `n` bytes start, start+step, ... (step
// != 1), compacting the rest.
static void delete_stepped(ByteArrayObject *ba, int64_t start, int64_t step,
                           int64_t n)
{
    if (step < 0) { // the same positions, walked upwards
        start += (n - 1) * step;
        step = -step;
    }
    int64_t w = start, size = ba->size;
    for (int64_t r = start, k = 0; r < size; r++) {
        if (k < n && r == start + k * step) {
            k++;
            continue;
        }
        ba->data[w++] = ba->data[r];
    }
    set_size(ba, w);
}

static int set_stepped(ByteArrayObject *ba, int64_t start, int64_t step,
                       int64_t n, const BytesObject *src)
{
    if (src && src->size != n) {
        exc_raise_format(&exc_ValueError,
                         "attempt to assign bytes of size %lld to extended "
                         "slice of size %lld",
                         (long long)src->size, (long long)n);
        return -1;
    }
    CRITICAL_BEGIN(&ba->header);
    // Clamp to the size now, in case the bytearray shrank meanwhile.
    int64_t last = n > 0 ? start + (n - 1) * step : start;
    if (n > 0 && (last >= ba->size || start >= ba->size))
        n = 0;
    if (src == NULL)
        delete_stepped(ba, start, step, n);
    else
        for (int64_t k = 0; k < n; k++)
            ba->data[start + k * step] = src->data[k];
    CRITICAL_END(&ba->header);
    return 0;
}

static int set_slice(ByteArrayObject *ba, Value key, Value v)
{
    BytesObject *src = NULL;
    if (v != VALUE_NULL && (src = slice_source(v)) == NULL)
        return -1;
    int64_t start, stop, step;
    int64_t n = slice_indices(key, bytearray_len(ba), &start, &stop, &step);
    int rc = -1;
    if (n >= 0 && step == 1) {
        bytearray_splice(ba, start, start + n, src ? src->data : NULL,
                         src ? src->size : 0);
        rc = 0;
    } else if (n >= 0) {
        rc = set_stepped(ba, start, step, n, src);
    }
    refcount_xdec(src ? &src->header : NULL);
    return rc;
}

static int bytearray_setitem_slot(Value self, Value key, Value v)
{
    if (slice_check(key))
        return set_slice(BA(self), key, v);
    if (!int_check(key)) {
        key_type_error(key);
        return -1;
    }
    return set_index(BA(self), key, v);
}

static int bytearray_contains_slot(Value self, Value item)
{
    BytesObject *b = bytearray_snapshot(BA(self));
    int r = bytes_type.contains((Value)&b->header | VALUE_TAG_BORROWED, item);
    refcount_dec(&b->header);
    return r;
}

// ------------------------------------------------------------ iterator

typedef struct ByteArrayIterObject {
    ObjHeader header;
    ByteArrayObject *ba;
    int64_t index; // under the iterator's lock
} ByteArrayIterObject;

static void bytearray_iter_dealloc(Object *op)
{
    refcount_dec(&((ByteArrayIterObject *)op)->ba->header);
    object_free(op);
}

static Value bytearray_iter_next(Value self)
{
    ByteArrayIterObject *it = (ByteArrayIterObject *)value_as_object(self);
    ByteArrayObject *ba = it->ba;
    int c = -1;
    // Lock order: the iterator, then its bytearray (a two-object
    // section orders by address, so racing threads cannot deadlock).
    CRITICAL_BEGIN2(&it->header, &ba->header);
    if (it->index < ba->size)
        c = (unsigned char)ba->data[it->index++];
    CRITICAL_END2(&it->header, &ba->header);
    return c < 0 ? VALUE_NULL : value_from_int(c);
}

static Value bytearray_iter_self(Value self)
{
    value_incref(self);
    return self;
}

TypeObject bytearray_iterator_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "bytearray_iterator",
    .basic_size = sizeof(ByteArrayIterObject),
    .dealloc = bytearray_iter_dealloc,
    .iter = bytearray_iter_self,
    .next = bytearray_iter_next,
};

static Value bytearray_iter_slot(Value self)
{
    ByteArrayIterObject *it =
        (ByteArrayIterObject *)object_new(&bytearray_iterator_type);
    refcount_inc(value_as_object(self));
    it->ba = BA(self);
    return value_steal(&it->header);
}

// ------------------------------------------------------------ bytearray()

// bytearray(...) accepts what bytes(...) does; bytes' constructor builds
// the value and the bytearray copies it.
static Value bytearray_new_slot(TypeObject *type, const Value *args,
                                size_t nargs, Object *kwnames)
{
    if (nargs == 1 && kwnames == NULL && !int_check(args[0]) &&
        !str_check(args[0]) && !bytearray_check(args[0]) &&
        !bytes_check(args[0]) && !op_is_iterable(args[0])) {
        exc_raise_format(&exc_TypeError,
                         "cannot convert '%s' object to bytearray",
                         tname(args[0]));
        return VALUE_NULL;
    }
    Value b = bytes_type.new(&bytes_type, args, nargs, kwnames);
    if (b == VALUE_NULL)
        return VALUE_NULL;
    ByteArrayObject *r =
        new_of_type(type, bytes_of(b)->data, bytes_of(b)->size);
    value_decref(b);
    return ret(&r->header);
}

TypeObject bytearray_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "bytearray",
    .basic_size = sizeof(ByteArrayObject),
    .dealloc = bytearray_dealloc,
    .hash = type_hash_unhashable,
    .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_UNHASHABLE,
    .repr = bytearray_repr_slot,
    .binary = bytearray_binary_slot,
    .inplace = bytearray_inplace_slot,
    .compare = bytearray_compare_slot,
    .length = bytearray_length_slot,
    .getitem = bytearray_getitem_slot,
    .setitem = bytearray_setitem_slot,
    .contains = bytearray_contains_slot,
    .iter = bytearray_iter_slot,
    .new = bytearray_new_slot,
    .methods = bytearray_methods,
    .doc = "bytearray(iterable_of_ints) -> bytearray\n"
           "bytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter "
           "initialized with null bytes\n"
           "bytearray() -> empty bytes array\n\n"
           "Construct a mutable bytearray object from:\n"
           "  - an iterable yielding integers in range(256)\n"
           "  - a text string encoded using the specified encoding\n"
           "  - a bytes or a buffer object\n"
           "  - any object implementing the buffer API.\n"
           "  - an integer",
};
