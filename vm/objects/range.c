// range.c: the range type (length, items, slices, O(1) membership for
// ints, count, index, ==, hash, repr, start/stop/step) and its iterator.
#include "vm/objects/range.h"

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/objects/int.h"
#include "vm/objects/sequtil.h"
#include "vm/objects/slice.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

static RangeObject *as_range(Value v)
{
    return (RangeObject *)value_as_object(v);
}

static bool fits(__int128 x)
{
    return x >= VALUE_INT_MIN && x <= VALUE_INT_MAX;
}

static bool overflow(void)
{
    exc_raise_format(&exc_OverflowError,
                     "Python int too large to convert to C ssize_t");
    return false;
}

static int64_t length_of(int64_t start, int64_t stop, int64_t step)
{
    __int128 lo = start, hi = stop, st = step;
    if (st < 0) {
        lo = stop;
        hi = start;
        st = -st;
    }
    return lo < hi ? (int64_t)((hi - lo - 1) / st + 1) : 0;
}

Value range_new(int64_t start, int64_t stop, int64_t step)
{
    if (step == 0) {
        exc_raise_format(&exc_ValueError, "range() arg 3 must not be zero");
        return VALUE_NULL;
    }
    if (!fits(start) || !fits(stop) || !fits(step)) {
        overflow();
        return VALUE_NULL;
    }
    RangeObject *r = (RangeObject *)object_new(&range_type);
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = length_of(start, stop, step);
    return value_steal(&r->header);
}

// An argument of range(): an int that fits.
static bool bound(Value v, int64_t *out)
{
    if (!value_as_index(v, out))
        return false;
    return fits(*out) || overflow();
}

static Value range_new_slot(TypeObject *type, const Value *args, size_t nargs,
                            Object *kwnames)
{
    (void)type;
    int64_t start = 0, stop, step = 1;
    if (!args_between("range", "range", nargs, kwnames, 1, 3))
        return VALUE_NULL;
    if (nargs == 1) {
        if (!bound(args[0], &stop))
            return VALUE_NULL;
    } else if (!bound(args[0], &start) || !bound(args[1], &stop) ||
               (nargs == 3 && !bound(args[2], &step))) {
        return VALUE_NULL;
    }
    return range_new(start, stop, step);
}

// ------------------------------------------------------------ sequence

static int64_t range_length(Value self)
{
    return as_range(self)->length;
}

static Value item(RangeObject *r, int64_t i)
{
    return value_from_int(r->start + i * r->step);
}

static Value get_slice(RangeObject *r, Value key)
{
    int64_t start, stop, step;
    if (slice_indices(key, r->length, &start, &stop, &step) < 0)
        return VALUE_NULL;
    __int128 a = (__int128)r->start + (__int128)start * r->step;
    __int128 b = (__int128)r->start + (__int128)stop * r->step;
    __int128 c = (__int128)r->step * step;
    if (!fits(a) || !fits(b) || !fits(c)) {
        overflow();
        return VALUE_NULL;
    }
    return range_new((int64_t)a, (int64_t)b, (int64_t)c);
}

static Value range_getitem(Value self, Value key)
{
    RangeObject *r = as_range(self);
    if (slice_check(key))
        return get_slice(r, key);
    if (!int_check(key)) {
        exc_raise_format(&exc_TypeError,
                         "range indices must be integers or slices, not %s",
                         type_name(value_type(key)));
        return VALUE_NULL;
    }
    int64_t i;
    bool ok = int_as_i64(key, &i); // a huge int is out of range anyway
    if (ok && i < 0)
        i += r->length;
    if (!ok || i < 0 || i >= r->length) {
        exc_raise_format(&exc_IndexError, "range object index out of range");
        return VALUE_NULL;
    }
    return item(r, i);
}

// The position of the int `i` in r, or -1.
static int64_t position(RangeObject *r, int64_t i)
{
    __int128 off = (__int128)i - r->start;
    if (off % r->step != 0)
        return -1;
    __int128 k = off / r->step;
    return k >= 0 && k < r->length ? (int64_t)k : -1;
}

// Membership of an exact int (or bool) without iterating: 1 / 0, or -1
// if `v` is not an int (the caller then compares item by item).
static int64_t int_position(RangeObject *r, Value v)
{
    int64_t i;
    if (!int_check(v))
        return -2;
    if (!int_as_i64(v, &i))
        return -1; // beyond int64: outside every range here
    return position(r, i);
}

// The first index whose item == v by Python's ==, counting matches into
// *count when `count` is not NULL. -1 if none, -2 on error.
static int64_t search(RangeObject *r, Value v, int64_t *count)
{
    int64_t found = -1;
    for (int64_t k = 0; k < r->length; k++) {
        int eq = object_equal(item(r, k), v);
        if (eq < 0)
            return -2;
        if (eq && found < 0)
            found = k;
        if (eq && count)
            (*count)++;
        else if (eq)
            break;
    }
    return found;
}

static int range_contains(Value self, Value v)
{
    RangeObject *r = as_range(self);
    int64_t k = int_position(r, v);
    if (k == -2)
        k = search(r, v, NULL);
    return k == -2 ? -1 : k >= 0;
}

