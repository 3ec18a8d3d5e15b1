// range.c: the range type (length, items, slices, O(1) membership for
// ints, count, index, ==, hash, repr, start/stop/step) and its two
// iterators. Each operation has an int64 fast path for small ranges and
// a slow path over Python ints for the rest (see range.h).
#include "vm/objects/range.h"

#include "vm/args.h"
#include "vm/critical.h"
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

// ------------------------------------------------------------ int helpers

// Arithmetic on exact ints: new references (these never fail for ints).
static Value add(Value a, Value b)
{
    return int_binary(a, b, BINOP_ADD);
}

static Value sub(Value a, Value b)
{
    return int_binary(a, b, BINOP_SUB);
}

static Value mul(Value a, Value b)
{
    return int_binary(a, b, BINOP_MUL);
}

// a + b * c: start + index * step.
static Value affine(Value a, Value b, Value c)
{
    Value p = mul(b, c);
    Value r = add(a, p);
    value_decref(p);
    return r;
}

static int64_t small(Value v)
{
    return value_as_int(v);
}

// Any 128-bit integer as a Python int.
static Value from_i128(__int128 x)
{
    if (x >= VALUE_INT_MIN && x <= VALUE_INT_MAX)
        return value_from_int((int64_t)x);
    if (x >= INT64_MIN && x <= INT64_MAX)
        return int_from_i64((int64_t)x);
    mpz_t z;
    mpz_init_set_si(z, (long)(x >> 64));
    mpz_mul_2exp(z, z, 64);
    mpz_add_ui(z, z, (unsigned long)(uint64_t)x);
    return int_from_mpz(z);
}

// ------------------------------------------------------------ construction

static Value length_small(int64_t start, int64_t stop, int64_t step)
{
    __int128 lo = start, hi = stop, st = step;
    if (st < 0) {
        lo = stop;
        hi = start;
        st = -st;
    }
    return from_i128(lo < hi ? (hi - lo - 1) / st + 1 : 0);
}

// (hi - lo - 1) // |step| + 1 items, or none: CPython's
// compute_range_length.
static Value length_long(Value start, Value stop, Value step)
{
    bool up = int_sign(step) > 0;
    Value lo = up ? start : stop, hi = up ? stop : start;
    if (int_compare(lo, hi) >= 0)
        return value_from_int(0);
    Value st = up ? step : int_unary(step, UNARY_NEG);
    Value diff = sub(hi, lo), one = value_from_int(1);
    Value diff1 = sub(diff, one);
    Value q = int_binary(diff1, st, BINOP_FLOORDIV);
    Value n = add(q, one);
    Value tmp[] = {diff, diff1, q, up ? VALUE_NULL : st};
    for (size_t i = 0; i < sizeof tmp / sizeof tmp[0]; i++)
        value_decref(tmp[i]);
    return n;
}

// A range over three exact ints, which it takes over; step != 0.
static Value make(Value start, Value stop, Value step)
{
    RangeObject *r = (RangeObject *)object_new(&range_type);
    r->start = start;
    r->stop = stop;
    r->step = step;
    if (value_is_int(start) && value_is_int(stop) && value_is_int(step))
        r->length = length_small(small(start), small(stop), small(step));
    else
        r->length = length_long(start, stop, step);
    r->small = value_is_int(start) && value_is_int(stop) &&
               value_is_int(step) && value_is_int(r->length);
    return value_steal(&r->header);
}

static Value step_zero(void)
{
    exc_raise_format(&exc_ValueError, "range() arg 3 must not be zero");
    return VALUE_NULL;
}

Value range_new(int64_t start, int64_t stop, int64_t step)
{
    if (step == 0)
        return step_zero();
    return make(int_from_i64(start), int_from_i64(stop), int_from_i64(step));
}

Value range_new_values(Value start, Value stop, Value step)
{
    if (int_sign(step) == 0)
        return step_zero();
    return make(int_exact(start), int_exact(stop), int_exact(step));
}

// An argument of range(): any int.
static bool bound(Value v)
{
    if (int_check(v))
        return true;
    exc_raise_format(&exc_TypeError,
                     "'%s' object cannot be interpreted as an integer",
                     value_type(v)->name);
    return false;
}

