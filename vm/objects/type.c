// type.c: `type`, `object`, the builtin-method and attribute descriptors,
// type_ready and the generic attribute lookup.
#include "vm/objects/type.h"

#include <string.h>

#include "vm/objects/types.h"

#include "vm/exc.h"
#include "vm/objects/builtin.h"
#include "vm/objects/bytes.h"
#include "vm/objects/code.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/float.h"
#include "vm/objects/function.h"
#include "vm/objects/int.h"
#include "vm/objects/iter.h"
#include "vm/objects/list.h"
#include "vm/objects/module.h"
#include "vm/objects/range.h"
#include "vm/objects/set.h"
#include "vm/objects/slice.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/traceback.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

// ------------------------------------------------------------ descriptors

// One entry of a builtin type's dict: a method (plain or class) or a
// computed attribute. Descriptors live as long as their type: immortal.
typedef struct DescrObject {
    ObjHeader header;
    TypeObject *owner;
    const MethodDef *method; // method and classmethod descriptors
    const GetSetDef *getset; // getset descriptors
} DescrObject;

static StrObject *descr_repr_as(Value self, const char *what)
{
    DescrObject *d = (DescrObject *)value_as_object(self);
    const char *name = d->method ? d->method->name : d->getset->name;
    return str_from_format("<%s '%s' of '%s' objects>", what, name,
                           d->owner->name);
}

static StrObject *method_descr_repr(Value self)
{
    return descr_repr_as(self, "method");
}

static StrObject *getset_descr_repr(Value self)
{
    return descr_repr_as(self, "attribute");
}

// str.upper("abc"): the first argument is the instance.
static Value method_descr_call(Value self, const Value *args, size_t nargs,
                               Object *kwnames)
{
    DescrObject *d = (DescrObject *)value_as_object(self);
    if (nargs < 1) {
        exc_raise_format(&exc_TypeError,
                         "unbound method %s.%s() needs an argument",
                         d->owner->name, d->method->name);
        return VALUE_NULL;
    }
    if (!value_isinstance(args[0], d->owner)) {
        exc_raise_format(&exc_TypeError,
                         "descriptor '%s' for '%s' objects doesn't apply to "
                         "a '%s' object",
                         d->method->name, d->owner->name,
                         value_type(args[0])->name);
        return VALUE_NULL;
    }
    return d->method->fn(args[0], args + 1, nargs - 1, kwnames);
}

TypeObject method_descr_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "method_descriptor",
    .basic_size = sizeof(DescrObject),
    .repr = method_descr_repr,
    .call = method_descr_call,
};

TypeObject classmethod_descr_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "classmethod_descriptor",
    .basic_size = sizeof(DescrObject),
    .repr = method_descr_repr,
};

TypeObject getset_descr_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "getset_descriptor",
    .basic_size = sizeof(DescrObject),
    .repr = getset_descr_repr,
};

static Value descr_new(TypeObject *kind, TypeObject *owner, const MethodDef *m,
                       const GetSetDef *g)
{
    DescrObject *d = (DescrObject *)object_new(kind);
    d->owner = owner;
    d->method = m;
    d->getset = g;
    refcount_set_immortal(&d->header);
    return value_new_ref(&d->header);
}

// ------------------------------------------------------------ type_ready

// Slots a subtype does not define are its base's (CPython's
// inherit_slots), so bool behaves as int and every exception as
// BaseException unless it says otherwise.
#define INHERIT(field)                                                         \
    if (!t->field)                                                             \
    t->field = b->field
static void inherit_slots(TypeObject *t, TypeObject *b)
{
    INHERIT(basic_size);
    INHERIT(dealloc);
    INHERIT(hash);
    INHERIT(equal);
    INHERIT(repr);
    INHERIT(str);
    INHERIT(binary);
    INHERIT(inplace);
    INHERIT(unary);
    INHERIT(compare);
    INHERIT(truth);
    INHERIT(length);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    INHERIT(iter);
    INHERIT(next);
    INHERIT(call);
    INHERIT(getattr);
    INHERIT(setattr);
    INHERIT(new);
}
#undef INHERIT

