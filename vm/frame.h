// frame.h: frames, the activation records of Python code, and the
// per-thread memory they live in.
//
// Frames are carved from the thread's own frame stack (chunks of a few
// hundred KiB, grown on demand) instead of the heap: a Python call costs
// a pointer bump, and the frame is private to its thread, so nothing in
// it is atomic. localsplus holds the locals, cells and free variables
// (vm/objects/code.h), followed by the value stack.
//
// Ownership: every non-NULL Value in localsplus and on the value stack is
// a reference the frame owns; frame_pop drops them.
#ifndef FTPY_VM_FRAME_H
#define FTPY_VM_FRAME_H

#include <stdbool.h>

#include "vm/objects/function.h"
#include "vm/state.h"

typedef struct Frame {
    CodeObject *code;     // the frame owns a reference
    FunctionObject *func; // owned, or NULL for module code
    Object *globals;      // borrowed from func or the module runner
    Object *builtins;     // borrowed likewise
    Object *locals;       // the namespace dict of module/class code, or NULL
    // A function frame's locals() dict, made on the first call and
    // refreshed by each (CPython 3.11's f_locals): what exec() and eval()
    // given no namespaces write to. Owned, or NULL.
    Object *locals_snapshot;
    struct Frame *previous;
    Instr *ip;    // the next instruction to run
    Value *sp;    // the value stack's top while the frame is not running
    bool entry;   // returning from it leaves the eval loop (C caller)
    bool yielded; // set by YIELD_VALUE for the resumer (generators)
    // A generator's frame lives in the generator's memory, not on the
    // thread's frame stack, and outlives each run of the eval loop.
    struct GeneratorObject *gen;
    Value localsplus[];
} Frame;

typedef struct FrameChunk {
    struct FrameChunk *prev;
    char *top, *end;
    char data[];
} FrameChunk;

static inline Value *frame_stack_base(Frame *f)
{
    return f->localsplus + code_nlocalsplus(f->code);
}

// A frame for `code` on the calling thread's frame stack, with every slot
// empty, linked above ts->frame (but not made current). Takes a reference
// to `code` and, if given, `func`. NULL with RecursionError past the
// recursion limit.
Frame *frame_push(ThreadState *ts, CodeObject *code, FunctionObject *func,
                  Object *globals, Object *builtins, Object *locals);
// Drops what the frame holds and releases its memory (it must be the top
// frame of the stack). A generator's frame is only cleared.
void frame_pop(ThreadState *ts, Frame *f);
// A frame in its own heap memory (alloc_free releases it), for a
// generator; not linked, not counted against the recursion limit.
Frame *frame_new_heap(CodeObject *code, FunctionObject *func, Object *globals,
                      Object *builtins);
// Drops every Value the frame holds (locals and stack) and its code and
// function references.
void frame_clear(Frame *f);
// The index of the instruction the frame is executing.
static inline uint32_t frame_index(const Frame *f)
{
    return (uint32_t)(f->ip - f->code->instrs) - 1;
}
// locals() for the frame (a new reference): the namespace of module and
// class code, or for a function its snapshot dict, brought up to date
// with the variables (names set there otherwise stay, as in CPython
// 3.11).
Value frame_locals_dict(Frame *f);
// Frees the thread's frame memory (thread exit).
void frame_stack_fini(ThreadState *ts);

#endif // FTPY_VM_FRAME_H
