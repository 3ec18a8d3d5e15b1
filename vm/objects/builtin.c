// builtin.c: builtin functions and bound builtin methods.
#include "vm/objects/builtin.h"

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

TypeObject builtin_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "builtin_function_or_method",
    .basic_size = sizeof(BuiltinObject),
    .dealloc = builtin_dealloc,
    .repr = builtin_repr,
    .call = builtin_call,
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
