// modules.h: the constructors of the built-in modules listed in
// modules.def (one line each, sorted). Each builds a fresh module object
// the import system registers in sys.modules; see vm/import.c.
//
// Concurrency: called under the import lock, once per module.
// modules.def. Each returns a new module object (a new reference); the
// import system calls it once, with the import lock held.
#ifndef FTPY_VM_MODULES_MODULES_H
#define FTPY_VM_MODULES_MODULES_H

#include "vm/objects/module.h"

ModuleObject *math_module_create(void);
ModuleObject *cmath_module_create(void);
ModuleObject *os_module_create(void);
ModuleObject *posixpath_module_create(void);
ModuleObject *random_module_create(void);
ModuleObject *time_module_create(void);
ModuleObject *bisect_module_create(void);
ModuleObject *functools_module_create(void);
ModuleObject *heapq_module_create(void);
ModuleObject *itertools_module_create(void);
ModuleObject *json_module_create(void);
ModuleObject *operator_module_create(void);
ModuleObject *traceback_module_create(void);
ModuleObject *array_module_create(void);
ModuleObject *struct_module_create(void);

#endif // FTPY_VM_MODULES_MODULES_H
