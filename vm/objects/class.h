// class.h: classes made by `class` statements (heap types): creation
// with a C3 method resolution order, instances with a __dict__, the type
// slots that dispatch to dunder methods (__add__, __eq__, __len__, ...),
// attribute lookup with descriptors, __build_class__ and super().
//
// Which builtin types a class may derive from: object and the exception
// types (their instances carry an attribute dict already). Other builtin
// bases are refused with a TypeError for now (docs/differences.md).
//
// Concurrency: a class is built by one thread and published by the store
// that binds its name. Its dict is a normal dict (lock-free reads,
// critical-section writes); the slots are fixed at creation, so
// assigning a new dunder to an existing class does not change how its
// operators behave (docs/differences.md).
#ifndef FTPY_VM_OBJECTS_CLASS_H
#define FTPY_VM_OBJECTS_CLASS_H

#include "vm/object.h"
#include "vm/value.h"

typedef struct StrObject StrObject;
typedef struct TupleObject TupleObject;

// type(name, bases, dict) and class statements: a new class.
Value class_new(TypeObject *meta, const Value *args, size_t nargs,
                Object *kwnames);
// The C3 method resolution order of `t` with direct `bases` (each with
// its MRO already), as a new tuple; VALUE_NULL with TypeError "Cannot
// create a consistent method resolution order (MRO)" if there is none.
Value class_compute_mro(TypeObject *t, TupleObject *bases);
// Calling a class: __new__ then __init__.
Value class_call(TypeObject *t, const Value *args, size_t nargs,
                 Object *kwnames);
// Attribute access on a class (C.x) and assignment to it.
Value class_getattr(TypeObject *t, StrObject *name, bool *found);
int class_setattr(TypeObject *t, StrObject *name, Value value);

// object.__getattribute__ / object.__setattr__ for class instances: the
// type's data descriptors, then the instance __dict__, then the class.
Value instance_getattr_generic(Value self, StrObject *name);
int instance_setattr_generic(Value self, StrObject *name, Value value);
// obj.name() on a class instance without making a bound method: true and
// the plain function (a new reference) when the attribute is a function
// found on the class and not shadowed by the instance; false otherwise
// (the caller then does an ordinary attribute lookup).
bool class_find_method(Value self, StrObject *name, Value *func);
// object.__new__(cls): an instance of the class (no __init__ call).
Value class_allocate(TypeObject *t, const Value *args, size_t nargs,
                     Object *kwnames);

// builtins.__build_class__(body, name, *bases, metaclass=..., **kw).
Value build_class(Value self, const Value *args, size_t nargs, Object *kwnames);

// The qualified name used in reprs and tracebacks: "int" for builtins,
// "__main__.Point" for classes.
void class_full_name(const TypeObject *t, char *buf, size_t size);

#endif // FTPY_VM_OBJECTS_CLASS_H
