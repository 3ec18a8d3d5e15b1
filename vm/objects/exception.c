// exception.c: exception objects and the static builtin exception types
// (the hierarchy itself is vm/objects/exceptions.def).
#include "vm/objects/exception.h"
#include "vm/objects/type.h"

#include "vm/objects/str.h"
#include "vm/exc.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

static void exception_dealloc(Object *op);
static StrObject *exception_repr(Value self);
static StrObject *exception_str(Value self);
static Value exception_new_slot(TypeObject *t, const Value *args,
                                size_t nargs, Object *kwnames);
static const GetSetDef exception_getsets[];
static StrObject *key_error_str(Value self);

TypeObject exc_BaseException = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "BaseException",
    .basic_size = sizeof(ExceptionObject),
    .dealloc = exception_dealloc,
    .repr = exception_repr,
    .str = exception_str,
    .new = exception_new_slot,
    .getsets = exception_getsets,
    .flags = TYPE_FLAG_BASETYPE,
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

void exceptions_init(void)
{
    // KeyError shows its key as repr (so KeyError('') prints as '').
    exc_KeyError.str = key_error_str;
    type_ready(&exc_BaseException);
#define EXCEPTION(name, base) type_ready(&exc_##name);
#include "vm/objects/exceptions.def"
#undef EXCEPTION
}

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

// ------------------------------------------------------------ Python API

static TupleObject *args_of(Value self)
{
    return (TupleObject *)value_as_object(
        ((ExceptionObject *)value_as_object(self))->args);
}

static StrObject *exception_repr(Value self)
{
    TupleObject *args = args_of(self);
    const char *name = value_type(self)->name;
    StrObject *inner = args->size == 1 ? op_repr(args->items[0])
                                       : op_repr((Value)&args->header);
    if (inner == NULL)
        return NULL;
    StrObject *r = args->size == 1
                       ? str_from_format("%s(%s)", name, inner->data)
                       : str_from_format("%s%s", name, inner->data);
    refcount_dec(&inner->header);
    return r;
}

static StrObject *exception_str(Value self)
{
    TupleObject *args = args_of(self);
    if (args->size == 0)
        return str_intern_cstr("");
    if (args->size == 1)
        return op_str(args->items[0]);
    return op_str((Value)&args->header);
}

static StrObject *key_error_str(Value self)
{
    TupleObject *args = args_of(self);
    if (args->size == 1)
        return op_repr(args->items[0]);
    return exception_str(self);
}

static Value exception_new_slot(TypeObject *t, const Value *args,
                                size_t nargs, Object *kwnames)
{
    if (kwnames) {
        exc_raise_format(&exc_TypeError, "%s() takes no keyword arguments",
                         t->name);
        return VALUE_NULL;
    }
    TupleObject *tuple = tuple_pack((int64_t)nargs, args);
    return value_steal(&exception_new(t, value_steal(&tuple->header))->header);
}

static Value get_args(Value self)
{
    Value args = ((ExceptionObject *)value_as_object(self))->args;
    value_incref(args);
    return args;
}

static Value or_none(Value v)
{
    if (v == VALUE_NULL)
        return VALUE_NONE;
    value_incref(v);
    return v;
}

static Value get_cause(Value self)
{
    return or_none(((ExceptionObject *)value_as_object(self))->cause);
}

static Value get_context(Value self)
{
    return or_none(((ExceptionObject *)value_as_object(self))->context);
}

static Value get_traceback(Value self)
{
    return or_none(((ExceptionObject *)value_as_object(self))->traceback);
}

static const GetSetDef exception_getsets[] = {
    {"args", get_args, NULL},
    {"__cause__", get_cause, NULL},
    {"__context__", get_context, NULL},
    {"__traceback__", get_traceback, NULL},
    {NULL, NULL, NULL},
};
