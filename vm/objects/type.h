// type.h: types as Python objects: `type`, the root type `object`, the
// descriptors through which builtin methods and computed attributes
// appear in a type's dict, and the generic attribute lookup.
//
// A builtin type is a static TypeObject; type_ready fills its attribute
// dict from its MethodDef/GetSetDef tables once, at runtime start, before
// any thread runs Python code. After that a type's dict is read
// lock-free (dict_get) and never changes.
#ifndef FTPY_VM_OBJECTS_TYPE_H
#define FTPY_VM_OBJECTS_TYPE_H

#include "vm/object.h"
#include "vm/value.h"

typedef struct StrObject StrObject;

extern TypeObject type_type;              // type
extern TypeObject object_base_type;       // object
extern TypeObject method_descr_type;      // <method 'upper' of 'str' objects>
extern TypeObject classmethod_descr_type; // dict.fromkeys before binding
extern TypeObject getset_descr_type; // <attribute 'start' of 'range' objects>

// Sets the base (object by default) and builds the attribute dict.
void type_ready(TypeObject *t);
// Readies every builtin type (vm/objects/types.def and the exceptions).
void types_init(void);

// The attribute `name` found on `t` or its bases (borrowed), or
// VALUE_NULL.
Value type_lookup(TypeObject *t, StrObject *name);
// instance.name for builtin types: methods bind, getsets compute;
// AttributeError "'int' object has no attribute 'foo'" otherwise.
Value generic_getattr(Value self, StrObject *name);
// Assigns (v) or deletes (VALUE_NULL) through a getset descriptor;
// AttributeError when it has no setter.
int getset_descr_set(Value descr, Value self, Value v);
// Copies the slots `t` does not define from `b` (CPython's
// inherit_slots).
void type_inherit_slots(TypeObject *t, TypeObject *b);
// What the class attribute `found` is when read through `self` (VALUE_NULL:
// through the class `type`): builtin methods bind, getsets compute,
// functions become bound methods, properties and descriptors run.
Value type_bind_attribute(Value found, Value self, Value type);
// The name argument of getattr()/setattr()/__getattribute__ ...: a str
// (borrowed; a str subclass's text comes back interned), or NULL with
// TypeError "attribute name must be string, not 'X'".
StrObject *type_attr_name(Value v);
// The hash slot of the mutable builtins (list, dict, set, bytearray,
// slice): TypeError "unhashable type: 'X'". Their types also carry
// TYPE_FLAG_UNHASHABLE, which makes X.__hash__ None.
int64_t type_hash_unhashable(Object *self);
// The class name used in messages: "int", "NoneType", ...
static inline const char *type_name(const TypeObject *t)
{
    return t->name;
}

#endif // FTPY_VM_OBJECTS_TYPE_H
