// object.c: allocation and deallocation of generic objects.
#include "vm/object.h"

#include <string.h>

#include "alloc/alloc.h"
#include "vm/base/tid.h"
#include "vm/exc.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"
#include "vm/state.h"
#include "vm/value.h"

Object *object_new(TypeObject *t)
{
    return object_new_sized(t, t->basic_size);
}

Object *object_new_sized(TypeObject *t, size_t size)
{
    Object *op = alloc_zeroed(size);
#ifdef FTPY_FREE_THREADING
    // Plain stores: nobody else can see the object until it is published,
    // and publication (a lock or a release store) orders these writes.
    op->ob_tid = thread_id();
    op->ob_ref_local = 1;
    op->ob_ref_shared = 0;
#else
    op->ob_refcnt = 1;
#endif
    op->ob_type = t;
    if (t->flags & TYPE_FLAG_HEAPTYPE) // instances keep their class alive
        refcount_inc(&t->header);
    return op;
}

Object *object_new_var(TypeObject *t, size_t size)
{
    if (t->dict_offset == TYPE_DICT_AT_END)
        size = object_align(size) + sizeof(Object *);
    return object_new_sized(t, size);
}

void object_free(Object *op)
{
    alloc_free(op);
}

// Freeing a deeply nested structure (a list in a list in a list ...)
// would recurse once per level in C. Past this depth, deallocations are
// queued on the thread and run one after another by the outermost one
// (CPython's "trashcan").
#define DEALLOC_DEPTH_LIMIT 500

static void postpone(ThreadState *ts, Object *op)
{
    if (ts->trash_len == ts->trash_cap) {
        ts->trash_cap = ts->trash_cap ? ts->trash_cap * 2 : 64;
        ts->trash = alloc_resize(ts->trash, ts->trash_cap * sizeof(Object *));
    }
    ts->trash[ts->trash_len++] = op;
}

void object_dealloc(Object *op)
{
    ThreadState *ts = thread_current();
    if (ts == NULL) { // no thread state: process teardown
        op->ob_type->dealloc(op);
        return;
    }
    if (ts->dealloc_depth >= DEALLOC_DEPTH_LIMIT) {
        postpone(ts, op);
        return;
    }
    ts->dealloc_depth++;
    op->ob_type->dealloc(op);
    if (ts->dealloc_depth == 1) {
        while (ts->trash_len) {
            Object *next = ts->trash[--ts->trash_len];
            next->ob_type->dealloc(next);
        }
    }
    ts->dealloc_depth--;
}

bool type_is_subtype(const TypeObject *t, const TypeObject *base)
{
    if (t->mro) { // multiple inheritance: the whole MRO
        const TupleObject *mro = (const TupleObject *)t->mro;
        for (int64_t i = 0; i < mro->size; i++)
            if (value_as_object(mro->items[i]) == &base->header)
                return true;
        return false;
    }
    for (; t; t = t->base)
        if (t == base)
            return true;
    return false;
}

// ------------------------------------------------------------ hash, ==

#define HASH_MODULUS (((int64_t)1 << 61) - 1) // sys.hash_info.modulus

int64_t object_hash_small_int(int64_t i)
{
    int64_t h = i % HASH_MODULUS; // C keeps the sign, as Python's hash does
    return h == -1 ? -2 : h;
}

int64_t object_hash(Value v)
{
    if (value_is_int(v))
        return object_hash_small_int(value_as_int(v));
    Object *op = value_as_object(v);
    if (op->ob_type->hash)
        return op->ob_type->hash(op);
    // A type that defines equality but no hash is unhashable (Python sets
    // __hash__ to None for it): list, dict, set.
    if (op->ob_type->compare) {
        exc_raise_format(&exc_TypeError, "unhashable type: '%s'",
                         op->ob_type->name);
        return -1;
    }
    // object.__hash__: the address rotated so that alignment zeros do not
    // cluster in the low bits (as CPython does).
    uintptr_t a = (uintptr_t)op;
    int64_t h = (int64_t)((a >> 4) | (a << 60));
    return h == -1 ? -2 : h;
}

int object_equal(Value a, Value b)
{
    if (value_same(a, b))
        return 1;
    if (value_is_int(a) && value_is_int(b))
        return 0;
    TypeObject *ta = value_type(a);
    if (ta->equal && ta == value_type(b))
        return ta->equal(value_as_object(a), b);
    return op_compare_bool(a, b, CMP_EQ);
}
