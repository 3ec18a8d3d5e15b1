// type.c: `type`, `object`, the builtin-method and attribute descriptors,
// type_ready and the generic attribute lookup.
#include "vm/objects/type.h"

#include <string.h>

#include "vm/objects/types.h"

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/objects/builtin.h"
#include "vm/objects/bytes.h"
#include "vm/objects/class.h"
#include "vm/objects/code.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/float.h"
#include "vm/objects/function.h"
#include "vm/objects/int.h"
#include "vm/objects/iter.h"
#include "vm/objects/list.h"
#include "vm/objects/method.h"
#include "vm/objects/module.h"
#include "vm/objects/range.h"
#include "vm/objects/set.h"
#include "vm/objects/slice.h"
#include "vm/objects/slotwrap.h"
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

static Value descr_name(Value self)
{
    DescrObject *d = (DescrObject *)value_as_object(self);
    const char *name = d->method ? d->method->name : d->getset->name;
    return value_steal(&str_from_cstr(name)->header);
}

static Value descr_qualname(Value self)
{
    DescrObject *d = (DescrObject *)value_as_object(self);
    const char *name = d->method ? d->method->name : d->getset->name;
    return value_steal(&str_from_format("%s.%s", d->owner->name, name)->header);
}

static Value descr_objclass(Value self)
{
    return value_new_ref(
        &((DescrObject *)value_as_object(self))->owner->header);
}

static const GetSetDef descr_getsets[] = {
    {"__name__", descr_name, NULL},
    {"__qualname__", descr_qualname, NULL},
    {"__objclass__", descr_objclass, NULL},
    {NULL, NULL, NULL},
};

TypeObject method_descr_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .getsets = descr_getsets,
    .name = "method_descriptor",
    .basic_size = sizeof(DescrObject),
    .repr = method_descr_repr,
    .call = method_descr_call,
};

TypeObject classmethod_descr_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .getsets = descr_getsets,
    .name = "classmethod_descriptor",
    .basic_size = sizeof(DescrObject),
    .repr = method_descr_repr,
};

TypeObject getset_descr_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .getsets = descr_getsets,
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
void type_inherit_slots(TypeObject *t, TypeObject *b)
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
    INHERIT(var_size);
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

// X.__new__(cls, *args) for a builtin type X with its own constructor:
// a builtin bound to X (as in CPython), so that a class extending X can
// call it from its own __new__ (tuple.__new__(cls, items)).
static Value builtin_type_new(Value self, const Value *args, size_t nargs,
                              Object *kwnames)
{
    TypeObject *owner = (TypeObject *)value_as_object(self);
    if (nargs < 1) {
        exc_raise_format(&exc_TypeError, "%s.__new__(): not enough arguments",
                         owner->name);
        return VALUE_NULL;
    }
    if (!value_isinstance(args[0], &type_type)) {
        exc_raise_format(&exc_TypeError,
                         "%s.__new__(X): X is not a type object (%s)",
                         owner->name, value_type(args[0])->name);
        return VALUE_NULL;
    }
    TypeObject *cls = (TypeObject *)value_as_object(args[0]);
    if (!type_is_subtype(cls, owner)) {
        exc_raise_format(&exc_TypeError,
                         "%s.__new__(%s): %s is not a subtype of %s",
                         owner->name, cls->name, cls->name, owner->name);
        return VALUE_NULL;
    }
    return owner->new (cls, args + 1, nargs - 1, kwnames);
}

static const MethodDef builtin_type_new_def = {"__new__", builtin_type_new, 0};

static bool has_method(const TypeObject *t, const char *name)
{
    for (const MethodDef *m = t->methods; m && m->name; m++)
        if (strcmp(m->name, name) == 0)
            return true;
    return false;
}

static Value type_mro(TypeObject *t);

// The __bases__ and C3 __mro__ of a builtin type with a second base
// (both immortal, as the type is).
static Value type_mro2(TypeObject *t)
{
    type_ready(t->base2);
    Value pair[2] = {(Value)&t->base->header, (Value)&t->base2->header};
    TupleObject *bases = tuple_pack(2, pair);
    refcount_set_immortal(&bases->header);
    t->bases = &bases->header;
    Value mro = class_compute_mro(t, bases);
    DEBUG_ASSERT(mro != VALUE_NULL);
    return mro;
}

