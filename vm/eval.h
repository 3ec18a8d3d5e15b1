// eval.h: running code: the eval loop and calls into Python functions.
//
// One eval loop runs per thread, over that thread's frames
// (vm/frame.h). Python-to-Python calls do not recurse in C: CALL pushes
// the callee's frame and the same loop continues with it, so deep Python
// recursion is bounded by the recursion limit, not by the C stack.
// Calls from C (a builtin calling a Python function: sorted(key=f),
// map(f, ...)) enter a nested loop; their depth is limited separately.
//
// The loop polls the eval breaker (vm/thread.h) on backward jumps and
// function entry: that is where stop-the-world requests, BRC merges and
// QSBR processing happen, and, with the GIL on, where it is handed over.
#ifndef FTPY_VM_EVAL_H
#define FTPY_VM_EVAL_H

#include <stdbool.h>

#include "vm/objects/function.h"

// Nested C-level recursion (eval loops entered from C, repr of nested
// containers, comparisons of nested sequences) each use C stack; past
// this depth a RecursionError is raised instead of overflowing it.
#define C_DEPTH_LIMIT 3000

// Enters one level of C recursion; false with RecursionError "maximum
// recursion depth exceeded<where>" past the limit. Pair with
// c_recursion_leave.
bool c_recursion_enter(const char *where);
void c_recursion_leave(void);

struct Frame;

// Runs module-level `code` with `globals` as its namespace; the result of
// the last RETURN_VALUE (None), or VALUE_NULL with the exception set.
Value eval_module(CodeObject *code, Object *globals, Object *builtins);

// The same with a separate `locals` namespace (exec and eval): any
// mapping, a dict or not. `code` must have no cells or free variables.
Value eval_code(CodeObject *code, Object *globals, Object *builtins,
                Object *locals);

// Resumes a generator's frame: pushes `sent` (borrowed) as the value of
// the yield it stopped at (not on the first run), or with `throwing`
// raises the pending exception there. *yielded says whether it stopped
// at a yield (the result is the yielded value) or finished (the result
// is the return value, or VALUE_NULL with the exception).
Value eval_resume(struct Frame *f, Value sent, bool throwing, bool *yielded);

// Runs a class body (a function without parameters) with `ns` as its
// namespace; the body's result (None), or VALUE_NULL.
Value eval_class_body(FunctionObject *fn, Object *ns);

// function.__call__: binds the arguments and runs the body.
Value function_call(Value self, const Value *args, size_t nargs,
                    Object *kwnames);

#endif // FTPY_VM_EVAL_H