static Value range_count(Value self, const Value *args, size_t nargs,
                         Object *kwnames)
{
    if (!args_one("range.count", nargs, kwnames))
        return VALUE_NULL;
    RangeObject *r = as_range(self);
    int64_t k = int_position(r, args[0]), n = 0;
    if (k != -2)
        return value_from_int(k >= 0);
    if (search(r, args[0], &n) == -2)
        return VALUE_NULL;
    return value_from_int(n);
}

static Value range_index(Value self, const Value *args, size_t nargs,
                         Object *kwnames)
{
    if (!args_one("range.index", nargs, kwnames))
        return VALUE_NULL;
    RangeObject *r = as_range(self);
    int64_t k = int_position(r, args[0]);
    if (k == -2)
        k = search(r, args[0], NULL);
    if (k >= 0)
        return value_from_int(k);
    if (k == -1) {
        StrObject *s = op_repr(args[0]);
        if (s == NULL)
            return VALUE_NULL;
        exc_raise_format(&exc_ValueError, "%s is not in range", s->data);
        refcount_dec(&s->header);
    }
    return VALUE_NULL;
}

// ------------------------------------------------------------ object

// Equal ranges are the same sequence of items.
static bool same_items(RangeObject *a, RangeObject *b)
{
    if (a->length != b->length)
        return false;
    if (a->length == 0)
        return true;
    if (a->start != b->start)
        return false;
    return a->length == 1 || a->step == b->step;
}

static Value range_compare(Value a, Value b, CmpOp op)
{
    if (!range_check(a) || !range_check(b) || (op != CMP_EQ && op != CMP_NE))
        return VALUE_NOT_IMPLEMENTED;
    bool eq = same_items(as_range(a), as_range(b));
    return value_bool(eq == (op == CMP_EQ));
}

// hash((len, start, step)) with None for what does not matter (CPython).
static int64_t range_hash(Object *self)
{
    RangeObject *r = (RangeObject *)self;
    TupleObject *t = tuple_new(3);
    tuple_init_item(t, 0, value_from_int(r->length));
    tuple_init_item(t, 1, r->length ? value_from_int(r->start) : VALUE_NONE);
    tuple_init_item(t, 2, r->length > 1 ? value_from_int(r->step) : VALUE_NONE);
    int64_t h = tuple_hash(t);
    refcount_dec(&t->header);
    return h;
}

static StrObject *range_repr(Value self)
{
    RangeObject *r = as_range(self);
    if (r->step == 1)
        return str_from_format("range(%lld, %lld)", (long long)r->start,
                               (long long)r->stop);
    return str_from_format("range(%lld, %lld, %lld)", (long long)r->start,
                           (long long)r->stop, (long long)r->step);
}

static Value get_start(Value self)
{
    return value_from_int(as_range(self)->start);
}

static Value get_stop(Value self)
{
    return value_from_int(as_range(self)->stop);
}

static Value get_step(Value self)
{
    return value_from_int(as_range(self)->step);
}

// ------------------------------------------------------------ iterator

static Value iter_new(int64_t next, int64_t step, int64_t remaining)
{
    RangeIterObject *it = (RangeIterObject *)object_new(&range_iterator_type);
    it->next = next;
    it->step = step;
    it->remaining = remaining;
    return value_steal(&it->header);
}

static Value range_iter(Value self)
{
    RangeObject *r = as_range(self);
    return iter_new(r->start, r->step, r->length);
}

static Value range_reversed(Value self, const Value *args, size_t nargs,
                            Object *kwnames)
{
    (void)args;
    if (!args_none("range.__reversed__", nargs, kwnames))
        return VALUE_NULL;
    RangeObject *r = as_range(self);
    int64_t last = r->length ? r->start + (r->length - 1) * r->step : 0;
    return iter_new(last, -r->step, r->length);
}

static Value rangeiter_next(Value self)
{
    Value v;
    return range_iter_next_fast(value_as_object(self), &v) ? v : VALUE_NULL;
}

static void plain_dealloc(Object *op)
{
    object_free(op);
}

static const MethodDef range_methods[] = {
    {"count", range_count, 0},
    {"index", range_index, 0},
    {"__reversed__", range_reversed, 0},
    {NULL, NULL, 0},
};

static const GetSetDef range_getsets[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {NULL, NULL, NULL},
};

TypeObject range_iterator_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "range_iterator",
    .basic_size = sizeof(RangeIterObject),
    .dealloc = plain_dealloc,
    .iter = iter_self,
    .next = rangeiter_next,
};

TypeObject range_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "range",
    .basic_size = sizeof(RangeObject),
    .dealloc = plain_dealloc,
    .hash = range_hash,
    .repr = range_repr,
    .compare = range_compare,
    .length = range_length,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
    .new = range_new_slot,
    .methods = range_methods,
    .getsets = range_getsets,
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range "
           "object\n\nReturn an object that produces a sequence of integers "
           "from start (inclusive)\nto stop (exclusive) by step.  range(i, j) "
           "produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is "
           "omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the "
           "valid indices for a list of 4 elements.\nWhen step is given, it "
           "specifies the increment (or decrement).",
};