static void dict_put(DictObject *d, const char *name, Value v)
{
    Value key = value_new_ref(&str_intern_cstr(name)->header);
    dict_set(d, key, v); // takes over both references
}

static void fill_dict(TypeObject *t, DictObject *d)
{
    for (const MethodDef *m = t->methods; m && m->name; m++) {
        TypeObject *kind = (m->flags & (METHOD_CLASS | METHOD_STATIC))
                               ? &classmethod_descr_type
                               : &method_descr_type;
        dict_put(d, m->name, descr_new(kind, t, m, NULL));
    }
    for (const GetSetDef *g = t->getsets; g && g->name; g++)
        dict_put(d, g->name, descr_new(&getset_descr_type, t, NULL, g));
}

void type_ready(TypeObject *t)
{
    if (t->flags & TYPE_FLAG_READY)
        return;
    t->flags |= TYPE_FLAG_READY;
    if (t != &object_base_type && t->base == NULL)
        t->base = &object_base_type;
    if (t->base) {
        type_ready(t->base);
        inherit_slots(t, t->base);
    }
    DictObject *d = dict_new();
    refcount_set_immortal(&d->header);
    fill_dict(t, d);
    t->dict = &d->header;
}

Value type_lookup(TypeObject *t, StrObject *name)
{
    Value key = (Value)&name->header | VALUE_TAG_BORROWED;
    for (; t; t = t->base) {
        Value v;
        if (t->dict && dict_get((DictObject *)t->dict, key, &v) == 1) {
            value_decref(v); // the dict keeps it alive: types are immortal
            return v;
        }
    }
    return VALUE_NULL;
}

// ------------------------------------------------------------ attributes

// What `found` (from the type's dict) means when read through `self`.
static Value bind_attribute(Value found, Value self, Value type)
{
    TypeObject *kind = value_type(found);
    DescrObject *d = (DescrObject *)value_as_object(found);
    if (kind == &method_descr_type)
        return builtin_new(d->method, self);
    if (kind == &classmethod_descr_type)
        return builtin_new(d->method, type);
    if (kind == &getset_descr_type)
        return d->getset->get(self);
    return value_new_ref(value_as_object(found));
}

int getset_descr_set(Value descr, Value self, Value v)
{
    DescrObject *d = (DescrObject *)value_as_object(descr);
    if (d->getset->set == NULL || v == VALUE_NULL) {
        exc_raise_format(&exc_AttributeError,
                         "attribute '%s' of '%s' objects is not writable",
                         d->getset->name, d->owner->name);
        return -1;
    }
    return d->getset->set(self, v);
}

Value generic_getattr(Value self, StrObject *name)
{
    TypeObject *t = value_type(self);
    Value found = type_lookup(t, name);
    if (found != VALUE_NULL)
        return bind_attribute(found, self, (Value)&t->header);
    exc_raise_format(&exc_AttributeError, "'%s' object has no attribute '%s'",
                     t->name, name->data);
    exception_set_attr(exc_occurred(), "name",
                       (Value)&name->header | VALUE_TAG_BORROWED);
    return VALUE_NULL;
}

// ------------------------------------------------------------ type

static StrObject *type_repr(Value self)
{
    TypeObject *t = (TypeObject *)value_as_object(self);
    return str_from_format("<class '%s'>", t->name);
}

static Value type_call(Value self, const Value *args, size_t nargs,
                       Object *kwnames)
{
    TypeObject *t = (TypeObject *)value_as_object(self);
    if (t == &type_type && nargs == 1 && kwnames == NULL)
        return value_new_ref(&value_type(args[0])->header);
    if (t->new == NULL) {
        exc_raise_format(&exc_TypeError, "cannot create '%s' instances",
                         t->name);
        return VALUE_NULL;
    }
    return t->new (t, args, nargs, kwnames);
}

