// zip.c: zip(*iterables, strict=False): tuples of the iterables' items
// in step; with strict=True, iterables of different lengths raise
// ValueError as CPython 3.10+ does.
#include <string.h>

#include "vm/exc.h"
#include "vm/objects/iter.h"
#include "vm/objects/sequtil.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

typedef struct ZipObject {
    ObjHeader header;
    TupleObject *iters; // the iterators
    bool strict;
} ZipObject;

// A tuple of iter(x) for each x in args[0..n); NULL on error.
static TupleObject *iterators(const Value *args, size_t n)
{
    TupleObject *t = tuple_new((int64_t)n);
    for (size_t k = 0; k < n; k++) {
        Value it = op_iter(args[k]);
        if (it == VALUE_NULL) {
            refcount_dec(&t->header); // the NULL items are skipped
            return NULL;
        }
        tuple_init_item(t, (int64_t)k, it);
    }
    return t;
}

static bool parse_strict(const Value *args, size_t nargs, Object *kwnames,
                         bool *strict)
{
    TupleObject *names = (TupleObject *)kwnames;
    *strict = false;
    for (int64_t k = 0; names && k < names->size; k++) {
        StrObject *name = (StrObject *)value_as_object(names->items[k]);
        if (strcmp(name->data, "strict") != 0) {
            exc_raise_format(&exc_TypeError,
                             "'%s' is an invalid keyword argument for zip()",
                             name->data);
            return false;
        }
        int t = op_truth(args[nargs + (size_t)k]);
        if (t < 0)
            return false;
        *strict = t;
    }
    return true;
}

static Value zip_new(TypeObject *type, const Value *args, size_t nargs,
                     Object *kwnames)
{
    bool strict;
    if (!parse_strict(args, nargs, kwnames, &strict))
        return VALUE_NULL;
    TupleObject *iters = iterators(args, nargs);
    if (iters == NULL)
        return VALUE_NULL;
    ZipObject *z = (ZipObject *)object_new(type);
    z->iters = iters;
    z->strict = strict;
    return value_steal(&z->header);
}

static Value length_mismatch(int64_t i, const char *how)
{
    exc_raise_format(
        &exc_ValueError, "zip() argument %lld is %s than argument%s%lld",
        (long long)(i + 1), how, i == 1 ? " " : "s 1-", (long long)i);
    return VALUE_NULL;
}

// strict=True and iterator `i` ran out first: raise unless every
// iterator ran out together.
static Value check_strict(ZipObject *z, int64_t i)
{
    if (i > 0)
        return length_mismatch(i, "shorter");
    for (int64_t k = 1; k < z->iters->size; k++) {
        Value v = op_next(z->iters->items[k]);
        if (v != VALUE_NULL) {
            value_decref(v);
            return length_mismatch(k, "longer");
        }
        if (exc_occurred())
            return VALUE_NULL;
    }
    return VALUE_NULL;
}

static Value zip_next(Value self)
{
    ZipObject *z = (ZipObject *)value_as_object(self);
    int64_t n = z->iters->size;
    if (n == 0)
        return VALUE_NULL;
    TupleObject *t = tuple_new(n);
    for (int64_t k = 0; k < n; k++) {
        Value v = op_next(z->iters->items[k]);
        if (v == VALUE_NULL) {
            refcount_dec(&t->header);
            if (exc_occurred() || !z->strict)
                return VALUE_NULL;
            return check_strict(z, k);
        }
        tuple_init_item(t, k, v);
    }
    return value_steal(&t->header);
}

static void zip_dealloc(Object *op)
{
    refcount_dec(&((ZipObject *)op)->iters->header);
    object_free(op);
}

TypeObject zip_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "zip",
    .basic_size = sizeof(ZipObject),
    .dealloc = zip_dealloc,
    .flags = TYPE_FLAG_BASETYPE,
    .iter = iter_self,
    .next = zip_next,
    .new = zip_new,
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input "
           "is exhausted.",
};
