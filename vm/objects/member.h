// member.h: member descriptors, the attributes a class declares in
// __slots__: each names one Value stored at a fixed offset inside the
// instance (no __dict__ entry).
//
// Concurrency: a slot is written under the instance's critical section
// and read lock-free; a replaced value is dropped through QSBR once the
// instance is shared (vm/objects/container.h), like a list item.
#ifndef FTPY_VM_OBJECTS_MEMBER_H
#define FTPY_VM_OBJECTS_MEMBER_H

#include <stddef.h>

#include "vm/object.h"
#include "vm/value.h"

typedef struct StrObject StrObject;

extern TypeObject member_descr_type;

// A descriptor for slot `name` of `owner`'s instances at `offset`.
Value member_descr_new(TypeObject *owner, StrObject *name, size_t offset);
// instance.name, or VALUE_NULL with AttributeError when unset.
Value member_get(Value descr, Value self);
// Sets (value) or clears (VALUE_NULL) the slot: 0, or -1 with
// AttributeError when clearing an unset slot.
int member_set(Value descr, Value self, Value value);

#endif // FTPY_VM_OBJECTS_MEMBER_H
