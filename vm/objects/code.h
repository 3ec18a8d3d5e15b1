// code.h: code objects: the compiled form of a module, function, lambda
// or comprehension body. Immutable once built by the assembler
// (vm/compile/assemble.c), so any number of threads execute one code
// object without synchronisation.
//
// Frame layout it prescribes (vm/frame.h): localsplus holds the locals
// (arguments first), then the cells this code creates, then the free
// variables it receives from its closure; LOAD_FAST/LOAD_DEREF index it.
#ifndef FTPY_VM_OBJECTS_CODE_H
#define FTPY_VM_OBJECTS_CODE_H

#include <stdint.h>

#include "vm/object.h"
#include "vm/opcodes.h"
#include "vm/value.h"

typedef struct StrObject StrObject;
typedef struct TupleObject TupleObject;

// Where an instruction came from: lines are 1-based, columns are 0-based
// UTF-8 byte offsets (as CPython's co_positions); -1 when unknown.
typedef struct SourceSpan {
    int32_t line, end_line;
    int32_t col, end_col;
} SourceSpan;

// An exception handler: an exception raised by an instruction in
// [start, end) unwinds the value stack to `depth` items, pushes the
// exception and continues at `handler`.
typedef struct ExceptionEntry {
    uint32_t start, end, handler, depth;
} ExceptionEntry;

#define CODE_FLAG_VARARGS 1u     // *args
#define CODE_FLAG_VARKEYWORDS 2u // **kwargs
#define CODE_FLAG_NEWLOCALS 4u   // a function body (fast locals)
#define CODE_FLAG_NESTED 8u      // defined inside another function
#define CODE_FLAG_GENERATOR 16u  // calling it makes a generator
// The `from __future__` features in force, with CPython's CO_FUTURE_*
// values (they show as such in co_flags, and compile() takes them as
// flags). Every code object of a compilation carries them, so exec, eval
// and compile can pass them on to the code they compile.
#define CODE_FLAG_FUTURE_BARRY 0x400000u        // barry_as_FLUFL (no effect)
#define CODE_FLAG_FUTURE_ANNOTATIONS 0x1000000u // PEP 563: annotations as text
#define CODE_FUTURE_MASK 0x1fe0000u             // every CO_FUTURE_* bit

typedef struct CodeObject {
    ObjHeader header;
    Instr *instrs;
    SourceSpan *spans; // one per instruction
    ExceptionEntry *handlers;
    uint32_t ninstrs, nhandlers;
    TupleObject *consts;
    TupleObject *names;      // globals, attributes, imports
    TupleObject *localnames; // locals, then cells, then free variables
    // For each cell, the index of the argument it starts with, or -1.
    int32_t *cell_args;
    uint32_t argcount, posonlyargcount, kwonlyargcount;
    uint32_t nlocals, ncells, nfrees;
    uint32_t stacksize;
    uint32_t flags; // CODE_FLAG_*
    int32_t firstlineno;
    StrObject *filename, *name, *qualname;
} CodeObject;

extern TypeObject code_type;

static inline uint32_t code_nlocalsplus(const CodeObject *c)
{
    return c->nlocals + c->ncells + c->nfrees;
}

// A zeroed code object; the assembler fills it and owns its arrays until
// it is published.
CodeObject *code_new(void);
// The handler covering instruction `index`, or NULL.
const ExceptionEntry *code_find_handler(const CodeObject *c, uint32_t index);
// The source line of instruction `index`.
int32_t code_line_of(const CodeObject *c, uint32_t index);

#endif // FTPY_VM_OBJECTS_CODE_H
