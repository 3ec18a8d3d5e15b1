// interp.c: interpreter-wide objects: builtins, sys, sys.modules.
#include "vm/interp.h"

#include "vm/base/mutex.h"
#include "vm/exc.h"
#include "vm/objects/dict.h"
#include "vm/objects/str.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

Interp interp;

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
