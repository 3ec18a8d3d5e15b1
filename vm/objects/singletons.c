// singletons.c: None, NotImplemented and Ellipsis: one immortal instance
// each, of types that cannot be instantiated again from Python
// (type(None)() returns None, as in CPython).
#include "vm/objects/str.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

static StrObject *none_repr(Value self)
{
    return str_intern_cstr("None");
}

static int none_truth(Value self)
{
    return 0;
}

static Value none_new(TypeObject *t, const Value *args, size_t nargs,
                      Object *kwnames)
{
    return VALUE_NONE;
}

TypeObject none_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "NoneType",
    .basic_size = sizeof(Object),
    .repr = none_repr,
    .truth = none_truth,
    .new = none_new,
};
Object none_object = OBJ_HEADER_IMMORTAL(&none_type);

static StrObject *notimpl_repr(Value self)
{
    return str_intern_cstr("NotImplemented");
}

static Value notimpl_new(TypeObject *t, const Value *args, size_t nargs,
                         Object *kwnames)
{
    return VALUE_NOT_IMPLEMENTED;
}

TypeObject notimpl_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "NotImplementedType",
    .basic_size = sizeof(Object),
    .repr = notimpl_repr,
    .new = notimpl_new,
};
Object notimpl_object = OBJ_HEADER_IMMORTAL(&notimpl_type);

static StrObject *ellipsis_repr(Value self)
{
    return str_intern_cstr("Ellipsis");
}

static Value ellipsis_new(TypeObject *t, const Value *args, size_t nargs,
                          Object *kwnames)
{
    return VALUE_ELLIPSIS;
}

TypeObject ellipsis_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "ellipsis",
    .basic_size = sizeof(Object),
    .repr = ellipsis_repr,
    .new = ellipsis_new,
};
Object ellipsis_object = OBJ_HEADER_IMMORTAL(&ellipsis_type);