// (int, object): the method resolution order of a single-inheritance
// builtin type.
static Value type_mro(TypeObject *t)
{
    int64_t n = 0;
    for (TypeObject *b = t; b; b = b->base)
        n++;
    TupleObject *mro = tuple_new(n);
    n = 0;
    for (TypeObject *b = t; b; b = b->base)
        tuple_init_item(mro, n++, value_new_ref(&b->header));
    return value_steal(&mro->header);
}

static Value type_bases(TypeObject *t)
{
    TupleObject *bases = tuple_new(t->base ? 1 : 0);
    if (t->base)
        tuple_init_item(bases, 0, value_new_ref(&t->base->header));
    return value_steal(&bases->header);
}

// The attributes every type has: __name__, __mro__, ...; VALUE_NULL if
// `name` is not one of them.
static Value type_special(TypeObject *t, StrObject *name)
{
    // A static type's name may carry its module, as CPython's tp_name
    // does: "itertools.chain" is chain in module itertools.
    const char *dot = strrchr(t->name, '.');
    if (str_equal_cstr(name, "__name__") ||
        str_equal_cstr(name, "__qualname__"))
        return value_steal(&str_from_cstr(dot ? dot + 1 : t->name)->header);
    if (str_equal_cstr(name, "__mro__"))
        return type_mro(t);
    if (str_equal_cstr(name, "__bases__"))
        return type_bases(t);
    if (str_equal_cstr(name, "__base__"))
        return t->base ? value_new_ref(&t->base->header) : VALUE_NONE;
    if (str_equal_cstr(name, "__module__"))
        return value_steal(&(dot ? str_from_trusted_utf8(t->name, dot - t->name)
                                 : str_from_cstr("builtins"))
                                ->header);
    if (str_equal_cstr(name, "__doc__"))
        return t->doc ? value_steal(&str_from_cstr(t->doc)->header)
                      : VALUE_NONE;
    return VALUE_NULL;
}

// int.__name__, str.upper (the descriptor itself), dict.fromkeys (bound
// to the class).
static Value type_getattr(Value self, StrObject *name)
{
    TypeObject *t = (TypeObject *)value_as_object(self);
    Value special = type_special(t, name);
    if (special != VALUE_NULL)
        return special;
    Value found = type_lookup(t, name);
    if (found != VALUE_NULL) {
        if (value_type(found) == &classmethod_descr_type)
            return bind_attribute(found, self, self);
        return value_new_ref(value_as_object(found));
    }
    found = type_lookup(&type_type, name);
    if (found != VALUE_NULL)
        return bind_attribute(found, self, self);
    exc_raise_format(&exc_AttributeError,
                     "type object '%s' has no attribute '%s'", t->name,
                     name->data);
    exception_set_attr(exc_occurred(), "name",
                       (Value)&name->header | VALUE_TAG_BORROWED);
    return VALUE_NULL;
}

TypeObject type_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "type",
    .basic_size = sizeof(TypeObject),
    .repr = type_repr,
    .call = type_call,
    .getattr = type_getattr,
};

// ------------------------------------------------------------ object

static Value object_new_instance(TypeObject *t, const Value *args, size_t nargs,
                                 Object *kwnames)
{
    if (nargs || kwnames) {
        exc_raise_format(&exc_TypeError, "object() takes no arguments");
        return VALUE_NULL;
    }
    return value_steal(object_new(t));
}

TypeObject object_base_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "object",
    .basic_size = sizeof(Object),
    .dealloc = object_free,
    .new = object_new_instance,
    .flags = TYPE_FLAG_BASETYPE,
};

// ------------------------------------------------------------ all types

void types_init(void)
{
#define TYPE(sym, name) type_ready(&sym);
#define HIDDEN_TYPE(sym) type_ready(&sym);
#include "vm/objects/types.def"
#undef TYPE
#undef HIDDEN_TYPE
    exceptions_init();
}
