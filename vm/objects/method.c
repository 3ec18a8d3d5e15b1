// method.c: bound methods, classmethod, staticmethod, property, super.
#include "vm/objects/method.h"

#include "alloc/alloc.h"
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/frame.h"
#include "vm/objects/function.h"
#include "vm/objects/member.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

// ------------------------------------------------------------ bound methods

static void method_dealloc(Object *op)
{
    MethodObject *m = (MethodObject *)op;
    value_decref(m->func);
    value_decref(m->self);
    object_free(op);
}

// Calls func(self, *args): the arguments are copied once into a small
// array with self in front.
static Value method_call(Value callable, const Value *args, size_t nargs,
                         Object *kwnames)
{
    MethodObject *m = (MethodObject *)value_as_object(callable);
    size_t nkw = kwnames ? (size_t)((TupleObject *)kwnames)->size : 0;
    Value small[8], *all = small;
    if (nargs + nkw + 1 > 8)
        all = alloc_raw((nargs + nkw + 1) * sizeof(Value));
    all[0] = m->self;
    for (size_t i = 0; i < nargs + nkw; i++)
        all[i + 1] = args[i];
    Value r = op_call(m->func, all, nargs + 1, kwnames);
    if (all != small)
        alloc_free(all);
    return r;
}

static StrObject *method_repr(Value self)
{
    MethodObject *m = (MethodObject *)value_as_object(self);
    Value qn;
    StrObject *name = NULL;
    if (op_lookup_attr(m->func, str_intern_cstr("__qualname__"), &qn) == 1 &&
        value_type(qn) == &str_type)
        name = (StrObject *)value_as_object(qn);
    StrObject *self_repr = op_repr(m->self);
    StrObject *r =
        str_from_format("<bound method %s of %s>", name ? name->data : "?",
                        self_repr ? self_repr->data : "?");
    if (self_repr)
        refcount_dec(&self_repr->header);
    else
        exc_clear();
    if (name)
        refcount_dec(&name->header);
    return r;
}

static Value method_get_func(Value self)
{
    Value f = ((MethodObject *)value_as_object(self))->func;
    value_incref(f);
    return f;
}

static Value method_get_self(Value self)
{
    Value s = ((MethodObject *)value_as_object(self))->self;
    value_incref(s);
    return s;
}

// m.__name__ and friends come from the function.
static Value method_getattr(Value self, StrObject *name)
{
    Value v = generic_getattr(self, name);
    if (v != VALUE_NULL || !exc_matches(&exc_AttributeError))
        return v;
    exc_clear();
    return op_getattr(((MethodObject *)value_as_object(self))->func, name);
}

static const GetSetDef method_getsets[] = {
    {"__func__", method_get_func, NULL},
    {"__self__", method_get_self, NULL},
    {NULL, NULL, NULL},
};

TypeObject method_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "method",
    .basic_size = sizeof(MethodObject),
    .dealloc = method_dealloc,
    .repr = method_repr,
    .call = method_call,
    .getattr = method_getattr,
    .getsets = method_getsets,
};

Value method_new(Value func, Value self)
{
    MethodObject *m = (MethodObject *)object_new(&method_type);
    value_incref(func);
    value_incref(self);
    m->func = func;
    m->self = self;
    return value_steal(&m->header);
}

// ------------------------------------------------------------ wrappers

static void wrapper_dealloc(Object *op)
{
    value_decref(((WrapperObject *)op)->func);
    object_free(op);
}

static Value wrapper_new(TypeObject *t, const Value *args, size_t nargs,
                         Object *kwnames)
{
    if (!args_positional(t->name, nargs, kwnames, 1, 1))
        return VALUE_NULL;
    WrapperObject *w = (WrapperObject *)object_new(t);
    value_incref(args[0]);
    w->func = args[0];
    return value_steal(&w->header);
}

