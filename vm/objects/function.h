// function.h: Python functions (code + globals + defaults + closure) and
// the cells closures share.
//
// Concurrency: a function's code, globals, defaults and closure are set
// when MAKE_FUNCTION builds it and never change. Its descriptive
// attributes (__name__, __doc__, __annotations__, ... as functools.wraps
// rewrites them) are replaced under the function's critical section;
// readers take a reference under the same section. Other attributes live in its
// __dict__, a normal dict. A cell is a one-Value box that several frames, on
// several threads, may read and write: its contents are swapped under its
// critical section and dropped through QSBR (vm/objects/container.h)
// once shared, so a lock-free reader never sees a freed value.
#ifndef FTPY_VM_OBJECTS_FUNCTION_H
#define FTPY_VM_OBJECTS_FUNCTION_H

#include "vm/objects/code.h"

typedef struct FunctionObject {
    ObjHeader header;
    CodeObject *code;
    Object *globals;       // a dict
    Object *builtins;      // a dict
    TupleObject *defaults; // positional defaults, or NULL
    Object *kwdefaults;    // a dict of keyword-only defaults, or NULL
    Object *annotations;   // a dict, or NULL until __annotations__ is read
    TupleObject *closure;  // cells for the code's free variables, or NULL
    StrObject *name, *qualname;
    Value doc;
    Value module;
    Object *dict; // function attributes (f.x = 1), made on first use
} FunctionObject;

extern TypeObject function_type;

// A function for `code` (references taken on everything it keeps).
FunctionObject *function_new(CodeObject *code, Object *globals,
                             Object *builtins);

typedef struct CellObject {
    ObjHeader header;
    Value ref; // VALUE_NULL when empty; atomic
} CellObject;

extern TypeObject cell_type;

// A cell holding `v` (a new reference is taken; VALUE_NULL for empty).
CellObject *cell_new(Value v);
// A new reference to the contents, or VALUE_NULL when empty.
Value cell_get(CellObject *c);
// Replaces the contents (the cell takes over `v`'s reference).
void cell_set(CellObject *c, Value v);

#endif // FTPY_VM_OBJECTS_FUNCTION_H
