// itertools_group.c: itertools.groupby (with its _grouper sub-iterators
// sharing the parent's state, as in CPython: advancing the groupby
// invalidates the previous group) and itertools.pairwise.
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/modules/itertools.h"
#include "vm/objects/sequtil.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

// ---- groupby(iterable, key=None) -----------------------------------------

typedef struct GroupbyObject {
    ObjHeader header;
    Value it, keyfunc; // keyfunc: VALUE_NULL for identity
    Value tgtkey;      // the current group's key, or VALUE_NULL
    Value currkey;     // the key of currvalue, or VALUE_NULL
    Value currvalue;   // the item read ahead, or VALUE_NULL
    uint64_t group;    // number of the current group
} GroupbyObject;

// A group: valid while the parent's `group` still equals its own.
typedef struct GrouperObject {
    ObjHeader header;
    GroupbyObject *parent;
    Value tgtkey;
    uint64_t group;
} GrouperObject;

static Value groupby_new(TypeObject *type, const Value *args, size_t nargs,
                         Object *kwnames)
{
    Value a[2];
    if (!itertools_check_keywords("groupby", kwnames, "iterable,key") ||
        !args_parse("groupby", args, nargs, kwnames, "iterable,key", 0, 1, a))
        return VALUE_NULL;
    Value it = op_iter(a[0]);
    if (it == VALUE_NULL)
        return VALUE_NULL;
    GroupbyObject *g = (GroupbyObject *)object_new(type);
    g->it = it;
    if (a[1] != VALUE_NULL && !value_is_none(a[1]))
        g->keyfunc = itertools_ref(a[1]);
    return value_steal(&g->header);
}

static void replace(Value *slot, Value v)
{
    Value old = *slot;
    *slot = v;
    value_decref(old);
}

// Reads the next item and its key into currvalue/currkey: 0, or -1 at
// the end or on error.
static int groupby_read(GroupbyObject *g)
{
    Value item = op_next(g->it);
    if (item == VALUE_NULL)
        return -1;
    Value key =
        g->keyfunc ? op_call(g->keyfunc, &item, 1, NULL) : itertools_ref(item);
    if (key == VALUE_NULL) {
        value_decref(item);
        return -1;
    }
    replace(&g->currvalue, item);
    replace(&g->currkey, key);
    return 0;
}

static Value grouper_of(GroupbyObject *g)
{
    GrouperObject *gr = (GrouperObject *)object_new(&grouper_type);
    refcount_inc(&g->header);
    gr->parent = g;
    gr->tgtkey = itertools_ref(g->tgtkey);
    gr->group = g->group;
    return value_steal(&gr->header);
}

static Value groupby_step(Value self)
{
    GroupbyObject *g = (GroupbyObject *)value_as_object(self);
    g->group++; // any earlier group is now exhausted
    // Skip the rest of the current group.
    for (;;) {
        if (g->currkey != VALUE_NULL) {
            if (g->tgtkey == VALUE_NULL)
                break;
            int eq = op_compare_bool(g->tgtkey, g->currkey, CMP_EQ);
            if (eq < 0)
                return VALUE_NULL;
            if (eq == 0)
                break;
        }
        if (groupby_read(g) < 0)
            return VALUE_NULL;
    }
    replace(&g->tgtkey, itertools_ref(g->currkey));
    TupleObject *t = tuple_new(2);
    tuple_init_item(t, 0, itertools_ref(g->currkey));
    tuple_init_item(t, 1, grouper_of(g));
    return value_steal(&t->header);
}

static Value groupby_next(Value self)
{
    return itertools_locked(value_as_object(self), self, groupby_step);
}

static void groupby_dealloc(Object *op)
{
    GroupbyObject *g = (GroupbyObject *)op;
    value_decref(g->it);
    value_decref(g->keyfunc);
    value_decref(g->tgtkey);
    value_decref(g->currkey);
    value_decref(g->currvalue);
    object_free(op);
}

