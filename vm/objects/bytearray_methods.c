// bytearray_methods.c: the Python-visible methods of bytearray
// (bytearray_methods): the mutators (append, extend, insert, pop, remove,
// clear, copy, reverse) and, for everything bytes_methods.def lists,
// bytes' own code run on a snapshot, with bytes results turned into
// bytearrays (bytearray.upper() is a bytearray; bytearray.find() an int).
//
// Concurrency: mutators change the buffer only inside the bytearray's
// critical section (bytearray.h); read-only methods work on a snapshot
// taken under it, so they see one consistent state.
#include <string.h>

#include "vm/args.h"
#include "vm/critical.h"
#include "vm/exc.h"
#include "vm/objects/bytearray.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

static inline ByteArrayObject *BA(Value v)
{
    return (ByteArrayObject *)value_as_object(v);
}

static Value ba_ret(ByteArrayObject *ba)
{
    return value_steal(&ba->header);
}

// ------------------------------------------------------------ mutators

static Value m_append(Value self, const Value *args, size_t nargs, Object *kw)
{
    unsigned char c;
    if (!args_positional("append", nargs, kw, 1, 1) ||
        !bytearray_byte_arg(args[0], &c))
        return VALUE_NULL;
    bytearray_append(BA(self), c);
    return VALUE_NONE;
}

// The bytes an iterable of ints stands for: a new bytes object, or NULL.
static BytesObject *ints_to_bytes(Value iterable)
{
    Value it = op_iter(iterable);
    if (it == VALUE_NULL)
        return NULL;
    ByteArrayObject *acc = bytearray_from(NULL, 0);
    Value v;
    bool ok = true;
    while (ok && (v = op_next(it)) != VALUE_NULL) {
        unsigned char c;
        ok = bytearray_byte_arg(v, &c);
        value_decref(v);
        if (ok)
            bytearray_append(acc, c);
    }
    value_decref(it);
    BytesObject *r = exc_occurred() ? NULL : bytearray_snapshot(acc);
    refcount_dec(&acc->header);
    return r;
}

static Value m_extend(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (!args_positional("extend", nargs, kw, 1, 1))
        return VALUE_NULL;
    BytesObject *src = bytearray_bytes_like(args[0]);
    if (src == NULL && !op_is_iterable(args[0])) {
        exc_raise_format(&exc_TypeError, "can't extend bytearray with %s",
                         type_name(value_type(args[0])));
        return VALUE_NULL;
    }
    if (src == NULL && (src = ints_to_bytes(args[0])) == NULL)
        return VALUE_NULL;
    bytearray_splice(BA(self), INT64_MAX, INT64_MAX, src->data, src->size);
    refcount_dec(&src->header);
    return VALUE_NONE;
}

static Value m_insert(Value self, const Value *args, size_t nargs, Object *kw)
{
    int64_t index;
    unsigned char c;
    if (!args_positional("insert", nargs, kw, 2, 2) ||
        !value_as_index(args[0], &index) || !bytearray_byte_arg(args[1], &c))
        return VALUE_NULL;
    bytearray_insert(BA(self), index, c);
    return VALUE_NONE;
}

static Value m_pop(Value self, const Value *args, size_t nargs, Object *kw)
{
    int64_t index = -1;
    unsigned char c;
    if (!args_positional("pop", nargs, kw, 0, 1) ||
        (nargs == 1 && !value_as_index(args[0], &index)))
        return VALUE_NULL;
    if (bytearray_len(BA(self)) == 0) {
        exc_raise_format(&exc_IndexError, "pop from empty bytearray");
        return VALUE_NULL;
    }
    if (!bytearray_pop(BA(self), index, &c)) {
        exc_raise_format(&exc_IndexError, "pop index out of range");
        return VALUE_NULL;
    }
    return value_from_int(c);
}

static Value m_remove(Value self, const Value *args, size_t nargs, Object *kw)
{
    unsigned char c;
    if (!args_positional("remove", nargs, kw, 1, 1) ||
        !bytearray_byte_arg(args[0], &c))
        return VALUE_NULL;
    ByteArrayObject *ba = BA(self);
    bool found;
    CRITICAL_BEGIN(&ba->header);
    char *at = ba->size > 0 ? memchr(ba->data, c, (size_t)ba->size) : NULL;
    found = at != NULL;
    if (found) { // close the gap in place
        int64_t i = at - ba->data;
        memmove(at, at + 1, (size_t)(ba->size - i - 1));
        // Release: pairs with bytearray_len's relaxed load (a hint).
        atomic_store_i64_release(&ba->size, ba->size - 1);
    }
    CRITICAL_END(&ba->header);
    if (!found) {
        exc_raise_format(&exc_ValueError, "value not found in bytearray");
        return VALUE_NULL;
    }
    return VALUE_NONE;
}

