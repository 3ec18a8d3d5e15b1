// import.h: the import system: modules built into the binary
// (vm/modules/modules.def) and modules and packages found as .py files
// on sys.path (the script's directory, then lib/), cached in sys.modules.
//
// Thread safety: one reentrant import lock serialises module creation, so
// two threads importing the same module run its body once, and a module
// importing others from its body (the same thread) re-enters. Finished
// modules are found in sys.modules without the lock. Waiting for the lock
// detaches the thread (vm/base/mutex.h), so a stop-the-world is not held
// up by an import in progress.
#ifndef FTPY_VM_IMPORT_H
#define FTPY_VM_IMPORT_H

#include "vm/frame.h"

typedef struct StrObject StrObject;

// The module named `name` (absolute, dotted), importing it and its parent
// packages as needed. ModuleNotFoundError "No module named 'x'" if it
// cannot be found; whatever its body raised if it fails.
Value import_module(StrObject *name);

// IMPORT_NAME: `import a.b` (fromlist None: the top package a) and
// `from .x import y` (level > 0: relative to the running module's
// package; the module itself is returned).
Value import_name(Frame *f, StrObject *name, Value fromlist, Value level);

// The builtin __import__(name, globals=None, locals=None, fromlist=(),
// level=0) in the CallFn convention (vm/object.h), with CPython's
// errors ("Empty module name", "level must be >= 0", "attempted
// relative import with no known parent package", ...). A package's
// fromlist items that are submodules are imported; missing ones are
// skipped.
Value import_builtin(Value self, const Value *args, size_t nargs,
                     Object *kwnames);

// IMPORT_FROM: module.name, importing the submodule module.name if the
// attribute is missing.
Value import_from(Value module, StrObject *name);

#endif // FTPY_VM_IMPORT_H
