// traceback.h: traceback entries, the record of which frames an
// exception passed through (exception.__traceback__).
//
// The chain starts at the outermost frame: an exception leaving a frame
// gets a new head entry whose `next` is the previous head, exactly as
// CPython links tb_next. An entry keeps the code object and the index of
// the instruction that was running, from which the line and columns are
// recovered when the traceback is printed.
#ifndef FTPY_VM_OBJECTS_TRACEBACK_H
#define FTPY_VM_OBJECTS_TRACEBACK_H

#include "vm/objects/code.h"

typedef struct TracebackObject {
    ObjHeader header;
    Value next; // the entry of the frame called from here, or VALUE_NULL
    CodeObject *code;
    uint32_t index; // instruction index in code
} TracebackObject;

extern TypeObject traceback_type;

// Adds an entry for (code, index) at the head of the pending exception's
// traceback.
void traceback_here(CodeObject *code, uint32_t index);

#endif // FTPY_VM_OBJECTS_TRACEBACK_H