static Value wrapper_get_func(Value self)
{
    Value f = ((WrapperObject *)value_as_object(self))->func;
    value_incref(f);
    return f;
}

static const GetSetDef wrapper_getsets[] = {
    {"__func__", wrapper_get_func, NULL},
    {NULL, NULL, NULL},
};

// staticmethod objects are callable themselves (3.10+).
static Value staticmethod_call(Value self, const Value *args, size_t nargs,
                               Object *kwnames)
{
    return op_call(((WrapperObject *)value_as_object(self))->func, args, nargs,
                   kwnames);
}

TypeObject classmethod_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "classmethod",
    .basic_size = sizeof(WrapperObject),
    .dealloc = wrapper_dealloc,
    .new = wrapper_new,
    .getsets = wrapper_getsets,
    .flags = TYPE_FLAG_BASETYPE,
};

TypeObject staticmethod_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "staticmethod",
    .basic_size = sizeof(WrapperObject),
    .dealloc = wrapper_dealloc,
    .new = wrapper_new,
    .call = staticmethod_call,
    .getsets = wrapper_getsets,
    .flags = TYPE_FLAG_BASETYPE,
};

// ------------------------------------------------------------ property

static void property_dealloc(Object *op)
{
    PropertyObject *p = (PropertyObject *)op;
    value_decref(p->get);
    value_decref(p->set);
    value_decref(p->del);
    value_decref(p->doc);
    value_decref(p->name);
    object_free(op);
}

// AttributeError "property 'x' of 'A' object has no getter" (CPython's
// words); -1.
static int property_missing(PropertyObject *p, Value self, const char *what)
{
    const char *owner = value_type(self)->name;
    if (p->name != VALUE_NULL && str_check(p->name))
        exc_raise_format(
            &exc_AttributeError, "property '%s' of '%s' object has no %s",
            ((StrObject *)value_as_object(p->name))->data, owner, what);
    else
        exc_raise_format(&exc_AttributeError,
                         "property of '%s' object has no %s", owner, what);
    return -1;
}

static Value property_read(PropertyObject *p, Value self)
{
    if (value_is_none(p->get)) {
        property_missing(p, self, "getter");
        return VALUE_NULL;
    }
    return op_call(p->get, &self, 1, NULL);
}

static Value property_make(TypeObject *t, Value get, Value set, Value del,
                           Value doc)
{
    PropertyObject *p = (PropertyObject *)object_new(t);
    Value parts[4] = {get, set, del, doc};
    Value *slots[4] = {&p->get, &p->set, &p->del, &p->doc};
    for (int i = 0; i < 4; i++) {
        Value v = parts[i] ? parts[i] : VALUE_NONE;
        value_incref(v);
        *slots[i] = v;
    }
    Value fdoc;
    if (value_is_none(p->doc) && !value_is_none(p->get)) { // the getter's
        int r = op_lookup_attr(p->get, str_intern_cstr("__doc__"), &fdoc);
        if (r == 1) {
            p->doc = fdoc; // replaces None, which holds no reference
        } else if (r < 0) {
            refcount_dec(&p->header);
            return VALUE_NULL;
        }
    }
    return value_steal(&p->header);
}

static Value property_new(TypeObject *t, const Value *args, size_t nargs,
                          Object *kwnames)
{
    Value a[4];
    if (!args_parse("property", args, nargs, kwnames, "fget,fset,fdel,doc", 0,
                    0, a))
        return VALUE_NULL;
    return property_make(t, a[0], a[1], a[2], a[3]);
}

