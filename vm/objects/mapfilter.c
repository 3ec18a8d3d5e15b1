// mapfilter.c: map(function, *iterables) and filter(function or None,
// iterable).
#include "alloc/alloc.h"
#include "vm/exc.h"
#include "vm/objects/iter.h"
#include "vm/objects/sequtil.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

// Both types: a function and the iterators.
typedef struct MapObject {
    ObjHeader header;
    Value func;
    TupleObject *iters;
} MapObject;

static void map_dealloc(Object *op)
{
    MapObject *m = (MapObject *)op;
    value_decref(m->func);
    refcount_dec(&m->iters->header);
    object_free(op);
}

// A new map or filter object over iter(x) for each x in args[1..n).
static Value new_of(TypeObject *type, const Value *args, size_t n)
{
    TupleObject *iters = tuple_new((int64_t)n - 1);
    for (size_t k = 1; k < n; k++) {
        Value it = op_iter(args[k]);
        if (it == VALUE_NULL) {
            refcount_dec(&iters->header);
            return VALUE_NULL;
        }
        tuple_init_item(iters, (int64_t)k - 1, it);
    }
    MapObject *m = (MapObject *)object_new(type);
    value_incref(args[0]);
    m->func = args[0];
    m->iters = iters;
    return value_steal(&m->header);
}

static bool no_keywords(const char *name, Object *kwnames)
{
    if (!args_has_keywords(kwnames))
        return true;
    exc_raise_format(&exc_TypeError, "%s() takes no keyword arguments", name);
    return false;
}

static Value map_new(TypeObject *type, const Value *args, size_t nargs,
                     Object *kwnames)
{
    if (!no_keywords("map", kwnames))
        return VALUE_NULL;
    if (nargs < 2) {
        exc_raise_format(&exc_TypeError,
                         "map() must have at least two arguments.");
        return VALUE_NULL;
    }
    return new_of(type, args, nargs);
}

static Value map_next(Value self)
{
    MapObject *m = (MapObject *)value_as_object(self);
    int64_t n = m->iters->size;
    Value small[8];
    Value *items = n <= 8 ? small : alloc_raw((size_t)n * sizeof(Value));
    int64_t got = 0;
    while (got < n &&
           (items[got] = op_next(m->iters->items[got])) != VALUE_NULL)
        got++;
    Value r = got == n ? op_call(m->func, items, (size_t)n, NULL) : VALUE_NULL;
    for (int64_t k = 0; k < got; k++)
        value_decref(items[k]);
    if (items != small)
        alloc_free(items);
    return r;
}

TypeObject map_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "map",
    .basic_size = sizeof(MapObject),
    .dealloc = map_dealloc,
    .flags = TYPE_FLAG_BASETYPE,
    .iter = iter_self,
    .next = map_next,
    .new = map_new,
    .doc = "map(func, *iterables) --> map object\n\nMake an iterator that "
           "computes the function using arguments from\neach of the "
           "iterables.  Stops when the shortest iterable is exhausted.",
};

// ------------------------------------------------------------ filter

static Value filter_new(TypeObject *type, const Value *args, size_t nargs,
                        Object *kwnames)
{
    if (!no_keywords("filter", kwnames))
        return VALUE_NULL;
    if (nargs != 2) {
        exc_raise_format(&exc_TypeError, "filter expected 2 arguments, got %zu",
                         nargs);
        return VALUE_NULL;
    }
    return new_of(type, args, nargs);
}

// Whether filter keeps `item`: 1 / 0 / -1.
static int keep(Value func, Value item)
{
    if (value_is_none(func))
        return op_truth(item);
    Value r = op_call(func, &item, 1, NULL);
    if (r == VALUE_NULL)
        return -1;
    int t = op_truth(r);
    value_decref(r);
    return t;
}

static Value filter_next(Value self)
{
    MapObject *f = (MapObject *)value_as_object(self);
    Value item;
    while ((item = op_next(f->iters->items[0])) != VALUE_NULL) {
        int k = keep(f->func, item);
        if (k > 0)
            return item;
        value_decref(item);
        if (k < 0)
            return VALUE_NULL;
    }
    return VALUE_NULL;
}

TypeObject filter_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "filter",
    .basic_size = sizeof(MapObject),
    .dealloc = map_dealloc,
    .flags = TYPE_FLAG_BASETYPE,
    .iter = iter_self,
    .next = filter_next,
    .new = filter_new,
    .doc = "filter(function or None, iterable) --> filter object\n\nReturn "
           "an iterator yielding those items of iterable for which "
           "function(item)\nis true. If function is None, return the items "
           "that are true.",
};
