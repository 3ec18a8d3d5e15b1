// call.h: binding call arguments to a function's parameters, with
// CPython's error messages ("f() missing 1 required positional argument:
// 'b'", "f() got an unexpected keyword argument 'z'", ...).
#ifndef FTPY_VM_CALL_H
#define FTPY_VM_CALL_H

#include <stdbool.h>

#include "vm/frame.h"

// Fills a fresh frame's parameters, cells and free variables from the
// arguments (borrowed: the frame takes new references). false with
// TypeError on a mismatch; the frame's slots are then still consistent
// for frame_pop.
bool call_bind(FunctionObject *fn, Frame *f, const Value *args, size_t nargs,
               Object *kwnames);

// A frame for calling `fn`, bound and linked above the current frame
// (not yet current); NULL on error.
Frame *call_frame(ThreadState *ts, FunctionObject *fn, const Value *args,
                  size_t nargs, Object *kwnames);

#endif // FTPY_VM_CALL_H
