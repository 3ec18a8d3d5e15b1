// module.c: module objects.
#include "vm/objects/module.h"

#include "vm/exc.h"
#include "vm/objects/dict.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

static void module_dealloc(Object *op)
{
    ModuleObject *m = (ModuleObject *)op;
    refcount_dec(m->dict);
    refcount_dec(&m->name->header);
    object_free(op);
}

static StrObject *module_repr(Value self)
{
    ModuleObject *m = (ModuleObject *)value_as_object(self);
    return str_from_format("<module '%s' (built-in)>", m->name->data);
}

static Value module_getattr(Value self, StrObject *name)
{
    ModuleObject *m = (ModuleObject *)value_as_object(self);
    Value v;
    int r = dict_get((DictObject *)m->dict, (Value)&name->header, &v);
    if (r == 1)
        return v;
    if (r == 0 && str_equal_cstr(name, "__dict__"))
        return value_new_ref(m->dict);
    if (r == 0) {
        exc_raise_format(&exc_AttributeError,
                         "module '%s' has no attribute '%s'", m->name->data,
                         name->data);
        exception_set_attr(exc_occurred(), "name", (Value)&name->header);
    }
    return VALUE_NULL;
}

static int module_setattr(Value self, StrObject *name, Value v)
{
    ModuleObject *m = (ModuleObject *)value_as_object(self);
    refcount_inc(&name->header);
    if (v == VALUE_NULL) {
        int r = dict_del((DictObject *)m->dict, (Value)&name->header);
        refcount_dec(&name->header);
        if (r == 0)
            exc_raise_format(&exc_AttributeError,
                             "module '%s' has no attribute '%s'", m->name->data,
                             name->data);
        return r == 1 ? 0 : -1;
    }
    value_incref(v);
    return dict_set((DictObject *)m->dict, value_steal(&name->header), v);
}

TypeObject module_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "module",
    .basic_size = sizeof(ModuleObject),
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = module_setattr,
};

ModuleObject *module_new(const char *name)
{
    ModuleObject *m = (ModuleObject *)object_new(&module_type);
    m->dict = &dict_new()->header;
    m->name = str_intern_cstr(name);
    module_add(m, "__name__", value_new_ref(&m->name->header));
    // What CPython's ModuleType gives every module until its loader or
    // its code says otherwise.
    module_add(m, "__doc__", VALUE_NONE);
    module_add(m, "__package__", VALUE_NONE);
    module_add(m, "__loader__", VALUE_NONE);
    module_add(m, "__spec__", VALUE_NONE);
    return m;
}

void module_add(ModuleObject *m, const char *name, Value v)
{
    Value key = value_new_ref(&str_intern_cstr(name)->header);
    dict_set((DictObject *)m->dict, key, v);
}

StrObject *module_name(Value v)
{
    if (!value_is_object(v) || value_type(v) != &module_type)
        return NULL;
    return ((ModuleObject *)value_as_object(v))->name;
}