static Value range_new_slot(TypeObject *type, const Value *args, size_t nargs,
                            Object *kwnames)
{
    (void)type;
    if (!args_between("range", "range", nargs, kwnames, 1, 3))
        return VALUE_NULL;
    for (size_t i = 0; i < nargs; i++)
        if (!bound(args[i]))
            return VALUE_NULL;
    if (nargs == 1)
        return range_new_values(value_from_int(0), args[0], value_from_int(1));
    return range_new_values(args[0], args[1],
                            nargs == 3 ? args[2] : value_from_int(1));
}

// ------------------------------------------------------------ sequence

static int64_t range_length(Value self)
{
    RangeObject *r = as_range(self);
    int64_t n;
    if (value_is_int(r->length))
        return small(r->length);
    if (int_as_i64(r->length, &n))
        return n;
    exc_raise_format(&exc_OverflowError,
                     "Python int too large to convert to C ssize_t");
    return -1;
}

static int range_truth(Value self)
{
    return as_range(self)->length != value_from_int(0);
}

static Value index_error(void)
{
    exc_raise_format(&exc_IndexError, "range object index out of range");
    return VALUE_NULL;
}

// r[i] for a small range and a small index.
static Value item_small(RangeObject *r, int64_t i)
{
    if (i < 0)
        i += small(r->length);
    if (i < 0 || i >= small(r->length))
        return index_error();
    return value_from_int(small(r->start) + i * small(r->step));
}

// r[i] for an int `i` of any size.
static Value item_long(RangeObject *r, Value i)
{
    Value k = int_sign(i) < 0 ? add(i, r->length) : int_exact(i);
    Value item = VALUE_NULL;
    if (int_sign(k) >= 0 && int_compare(k, r->length) < 0)
        item = affine(r->start, k, r->step);
    else
        index_error();
    value_decref(k);
    return item;
}

static Value slice_small(RangeObject *r, Value key)
{
    int64_t a, b, c;
    if (slice_indices(key, small(r->length), &a, &b, &c) < 0)
        return VALUE_NULL;
    __int128 start = small(r->start), step = small(r->step);
    return make(from_i128(start + a * step), from_i128(start + b * step),
                from_i128(step * c));
}

static Value slice_long(RangeObject *r, Value key)
{
    Value a, b, c;
    if (!slice_indices_long(key, r->length, &a, &b, &c))
        return VALUE_NULL;
    Value start = affine(r->start, a, r->step);
    Value stop = affine(r->start, b, r->step);
    Value step = mul(r->step, c);
    value_decref(a);
    value_decref(b);
    value_decref(c);
    return make(start, stop, step);
}

static Value range_getitem(Value self, Value key)
{
    RangeObject *r = as_range(self);
    if (slice_check(key))
        return r->small ? slice_small(r, key) : slice_long(r, key);
    if (!int_check(key)) {
        exc_raise_format(&exc_TypeError,
                         "range indices must be integers or slices, not %s",
                         type_name(value_type(key)));
        return VALUE_NULL;
    }
    if (r->small && value_is_int(key))
        return item_small(r, small(key));
    return item_long(r, key);
}

// ------------------------------------------------------------ membership

// Only exact ints and bools are located arithmetically (CPython); other
// values, int subclasses included, are compared item by item.
static bool plain_int(Value v)
{
    if (value_is_int(v))
        return true;
    TypeObject *t = value_type(v);
    return t == &int_type || t == &bool_type;
}

// The position of the small int `i` in a small range, or -1.
static int64_t position_small(RangeObject *r, int64_t i)
{
    __int128 off = (__int128)i - small(r->start);
    if (off % small(r->step) != 0)
        return -1;
    __int128 k = off / small(r->step);
    return k >= 0 && k < small(r->length) ? (int64_t)k : -1;
}

// Whether the int `v` lies between the bounds of r.
static bool within(RangeObject *r, Value v)
{
    if (int_sign(r->step) > 0)
        return int_compare(r->start, v) <= 0 && int_compare(v, r->stop) < 0;
    return int_compare(r->stop, v) < 0 && int_compare(v, r->start) <= 0;
}

