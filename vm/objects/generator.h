// generator.h: generator objects: a suspended frame (kept in the
// generator's own memory) and the iterator protocol over it, with
// send/throw/close as in CPython.
//
// Concurrency: a generator runs on one thread at a time. Resuming claims
// it with a CAS on `state` (SUSPENDED or CREATED -> RUNNING); a second
// thread resuming it meanwhile gets "ValueError: generator already
// executing", as a recursive resume on the same thread does.
#ifndef FTPY_VM_OBJECTS_GENERATOR_H
#define FTPY_VM_OBJECTS_GENERATOR_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/objects/function.h"

struct Frame;

enum {
    GEN_CREATED,   // not started
    GEN_SUSPENDED, // stopped at a yield
    GEN_RUNNING,   // a thread is executing it
    GEN_FINISHED,  // returned or raised
};

typedef struct GeneratorObject {
    ObjHeader header;
    struct Frame *frame; // heap frame; its values are gone once finished
    uint8_t state;       // GEN_*; atomic
    Value handled;       // its own exception being handled, across yields
    StrObject *name, *qualname;
} GeneratorObject;

extern TypeObject generator_type;

// Calling a generator function: binds the arguments into a new frame and
// returns the (not yet started) generator.
Value generator_new(FunctionObject *fn, const Value *args, size_t nargs,
                    Object *kwnames);

// Runs the generator until it yields or finishes. Returns the yielded
// value (*done false), or the return value (*done true), or VALUE_NULL
// with an exception. With `throwing`, the pending exception is raised
// at the suspended yield instead of sending `sent` (borrowed).
Value generator_resume(GeneratorObject *g, Value sent, bool throwing,
                       bool *done);

static inline bool generator_check(Value v)
{
    return value_is_object(v) &&
           object_type(value_as_object(v)) == &generator_type;
}

#endif // FTPY_VM_OBJECTS_GENERATOR_H
