// slotwrap.h: slot wrappers, the Python-visible dunder methods of builtin
// types made from their C slots (list.__repr__, dict.__getitem__, ...).
// Immortal and immutable: made once by type_ready.
#ifndef FTPY_VM_OBJECTS_SLOTWRAP_H
#define FTPY_VM_OBJECTS_SLOTWRAP_H

#include "vm/object.h"

extern TypeObject slot_wrapper_type;

// Adds a wrapper to builtin type t's attribute dict for every dunder slot
// t defines itself (an explicit MethodDef of the same name wins).
void slotwrap_fill(TypeObject *t, Object *dict);

#endif // FTPY_VM_OBJECTS_SLOTWRAP_H
