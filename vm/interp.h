// interp.h: the interpreter-wide Python objects: the builtins namespace,
// sys.modules and the modules built into the binary. Created once by
// interp_init before any Python code runs and shared by every thread
// (their dicts follow the dict's lock-free read protocol).
#ifndef FTPY_VM_INTERP_H
#define FTPY_VM_INTERP_H

#include "vm/objects/module.h"

typedef struct Interp {
    ModuleObject *builtins; // the builtins module
    ModuleObject *sys;
    Object *modules; // sys.modules, a dict
} Interp;

extern Interp interp;

// Builds builtins and sys. `argv` becomes sys.argv (argv[0] is the
// script path, "-c" or "-").
void interp_init(int argc, char **argv);
void interp_fini(void);

// The built-in modules' constructors (vm/modules/).
ModuleObject *builtins_module_create(void);
ModuleObject *sys_module_create(int argc, char **argv);

#endif // FTPY_VM_INTERP_H
