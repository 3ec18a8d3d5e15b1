// builtin.h: builtin functions and bound builtin methods
// (`builtin_function_or_method`): a MethodDef plus the object it is bound
// to (the instance for `"a".upper`, the module for `len`).
#ifndef FTPY_VM_OBJECTS_BUILTIN_H
#define FTPY_VM_OBJECTS_BUILTIN_H

#include "vm/object.h"
#include "vm/value.h"

typedef struct BuiltinObject {
    ObjHeader header;
    const MethodDef *def;
    Value self;         // VALUE_NULL for plain functions
    const char *module; // for repr of functions: NULL means builtins
} BuiltinObject;

extern TypeObject builtin_type;

// A new builtin bound to `self` (a new reference is taken).
Value builtin_new(const MethodDef *def, Value self);

#endif // FTPY_VM_OBJECTS_BUILTIN_H
