// interp.c: interpreter-wide objects and imports of built-in modules.
#include "vm/interp.h"

#include "vm/base/mutex.h"
#include "vm/exc.h"
#include "vm/objects/dict.h"
#include "vm/objects/str.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

Interp interp;

// Imports create modules at most once: the lock is held while a module is
// looked up and, if missing, created (a leaf: module creation runs no
// Python code).
static Mutex import_lock = MUTEX_INIT;

static void register_module(ModuleObject *m)
{
    refcount_inc(&m->header);
    refcount_inc(&m->name->header);
    dict_set((DictObject *)interp.modules, value_steal(&m->name->header),
             value_steal(&m->header));
}

void interp_init(int argc, char **argv)
{
    types_init();
    interp.modules = &dict_new()->header;
    interp.builtins = builtins_module_create();
    interp.sys = sys_module_create(argc, argv);
    register_module(interp.builtins);
    register_module(interp.sys);
}

void interp_fini(void)
{
    dict_clear((DictObject *)interp.modules);
    refcount_dec(interp.modules);
    refcount_dec(&interp.sys->header);
    refcount_dec(&interp.builtins->header);
    interp.modules = NULL;
}

Value import_module(StrObject *name)
{
    Value v;
    // Pairs with the unlock below: a module registered by another
    // thread's import is complete before it is visible here.
    mutex_lock(&import_lock);
    int r = dict_get((DictObject *)interp.modules, (Value)&name->header, &v);
    mutex_unlock(&import_lock);
    if (r == 1)
        return v;
    if (r == 0)
        exc_raise_format(&exc_ModuleNotFoundError, "No module named '%s'",
                         name->data);
    return VALUE_NULL;
}
