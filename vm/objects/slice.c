// slice.c: the slice type: repr, comparison (as the tuple (start, stop,
// step)), the start/stop/step attributes and indices().
#include "vm/objects/slice.h"

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/objects/int.h"
#include "vm/objects/reprutil.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

static SliceObject *as_slice(Value v)
{
    return (SliceObject *)value_as_object(v);
}

Value slice_new(Value start, Value stop, Value step)
{
    SliceObject *s = (SliceObject *)object_new(&slice_type);
    value_incref(start);
    value_incref(stop);
    value_incref(step);
    s->start = start;
    s->stop = stop;
    s->step = step;
    return value_steal(&s->header);
}

int64_t slice_indices(Value slice, int64_t length, int64_t *start,
                      int64_t *stop, int64_t *step)
{
    SliceObject *s = as_slice(slice);
    return slice_adjust(s->start, s->stop, s->step, length, start, stop, step);
}

// A slice field as an exact int, `dflt` for None; a new reference.
static bool long_index(Value v, Value dflt, Value *out)
{
    if (value_is_none(v)) {
        value_incref(dflt);
        *out = dflt;
        return true;
    }
    if (!int_check(v)) {
        exc_raise_format(&exc_TypeError,
                         "slice indices must be integers or None or have an "
                         "__index__ method");
        return false;
    }
    *out = int_exact(v);
    return true;
}

// A given start or stop `x` (consumed): negative counts from the end,
// then clamped to [lower, upper]. A new reference.
static Value clamp_long(Value x, Value length, Value lower, Value upper)
{
    if (int_sign(x) < 0) {
        Value y = int_binary(x, length, BINOP_ADD);
        value_decref(x);
        x = y;
        if (int_compare(x, lower) >= 0)
            return x;
        value_decref(x);
        return lower; // a small int
    }
    if (int_compare(x, upper) <= 0)
        return x;
    value_decref(x);
    value_incref(upper);
    return upper;
}

// start or stop: the default for None, else clamped.
static bool long_bound(Value v, Value dflt, Value length, Value lower,
                       Value upper, Value *out)
{
    if (!long_index(v, dflt, out))
        return false;
    if (!value_is_none(v))
        *out = clamp_long(*out, length, lower, upper);
    return true;
}

bool slice_indices_long(Value slice, Value length, Value *start, Value *stop,
                        Value *step)
{
    SliceObject *s = as_slice(slice);
    if (!long_index(s->step, value_from_int(1), step))
        return false;
    if (*step == value_from_int(0)) {
        exc_raise_format(&exc_ValueError, "slice step cannot be zero");
        return false;
    }
    bool neg = int_sign(*step) < 0;
    Value lower = value_from_int(neg ? -1 : 0);
    Value upper = neg ? int_binary(length, lower, BINOP_ADD) : length;
    value_incref(neg ? VALUE_NULL : length);
    bool ok =
        long_bound(s->start, neg ? upper : lower, length, lower, upper, start);
    if (ok &&
        !long_bound(s->stop, neg ? lower : upper, length, lower, upper, stop)) {
        value_decref(*start);
        ok = false;
    }
    value_decref(upper);
    if (!ok)
        value_decref(*step);
    return ok;
}

static void slice_dealloc(Object *op)
{
    SliceObject *s = (SliceObject *)op;
    value_decref(s->start);
    value_decref(s->stop);
    value_decref(s->step);
    object_free(op);
}

static StrObject *slice_repr(Value self)
{
    SliceObject *s = as_slice(self);
    Value parts[3] = {s->start, s->stop, s->step};
    return repr_sequence("slice(", parts, 3, ")");
}

static Value as_tuple(Value v)
{
    SliceObject *s = as_slice(v);
    Value parts[3] = {s->start, s->stop, s->step};
    return value_steal(&tuple_pack(3, parts)->header);
}

static Value slice_compare(Value a, Value b, CmpOp op)
{
    if (!slice_check(a) || !slice_check(b))
        return VALUE_NOT_IMPLEMENTED;
    if (value_same(a, b) && (op == CMP_EQ || op == CMP_NE))
        return value_bool(op == CMP_EQ);
    Value ta = as_tuple(a), tb = as_tuple(b);
    Value r = op_compare(ta, tb, op);
    value_decref(ta);
    value_decref(tb);
    return r;
}

// slice.indices(length) -> (start, stop, step), for any int length.
static Value slice_indices_method(Value self, const Value *args, size_t nargs,
                                  Object *kwnames)
{
    if (!args_positional("indices", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    if (!int_check(args[0])) {
        exc_raise_format(&exc_TypeError,
                         "'%s' object cannot be interpreted as an integer",
                         value_type(args[0])->name);
        return VALUE_NULL;
    }
    if (int_sign(args[0]) < 0) {
        exc_raise_format(&exc_ValueError, "length should not be negative");
        return VALUE_NULL;
    }
    Value v[3], length = int_exact(args[0]);
    bool ok = slice_indices_long(self, length, &v[0], &v[1], &v[2]);
    value_decref(length);
    if (!ok)
        return VALUE_NULL;
    TupleObject *t = tuple_new(3);
    for (int k = 0; k < 3; k++)
        tuple_init_item(t, k, v[k]);
    return value_steal(&t->header);
}

static Value get_start(Value self)
{
    value_incref(as_slice(self)->start);
    return as_slice(self)->start;
}

static Value get_stop(Value self)
{
    value_incref(as_slice(self)->stop);
    return as_slice(self)->stop;
}

static Value get_step(Value self)
{
    value_incref(as_slice(self)->step);
    return as_slice(self)->step;
}

static Value slice_new_slot(TypeObject *type, const Value *args, size_t nargs,
                            Object *kwnames)
{
    (void)type;
    if (!args_positional("slice", nargs, kwnames, 1, 3))
        return VALUE_NULL;
    if (nargs == 1)
        return slice_new(VALUE_NONE, args[0], VALUE_NONE);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : VALUE_NONE);
}

static const MethodDef slice_methods[] = {
    {"indices", slice_indices_method, 0},
    {NULL, NULL, 0},
};

static const GetSetDef slice_getsets[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {NULL, NULL, NULL},
};

TypeObject slice_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "slice",
    .basic_size = sizeof(SliceObject),
    .flags = TYPE_FLAG_UNHASHABLE,
    .dealloc = slice_dealloc,
    .hash = type_hash_unhashable,
    .repr = slice_repr,
    .compare = slice_compare,
    .new = slice_new_slot,
    .methods = slice_methods,
    .getsets = slice_getsets,
    .doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice "
           "object.  This is used for extended slicing (e.g. a[0:10:2]).",
};
