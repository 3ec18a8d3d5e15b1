// module.h: module objects: a name and a namespace dict (the module's
// globals). Modules are shared by every thread; their dicts follow the
// dict's own lock-free read / critical-section write protocol.
#ifndef FTPY_VM_OBJECTS_MODULE_H
#define FTPY_VM_OBJECTS_MODULE_H

#include "vm/object.h"
#include "vm/value.h"

typedef struct StrObject StrObject;

typedef struct ModuleObject {
    ObjHeader header;
    Object *dict; // a dict: the module's globals
    StrObject *name;
} ModuleObject;

extern TypeObject module_type;

// A module named `name` with __name__ set in its dict.
ModuleObject *module_new(const char *name);
// m.name = v, taking over `v`.
void module_add(ModuleObject *m, const char *name, Value v);
// The module's name, or NULL when `v` is not a module (borrowed).
StrObject *module_name(Value v);

#endif // FTPY_VM_OBJECTS_MODULE_H
