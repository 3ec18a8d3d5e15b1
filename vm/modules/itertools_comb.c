// itertools_comb.c: the combinatoric iterators of itertools: product,
// permutations, combinations and combinations_with_replacement, with
// CPython 3.11's index algorithms (so results come in the same order).
#include <string.h>

#include "alloc/alloc.h"
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/modules/itertools.h"
#include "vm/objects/int.h"
#include "vm/objects/sequtil.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

// All four: the pools (product: one tuple per position; the others: one
// pool tuple), the index state, and whether the first result was given.
typedef struct CombObject {
    ObjHeader header;
    TupleObject *pools;
    int64_t n, r;     // pool size and result length
    int64_t *indices; // r (product, combinations) or n (permutations)
    int64_t *cycles;  // permutations only
    bool started, stopped;
} CombObject;

static void comb_dealloc(Object *op)
{
    CombObject *c = (CombObject *)op;
    refcount_dec(&c->pools->header);
    alloc_free(c->indices);
    alloc_free(c->cycles);
    object_free(op);
}

static int64_t *index_array(int64_t n)
{
    return alloc_zeroed((size_t)(n > 0 ? n : 1) * sizeof(int64_t));
}

static Value comb_next(Value self, Value (*step)(Value))
{
    return itertools_locked(value_as_object(self), self, step);
}

// The result tuple pool[indices[0]], ..., pool[indices[r-1]].
static Value pick(TupleObject *pool, const int64_t *indices, int64_t r)
{
    TupleObject *t = tuple_new(r);
    for (int64_t i = 0; i < r; i++)
        tuple_init_item(t, i, itertools_ref(pool->items[indices[i]]));
    return value_steal(&t->header);
}

static TupleObject *pool_of(CombObject *c)
{
    return (TupleObject *)value_as_object(c->pools->items[0]);
}

// ---- product(*iterables, repeat=1) ---------------------------------------

static bool product_repeat(const Value *args, size_t nargs, Object *kwnames,
                           int64_t *repeat)
{
    *repeat = 1;
    if (!itertools_check_keywords("product", kwnames, "repeat"))
        return false;
    if (kwnames && !value_as_index(args[nargs], repeat))
        return false;
    if (*repeat >= 0)
        return true;
    exc_raise_format(&exc_ValueError, "repeat argument cannot be negative");
    return false;
}

static TupleObject *product_pools(const Value *args, size_t nargs,
                                  int64_t repeat)
{
    int64_t n = (int64_t)nargs;
    if (repeat > 0 && n > INT64_MAX / 8 / repeat) {
        exc_raise_format(&exc_OverflowError, "repeat argument too large");
        return NULL;
    }
    TupleObject *pools = tuple_new(n * repeat);
    for (int64_t i = 0; i < n; i++) {
        Value t = tuple_from_iterable(args[i]);
        if (t == VALUE_NULL) {
            refcount_dec(&pools->header);
            return NULL;
        }
        for (int64_t k = 0; k < repeat; k++)
            tuple_init_item(pools, k * n + i, itertools_ref(t));
        value_decref(t);
    }
    return pools;
}

static Value product_new(TypeObject *type, const Value *args, size_t nargs,
                         Object *kwnames)
{
    int64_t repeat;
    if (!product_repeat(args, nargs, kwnames, &repeat))
        return VALUE_NULL;
    TupleObject *pools = product_pools(args, nargs, repeat);
    if (pools == NULL)
        return VALUE_NULL;
    CombObject *c = (CombObject *)object_new(type);
    c->pools = pools;
    c->r = pools->size;
    c->indices = index_array(c->r);
    return value_steal(&c->header);
}

static TupleObject *product_pool(CombObject *c, int64_t i)
{
    return (TupleObject *)value_as_object(c->pools->items[i]);
}

static Value product_result(CombObject *c)
{
    TupleObject *t = tuple_new(c->r);
    for (int64_t i = 0; i < c->r; i++) {
        Value v = product_pool(c, i)->items[c->indices[i]];
        tuple_init_item(t, i, itertools_ref(v));
    }
    return value_steal(&t->header);
}

static Value product_step(Value self)
{
    CombObject *c = (CombObject *)value_as_object(self);
    if (c->stopped)
        return VALUE_NULL;
    if (!c->started) {
        c->started = true;
        for (int64_t i = 0; i < c->r; i++)
            if (product_pool(c, i)->size == 0)
                c->stopped = true;
        return c->stopped ? VALUE_NULL : product_result(c);
    }
    int64_t i = c->r - 1;
    while (i >= 0 && c->indices[i] == product_pool(c, i)->size - 1)
        c->indices[i--] = 0;
    if (i < 0) {
        c->stopped = true;
        return VALUE_NULL;
    }
    c->indices[i]++;
    return product_result(c);
}

static Value product_next(Value self)
{
    return comb_next(self, product_step);
}

// ---- permutations, combinations, combinations_with_replacement -----------

// The pool tuple and r (VALUE_NULL or None: the pool size when
// `r_optional`) of the three constructors.
static CombObject *pool_new(TypeObject *type, Value iterable, Value r,
                            bool r_optional)
{
    int64_t rv = -1;
    if (r != VALUE_NULL && !value_is_none(r)) {
        if (r_optional && !int_check(r)) {
            exc_raise_format(&exc_TypeError, "Expected int as r");
            return NULL;
        }
        if (!value_as_index(r, &rv))
            return NULL;
        if (rv < 0) {
            exc_raise_format(&exc_ValueError, "r must be non-negative");
            return NULL;
        }
    }
    Value pool = tuple_from_iterable(iterable);
    if (pool == VALUE_NULL)
        return NULL;
    CombObject *c = (CombObject *)object_new(type);
    c->pools = tuple_pack(1, &pool);
    value_decref(pool);
    c->n = pool_of(c)->size;
    c->r = rv < 0 ? c->n : rv;
    return c;
}