// p.setter(f) / p.getter(f) / p.deleter(f): a copy with one part replaced.
static Value property_with(Value self, int which, const Value *args,
                           size_t nargs, Object *kwnames)
{
    if (!args_positional("setter", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    PropertyObject *p = (PropertyObject *)value_as_object(self);
    Value parts[3] = {p->get, p->set, p->del};
    parts[which] = args[0];
    TypeObject *t = value_type(self);
    if (t == &property_type)
        return property_make(t, parts[0], parts[1], parts[2], p->doc);
    Value all[4] = {parts[0], parts[1], parts[2], p->doc}; // type(self)(...)
    return op_call((Value)&t->header, all, 4, NULL);
}

static Value property_getter(Value self, const Value *args, size_t nargs,
                             Object *kwnames)
{
    return property_with(self, 0, args, nargs, kwnames);
}

static Value property_setter(Value self, const Value *args, size_t nargs,
                             Object *kwnames)
{
    return property_with(self, 1, args, nargs, kwnames);
}

static Value property_deleter(Value self, const Value *args, size_t nargs,
                              Object *kwnames)
{
    return property_with(self, 2, args, nargs, kwnames);
}

static Value property_get_fget(Value self)
{
    Value v = ((PropertyObject *)value_as_object(self))->get;
    value_incref(v);
    return v;
}

static Value property_dunder_get(Value self, const Value *args, size_t nargs,
                                 Object *kwnames)
{
    if (!args_positional("__get__", nargs, kwnames, 1, 2))
        return VALUE_NULL;
    if (value_is_none(args[0])) { // read through the class
        value_incref(self);
        return self;
    }
    return property_read((PropertyObject *)value_as_object(self), args[0]);
}

static Value property_set_name(Value self, const Value *args, size_t nargs,
                               Object *kwnames)
{
    if (!args_positional("__set_name__", nargs, kwnames, 2, 2))
        return VALUE_NULL;
    PropertyObject *p = (PropertyObject *)value_as_object(self);
    value_incref(args[1]);
    // A plain store: __set_name__ runs while the class is being built,
    // before other threads can reach the property.
    Value old = p->name;
    p->name = args[1];
    value_decref(old);
    return VALUE_NONE;
}

static int property_set(PropertyObject *p, Value self, Value value);

static Value property_dunder_set(Value self, const Value *args, size_t nargs,
                                 Object *kwnames)
{
    if (!args_positional("__set__", nargs, kwnames, 2, 2))
        return VALUE_NULL;
    PropertyObject *p = (PropertyObject *)value_as_object(self);
    return property_set(p, args[0], args[1]) < 0 ? VALUE_NULL : VALUE_NONE;
}

static Value property_dunder_delete(Value self, const Value *args, size_t nargs,
                                    Object *kwnames)
{
    if (!args_positional("__delete__", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    PropertyObject *p = (PropertyObject *)value_as_object(self);
    return property_set(p, args[0], VALUE_NULL) < 0 ? VALUE_NULL : VALUE_NONE;
}

static const MethodDef property_methods[] = {
    {"__get__", property_dunder_get, 0},
    {"__set__", property_dunder_set, 0},
    {"__delete__", property_dunder_delete, 0},
    {"__set_name__", property_set_name, 0},
    {"getter", property_getter, 0},
    {"setter", property_setter, 0},
    {"deleter", property_deleter, 0},
    {NULL, NULL, 0},
};

static Value property_part(Value self, int which)
{
    PropertyObject *p = (PropertyObject *)value_as_object(self);
    Value parts[3] = {p->set, p->del, p->doc};
    value_incref(parts[which]);
    return parts[which];
}

static Value property_get_fset(Value self)
{
    return property_part(self, 0);
}

static Value property_get_fdel(Value self)
{
    return property_part(self, 1);
}

static Value property_get_doc(Value self)
{
    return property_part(self, 2);
}

static const GetSetDef property_getsets[] = {
    {"fget", property_get_fget, NULL},
    {"fset", property_get_fset, NULL},
    {"fdel", property_get_fdel, NULL},
    {"__doc__", property_get_doc, NULL},
    {NULL, NULL, NULL},
};

TypeObject property_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "property",
    .basic_size = sizeof(PropertyObject),
    .dealloc = property_dealloc,
    .new = property_new,
    .methods = property_methods,
    .getsets = property_getsets,
    .flags = TYPE_FLAG_BASETYPE,
};

// ------------------------------------------------------------ descriptors

// A class's own __get__, or VALUE_NULL; *kind becomes the builtin type
// it extends, whose descriptor behaviour applies otherwise.
static Value heap_get(TypeObject **kind)
{
    if (!((*kind)->flags & TYPE_FLAG_HEAPTYPE))
        return VALUE_NULL;
    Value get = type_lookup(*kind, str_intern_cstr("__get__"));
    while ((*kind)->flags & TYPE_FLAG_HEAPTYPE)
        *kind = (*kind)->base;
    return get;
}

Value descriptor_get(Value attr, Value self, Value type)
{
    TypeObject *kind = value_type(attr);
    Value get = heap_get(&kind);
    if (get != VALUE_NULL) {
        Value args[3] = {attr, self ? self : VALUE_NONE, type};
        return op_call(get, args, 3, NULL);
    }
    if (kind == &function_type) {
        if (self == VALUE_NULL) {
            value_incref(attr);
            return attr;
        }
        return method_new(attr, self);
    }
    if (kind == &classmethod_type)
        return method_new(((WrapperObject *)value_as_object(attr))->func, type);
    if (kind == &staticmethod_type) {
        Value f = ((WrapperObject *)value_as_object(attr))->func;
        value_incref(f);
        return f;
    }
    if (kind == &member_descr_type) {
        if (self == VALUE_NULL) {
            value_incref(attr);
            return attr;
        }
        return member_get(attr, self);
    }
    if (kind == &property_type) {
        if (self == VALUE_NULL) {
            value_incref(attr);
            return attr;
        }
        return property_read((PropertyObject *)value_as_object(attr), self);
    }
    value_incref(attr);
    return attr;
}

bool descriptor_is_data(Value attr)
{
    TypeObject *kind = value_type(attr);
    if ((kind->flags & TYPE_FLAG_HEAPTYPE) &&
        (type_lookup(kind, str_intern_cstr("__set__")) != VALUE_NULL ||
         type_lookup(kind, str_intern_cstr("__delete__")) != VALUE_NULL))
        return true;
    while (kind->flags & TYPE_FLAG_HEAPTYPE) // a class extending property
        kind = kind->base;
    return kind == &property_type || kind == &getset_descr_type ||
           kind == &member_descr_type;
}

static int property_set(PropertyObject *p, Value self, Value value)
{
    Value f = value ? p->set : p->del;
    if (value_is_none(f))
        return property_missing(p, self, value ? "setter" : "deleter");
    Value args[2] = {self, value};
    Value r = op_call(f, args, value ? 2 : 1, NULL);
    value_decref(r);
    return r == VALUE_NULL ? -1 : 1;
}

int descriptor_set(Value attr, Value self, Value value)
{
    TypeObject *kind = value_type(attr);
    if (kind == &member_descr_type)
        return member_set(attr, self, value) < 0 ? -1 : 1;
    if (kind == &property_type)
        return property_set((PropertyObject *)value_as_object(attr), self,
                            value);
    if (kind == &getset_descr_type)
        return getset_descr_set(attr, self, value) < 0 ? -1 : 1;
    if (!(kind->flags & TYPE_FLAG_HEAPTYPE))
        return 0;
    Value f =
        type_lookup(kind, str_intern_cstr(value ? "__set__" : "__delete__"));
    if (f == VALUE_NULL && type_is_subtype(kind, &property_type))
        return property_set((PropertyObject *)value_as_object(attr), self,
                            value);
    if (f == VALUE_NULL)
        return 0;
    Value args[3] = {attr, self, value};
    Value r = op_call(f, args, value ? 3 : 2, NULL);
    value_decref(r);
    return r == VALUE_NULL ? -1 : 1;
}