void type_ready(TypeObject *t)
{
    if (t->flags & TYPE_FLAG_READY)
        return;
    t->flags |= TYPE_FLAG_READY;
    bool own_new = t->new != NULL && !has_method(t, "__new__");
    if (t != &object_base_type && t->base == NULL)
        t->base = &object_base_type;
    if (t->base) {
        type_ready(t->base);
        type_inherit_slots(t, t->base);
    }
    DictObject *d = dict_new();
    refcount_set_immortal(&d->header);
    fill_dict(t, d);
    if (own_new && (t->base == NULL || t->new != t->base->new))
        dict_put(d, "__new__",
                 builtin_new(&builtin_type_new_def, (Value)&t->header));
    slotwrap_fill(t, &d->header);
    t->dict = &d->header;
    Object *mro = value_as_object(t->base2 ? type_mro2(t) : type_mro(t));
    refcount_set_immortal(mro);
    t->mro = mro;
}

Value type_lookup(TypeObject *t, StrObject *name)
{
    Value key = (Value)&name->header | VALUE_TAG_BORROWED;
    if (t->mro && ((t->flags & TYPE_FLAG_HEAPTYPE) || t->base2)) {
        // A class or a builtin type with two bases: its MRO. The value stays
        // alive while the class dict holds it (replacing class attributes under
        // a running reader is not yet made safe).
        TupleObject *mro = (TupleObject *)t->mro;
        for (int64_t i = 0; i < mro->size; i++) {
            TypeObject *b = (TypeObject *)value_as_object(mro->items[i]);
            Value v;
            if (b->dict && dict_get((DictObject *)b->dict, key, &v) == 1) {
                value_decref(v);
                return v;
            }
        }
        return VALUE_NULL;
    }
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
Value type_bind_attribute(Value found, Value self, Value type)
{
    TypeObject *kind = value_type(found);
    DescrObject *d = (DescrObject *)value_as_object(found);
    if (kind == &method_descr_type)
        return builtin_new(d->method, self);
    if (kind == &classmethod_descr_type)
        return builtin_new(d->method, type);
    if (kind == &getset_descr_type)
        return d->getset->get(self);
    if (kind == &slot_wrapper_type) // list.__repr__ bound to an instance
        return self ? method_new(found, self)
                    : value_new_ref(value_as_object(found));
    return descriptor_get(found, self, type);
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
    if (str_equal_cstr(name, "__class__"))
        return value_new_ref(&t->header);
    Value found = type_lookup(t, name);
    if (found != VALUE_NULL)
        return type_bind_attribute(found, self, (Value)&t->header);
    exc_raise_format(&exc_AttributeError, "'%s' object has no attribute '%s'",
                     t->name, name->data);
    exception_set_attr(exc_occurred(), "name", (Value)&name->header);
    return VALUE_NULL;
}

// ------------------------------------------------------------ type

static StrObject *type_repr(Value self)
{
    char name[256];
    class_full_name((TypeObject *)value_as_object(self), name, sizeof name);
    return str_from_format("<class '%s'>", name);
}

static Value type_call(Value self, const Value *args, size_t nargs,
                       Object *kwnames)
{
    TypeObject *t = (TypeObject *)value_as_object(self);
    if (t == &type_type && nargs == 1 && kwnames == NULL)
        return value_new_ref(&value_type(args[0])->header);
    if (t->flags & TYPE_FLAG_HEAPTYPE) // classes, metaclasses
        return class_call(t, args, nargs, kwnames);
    if (t == &type_type) // type(name, bases, ns)
        return class_new(t, args, nargs, kwnames);
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
    const char *dot =
        (t->flags & TYPE_FLAG_HEAPTYPE) ? NULL : strrchr(t->name, '.');
    if (str_equal_cstr(name, "__name__"))
        return value_steal(&str_from_cstr(dot ? dot + 1 : t->name)->header);
    if (str_equal_cstr(name, "__qualname__"))
        return t->qualname
                   ? value_new_ref(t->qualname)
                   : value_steal(
                         &str_from_cstr(dot ? dot + 1 : t->name)->header);
    if (str_equal_cstr(name, "__mro__"))
        return t->mro ? value_new_ref(t->mro) : type_mro(t);
    if (str_equal_cstr(name, "__bases__") && t->bases)
        return value_new_ref(t->bases);
    if (str_equal_cstr(name, "__module__") && (t->flags & TYPE_FLAG_HEAPTYPE)) {
        value_incref(t->module);
        return t->module;
    }
    if (str_equal_cstr(name, "__dict__") && (t->flags & TYPE_FLAG_HEAPTYPE))
        return value_new_ref(t->dict);
    if (str_equal_cstr(name, "__bases__"))
        return type_bases(t);
    if (str_equal_cstr(name, "__base__"))
        return t->base ? value_new_ref(&t->base->header) : VALUE_NONE;
    if (str_equal_cstr(name, "__module__"))
        return value_steal(&(dot ? str_from_trusted_utf8(t->name, dot - t->name)
                                 : str_from_cstr("builtins"))
                                ->header);
    if (str_equal_cstr(name, "__class__"))
        return value_new_ref(&value_type((Value)&t->header)->header);
    if (str_equal_cstr(name, "__dict__")) // a builtin type's: a snapshot
        return value_steal(&dict_copy((DictObject *)t->dict)->header);
    if (str_equal_cstr(name, "__doc__") && !(t->flags & TYPE_FLAG_HEAPTYPE))
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
    if (t->flags & TYPE_FLAG_HEAPTYPE) {
        bool found;
        Value v = class_getattr(t, name, &found);
        if (found)
            return v;
    }
    Value found = type_lookup(t, name);
    if (found != VALUE_NULL) {
        if (value_type(found) == &classmethod_descr_type)
            return type_bind_attribute(found, self, self);
        return value_new_ref(value_as_object(found));
    }
    found = type_lookup(value_type(self), name); // the metaclass
    if (found != VALUE_NULL)
        return type_bind_attribute(found, self, self);
    exc_raise_format(&exc_AttributeError,
                     "type object '%s' has no attribute '%s'", t->name,
                     name->data);
    exception_set_attr(exc_occurred(), "name", (Value)&name->header);
    return VALUE_NULL;
}

// type.__new__(mcls, name, bases, ns): what a metaclass's __new__ calls.
static Value type_new_method(Value self, const Value *args, size_t nargs,
                             Object *kwnames)
{
    if (nargs < 1 || !value_isinstance(args[0], &type_type)) {
        exc_raise_format(&exc_TypeError,
                         "type.__new__(X): X is not a type object");
        return VALUE_NULL;
    }
    return class_new((TypeObject *)value_as_object(args[0]), args + 1,
                     nargs - 1, kwnames);
}

static Value type_init_method(Value self, const Value *args, size_t nargs,
                              Object *kwnames)
{
    return VALUE_NONE;
}

static Value type_call_method(Value self, const Value *args, size_t nargs,
                              Object *kwnames)
{
    TypeObject *t = (TypeObject *)value_as_object(self);
    if (t->flags & TYPE_FLAG_HEAPTYPE)
        return class_call(t, args, nargs, kwnames);
    return type_call(self, args, nargs, kwnames);
}

// type.__setattr__(cls, name, value) / type.__delattr__(cls, name): what
// a metaclass's own __setattr__ calls through super().
static Value type_setattr_call(Value self, const Value *args, size_t nargs,
                               Object *kwnames, bool del)
{
    StrObject *name;
    if (!args_positional(del ? "__delattr__" : "__setattr__", nargs, kwnames,
                         del ? 1 : 2, del ? 1 : 2) ||
        !(name = type_attr_name(args[0])))
        return VALUE_NULL;
    if (!value_isinstance(self, &type_type)) {
        exc_raise_format(&exc_TypeError,
                         "descriptor '__setattr__' requires a 'type' object");
        return VALUE_NULL;
    }
    int r = class_setattr((TypeObject *)value_as_object(self), name,
                          del ? VALUE_NULL : args[1]);
    return r < 0 ? VALUE_NULL : VALUE_NONE;
}

static Value type_setattr_method(Value self, const Value *args, size_t nargs,
                                 Object *kwnames)
{
    return type_setattr_call(self, args, nargs, kwnames, false);
}

static Value type_delattr_method(Value self, const Value *args, size_t nargs,
                                 Object *kwnames)
{
    return type_setattr_call(self, args, nargs, kwnames, true);
}

static const MethodDef type_methods[] = {
    {"__setattr__", type_setattr_method, 0},
    {"__delattr__", type_delattr_method, 0},
    {"__new__", type_new_method, METHOD_STATIC},
    {"__init__", type_init_method, 0},
    {"__call__", type_call_method, 0},
    {NULL, NULL, 0},
};

static int type_setattr(Value self, StrObject *name, Value value)
{
    return class_setattr((TypeObject *)value_as_object(self), name, value);
}

static void type_dealloc(Object *op)
{
    TypeObject *t = (TypeObject *)op;
    refcount_xdec(t->dict);
    refcount_xdec(t->mro);
    refcount_xdec(t->bases);
    refcount_xdec(t->heap_name);
    refcount_xdec(t->qualname);
    value_decref(t->module);
    object_free(op);
}

TypeObject type_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "type",
    .basic_size = sizeof(TypeObject),
    .dealloc = type_dealloc,
    .repr = type_repr,
    .call = type_call,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .methods = type_methods,
    .flags = TYPE_FLAG_BASETYPE,
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

// ---- object's methods: what super().__init__() and friends reach.

static Value object_init(Value self, const Value *args, size_t nargs,
                         Object *kwnames)
{
    if (nargs || kwnames) {
        exc_raise_format(&exc_TypeError,
                         "object.__init__() takes exactly one argument (the "
                         "instance to initialize)");
        return VALUE_NULL;
    }
    return VALUE_NONE;
}

static Value object_new_method(Value self, const Value *args, size_t nargs,
                               Object *kwnames)
{
    if (nargs < 1 || !value_isinstance(args[0], &type_type)) {
        exc_raise_format(&exc_TypeError, "object.__new__(X): X is not a type "
                                         "object");
        return VALUE_NULL;
    }
    TypeObject *t = (TypeObject *)value_as_object(args[0]);
    if (t->flags & TYPE_FLAG_HEAPTYPE)
        return class_allocate(t, args + 1, 0, NULL);
    return value_steal(object_new(t));
}

// object.__subclasshook__(): no opinion, so abc's checks go on.
static Value object_subclasshook(Value self, const Value *args, size_t nargs,
                                 Object *kwnames)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return VALUE_NOT_IMPLEMENTED;
}

