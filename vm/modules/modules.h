// modules.h: the constructors of the built-in modules listed in
// modules.def. Each returns a new module object (a new reference); the
// import system calls it once, with the import lock held.
#ifndef FTPY_VM_MODULES_MODULES_H
#define FTPY_VM_MODULES_MODULES_H

#include "vm/objects/module.h"

ModuleObject *bisect_module_create(void);
ModuleObject *functools_module_create(void);
ModuleObject *heapq_module_create(void);
ModuleObject *itertools_module_create(void);
ModuleObject *json_module_create(void);
ModuleObject *operator_module_create(void);

#endif // FTPY_VM_MODULES_MODULES_H
