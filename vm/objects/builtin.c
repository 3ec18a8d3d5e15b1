// builtin.c: builtin functions and bound builtin methods.
#include "vm/objects/builtin.h"

#include "vm/interp.h"
#include "vm/objects/module.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

static void builtin_dealloc(Object *op)
{
    value_decref(((BuiltinObject *)op)->self);
    object_free(op);
}

static Value builtin_call(Value self, const Value *args, size_t nargs,
                          Object *kwnames)
{
    BuiltinObject *b = (BuiltinObject *)value_as_object(self);
    return b->def->fn(b->self, args, nargs, kwnames);
}

static StrObject *builtin_repr(Value self)
{
    BuiltinObject *b = (BuiltinObject *)value_as_object(self);
    if (b->self == VALUE_NULL)
        return str_from_format("<built-in function %s>", b->def->name);
    if (value_type(b->self) == &type_type) {
        TypeObject *t = (TypeObject *)value_as_object(b->self);
        return str_from_format("<built-in method %s of type object at %p>",
                               b->def->name, (void *)t);
    }
    return str_from_format("<built-in method %s of %s object at %p>",
                           b->def->name, value_type(b->self)->name,
                           (void *)value_as_object(b->self));
}

static Value builtin_get_name(Value self)
{
    BuiltinObject *b = (BuiltinObject *)value_as_object(self);
    return value_steal(&str_from_cstr(b->def->name)->header);
}

// "len" for functions, "str.upper" for methods bound to an instance.
static Value builtin_get_qualname(Value self)
{
    BuiltinObject *b = (BuiltinObject *)value_as_object(self);
    if (b->self == VALUE_NULL || value_type(b->self) == &module_type)
        return builtin_get_name(self);
    TypeObject *owner = value_type(b->self) == &type_type
                            ? (TypeObject *)value_as_object(b->self)
                            : value_type(b->self);
    return value_steal(
        &str_from_format("%s.%s", owner->name, b->def->name)->header);
}

// A function's module (builtins), or the object a method is bound to.
static Value builtin_get_self(Value self)
{
    BuiltinObject *b = (BuiltinObject *)value_as_object(self);
    if (b->self == VALUE_NULL)
        return value_new_ref(&interp.builtins->header);
    value_incref(b->self);
    return b->self;
}

static Value builtin_get_module(Value self)
{
    BuiltinObject *b = (BuiltinObject *)value_as_object(self);
    if (b->self != VALUE_NULL)
        return VALUE_NONE;
    return value_steal(
        &str_from_cstr(b->module ? b->module : "builtins")->header);
}

static const GetSetDef builtin_getsets[] = {
    {"__name__", builtin_get_name, NULL},
    {"__qualname__", builtin_get_qualname, NULL},
    {"__self__", builtin_get_self, NULL},
    {"__module__", builtin_get_module, NULL},
    {NULL, NULL, NULL},
};

TypeObject builtin_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "builtin_function_or_method",
    .basic_size = sizeof(BuiltinObject),
    .dealloc = builtin_dealloc,
    .repr = builtin_repr,
    .call = builtin_call,
    .getsets = builtin_getsets,
};

Value builtin_new(const MethodDef *def, Value self)
{
    BuiltinObject *b = (BuiltinObject *)object_new(&builtin_type);
    b->def = def;
    if (self != VALUE_NULL)
        value_incref(self);
    b->self = self;
    return value_steal(&b->header);
}