// The position of the int `v` in r as a new int reference, or VALUE_NULL
// (no exception) when it is not an item.
static Value position(RangeObject *r, Value v)
{
    if (r->small && value_is_int(v)) {
        int64_t k = position_small(r, small(v));
        return k < 0 ? VALUE_NULL : value_from_int(k);
    }
    if (!within(r, v))
        return VALUE_NULL;
    Value off = sub(v, r->start), q, m;
    int_divmod(off, r->step, &q, &m);
    value_decref(off);
    bool hit = m == value_from_int(0);
    value_decref(m);
    if (!hit)
        value_decref(q);
    return hit ? q : VALUE_NULL;
}

// Iterates r comparing each item with `v` by Python's ==: the first
// index into *index (-1 if none) and the number of matches into *count
// when `count` is not NULL. False on error.
static bool search(Value self, Value v, int64_t *index, int64_t *count)
{
    Value it = op_iter(self), item;
    *index = -1;
    for (int64_t k = 0; (item = op_next(it)) != VALUE_NULL; k++) {
        int eq = object_equal(item, v);
        value_decref(item);
        if (eq < 0)
            break;
        if (eq && *index < 0)
            *index = k;
        if (eq && count)
            (*count)++;
        else if (eq)
            break;
    }
    value_decref(it);
    return exc_occurred() == NULL;
}

static int range_contains(Value self, Value v)
{
    if (plain_int(v)) {
        Value k = position(as_range(self), v);
        value_decref(k);
        return k != VALUE_NULL;
    }
    int64_t k;
    return search(self, v, &k, NULL) ? k >= 0 : -1;
}

static Value range_count(Value self, const Value *args, size_t nargs,
                         Object *kwnames)
{
    if (!args_one("range.count", nargs, kwnames))
        return VALUE_NULL;
    if (plain_int(args[0])) {
        Value k = position(as_range(self), args[0]);
        value_decref(k);
        return value_from_int(k != VALUE_NULL);
    }
    int64_t k, n = 0;
    return search(self, args[0], &k, &n) ? value_from_int(n) : VALUE_NULL;
}

static Value not_in_range(Value v)
{
    StrObject *s = op_repr(v);
    if (s == NULL)
        return VALUE_NULL;
    exc_raise_format(&exc_ValueError, "%s is not in range", s->data);
    refcount_dec(&s->header);
    return VALUE_NULL;
}

static Value range_index(Value self, const Value *args, size_t nargs,
                         Object *kwnames)
{
    if (!args_one("range.index", nargs, kwnames))
        return VALUE_NULL;
    if (plain_int(args[0])) {
        Value k = position(as_range(self), args[0]);
        return k != VALUE_NULL ? k : not_in_range(args[0]);
    }
    int64_t k;
    if (!search(self, args[0], &k, NULL))
        return VALUE_NULL;
    if (k >= 0)
        return int_from_i64(k);
    exc_raise_format(&exc_ValueError, "sequence.index(x): x not in sequence");
    return VALUE_NULL;
}

// ------------------------------------------------------------ object

// Equal ranges are the same sequence of items (CPython's range_equals).
static bool same_items(RangeObject *a, RangeObject *b)
{
    if (int_compare(a->length, b->length) != 0)
        return false;
    if (a->length == value_from_int(0))
        return true;
    if (int_compare(a->start, b->start) != 0)
        return false;
    return a->length == value_from_int(1) || int_compare(a->step, b->step) == 0;
}

static Value range_compare(Value a, Value b, CmpOp op)
{
    if (!range_check(a) || !range_check(b) || (op != CMP_EQ && op != CMP_NE))
        return VALUE_NOT_IMPLEMENTED;
    bool eq = a == b || same_items(as_range(a), as_range(b));
    return value_bool(eq == (op == CMP_EQ));
}

// hash((len, start, step)) with None for what does not matter (CPython).
static int64_t range_hash(Object *self)
{
    RangeObject *r = (RangeObject *)self;
    bool empty = r->length == value_from_int(0);
    bool one = r->length == value_from_int(1);
    Value items[3] = {r->length, empty ? VALUE_NONE : r->start,
                      empty || one ? VALUE_NONE : r->step};
    TupleObject *t = tuple_pack(3, items);
    int64_t h = tuple_hash(t);
    refcount_dec(&t->header);
    return h;
}

