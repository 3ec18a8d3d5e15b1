// slice.c: the slice type: repr, comparison (as the tuple (start, stop,
// step)), the start/stop/step attributes and indices().
#include "vm/objects/slice.h"

#include "vm/args.h"
#include "vm/exc.h"
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

static int64_t slice_hash(Object *self)
{
    (void)self;
    exc_raise_format(&exc_TypeError, "unhashable type: 'slice'");
    return -1;
}

// slice.indices(length) -> (start, stop, step)
static Value slice_indices_method(Value self, const Value *args, size_t nargs,
                                  Object *kwnames)
{
    if (!args_positional("indices", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    int64_t length, start, stop, step;
    if (!value_as_index(args[0], &length))
        return VALUE_NULL;
    if (length < 0) {
        exc_raise_format(&exc_ValueError, "length should not be negative");
        return VALUE_NULL;
    }
    if (slice_indices(self, length, &start, &stop, &step) < 0)
        return VALUE_NULL;
    TupleObject *t = tuple_new(3);
    tuple_init_item(t, 0, value_from_int(start));
    tuple_init_item(t, 1, value_from_int(stop));
    tuple_init_item(t, 2, value_from_int(step));
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
    .dealloc = slice_dealloc,
    .hash = slice_hash,
    .repr = slice_repr,
    .compare = slice_compare,
    .new = slice_new_slot,
    .methods = slice_methods,
    .getsets = slice_getsets,
    .doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice "
           "object.  This is used for extended slicing (e.g. a[0:10:2]).",
};
