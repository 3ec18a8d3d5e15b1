// container.h: the rules every mutable container (list, dict, set, ...)
// follows so that other threads may read it without a lock (facts H2-B;
// docs/design/refcounting.md, "Containers read without locks").
//
//   - Writers hold the container's critical section.
//   - The first access by a thread that is not the owner happens under
//     that lock and marks the container shared (container_note_access).
//   - While it is shared, every reference the container drops and every
//     block of memory it replaces is released through QSBR, so a reader
//     that loaded a pointer before its next quiescent point may still
//     incref or read it (container_drop_value, container_drop_memory).
//   - A container's own dealloc drops its contents directly: nobody can be
//     reading a container whose last reference is gone.
// Classic build: the GIL serialises everything; drops happen at once.
#ifndef FTPY_VM_OBJECTS_CONTAINER_H
#define FTPY_VM_OBJECTS_CONTAINER_H

#include <stdbool.h>
#include <stddef.h>

#include "vm/value.h"

// Whether lock-free readers may be inside `c` (always false classic).
bool container_is_shared(Object *c);
// Under `c`'s lock: the calling thread is about to read or write it.
void container_note_access(Object *c);
// Drops a reference `c` held (delayed while `c` is shared).
void container_drop_value(Object *c, Value v);
// Frees memory `c` no longer uses (delayed while `c` is shared).
void container_drop_memory(Object *c, void *block, size_t bytes);

#endif // FTPY_VM_OBJECTS_CONTAINER_H
