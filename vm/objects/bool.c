// bool.c: bool, the subclass of int with exactly two instances, the
// immortal True and False (declared in vm/ops.h). They behave as the ints
// 1 and 0 everywhere (int's slots read them so, vm/objects/int.h), except
// that their repr is "True"/"False" and & | ^ between two bools give a
// bool.
//
// Concurrency: both objects are immortal and immutable.
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

static void bool_dealloc(Object *op);
static StrObject *bool_repr(Value self);
static Value bool_binary(Value a, Value b, BinOp op);
static Value bool_new(TypeObject *type, const Value *args, size_t nargs,
                      Object *kwnames);

TypeObject bool_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "bool",
    .basic_size = sizeof(Object),
    .dealloc = bool_dealloc,
    .hash = int_hash_slot,
    .equal = int_equal_slot,
    .base = &int_type,
    .repr = bool_repr,
    .binary = bool_binary,
    .unary = int_unary,
    .compare = int_compare_slot,
    .truth = int_truth,
    .new = bool_new,
    .doc = "bool(x) -> bool",
};

Object true_object = OBJ_HEADER_IMMORTAL(&bool_type);
Object false_object = OBJ_HEADER_IMMORTAL(&bool_type);

static void bool_dealloc(Object *op)
{
    (void)op; // immortal: never reached
}

static bool is_bool(Value v)
{
    return value_is_object(v) && object_type(value_as_object(v)) == &bool_type;
}

static StrObject *bool_repr(Value self)
{
    return str_intern_cstr(value_as_object(self) == &true_object ? "True"
                                                                 : "False");
}

static Value bool_binary(Value a, Value b, BinOp op)
{
    if (is_bool(a) && is_bool(b) &&
        (op == BINOP_AND || op == BINOP_OR || op == BINOP_XOR)) {
        bool x = value_as_object(a) == &true_object;
        bool y = value_as_object(b) == &true_object;
        return value_bool(op == BINOP_AND  ? x & y
                          : op == BINOP_OR ? x | y
                                           : x ^ y);
    }
    return int_binary(a, b, op);
}

static Value bool_new(TypeObject *type, const Value *args, size_t nargs,
                      Object *kwnames)
{
    (void)type;
    if (!args_positional("bool", nargs, kwnames, 0, 1))
        return VALUE_NULL;
    if (nargs == 0)
        return VALUE_FALSE;
    int t = op_truth(args[0]);
    return t < 0 ? VALUE_NULL : value_bool(t);
}