static Value grouper_step(Value self)
{
    GrouperObject *gr = (GrouperObject *)value_as_object(self);
    GroupbyObject *g = gr->parent;
    if (g->group != gr->group)
        return VALUE_NULL;
    if (g->currvalue == VALUE_NULL && groupby_read(g) < 0)
        return VALUE_NULL;
    int eq = op_compare_bool(gr->tgtkey, g->currkey, CMP_EQ);
    if (eq <= 0)
        return VALUE_NULL;
    Value r = g->currvalue;
    g->currvalue = VALUE_NULL;
    return r;
}

// A group advances its parent's state: lock the parent.
static Value grouper_next(Value self)
{
    GrouperObject *gr = (GrouperObject *)value_as_object(self);
    return itertools_locked(&gr->parent->header, self, grouper_step);
}

static void grouper_dealloc(Object *op)
{
    GrouperObject *gr = (GrouperObject *)op;
    refcount_dec(&gr->parent->header);
    value_decref(gr->tgtkey);
    object_free(op);
}

// ---- pairwise(iterable) --------------------------------------------------

typedef struct PairwiseObject {
    ObjHeader header;
    Value it;  // VALUE_NULL once exhausted
    Value old; // the previous item, or VALUE_NULL before the first
} PairwiseObject;

static Value pairwise_new(TypeObject *type, const Value *args, size_t nargs,
                          Object *kwnames)
{
    if (!itertools_check_keywords("pairwise", kwnames, NULL))
        return VALUE_NULL;
    if (nargs != 1) {
        exc_raise_format(&exc_TypeError,
                         "pairwise expected 1 argument, got %zu", nargs);
        return VALUE_NULL;
    }
    Value it = op_iter(args[0]);
    if (it == VALUE_NULL)
        return VALUE_NULL;
    PairwiseObject *p = (PairwiseObject *)object_new(type);
    p->it = it;
    return value_steal(&p->header);
}

static Value pairwise_end(PairwiseObject *p)
{
    if (!exc_occurred()) {
        replace(&p->it, VALUE_NULL);
        replace(&p->old, VALUE_NULL);
    }
    return VALUE_NULL;
}

static Value pairwise_step(Value self)
{
    PairwiseObject *p = (PairwiseObject *)value_as_object(self);
    if (p->it == VALUE_NULL)
        return VALUE_NULL;
    if (p->old == VALUE_NULL) {
        p->old = op_next(p->it);
        if (p->old == VALUE_NULL)
            return pairwise_end(p);
    }
    Value item = op_next(p->it);
    if (item == VALUE_NULL)
        return pairwise_end(p);
    TupleObject *t = tuple_new(2);
    tuple_init_item(t, 0, p->old); // the reference moves into the pair
    tuple_init_item(t, 1, itertools_ref(item));
    p->old = item;
    return value_steal(&t->header);
}

static Value pairwise_next(Value self)
{
    return itertools_locked(value_as_object(self), self, pairwise_step);
}

static void pairwise_dealloc(Object *op)
{
    PairwiseObject *p = (PairwiseObject *)op;
    value_decref(p->it);
    value_decref(p->old);
    object_free(op);
}

TypeObject groupby_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "itertools.groupby",
    .basic_size = sizeof(GroupbyObject),
    .dealloc = groupby_dealloc,
    .flags = TYPE_FLAG_BASETYPE,
    .iter = iter_self,
    .next = groupby_next,
    .new = groupby_new,
};

TypeObject grouper_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "itertools._grouper",
    .basic_size = sizeof(GrouperObject),
    .dealloc = grouper_dealloc,
    .iter = iter_self,
    .next = grouper_next,
};

TypeObject pairwise_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "itertools.pairwise",
    .basic_size = sizeof(PairwiseObject),
    .dealloc = pairwise_dealloc,
    .flags = TYPE_FLAG_BASETYPE,
    .iter = iter_self,
    .next = pairwise_next,
    .new = pairwise_new,
};
