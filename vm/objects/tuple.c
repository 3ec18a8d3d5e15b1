// tuple.c: tuple storage, hash and equality (see tuple.h).
#include "vm/objects/tuple.h"

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/reprutil.h"
#include "vm/objects/sequtil.h"
#include "vm/objects/slice.h"
#include "vm/objects/str.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

static void tuple_dealloc(Object *op);

static TupleObject empty = {
    .header = OBJ_HEADER_IMMORTAL(&tuple_type),
    .size = 0,
};

TupleObject *tuple_empty(void)
{
    return &empty;
}

static size_t tuple_var_size(const Object *self)
{
    return sizeof(TupleObject) +
           (size_t)((const TupleObject *)self)->size * sizeof(Value);
}

static TupleObject *new_of_type(TypeObject *type, int64_t size)
{
    TupleObject *t = (TupleObject *)object_new_var(
        type, sizeof(TupleObject) + (size_t)size * sizeof(Value));
    t->size = size;
    return t;
}

TupleObject *tuple_new(int64_t size)
{
    if (size == 0)
        return &empty;
    TupleObject *t = (TupleObject *)object_new_sized(
        &tuple_type, sizeof(TupleObject) + (size_t)size * sizeof(Value));
    t->size = size; // items start as VALUE_NULL (zero-filled)
    return t;
}

TupleObject *tuple_pack(int64_t size, const Value *items)
{
    TupleObject *t = tuple_new(size);
    for (int64_t i = 0; i < size; i++) {
        value_incref(items[i]);
        tuple_init_item(t, i, items[i]);
    }
    return t;
}

// The constants of CPython's tuple hash (xxHash's 64-bit primes).
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL

static uint64_t rotate31(uint64_t x)
{
    return x << 31 | x >> 33;
}

