// itertools_tee.c: itertools.tee(iterable, n=2) and its _tee iterators,
// as CPython builds them: the items read from the shared iterator are
// kept in linked blocks of 57, each tee holding its block and position,
// so blocks every tee has passed are freed.
//
// Locking: a tee's own position changes under its critical section; the
// blocks and the iterator, shared by all tees of one family, change under
// the section of the family's TeeShared object (taken second, always in
// that order, by tee_next).
#include "vm/args.h"
#include "vm/critical.h"
#include "vm/exc.h"
#include "vm/modules/itertools.h"
#include "vm/objects/sequtil.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

#define TEE_BLOCK 57

// What a family shares: the iterator.
typedef struct TeeShared {
    ObjHeader header;
    Value it;
    bool running; // inside next(it): a re-entrant call is an error
} TeeShared;

typedef struct TeeBlock {
    ObjHeader header;
    int numread; // values[0..numread) are filled
    struct TeeBlock *next;
    Value values[TEE_BLOCK];
} TeeBlock;

typedef struct TeeObject {
    ObjHeader header;
    TeeShared *shared;
    TeeBlock *block;
    int index; // next position in `block`
} TeeObject;

static TeeBlock *block_new(void)
{
    return (TeeBlock *)object_new(&teeblock_type);
}

static void block_dealloc(Object *op)
{
    TeeBlock *b = (TeeBlock *)op;
    for (int i = 0; i < b->numread; i++)
        value_decref(b->values[i]);
    if (b->next)
        refcount_dec(&b->next->header);
    object_free(op);
}

static void shared_dealloc(Object *op)
{
    value_decref(((TeeShared *)op)->it);
    object_free(op);
}

// A tee at the given place (references taken).
static Value tee_at(TeeShared *shared, TeeBlock *block, int index)
{
    TeeObject *t = (TeeObject *)object_new(&tee_type);
    refcount_inc(&shared->header);
    refcount_inc(&block->header);
    t->shared = shared;
    t->block = block;
    t->index = index;
    return value_steal(&t->header);
}

// A new family over the iterator `it` (reference taken over).
static Value tee_from_iterator(Value it)
{
    TeeShared *shared = (TeeShared *)object_new(&teeshared_type);
    shared->it = it;
    TeeBlock *block = block_new();
    Value t = tee_at(shared, block, 0);
    refcount_dec(&shared->header);
    refcount_dec(&block->header);
    return t;
}

// Item `t->index` of t's block, reading it from the iterator if no tee
// has yet. Runs in the family's critical section.
static Value block_item(TeeObject *t)
{
    TeeBlock *b = t->block;
    if (t->index < b->numread)
        return itertools_ref(b->values[t->index]);
    TeeShared *s = t->shared;
    if (s->running) {
        exc_raise_format(&exc_RuntimeError, "cannot re-enter the tee iterator");
        return VALUE_NULL;
    }
    s->running = true;
    Value v = op_next(s->it);
    s->running = false;
    if (v == VALUE_NULL)
        return VALUE_NULL;
    b->values[b->numread++] = itertools_ref(v);
    return v;
}

static Value tee_step(TeeObject *t)
{
    if (t->index >= TEE_BLOCK) {
        TeeBlock *b = t->block;
        if (b->next == NULL)
            b->next = block_new();
        refcount_inc(&b->next->header);
        t->block = b->next;
        t->index = 0;
        refcount_dec(&b->header);
    }
    Value v = block_item(t);
    if (v != VALUE_NULL)
        t->index++;
    return v;
}

static Value tee_next(Value self)
{
    TeeObject *t = (TeeObject *)value_as_object(self);
    Value r;
    CRITICAL_BEGIN2(&t->header, &t->shared->header)
    r = tee_step(t);
    CRITICAL_END2(&t->header, &t->shared->header)
    return r;
}

static Value tee_copy_of(TeeObject *t)
{
    Value r;
    CRITICAL_BEGIN(&t->header)
    r = tee_at(t->shared, t->block, t->index);
    CRITICAL_END(&t->header)
    return r;
}

static Value tee_copy(Value self, const Value *args, size_t nargs,
                      Object *kwnames)
{
    (void)args;
    if (!args_positional("__copy__", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    return tee_copy_of((TeeObject *)value_as_object(self));
}

// iter(iterable) as a tee: a copy if it already is one.
static Value tee_of(Value iterable)
{
    Value it = op_iter(iterable);
    if (it == VALUE_NULL || value_type(it) != &tee_type)
        return it == VALUE_NULL ? VALUE_NULL : tee_from_iterator(it);
    Value copy = tee_copy_of((TeeObject *)value_as_object(it));
    value_decref(it);
    return copy;
}

static Value tee_new(TypeObject *type, const Value *args, size_t nargs,
                     Object *kwnames)
{
    (void)type;
    if (!itertools_check_keywords("_tee", kwnames, NULL) ||
        !args_positional("_tee", nargs, NULL, 1, 1))
        return VALUE_NULL;
    return tee_of(args[0]);
}

static void tee_dealloc(Object *op)
{
    TeeObject *t = (TeeObject *)op;
    refcount_dec(&t->shared->header);
    refcount_dec(&t->block->header);
    object_free(op);
}

static bool tee_args(size_t nargs, Object *kwnames, int64_t *n,
                     const Value *args)
{
    if (args_has_keywords(kwnames)) {
        exc_raise_format(&exc_TypeError,
                         "itertools.tee() takes no keyword arguments");
        return false;
    }
    if (nargs < 1 || nargs > 2) {
        exc_raise_format(&exc_TypeError,
                         "tee expected at %s %d argument%s, got %zu",
                         nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 2,
                         nargs < 1 ? "" : "s", nargs);
        return false;
    }
    *n = 2;
    if (nargs == 2 && !value_as_index(args[1], n))
        return false;
    if (*n >= 0)
        return true;
    exc_raise_format(&exc_ValueError, "n must be >= 0");
    return false;
}

Value itertools_tee(Value self, const Value *args, size_t nargs,
                    Object *kwnames)
{
    (void)self;
    int64_t n;
    if (!tee_args(nargs, kwnames, &n, args))
        return VALUE_NULL;
    if (n == 0)
        return value_new_ref(&tuple_empty()->header);
    // An iterator that is already a tee is the first result itself.
    Value first = op_iter(args[0]);
    if (first != VALUE_NULL && value_type(first) != &tee_type)
        first = tee_from_iterator(first);
    if (first == VALUE_NULL)
        return VALUE_NULL;
    TupleObject *r = tuple_new(n);
    tuple_init_item(r, 0, first);
    for (int64_t i = 1; i < n; i++)
        tuple_init_item(r, i, tee_copy_of((TeeObject *)value_as_object(first)));
    return value_steal(&r->header);
}

static const MethodDef tee_methods[] = {
    {"__copy__", tee_copy, 0},
    {NULL, NULL, 0},
};

TypeObject tee_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "itertools._tee",
    .basic_size = sizeof(TeeObject),
    .dealloc = tee_dealloc,
    .iter = iter_self,
    .next = tee_next,
    .new = tee_new,
    .methods = tee_methods,
};

TypeObject teeshared_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "itertools._tee_shared",
    .basic_size = sizeof(TeeShared),
    .dealloc = shared_dealloc,
};

TypeObject teeblock_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "itertools._tee_dataobject",
    .basic_size = sizeof(TeeBlock),
    .dealloc = block_dealloc,
};
