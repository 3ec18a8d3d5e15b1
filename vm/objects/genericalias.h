// genericalias.h: subscripting classes: `list[int]` gives a
// types.GenericAlias (origin and args, callable like the origin), and a
// class's own __class_getitem__ runs for `C[x]`. Aliases are immutable.
#ifndef FTPY_VM_OBJECTS_GENERICALIAS_H
#define FTPY_VM_OBJECTS_GENERICALIAS_H

#include <stdbool.h>

#include "vm/object.h"
#include "vm/value.h"

extern TypeObject generic_alias_type;

// A new alias origin[key] (key: one argument, or a tuple of them).
Value generic_alias_new(Value origin, Value key);
// cls[key] for a class whose metaclass has no __getitem__: *handled is
// false when the class supports no subscription.
Value class_getitem(Value cls, Value key, bool *handled);

#endif // FTPY_VM_OBJECTS_GENERICALIAS_H