int64_t tuple_hash(TupleObject *t)
{
    uint64_t acc = XXPRIME_5;
    for (int64_t i = 0; i < t->size; i++) {
        int64_t lane = object_hash(t->items[i]);
        if (lane == -1)
            return -1;
        acc += (uint64_t)lane * XXPRIME_2;
        acc = rotate31(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)t->size ^ (XXPRIME_5 ^ 3527539ULL);
    if (acc == (uint64_t)-1)
        return 1546275796; // CPython's replacement for -1
    return (int64_t)acc;
}

static int64_t tuple_hash_slot(Object *self)
{
    return tuple_hash((TupleObject *)self);
}

static int tuple_equal_slot(Object *self, Value other)
{
    if (!tuple_check(other))
        return 0;
    TupleObject *a = (TupleObject *)self;
    TupleObject *b = (TupleObject *)value_as_object(other);
    if (a->size != b->size)
        return 0;
    for (int64_t i = 0; i < a->size; i++) {
        int eq = object_equal(a->items[i], b->items[i]);
        if (eq != 1)
            return eq; // 0 (differs) or -1 (error)
    }
    return 1;
}

static void tuple_dealloc(Object *op)
{
    TupleObject *t = (TupleObject *)op;
    for (int64_t i = 0; i < t->size; i++)
        value_decref(t->items[i]);
    object_free(op);
}

// ------------------------------------------------------------ helpers

bool tuple_check(Value v)
{
    return value_is_object(v) &&
           type_is_subtype(object_type(value_as_object(v)), &tuple_type);
}

static TupleObject *as_tuple(Value v)
{
    return (TupleObject *)value_as_object(v);
}

static bool exact_tuple(Value v)
{
    return value_is_object(v) && object_type(value_as_object(v)) == &tuple_type;
}

// A tuple of `type` holding the items of `items` (references taken).
static Value tuple_of(TypeObject *type, const Value *items, int64_t n)
{
    if (n == 0 && type == &tuple_type)
        return value_steal(&empty.header);
    TupleObject *t = new_of_type(type, n);
    for (int64_t i = 0; i < n; i++) {
        value_incref(items[i]);
        t->items[i] = items[i];
    }
    return value_steal(&t->header);
}

static Value from_iterable_as(TypeObject *type, Value it)
{
    if (type == &tuple_type && exact_tuple(it)) {
        value_incref(it);
        return it;
    }
    if (tuple_check(it))
        return tuple_of(type, as_tuple(it)->items, as_tuple(it)->size);
    Value l = list_from_iterable(it);
    if (l == VALUE_NULL)
        return VALUE_NULL;
    TupleObject *snap = list_snapshot((ListObject *)value_as_object(l));
    value_decref(l);
    Value r = tuple_of(type, snap->items, snap->size);
    refcount_dec(&snap->header);
    return r;
}

Value tuple_from_iterable(Value it)
{
    return from_iterable_as(&tuple_type, it);
}

// ------------------------------------------------------------ slots

static StrObject *tuple_repr(Value self)
{
    TupleObject *t = as_tuple(self);
    if (t->size == 0)
        return str_from_cstr("()");
    if (!repr_enter(&t->header))
        return str_from_cstr("(...)");
    StrObject *s =
        repr_sequence("(", t->items, t->size, t->size == 1 ? ",)" : ")");
    repr_leave(&t->header);
    return s;
}

static Value tuple_compare(Value a, Value b, CmpOp op)
{
    if (!tuple_check(a) || !tuple_check(b))
        return VALUE_NOT_IMPLEMENTED;
    TupleObject *x = as_tuple(a), *y = as_tuple(b);
    if ((op == CMP_EQ || op == CMP_NE) && x->size != y->size)
        return value_bool(op == CMP_NE);
    int64_t n = x->size < y->size ? x->size : y->size;
    for (int64_t i = 0; i < n; i++) {
        int eq = object_equal(x->items[i], y->items[i]);
        if (eq < 0)
            return VALUE_NULL;
        if (eq == 0)
            return seq_compare_items(x->items[i], y->items[i], op);
    }
    return value_bool(seq_compare_lengths(x->size, y->size, op));
}

static Value concat(Value va, Value vb)
{
    TupleObject *a = as_tuple(va), *b = as_tuple(vb);
    if (b->size == 0 && object_type(&a->header) == &tuple_type)
        return value_new_ref(&a->header);
    if (a->size == 0 && object_type(&b->header) == &tuple_type)
        return value_new_ref(&b->header);
    TupleObject *t = tuple_new(a->size + b->size);
    for (int64_t i = 0; i < a->size; i++) {
        value_incref(a->items[i]);
        t->items[i] = a->items[i];
    }
    for (int64_t i = 0; i < b->size; i++) {
        value_incref(b->items[i]);
        t->items[a->size + i] = b->items[i];
    }
    return value_steal(&t->header);
}

static Value repeat(Value seq, int64_t count)
{
    TupleObject *a = as_tuple(seq);
    if (count == 1 && object_type(&a->header) == &tuple_type)
        return value_new_ref(&a->header);
    if (count <= 0 || a->size == 0)
        return value_steal(&empty.header);
    if (count > INT64_MAX / 16 / a->size) {
        exc_raise_format(&exc_MemoryError, "%s", "");
        return VALUE_NULL;
    }
    TupleObject *t = tuple_new(a->size * count);
    for (int64_t k = 0; k < count; k++)
        for (int64_t i = 0; i < a->size; i++) {
            value_incref(a->items[i]);
            t->items[k * a->size + i] = a->items[i];
        }
    return value_steal(&t->header);
}

static const SeqArith tuple_arith = {
    &tuple_type, "tuple", tuple_check, concat, repeat,
};

static Value tuple_binary(Value a, Value b, BinOp op)
{
    return seq_binary(a, b, op, &tuple_arith);
}

static int64_t tuple_length(Value self)
{
    return as_tuple(self)->size;
}

static Value get_slice(TupleObject *t, Value key)
{
    int64_t start, stop, step;
    int64_t n = slice_indices(key, t->size, &start, &stop, &step);
    if (n < 0)
        return VALUE_NULL;
    if (n == t->size && step == 1 && object_type(&t->header) == &tuple_type)
        return value_new_ref(&t->header);
    TupleObject *r = tuple_new(n);
    for (int64_t k = 0, i = start; k < n; k++, i += step) {
        value_incref(t->items[i]);
        r->items[k] = t->items[i];
    }
    return value_steal(&r->header);
}

static Value tuple_getitem(Value self, Value key)
{
    TupleObject *t = as_tuple(self);
    if (slice_check(key))
        return get_slice(t, key);
    if (!int_check(key)) {
        exc_raise_format(&exc_TypeError,
                         "tuple indices must be integers or slices, not %s",
                         type_name(value_type(key)));
        return VALUE_NULL;
    }
    int64_t i = index_normalize(key, t->size, "tuple");
    if (i < 0)
        return VALUE_NULL;
    value_incref(t->items[i]);
    return t->items[i];
}

static int tuple_contains(Value self, Value item)
{
    TupleObject *t = as_tuple(self);
    for (int64_t i = 0; i < t->size; i++) {
        int eq = object_equal(t->items[i], item);
        if (eq != 0)
            return eq;
    }
    return 0;
}

static Value tuple_new_slot(TypeObject *type, const Value *args, size_t nargs,
                            Object *kwnames)
{
    if (!args_between("tuple", "tuple", nargs, kwnames, 0, 1))
        return VALUE_NULL;
    if (nargs == 0)
        return tuple_of(type, NULL, 0);
    return from_iterable_as(type, args[0]);
}

// ------------------------------------------------------------ methods

static Value tuple_index(Value self, const Value *args, size_t nargs,
                         Object *kwnames)
{
    int64_t start, stop;
    TupleObject *t = as_tuple(self);
    if (!args_between("index", "tuple.index", nargs, kwnames, 1, 3) ||
        !seq_index_bounds(args + 1, nargs - 1, t->size, &start, &stop))
        return VALUE_NULL;
    for (int64_t i = start; i < stop && i < t->size; i++) {
        int eq = object_equal(t->items[i], args[0]);
        if (eq < 0)
            return VALUE_NULL;
        if (eq)
            return value_from_int(i);
    }
    exc_raise_format(&exc_ValueError, "tuple.index(x): x not in tuple");
    return VALUE_NULL;
}

// (tuple(self),): what copy and pickle rebuild a subclass instance from.
static Value tuple_getnewargs(Value self, const Value *args, size_t nargs,
                              Object *kwnames)
{
    (void)args;
    if (!args_positional("__getnewargs__", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    TupleObject *t = as_tuple(self);
    Value v = value_steal(&tuple_pack(t->size, t->items)->header);
    TupleObject *r = tuple_pack(1, &v);
    value_decref(v);
    return value_steal(&r->header);
}

static Value tuple_count(Value self, const Value *args, size_t nargs,
                         Object *kwnames)
{
    if (!args_one("tuple.count", nargs, kwnames))
        return VALUE_NULL;
    TupleObject *t = as_tuple(self);
    int64_t n = 0;
    for (int64_t i = 0; i < t->size; i++) {
        int eq = object_equal(t->items[i], args[0]);
        if (eq < 0)
            return VALUE_NULL;
        n += eq;
    }
    return value_from_int(n);
}

// ------------------------------------------------------------ iterator

typedef struct TupleIterObject {
    ObjHeader header;
    TupleObject *tuple; // a reference
    int64_t index;
} TupleIterObject;

static Value tuple_iter(Value self)
{
    TupleIterObject *it = (TupleIterObject *)object_new(&tuple_iterator_type);
    value_incref(self);
    it->tuple = as_tuple(self);
    return value_steal(&it->header);
}

static Value tupleiter_next(Value self)
{
    TupleIterObject *it = (TupleIterObject *)value_as_object(self);
    int64_t i = it->index;
    if (i >= it->tuple->size)
        return VALUE_NULL;
    it->index = i + 1;
    value_incref(it->tuple->items[i]);
    return it->tuple->items[i];
}

static void tupleiter_dealloc(Object *op)
{
    refcount_dec(&((TupleIterObject *)op)->tuple->header);
    object_free(op);
}

TypeObject tuple_iterator_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "tuple_iterator",
    .basic_size = sizeof(TupleIterObject),
    .dealloc = tupleiter_dealloc,
    .iter = iter_self,
    .next = tupleiter_next,
};

static const MethodDef tuple_methods[] = {
    {"__getnewargs__", tuple_getnewargs, 0},
    {"index", tuple_index, 0},
    {"count", tuple_count, 0},
    {NULL, NULL, 0},
};

TypeObject tuple_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "tuple",
    .basic_size = sizeof(TupleObject),
    .dealloc = tuple_dealloc,
    .hash = tuple_hash_slot,
    .equal = tuple_equal_slot,
    .flags = TYPE_FLAG_BASETYPE,
    .repr = tuple_repr,
    .binary = tuple_binary,
    .compare = tuple_compare,
    .length = tuple_length,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .iter = tuple_iter,
    .new = tuple_new_slot,
    .var_size = tuple_var_size,
    .methods = tuple_methods,
    .doc = "Built-in immutable sequence.\n\nIf no argument is given, the "
           "constructor returns an empty tuple.\nIf iterable is specified the "
           "tuple is initialized from iterable's items.\n\nIf the argument is "
           "a tuple, the return value is the same object.",
};
