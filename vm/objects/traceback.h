// traceback.h: traceback entries, the record of which frames an
// exception passed through (exception.__traceback__), and frame objects,
// the Python view of a frame (tb.tb_frame, sys._getframe()).
//
// The chain starts at the outermost frame: an exception leaving a frame
// gets a new head entry whose `next` is the previous head, exactly as
// CPython links tb_next. An entry keeps the code object, the index of
// the instruction that was running and the frame's namespaces, from
// which the line, the columns and tb_frame are recovered on demand.
//
// Frames themselves live on thread stacks (vm/frame.h) and die with the
// call, so a frame object is a snapshot: code, line, globals, and the
// locals as they were when it was made (for a traceback entry, only a
// namespace frame's; a function frame's are gone by then).
//
// Concurrency: entries and frame objects are immutable once made, except
// an entry's cached frame object, published once with a CAS.
#ifndef FTPY_VM_OBJECTS_TRACEBACK_H
#define FTPY_VM_OBJECTS_TRACEBACK_H

#include "vm/objects/code.h"

struct Frame;

typedef struct TracebackObject {
    ObjHeader header;
    Value next; // the entry of the frame called from here, or VALUE_NULL
    CodeObject *code;
    uint32_t index;  // instruction index in code
    Object *globals; // the frame's globals
    Object *locals;  // a module or class frame's namespace, or NULL
    Object *frame;   // tb_frame, made on first use, or NULL
} TracebackObject;

typedef struct FrameObject {
    ObjHeader header;
    CodeObject *code;
    Object *globals;
    Object *locals; // the namespace or a snapshot dict, or NULL
    Value back;     // the caller's frame object, or VALUE_NULL
    uint32_t index; // instruction index in code
} FrameObject;

extern TypeObject traceback_type;
extern TypeObject frame_type;

// Adds an entry for (code, index) at the head of the pending exception's
// traceback; `globals` and `locals` are the frame's (locals NULL for a
// function frame).
void traceback_here(CodeObject *code, uint32_t index, Object *globals,
                    Object *locals);

// A frame object for the live frame `f` and, through f_back, for its
// callers (locals are snapshots).
Value frame_object_new(struct Frame *f);

#endif // FTPY_VM_OBJECTS_TRACEBACK_H
