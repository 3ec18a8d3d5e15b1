// int_interim.c: the int and bool types reduced to small ints, so the
// protocol layer links while the full number types are written
// (vm/objects/int.c replaces this file).
#include "vm/objects/int.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

TypeObject int_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "int",
    .basic_size = sizeof(IntObject),
};
TypeObject bool_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "bool",
    .basic_size = sizeof(Object),
    .base = &int_type,
};
Object true_object = OBJ_HEADER_IMMORTAL(&bool_type);
Object false_object = OBJ_HEADER_IMMORTAL(&bool_type);

bool int_check(Value v)
{
    return value_is_int(v) || value_isinstance(v, &int_type);
}

bool int_as_i64(Value v, int64_t *out)
{
    if (value_is_int(v))
        *out = value_as_int(v);
    else
        *out = value_as_object(v) == &true_object;
    return true;
}

int int_sign(Value v)
{
    int64_t i;
    int_as_i64(v, &i);
    return (i > 0) - (i < 0);
}
