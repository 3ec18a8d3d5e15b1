// reprutil.h: what the containers' repr needs on top of StrBuf
// (vm/objects/strbuf.h): appending an item's repr, and the recursion
// guard that turns a container containing itself into "[...]" / "{...}"
// instead of looping forever.
//
// Concurrency: the guard is per thread (the objects being repr'd on this
// thread), as in CPython's Py_ReprEnter, so two threads repr'ing one list
// never see each other's marks.
#ifndef FTPY_VM_OBJECTS_REPRUTIL_H
#define FTPY_VM_OBJECTS_REPRUTIL_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/objects/strbuf.h"
#include "vm/value.h"

// Appends repr(v); false (exception set) if that repr failed.
bool strbuf_append_repr(StrBuf *b, Value v);

// Marks `op` as being repr'd on this thread. Returns false if it already
// was (the caller prints its recursion marker and must not call
// repr_leave); true otherwise, and the caller calls repr_leave(op) when
// done.
bool repr_enter(Object *op);
void repr_leave(Object *op);

// repr() of a sequence of Values between `open` and `close`, items
// separated by ", " ("[1, 'a']"). NULL with an exception set on error.
// The items must stay alive while item reprs run (pass a snapshot).
StrObject *repr_sequence(const char *open, const Value *items, int64_t n,
                         const char *close);

#endif // FTPY_VM_OBJECTS_REPRUTIL_H
