// itertools.c: the itertools module: count, cycle, repeat, accumulate,
// chain, compress, dropwhile, takewhile, filterfalse, islice, starmap and
// zip_longest, with CPython 3.11's semantics, reprs and errors. The
// combinatoric iterators are in itertools_comb.c, tee in itertools_tee.c,
// groupby and pairwise in itertools_group.c.
#include "vm/modules/itertools.h"

#include <string.h>

#include "vm/args.h"
#include "vm/critical.h"
#include "vm/exc.h"
#include "vm/modules/modules.h"
#include "vm/objects/builtin.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/reprutil.h"
#include "vm/objects/sequtil.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

Value itertools_locked(Object *owner, Value self, Value (*body)(Value))
{
    Value r;
    CRITICAL_BEGIN(owner)
    r = body(self);
    CRITICAL_END(owner)
    return r;
}

// name##_next: name##_step under the iterator's own critical section.
#define LOCKED_NEXT(name)                                                      \
    static Value name##_next(Value self)                                       \
    {                                                                          \
        return itertools_locked(value_as_object(self), self, name##_step);     \
    }

static bool keyword_allowed(const StrObject *key, const char *allowed)
{
    size_t n = (size_t)key->size;
    while (allowed && *allowed) {
        const char *end = strchr(allowed, ',');
        size_t len = end ? (size_t)(end - allowed) : strlen(allowed);
        if (len == n && memcmp(allowed, key->data, n) == 0)
            return true;
        allowed += len + (end ? 1 : 0);
    }
    return false;
}

bool itertools_check_keywords(const char *fname, Object *kwnames,
                              const char *allowed)
{
    if (!args_has_keywords(kwnames))
        return true;
    if (allowed == NULL) {
        exc_raise_format(&exc_TypeError, "%s() takes no keyword arguments",
                         fname);
        return false;
    }
    TupleObject *names = (TupleObject *)kwnames;
    for (int64_t k = 0; k < names->size; k++) {
        StrObject *key = (StrObject *)value_as_object(names->items[k]);
        if (!keyword_allowed(key, allowed)) {
            exc_raise_format(&exc_TypeError,
                             "'%s' is an invalid keyword argument for %s()",
                             key->data, fname);
            return false;
        }
    }
    return true;
}

// Positional arguments only, exactly n (or between min and max): "cycle
// expected 1 argument, got 0".
static bool positional(const char *fname, size_t nargs, Object *kwnames,
                       size_t min, size_t max)
{
    if (!itertools_check_keywords(fname, kwnames, NULL))
        return false;
    if (nargs >= min && nargs <= max)
        return true;
    if (min == max)
        exc_raise_format(&exc_TypeError, "%s expected %zu argument%s, got %zu",
                         fname, min, min == 1 ? "" : "s", nargs);
    else
        exc_raise_format(
            &exc_TypeError, "%s expected at %s %zu arguments, got %zu", fname,
            nargs < min ? "least" : "most", nargs < min ? min : max, nargs);
    return false;
}

#define owned itertools_ref

// Replaces *slot with `v` (a reference the slot takes over).
static void slot_set(Value *slot, Value v)
{
    Value old = *slot;
    *slot = v;
    value_decref(old);
}

// ---- count(start=0, step=1) --------------------------------------------

typedef struct CountObject {
    ObjHeader header;
    Value cnt, step;
} CountObject;

static bool is_number(Value v)
{
    return int_check(v) || float_check(v);
}

static Value count_new(TypeObject *type, const Value *args, size_t nargs,
                       Object *kwnames)
{
    Value a[2];
    if (!itertools_check_keywords("count", kwnames, "start,step") ||
        !args_parse("count", args, nargs, kwnames, "start,step", 0, 0, a))
        return VALUE_NULL;
    Value start = a[0] ? a[0] : value_from_int(0);
    Value step = a[1] ? a[1] : value_from_int(1);
    if (!is_number(start) || !is_number(step)) {
        exc_raise_format(&exc_TypeError, "a number is required");
        return VALUE_NULL;
    }
    CountObject *c = (CountObject *)object_new(type);
    c->cnt = owned(start);
    c->step = owned(step);
    return value_steal(&c->header);
}

static Value count_step(Value self)
{
    CountObject *c = (CountObject *)value_as_object(self);
    Value next;
    if (value_is_int(c->cnt) && value_is_int(c->step) &&
        value_fits_int(value_as_int(c->cnt) + value_as_int(c->step)))
        next = value_from_int(value_as_int(c->cnt) + value_as_int(c->step));
    else
        next = op_binary(c->cnt, c->step, BINOP_ADD);
    if (next == VALUE_NULL)
        return VALUE_NULL;
    Value r = c->cnt; // the old count's reference moves to the caller
    c->cnt = next;
    return r;
}
LOCKED_NEXT(count)

static bool step_is_one(Value step)
{
    return (value_is_int(step) && value_as_int(step) == 1) ||
           value_same(step, VALUE_TRUE);
}

static StrObject *count_repr(Value self)
{
    CountObject *c = (CountObject *)value_as_object(self);
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_cstr(&b, "count(");
    bool ok = strbuf_append_repr(&b, c->cnt);
    if (ok && !step_is_one(c->step)) {
        strbuf_append_cstr(&b, ", ");
        ok = strbuf_append_repr(&b, c->step);
    }
    if (!ok) {
        strbuf_discard(&b);
        return NULL;
    }
    strbuf_append_char(&b, ')');
    return strbuf_finish(&b);
}

static void count_dealloc(Object *op)
{
    CountObject *c = (CountObject *)op;
    value_decref(c->cnt);
    value_decref(c->step);
    object_free(op);
}

// ---- cycle(iterable) -----------------------------------------------------

typedef struct CycleObject {
    ObjHeader header;
    Value it; // VALUE_NULL once exhausted
    ListObject *saved;
    int64_t index; // position in `saved` once `it` is exhausted
} CycleObject;

static Value cycle_new(TypeObject *type, const Value *args, size_t nargs,
                       Object *kwnames)
{
    if (!positional("cycle", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    Value it = op_iter(args[0]);
    if (it == VALUE_NULL)
        return VALUE_NULL;
    CycleObject *c = (CycleObject *)object_new(type);
    c->it = it;
    c->saved = list_new(0);
    return value_steal(&c->header);
}

static Value cycle_step(Value self)
{
    CycleObject *c = (CycleObject *)value_as_object(self);
    if (c->it != VALUE_NULL) {
        Value item = op_next(c->it);
        if (item != VALUE_NULL) {
            list_append(c->saved, owned(item));
            return item;
        }
        if (exc_occurred())
            return VALUE_NULL;
        slot_set(&c->it, VALUE_NULL);
    }
    int64_t n = list_len(c->saved);
    if (n == 0)
        return VALUE_NULL;
    Value item;
    list_get(c->saved, c->index, &item);
    c->index = (c->index + 1) % n;
    return item;
}
LOCKED_NEXT(cycle)

static void cycle_dealloc(Object *op)
{
    CycleObject *c = (CycleObject *)op;
    value_decref(c->it);
    refcount_dec(&c->saved->header);
    object_free(op);
}

// ---- repeat(object, times=None) ------------------------------------------

typedef struct RepeatObject {
    ObjHeader header;
    Value element;
    int64_t remaining; // -1: forever
} RepeatObject;

static Value repeat_new(TypeObject *type, const Value *args, size_t nargs,
                        Object *kwnames)
{
    Value a[2];
    if (!itertools_check_keywords("repeat", kwnames, "object,times") ||
        !args_parse("repeat", args, nargs, kwnames, "object,times", 0, 1, a))
        return VALUE_NULL;
    int64_t times = -1;
    if (a[1] != VALUE_NULL && !value_as_index(a[1], &times))
        return VALUE_NULL;
    if (a[1] != VALUE_NULL && times < 0)
        times = 0;
    RepeatObject *r = (RepeatObject *)object_new(type);
    r->element = owned(a[0]);
    r->remaining = times;
    return value_steal(&r->header);
}

static Value repeat_step(Value self)
{
    RepeatObject *r = (RepeatObject *)value_as_object(self);
    if (r->remaining == 0)
        return VALUE_NULL;
    if (r->remaining > 0)
        r->remaining--;
    return owned(r->element);
}
LOCKED_NEXT(repeat)

static StrObject *repeat_repr(Value self)
{
    RepeatObject *r = (RepeatObject *)value_as_object(self);
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_cstr(&b, "repeat(");
    if (!strbuf_append_repr(&b, r->element)) {
        strbuf_discard(&b);
        return NULL;
    }
    if (r->remaining >= 0)
        strbuf_printf(&b, ", %lld", (long long)r->remaining);
    strbuf_append_char(&b, ')');
    return strbuf_finish(&b);
}

static void repeat_dealloc(Object *op)
{
    value_decref(((RepeatObject *)op)->element);
    object_free(op);
}

// ---- accumulate(iterable, func=None, *, initial=None) ----------------

typedef struct AccumulateObject {
    ObjHeader header;
    Value it, func; // func: VALUE_NULL for addition
    Value total;    // VALUE_NULL before the first item
    Value initial;  // yielded first, then VALUE_NULL
} AccumulateObject;

static Value accumulate_new(TypeObject *type, const Value *args, size_t nargs,
                            Object *kwnames)
{
    Value a[3];
    if (!itertools_check_keywords("accumulate", kwnames,
                                  "iterable,func,initial") ||
        !args_parse("accumulate", args, nargs, kwnames,
                    "iterable,func,$initial", 0, 1, a))
        return VALUE_NULL;
    Value it = op_iter(a[0]);
    if (it == VALUE_NULL)
        return VALUE_NULL;
    AccumulateObject *acc = (AccumulateObject *)object_new(type);
    acc->it = it;
    if (a[1] != VALUE_NULL && !value_is_none(a[1]))
        acc->func = owned(a[1]);
    if (a[2] != VALUE_NULL && !value_is_none(a[2]))
        acc->initial = owned(a[2]);
    return value_steal(&acc->header);
}

static Value accumulate_step(Value self)
{
    AccumulateObject *acc = (AccumulateObject *)value_as_object(self);
    if (acc->initial != VALUE_NULL) {
        acc->total = acc->initial;
        acc->initial = VALUE_NULL;
        return owned(acc->total);
    }
    Value item = op_next(acc->it);
    if (item == VALUE_NULL)
        return VALUE_NULL;
    if (acc->total == VALUE_NULL) {
        acc->total = owned(item);
        return item;
    }
    Value pair[2] = {acc->total, item};
    Value sum = acc->func ? op_call(acc->func, pair, 2, NULL)
                          : op_binary(acc->total, item, BINOP_ADD);
    value_decref(item);
    if (sum == VALUE_NULL)
        return VALUE_NULL;
    slot_set(&acc->total, owned(sum));
    return sum;
}
LOCKED_NEXT(accumulate)

static void accumulate_dealloc(Object *op)
{
    AccumulateObject *acc = (AccumulateObject *)op;
    value_decref(acc->it);
    value_decref(acc->func);
    value_decref(acc->total);
    value_decref(acc->initial);
    object_free(op);
}

// ---- chain(*iterables), chain.from_iterable(iterable) --------------------

typedef struct ChainObject {
    ObjHeader header;
    Value source; // iterator over the iterables; VALUE_NULL when done
    Value active; // iterator over the current iterable, or VALUE_NULL
} ChainObject;

static Value chain_of(TypeObject *type, Value iterable)
{
    Value source = op_iter(iterable);
    if (source == VALUE_NULL)
        return VALUE_NULL;
    ChainObject *c = (ChainObject *)object_new(type);
    c->source = source;
    return value_steal(&c->header);
}

static Value chain_new(TypeObject *type, const Value *args, size_t nargs,
                       Object *kwnames)
{
    if (!itertools_check_keywords("chain", kwnames, NULL))
        return VALUE_NULL;
    TupleObject *t = tuple_pack((int64_t)nargs, args);
    Value r = chain_of(type, (Value)&t->header);
    refcount_dec(&t->header);
    return r;
}

static Value chain_from_iterable(Value self, const Value *args, size_t nargs,
                                 Object *kwnames)
{
    if (!args_positional("from_iterable", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    return chain_of((TypeObject *)value_as_object(self), args[0]);
}

static Value chain_step(Value self)
{
    ChainObject *c = (ChainObject *)value_as_object(self);
    while (c->source != VALUE_NULL) {
        if (c->active == VALUE_NULL) {
            Value iterable = op_next(c->source);
            if (iterable == VALUE_NULL) {
                if (!exc_occurred())
                    slot_set(&c->source, VALUE_NULL);
                return VALUE_NULL;
            }
            c->active = op_iter(iterable);
            value_decref(iterable);
            if (c->active == VALUE_NULL)
                return VALUE_NULL;
        }
        Value item = op_next(c->active);
        if (item != VALUE_NULL || exc_occurred())
            return item;
        slot_set(&c->active, VALUE_NULL);
    }
    return VALUE_NULL;
}
LOCKED_NEXT(chain)

static void chain_dealloc(Object *op)
{
    ChainObject *c = (ChainObject *)op;
    value_decref(c->source);
    value_decref(c->active);
    object_free(op);
}

static const MethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, METHOD_CLASS},
    {NULL, NULL, 0},
};

// ---- compress, dropwhile, takewhile, filterfalse, starmap ----------------

// An iterator plus one more value: the selectors' iterator (compress) or
// the function (the others); `state` is dropwhile's "done dropping" and
// takewhile's "stopped".
typedef struct PairObject {
    ObjHeader header;
    Value it, other;
    bool state;
} PairObject;

static Value pair_new(TypeObject *type, Value it, Value other)
{
    PairObject *p = (PairObject *)object_new(type);
    p->it = it;
    p->other = other;
    return value_steal(&p->header);
}

static void pair_dealloc(Object *op)
{
    PairObject *p = (PairObject *)op;
    value_decref(p->it);
    value_decref(p->other);
    object_free(op);
}

static Value compress_new(TypeObject *type, const Value *args, size_t nargs,
                          Object *kwnames)
{
    Value a[2];
    if (!itertools_check_keywords("compress", kwnames, "data,selectors") ||
        !args_parse("compress", args, nargs, kwnames, "data,selectors", 0, 2,
                    a))
        return VALUE_NULL;
    Value data = op_iter(a[0]);
    if (data == VALUE_NULL)
        return VALUE_NULL;
    Value selectors = op_iter(a[1]);
    if (selectors == VALUE_NULL) {
        value_decref(data);
        return VALUE_NULL;
    }
    return pair_new(type, data, selectors);
}

static Value compress_step(Value self)
{
    PairObject *p = (PairObject *)value_as_object(self);
    for (;;) {
        Value item = op_next(p->it);
        if (item == VALUE_NULL)
            return VALUE_NULL;
        Value sel = op_next(p->other);
        if (sel == VALUE_NULL) {
            value_decref(item);
            return VALUE_NULL;
        }
        int t = op_truth(sel);
        value_decref(sel);
        if (t > 0)
            return item;
        value_decref(item);
        if (t < 0)
            return VALUE_NULL;
    }
}
LOCKED_NEXT(compress)

// func(iterable) constructors: dropwhile, takewhile, filterfalse, starmap.
static Value func_iter_new(const char *name, TypeObject *type,
                           const Value *args, size_t nargs, Object *kwnames)
{
    if (!positional(name, nargs, kwnames, 2, 2))
        return VALUE_NULL;
    Value it = op_iter(args[1]);
    if (it == VALUE_NULL)
        return VALUE_NULL;
    return pair_new(type, it, owned(args[0]));
}

static Value dropwhile_new(TypeObject *type, const Value *args, size_t nargs,
                           Object *kwnames)
{
    return func_iter_new("dropwhile", type, args, nargs, kwnames);
}

static Value takewhile_new(TypeObject *type, const Value *args, size_t nargs,
                           Object *kwnames)
{
    return func_iter_new("takewhile", type, args, nargs, kwnames);
}

static Value filterfalse_new(TypeObject *type, const Value *args, size_t nargs,
                             Object *kwnames)
{
    return func_iter_new("filterfalse", type, args, nargs, kwnames);
}

static Value starmap_new(TypeObject *type, const Value *args, size_t nargs,
                         Object *kwnames)
{
    return func_iter_new("starmap", type, args, nargs, kwnames);
}

// truth(func(item)) (truth(item) when func is None and `none_ok`,
// filterfalse's rule): 1 / 0 / -1.
static int predicate(Value func, Value item, bool none_ok)
{
    if (none_ok && value_is_none(func))
        return op_truth(item);
    Value r = op_call(func, &item, 1, NULL);
    if (r == VALUE_NULL)
        return -1;
    int t = op_truth(r);
    value_decref(r);
    return t;
}

static Value dropwhile_step(Value self)
{
    PairObject *p = (PairObject *)value_as_object(self);
    for (;;) {
        Value item = op_next(p->it);
        if (item == VALUE_NULL || p->state)
            return item;
        int t = predicate(p->other, item, false);
        if (t == 0) {
            p->state = true;
            return item;
        }
        value_decref(item);
        if (t < 0)
            return VALUE_NULL;
    }
}
LOCKED_NEXT(dropwhile)

static Value takewhile_step(Value self)
{
    PairObject *p = (PairObject *)value_as_object(self);
    if (p->state)
        return VALUE_NULL;
    Value item = op_next(p->it);
    if (item == VALUE_NULL)
        return VALUE_NULL;
    int t = predicate(p->other, item, false);
    if (t > 0)
        return item;
    value_decref(item);
    if (t == 0)
        p->state = true;
    return VALUE_NULL;
}
LOCKED_NEXT(takewhile)

static Value filterfalse_step(Value self)
{
    PairObject *p = (PairObject *)value_as_object(self);
    for (;;) {
        Value item = op_next(p->it);
        if (item == VALUE_NULL)
            return VALUE_NULL;
        int t = predicate(p->other, item, true);
        if (t == 0)
            return item;
        value_decref(item);
        if (t < 0)
            return VALUE_NULL;
    }
}
LOCKED_NEXT(filterfalse)

static Value starmap_step(Value self)
{
    PairObject *p = (PairObject *)value_as_object(self);
    Value item = op_next(p->it);
    if (item == VALUE_NULL)
        return VALUE_NULL;
    Value t = tuple_check(item) ? owned(item) : tuple_from_iterable(item);
    value_decref(item);
    if (t == VALUE_NULL)
        return VALUE_NULL;
    TupleObject *tup = (TupleObject *)value_as_object(t);
    Value r = op_call(p->other, tup->items, (size_t)tup->size, NULL);
    value_decref(t);
    return r;
}
LOCKED_NEXT(starmap)

// ---- islice(iterable, stop) / islice(iterable, start, stop[, step]) ----

typedef struct IsliceObject {
    ObjHeader header;
    Value it;                 // VALUE_NULL once exhausted
    int64_t next, stop, step; // stop -1: none
    int64_t cnt;              // items consumed so far
} IsliceObject;

// None or an int in [0, sys.maxsize]: *out (dflt for None); else
// ValueError with `msg`.
static bool islice_index(Value v, int64_t dflt, const char *msg, int64_t *out)
{
    if (value_is_none(v)) {
        *out = dflt;
        return true;
    }
    if (int_check(v) && int_as_i64(v, out) && *out >= 0)
        return true;
    exc_clear();
    exc_raise_format(&exc_ValueError, "%s", msg);
    return false;
}

static const char islice_stop_msg[] =
    "Stop argument for islice() must be None or an integer: 0 <= x <= "
    "sys.maxsize.";
static const char islice_index_msg[] =
    "Indices for islice() must be None or an integer: 0 <= x <= "
    "sys.maxsize.";

static bool islice_bounds(const Value *args, size_t nargs, IsliceObject *s)
{
    s->next = 0;
    s->step = 1;
    if (nargs == 2)
        return islice_index(args[1], -1, islice_stop_msg, &s->stop);
    if (!islice_index(args[1], 0, islice_index_msg, &s->next) ||
        !islice_index(args[2], -1, islice_index_msg, &s->stop))
        return false;
    if (nargs == 4 && !islice_index(args[3], 1, islice_index_msg, &s->step)) {
        exc_clear();
        s->step = 0;
    }
    if (s->step >= 1)
        return true;
    exc_raise_format(&exc_ValueError,
                     "Step for islice() must be a positive integer or None.");
    return false;
}

static Value islice_new(TypeObject *type, const Value *args, size_t nargs,
                        Object *kwnames)
{
    IsliceObject bounds;
    if (!positional("islice", nargs, kwnames, 2, 4) ||
        !islice_bounds(args, nargs, &bounds))
        return VALUE_NULL;
    Value it = op_iter(args[0]);
    if (it == VALUE_NULL)
        return VALUE_NULL;
    IsliceObject *s = (IsliceObject *)object_new(type);
    s->it = it;
    s->next = bounds.next;
    s->stop = bounds.stop;
    s->step = bounds.step;
    return value_steal(&s->header);
}

// CPython's islice_next.
static Value islice_step(Value self)
{
    IsliceObject *s = (IsliceObject *)value_as_object(self);
    if (s->it == VALUE_NULL)
        return VALUE_NULL;
    while (s->cnt < s->next) {
        Value skipped = op_next(s->it);
        if (skipped == VALUE_NULL)
            goto empty;
        value_decref(skipped);
        s->cnt++;
    }
    if (s->stop != -1 && s->cnt >= s->stop)
        goto empty;
    Value item = op_next(s->it);
    if (item == VALUE_NULL)
        goto empty;
    s->cnt++;
    int64_t old = s->next;
    s->next += s->step;
    if (s->next < old || (s->stop != -1 && s->next > s->stop))
        s->next = s->stop;
    return item;
empty:
    if (!exc_occurred())
        slot_set(&s->it, VALUE_NULL);
    return VALUE_NULL;
}
LOCKED_NEXT(islice)

static void islice_dealloc(Object *op)
{
    value_decref(((IsliceObject *)op)->it);
    object_free(op);
}

// ---- zip_longest(*iterables, fillvalue=None) -----------------------------

typedef struct ZipLongestObject {
    ObjHeader header;
    TupleObject *iters; // items become VALUE_NULL as they run out
    int64_t active;     // iterators not yet exhausted
    Value fill;
} ZipLongestObject;

static bool zip_longest_fill(const Value *args, size_t nargs, Object *kwnames,
                             Value *fill)
{
    TupleObject *names = (TupleObject *)kwnames;
    *fill = VALUE_NONE;
    for (int64_t k = 0; names && k < names->size; k++) {
        StrObject *key = (StrObject *)value_as_object(names->items[k]);
        if (!str_equal_cstr(key, "fillvalue")) {
            exc_raise_format(&exc_TypeError, "zip_longest() got an "
                                             "unexpected keyword argument");
            return false;
        }
        *fill = args[nargs + (size_t)k];
    }
    return true;
}

static Value zip_longest_new(TypeObject *type, const Value *args, size_t nargs,
                             Object *kwnames)
{
    Value fill;
    if (!zip_longest_fill(args, nargs, kwnames, &fill))
        return VALUE_NULL;
    TupleObject *iters = tuple_new((int64_t)nargs);
    for (size_t k = 0; k < nargs; k++) {
        Value it = op_iter(args[k]);
        if (it == VALUE_NULL) {
            refcount_dec(&iters->header);
            return VALUE_NULL;
        }
        tuple_init_item(iters, (int64_t)k, it);
    }
    ZipLongestObject *z = (ZipLongestObject *)object_new(type);
    z->iters = iters;
    z->active = (int64_t)nargs;
    z->fill = owned(fill);
    return value_steal(&z->header);
}

// The next item of iterator k, the fill value if it ran out (now or
// before), VALUE_NULL on error.
static Value zip_longest_item(ZipLongestObject *z, int64_t k)
{
    Value it = z->iters->items[k];
    if (it == VALUE_NULL)
        return owned(z->fill);
    Value item = op_next(it);
    if (item != VALUE_NULL || exc_occurred())
        return item;
    z->active--;
    z->iters->items[k] = VALUE_NULL;
    value_decref(it);
    return owned(z->fill);
}

static Value zip_longest_step(Value self)
{
    ZipLongestObject *z = (ZipLongestObject *)value_as_object(self);
    int64_t n = z->iters->size;
    if (n == 0 || z->active == 0)
        return VALUE_NULL;
    TupleObject *t = tuple_new(n);
    for (int64_t k = 0; k < n; k++) {
        Value item = zip_longest_item(z, k);
        if (item == VALUE_NULL || z->active == 0) {
            value_decref(item);
            refcount_dec(&t->header);
            return VALUE_NULL;
        }
        tuple_init_item(t, k, item);
    }
    return value_steal(&t->header);
}
LOCKED_NEXT(zip_longest)

static void zip_longest_dealloc(Object *op)
{
    ZipLongestObject *z = (ZipLongestObject *)op;
    refcount_dec(&z->iters->header);
    value_decref(z->fill);
    object_free(op);
}

// ---- the types -------------------------------------------------------------

#define ITER_TYPE(cname, pyname, size, dealloc_fn, ...)                        \
    TypeObject cname##_type = {.header = OBJ_HEADER_IMMORTAL(&type_type),      \
                               .name = "itertools." pyname,                    \
                               .basic_size = sizeof(size),                     \
                               .dealloc = dealloc_fn,                          \
                               .flags = TYPE_FLAG_BASETYPE,                    \
                               .iter = iter_self,                              \
                               .next = cname##_next,                           \
                               .new = cname##_new,                             \
                               __VA_ARGS__};

ITER_TYPE(count, "count", CountObject, count_dealloc, .repr = count_repr)
ITER_TYPE(cycle, "cycle", CycleObject, cycle_dealloc)
ITER_TYPE(repeat, "repeat", RepeatObject, repeat_dealloc, .repr = repeat_repr)
ITER_TYPE(accumulate, "accumulate", AccumulateObject, accumulate_dealloc)
ITER_TYPE(chain, "chain", ChainObject, chain_dealloc, .methods = chain_methods)
ITER_TYPE(compress, "compress", PairObject, pair_dealloc)
ITER_TYPE(dropwhile, "dropwhile", PairObject, pair_dealloc)
ITER_TYPE(takewhile, "takewhile", PairObject, pair_dealloc)
ITER_TYPE(filterfalse, "filterfalse", PairObject, pair_dealloc)
ITER_TYPE(starmap, "starmap", PairObject, pair_dealloc)
ITER_TYPE(islice, "islice", IsliceObject, islice_dealloc)
ITER_TYPE(zip_longest, "zip_longest", ZipLongestObject, zip_longest_dealloc)

ModuleObject *itertools_module_create(void)
{
    static TypeObject *const types[] = {
        &accumulate_type,  &chain_type,  &combinations_type, &compress_type,
        &count_type,       &cycle_type,  &dropwhile_type,    &filterfalse_type,
        &groupby_type,     &islice_type, &pairwise_type,     &permutations_type,
        &product_type,     &repeat_type, &starmap_type,      &takewhile_type,
        &zip_longest_type, &cwr_type,    &grouper_type,      &tee_type,
    };
    static const MethodDef tee_def = {"tee", itertools_tee, 0};
    ModuleObject *m = module_new("itertools");
    module_add(m, "tee", builtin_new(&tee_def, VALUE_NULL));
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        const char *dot = strchr(types[i]->name, '.');
        module_add(m, dot + 1, value_new_ref(&types[i]->header));
    }
    return m;
}
