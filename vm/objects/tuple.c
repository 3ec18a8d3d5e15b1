// tuple.c: tuple storage, hash and equality (see tuple.h).
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"

static void tuple_dealloc(Object *op);
static int64_t tuple_hash_slot(Object *self);
static int tuple_equal_slot(Object *self, Value other);

TypeObject tuple_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "tuple",
    .basic_size = sizeof(TupleObject),
    .dealloc = tuple_dealloc,
    .hash = tuple_hash_slot,
    .equal = tuple_equal_slot,
};

TupleObject *tuple_new(int64_t size)
{
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
    if (!value_is_object(other) ||
        object_type(value_as_object(other)) != &tuple_type)
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