static Value m_clear(Value self, const Value *args, size_t nargs, Object *kw)
{
    (void)args;
    if (!args_positional("clear", nargs, kw, 0, 0))
        return VALUE_NULL;
    bytearray_splice(BA(self), 0, INT64_MAX, NULL, 0);
    return VALUE_NONE;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Object *kw)
{
    (void)args;
    if (!args_positional("copy", nargs, kw, 0, 0))
        return VALUE_NULL;
    BytesObject *b = bytearray_snapshot(BA(self));
    ByteArrayObject *r = bytearray_from(b->data, b->size);
    refcount_dec(&b->header);
    return ba_ret(r);
}

static Value m_reverse(Value self, const Value *args, size_t nargs, Object *kw)
{
    (void)args;
    if (!args_positional("reverse", nargs, kw, 0, 0))
        return VALUE_NULL;
    ByteArrayObject *ba = BA(self);
    CRITICAL_BEGIN(&ba->header);
    for (int64_t i = 0, j = ba->size - 1; i < j; i++, j--) {
        char t = ba->data[i];
        ba->data[i] = ba->data[j];
        ba->data[j] = t;
    }
    CRITICAL_END(&ba->header);
    return VALUE_NONE;
}

// ------------------------------------------------------------ shared

// A bytes result as the bytearray's method returns it: bytes become
// bytearrays, also as items of a returned list or tuple; anything else
// (int, bool, str) is returned as it is. Takes over `r`.
static Value to_bytearray(Value r)
{
    if (r == VALUE_NULL || !value_is_object(r))
        return r;
    TypeObject *t = value_type(r);
    Value out = r;
    if (t == &bytes_type) {
        out = ba_ret(bytearray_from(bytes_of(r)->data, bytes_of(r)->size));
    } else if (t == &list_type) {
        ListObject *l = (ListObject *)value_as_object(r);
        ListObject *n = list_new(list_len(l));
        for (int64_t i = 0; i < list_len(l); i++) {
            Value item;
            if (list_get(l, i, &item))
                list_append(n, to_bytearray(item));
        }
        out = value_steal(&n->header);
    } else if (t == &tuple_type) {
        TupleObject *old = (TupleObject *)value_as_object(r);
        TupleObject *n = tuple_new(old->size);
        for (int64_t i = 0; i < old->size; i++) {
            value_incref(old->items[i]);
            tuple_init_item(n, i, to_bytearray(old->items[i]));
        }
        out = value_steal(&n->header);
    }
    if (out != r)
        value_decref(r);
    return out;
}

// bytes' method `fn` applied to a snapshot of `self`.
static Value via_bytes(CallFn fn, Value self, const Value *args, size_t nargs,
                       Object *kw)
{
    BytesObject *b = bytearray_snapshot(BA(self));
    Value r = fn(value_steal(&b->header), args, nargs, kw);
    refcount_dec(&b->header);
    return to_bytearray(r);
}

#define BYTES_METHOD(name)                                                     \
    static Value ba_##name(Value self, const Value *args, size_t nargs,        \
                           Object *kw)                                         \
    {                                                                          \
        return via_bytes(bytes_method_##name, self, args, nargs, kw);          \
    }
#define BYTES_CLASSMETHOD(name)                                                \
    static Value ba_##name(Value cls, const Value *args, size_t nargs,         \
                           Object *kw)                                         \
    {                                                                          \
        return to_bytearray(bytes_method_##name(cls, args, nargs, kw));        \
    }
#define BYTES_STATICMETHOD(name)
#include "vm/objects/bytes_methods.def"
#undef BYTES_METHOD
#undef BYTES_CLASSMETHOD
#undef BYTES_STATICMETHOD

const MethodDef bytearray_methods[] = {
    {"append", m_append, 0}, {"extend", m_extend, 0},   {"insert", m_insert, 0},
    {"pop", m_pop, 0},       {"remove", m_remove, 0},   {"clear", m_clear, 0},
    {"copy", m_copy, 0},     {"reverse", m_reverse, 0},
#define BYTES_METHOD(name) {#name, ba_##name, 0},
#define BYTES_CLASSMETHOD(name) {#name, ba_##name, METHOD_CLASS},
#define BYTES_STATICMETHOD(name) {#name, bytes_method_##name, METHOD_STATIC},
#include "vm/objects/bytes_methods.def"
#undef BYTES_METHOD
#undef BYTES_CLASSMETHOD
#undef BYTES_STATICMETHOD
    {NULL, NULL, 0},
};