static Value permutations_new(TypeObject *type, const Value *args, size_t nargs,
                              Object *kwnames)
{
    Value a[2];
    if (!itertools_check_keywords("permutations", kwnames, "iterable,r") ||
        !args_parse("permutations", args, nargs, kwnames, "iterable,r", 0, 1,
                    a))
        return VALUE_NULL;
    CombObject *c = pool_new(type, a[0], a[1], true);
    if (c == NULL)
        return VALUE_NULL;
    c->indices = index_array(c->n);
    c->cycles = index_array(c->r);
    for (int64_t i = 0; i < c->n; i++)
        c->indices[i] = i;
    for (int64_t i = 0; i < c->r && i < c->n; i++)
        c->cycles[i] = c->n - i;
    c->stopped = c->r > c->n;
    return value_steal(&c->header);
}

// indices[i:] = indices[i+1:] + indices[i:i+1]
static void rotate_left(int64_t *indices, int64_t i, int64_t n)
{
    int64_t first = indices[i];
    memmove(indices + i, indices + i + 1,
            (size_t)(n - 1 - i) * sizeof *indices);
    indices[n - 1] = first;
}

static bool permutations_advance(CombObject *c)
{
    if (c->n == 0)
        return false;
    for (int64_t i = c->r - 1; i >= 0; i--) {
        if (--c->cycles[i] == 0) {
            rotate_left(c->indices, i, c->n);
            c->cycles[i] = c->n - i;
        } else {
            int64_t j = c->n - c->cycles[i];
            int64_t tmp = c->indices[i];
            c->indices[i] = c->indices[j];
            c->indices[j] = tmp;
            return true;
        }
    }
    return false;
}

// The shared step: the first result as set up, then `advance` until it
// reports the end.
static Value pool_step(Value self, bool (*advance)(CombObject *))
{
    CombObject *c = (CombObject *)value_as_object(self);
    if (c->stopped)
        return VALUE_NULL;
    if (c->started && !advance(c)) {
        c->stopped = true;
        return VALUE_NULL;
    }
    c->started = true;
    return pick(pool_of(c), c->indices, c->r);
}

static Value permutations_step(Value self)
{
    return pool_step(self, permutations_advance);
}

static Value permutations_next(Value self)
{
    return comb_next(self, permutations_step);
}

static Value combinations_new(TypeObject *type, const Value *args, size_t nargs,
                              Object *kwnames)
{
    Value a[2];
    if (!itertools_check_keywords("combinations", kwnames, "iterable,r") ||
        !args_parse("combinations", args, nargs, kwnames, "iterable,r", 0, 2,
                    a))
        return VALUE_NULL;
    CombObject *c = pool_new(type, a[0], a[1], false);
    if (c == NULL)
        return VALUE_NULL;
    c->indices = index_array(c->r);
    for (int64_t i = 0; i < c->r; i++)
        c->indices[i] = i;
    c->stopped = c->r > c->n;
    return value_steal(&c->header);
}

static bool combinations_advance(CombObject *c)
{
    int64_t i = c->r - 1, n = c->n, r = c->r;
    while (i >= 0 && c->indices[i] == i + n - r)
        i--;
    if (i < 0)
        return false;
    c->indices[i]++;
    for (int64_t j = i + 1; j < r; j++)
        c->indices[j] = c->indices[j - 1] + 1;
    return true;
}

static Value combinations_step(Value self)
{
    return pool_step(self, combinations_advance);
}

static Value combinations_next(Value self)
{
    return comb_next(self, combinations_step);
}

static Value cwr_new(TypeObject *type, const Value *args, size_t nargs,
                     Object *kwnames)
{
    Value a[2];
    const char *name = "combinations_with_replacement";
    if (!itertools_check_keywords(name, kwnames, "iterable,r") ||
        !args_parse(name, args, nargs, kwnames, "iterable,r", 0, 2, a))
        return VALUE_NULL;
    CombObject *c = pool_new(type, a[0], a[1], false);
    if (c == NULL)
        return VALUE_NULL;
    c->indices = index_array(c->r);
    c->stopped = c->n == 0 && c->r > 0;
    return value_steal(&c->header);
}

static bool cwr_advance(CombObject *c)
{
    int64_t i = c->r - 1;
    while (i >= 0 && c->indices[i] == c->n - 1)
        i--;
    if (i < 0)
        return false;
    int64_t index = c->indices[i] + 1;
    for (int64_t j = i; j < c->r; j++)
        c->indices[j] = index;
    return true;
}

static Value cwr_step(Value self)
{
    return pool_step(self, cwr_advance);
}

static Value cwr_next(Value self)
{
    return comb_next(self, cwr_step);
}

#define COMB_TYPE(cname, pyname)                                               \
    TypeObject cname##_type = {                                                \
        .header = OBJ_HEADER_IMMORTAL(&type_type),                             \
        .name = "itertools." pyname,                                           \
        .basic_size = sizeof(CombObject),                                      \
        .dealloc = comb_dealloc,                                               \
        .flags = TYPE_FLAG_BASETYPE,                                           \
        .iter = iter_self,                                                     \
        .next = cname##_next,                                                  \
        .new = cname##_new,                                                    \
    };

COMB_TYPE(product, "product")
COMB_TYPE(permutations, "permutations")
COMB_TYPE(combinations, "combinations")
COMB_TYPE(cwr, "combinations_with_replacement")
