// exception.c: exception objects and the static builtin exception types
// (the hierarchy itself is vm/objects/exceptions.def).
#include "vm/objects/exception.h"
#include "vm/objects/type.h"

#include "vm/objects/str.h"
#include "vm/objects/tuple.h"

static void exception_dealloc(Object *op);

TypeObject exc_BaseException = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "BaseException",
    .basic_size = sizeof(ExceptionObject),
    .dealloc = exception_dealloc,
};

#define EXCEPTION(name_, base_)                                                \
    TypeObject exc_##name_ = {                                                 \
        .header = OBJ_HEADER_IMMORTAL(&type_type),                             \
        .name = #name_,                                                        \
        .basic_size = sizeof(ExceptionObject),                                 \
        .dealloc = exception_dealloc,                                          \
        .base = &exc_##base_,                                                  \
    };
#include "vm/objects/exceptions.def"
#undef EXCEPTION

ExceptionObject *exception_new(TypeObject *type, Value args)
{
    ExceptionObject *e = (ExceptionObject *)object_new(type);
    e->args = args;
    return e;
}

ExceptionObject *exception_new_message(TypeObject *type, const char *message)
{
    Value text = value_steal(&str_from_cstr(message)->header);
    TupleObject *args = tuple_new(1);
    tuple_init_item(args, 0, text);
    return exception_new(type, value_steal(&args->header));
}

const char *exception_message(const ExceptionObject *e)
{
    TupleObject *args = (TupleObject *)value_as_object(e->args);
    if (args == NULL || args->size != 1 || !value_is_object(args->items[0]))
        return NULL;
    Object *first = value_as_object(args->items[0]);
    return object_type(first) == &str_type ? ((StrObject *)first)->data : NULL;
}

static void exception_dealloc(Object *op)
{
    ExceptionObject *e = (ExceptionObject *)op;
    value_decref(e->args);
    value_decref(e->cause);
    value_decref(e->context);
    value_decref(e->traceback);
    object_free(op);
}