static Value object_repr_method(Value self, const Value *args, size_t nargs,
                                Object *kwnames)
{
    char name[256];
    class_full_name(value_type(self), name, sizeof name);
    return value_steal(&str_from_format("<%s object at %p>", name,
                                        (void *)value_as_object(self))
                            ->header);
}

static Value object_str_method(Value self, const Value *args, size_t nargs,
                               Object *kwnames)
{
    StrObject *s = op_repr(self);
    return s ? value_steal(&s->header) : VALUE_NULL;
}

static Value object_eq(Value self, const Value *args, size_t nargs,
                       Object *kwnames)
{
    if (!args_positional("__eq__", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    return value_same(self, args[0]) ? VALUE_TRUE : VALUE_NOT_IMPLEMENTED;
}

// object.__ne__ inverts whatever __eq__ says (NotImplemented stays).
static Value object_ne(Value self, const Value *args, size_t nargs,
                       Object *kwnames)
{
    if (!args_positional("__ne__", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    CompareFn eq = value_type(self)->compare;
    Value r =
        eq ? eq(self, args[0], CMP_EQ)
           : (value_same(self, args[0]) ? VALUE_TRUE : VALUE_NOT_IMPLEMENTED);
    if (r == VALUE_NULL || value_is_not_implemented(r))
        return r;
    int t = op_truth(r);
    value_decref(r);
    return t < 0 ? VALUE_NULL : value_bool(!t);
}

static Value object_hash_method(Value self, const Value *args, size_t nargs,
                                Object *kwnames)
{
    uintptr_t a = (uintptr_t)value_as_object(self);
    int64_t h = (int64_t)((a >> 4) | (a << 60));
    return int_from_i64(h == -1 ? -2 : h);
}

int64_t type_hash_unhashable(Object *self)
{
    exc_raise_format(&exc_TypeError, "unhashable type: '%s'",
                     object_type(self)->name);
    return -1;
}

StrObject *type_attr_name(Value v)
{
    if (value_type(v) == &str_type)
        return (StrObject *)value_as_object(v);
    if (str_check(v)) { // a str subclass: its text, interned (immortal)
        StrObject *s = (StrObject *)value_as_object(v);
        return str_intern(str_from_trusted_utf8(s->data, s->size));
    }
    exc_raise_format(&exc_TypeError, "attribute name must be string, not '%s'",
                     value_type(v)->name);
    return NULL;
}

static Value object_getattribute(Value self, const Value *args, size_t nargs,
                                 Object *kwnames)
{
    StrObject *name;
    if (!args_positional("__getattribute__", nargs, kwnames, 1, 1) ||
        !(name = type_attr_name(args[0])))
        return VALUE_NULL;
    if (value_type(self)->flags & TYPE_FLAG_HEAPTYPE)
        return instance_getattr_generic(self, name);
    return op_getattr(self, name);
}

static Value object_setattr_method(Value self, const Value *args, size_t nargs,
                                   Object *kwnames)
{
    StrObject *name;
    if (!args_positional("__setattr__", nargs, kwnames, 2, 2) ||
        !(name = type_attr_name(args[0])))
        return VALUE_NULL;
    int r = value_type(self)->flags & TYPE_FLAG_HEAPTYPE
                ? instance_setattr_generic(self, name, args[1])
                : op_setattr(self, name, args[1]);
    return r < 0 ? VALUE_NULL : VALUE_NONE;
}

static Value object_delattr_method(Value self, const Value *args, size_t nargs,
                                   Object *kwnames)
{
    StrObject *name;
    if (!args_positional("__delattr__", nargs, kwnames, 1, 1) ||
        !(name = type_attr_name(args[0])))
        return VALUE_NULL;
    int r = value_type(self)->flags & TYPE_FLAG_HEAPTYPE
                ? instance_setattr_generic(self, name, VALUE_NULL)
                : op_delattr(self, name);
    return r < 0 ? VALUE_NULL : VALUE_NONE;
}

static Value object_init_subclass(Value self, const Value *args, size_t nargs,
                                  Object *kwnames)
{
    return VALUE_NONE;
}

static Value object_format(Value self, const Value *args, size_t nargs,
                           Object *kwnames)
{
    if (!args_positional("__format__", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    if (value_type(args[0]) == &str_type &&
        ((StrObject *)value_as_object(args[0]))->size == 0) {
        StrObject *s = op_str(self);
        return s ? value_steal(&s->header) : VALUE_NULL;
    }
    exc_raise_format(&exc_TypeError,
                     "unsupported format string passed to %s.__format__",
                     value_type(self)->name);
    return VALUE_NULL;
}

static const MethodDef object_methods[] = {
    {"__init__", object_init, 0},
    {"__new__", object_new_method, METHOD_STATIC},
    {"__subclasshook__", object_subclasshook, METHOD_CLASS},
    {"__repr__", object_repr_method, 0},
    {"__str__", object_str_method, 0},
    {"__eq__", object_eq, 0},
    {"__ne__", object_ne, 0},
    {"__hash__", object_hash_method, 0},
    {"__getattribute__", object_getattribute, 0},
    {"__setattr__", object_setattr_method, 0},
    {"__delattr__", object_delattr_method, 0},
    {"__init_subclass__", object_init_subclass, METHOD_CLASS},
    {"__format__", object_format, 0},
    {NULL, NULL, 0},
};

TypeObject object_base_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "object",
    .basic_size = sizeof(Object),
    .dealloc = object_free,
    .new = object_new_instance,
    .methods = object_methods,
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
