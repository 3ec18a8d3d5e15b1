// method.h: what functions become inside classes: bound methods
// (instance.method), and the decorators classmethod, staticmethod and
// property, plus super().
//
// All of them are immutable after construction (a property's getter,
// setter and deleter are fixed; property.setter returns a new property),
// so threads share them without locks.
#ifndef FTPY_VM_OBJECTS_METHOD_H
#define FTPY_VM_OBJECTS_METHOD_H

#include "vm/object.h"
#include "vm/value.h"

typedef struct MethodObject {
    ObjHeader header;
    Value func; // any callable
    Value self;
} MethodObject;

typedef struct WrapperObject { // classmethod, staticmethod
    ObjHeader header;
    Value func;
} WrapperObject;

typedef struct PropertyObject {
    ObjHeader header;
    Value get, set, del, doc; // VALUE_NONE when absent
    Value name; // from __set_name__ (for messages); VALUE_NULL until then
} PropertyObject;

extern TypeObject method_type, classmethod_type, staticmethod_type,
    property_type, super_type;

// A bound method (new references to both are taken).
Value method_new(Value func, Value self);

// What a class attribute `attr` is when read through `self` (an
// instance, or VALUE_NULL through the class) of `type`: functions bind,
// classmethods bind to the class, staticmethods unwrap, properties and
// other descriptors (__get__) compute. A new reference, VALUE_NULL on
// error.
Value descriptor_get(Value attr, Value self, Value type);
// Whether `attr` is a data descriptor (it takes precedence over the
// instance __dict__): a property, a getset, or a class with __set__.
bool descriptor_is_data(Value attr);
// Assigns through a data descriptor: 1 done, 0 not a data descriptor,
// -1 error. value VALUE_NULL deletes.
int descriptor_set(Value attr, Value self, Value value);

#endif // FTPY_VM_OBJECTS_METHOD_H
