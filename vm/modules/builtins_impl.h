// builtins_impl.h: builtin functions defined outside builtins.c (the I/O
// ones live in builtins_io.c, exec/eval/compile in builtins_exec.c), in
// the CallFn convention.
#ifndef FTPY_VM_MODULES_BUILTINS_IMPL_H
#define FTPY_VM_MODULES_BUILTINS_IMPL_H

#include "vm/object.h"
#include "vm/objects/number.h"
#include "vm/value.h"

Value builtin_print(Value self, const Value *args, size_t nargs,
                    Object *kwnames);
Value builtin_input(Value self, const Value *args, size_t nargs,
                    Object *kwnames);
Value builtin_open(Value self, const Value *args, size_t nargs,
                   Object *kwnames);
Value builtin_exec(Value self, const Value *args, size_t nargs,
                   Object *kwnames);
Value builtin_eval(Value self, const Value *args, size_t nargs,
                   Object *kwnames);
Value builtin_compile(Value self, const Value *args, size_t nargs,
                      Object *kwnames);

#endif // FTPY_VM_MODULES_BUILTINS_IMPL_H