static StrObject *range_repr(Value self)
{
    RangeObject *r = as_range(self);
    bool step = r->step != value_from_int(1);
    Value parts[3] = {r->start, r->stop, r->step};
    StrBuf buf;
    strbuf_init(&buf);
    strbuf_append_cstr(&buf, "range(");
    for (int i = 0; i < (step ? 3 : 2); i++) {
        StrObject *s = op_repr(parts[i]);
        if (s == NULL) {
            strbuf_discard(&buf);
            return NULL;
        }
        if (i)
            strbuf_append_cstr(&buf, ", ");
        strbuf_append_cstr(&buf, s->data);
        refcount_dec(&s->header);
    }
    strbuf_append_char(&buf, ')');
    return strbuf_finish(&buf);
}

static Value get_start(Value self)
{
    value_incref(as_range(self)->start);
    return as_range(self)->start;
}

static Value get_stop(Value self)
{
    value_incref(as_range(self)->stop);
    return as_range(self)->stop;
}

static Value get_step(Value self)
{
    value_incref(as_range(self)->step);
    return as_range(self)->step;
}

// ------------------------------------------------------------ iterators

static Value iter_small(int64_t next, int64_t step, int64_t remaining)
{
    RangeIterObject *it = (RangeIterObject *)object_new(&range_iterator_type);
    it->next = next;
    it->step = step;
    it->remaining = remaining;
    return value_steal(&it->header);
}

// A longrange_iterator; takes over the three ints.
static Value iter_long(Value next, Value step, Value remaining)
{
    LongRangeIterObject *it =
        (LongRangeIterObject *)object_new(&longrange_iterator_type);
    it->next = next;
    it->step = step;
    it->remaining = remaining;
    return value_steal(&it->header);
}

static Value range_iter(Value self)
{
    RangeObject *r = as_range(self);
    if (r->small)
        return iter_small(small(r->start), small(r->step), small(r->length));
    value_incref(r->start);
    value_incref(r->step);
    value_incref(r->length);
    return iter_long(r->start, r->step, r->length);
}

static Value range_reversed(Value self, const Value *args, size_t nargs,
                            Object *kwnames)
{
    (void)args;
    if (!args_none("range.__reversed__", nargs, kwnames))
        return VALUE_NULL;
    RangeObject *r = as_range(self);
    if (r->small) {
        int64_t n = small(r->length), st = small(r->step);
        int64_t last = n ? small(r->start) + (n - 1) * st : 0;
        return iter_small(last, -st, n);
    }
    Value n1 = sub(r->length, value_from_int(1));
    Value last = affine(r->start, n1, r->step);
    value_decref(n1);
    value_incref(r->length);
    return iter_long(last, int_unary(r->step, UNARY_NEG), r->length);
}

static Value rangeiter_next(Value self)
{
    Value v;
    return range_iter_next_fast(value_as_object(self), &v) ? v : VALUE_NULL;
}

static Value longrangeiter_next(Value self)
{
    LongRangeIterObject *it = (LongRangeIterObject *)value_as_object(self);
    Value v = VALUE_NULL;
    CRITICAL_BEGIN(&it->header)
    if (int_sign(it->remaining) > 0) {
        v = it->next;
        it->next = add(v, it->step);
        Value rest = sub(it->remaining, value_from_int(1));
        value_decref(it->remaining);
        it->remaining = rest;
    }
    CRITICAL_END(&it->header)
    return v;
}

static void plain_dealloc(Object *op)
{
    object_free(op);
}

static void range_dealloc(Object *op)
{
    RangeObject *r = (RangeObject *)op;
    value_decref(r->start);
    value_decref(r->stop);
    value_decref(r->step);
    value_decref(r->length);
    object_free(op);
}

static void longrangeiter_dealloc(Object *op)
{
    LongRangeIterObject *it = (LongRangeIterObject *)op;
    value_decref(it->next);
    value_decref(it->step);
    value_decref(it->remaining);
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

TypeObject longrange_iterator_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "longrange_iterator",
    .basic_size = sizeof(LongRangeIterObject),
    .dealloc = longrangeiter_dealloc,
    .iter = iter_self,
    .next = longrangeiter_next,
};

TypeObject range_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "range",
    .basic_size = sizeof(RangeObject),
    .dealloc = range_dealloc,
    .hash = range_hash,
    .repr = range_repr,
    .compare = range_compare,
    .truth = range_truth,
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
