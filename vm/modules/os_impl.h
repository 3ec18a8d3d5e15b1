// os_impl.h: what os.c and os_path.c (posixpath, os.path) share: reading
// path arguments. Paths are str only; bytes and os.PathLike objects are
// not supported (docs/differences.md).
//
// Concurrency: no state.
#ifndef FTPY_VM_MODULES_OS_IMPL_H
#define FTPY_VM_MODULES_OS_IMPL_H

#include <stdbool.h>

#include "vm/objects/str.h"
#include "vm/value.h"

// The str path argument `v` of function `fname` (borrowed; NUL-terminated
// text in (*out)->data). TypeError "remove: path should be string, bytes
// or os.PathLike, not int" for other types (`what` names the accepted
// types when it differs), ValueError "embedded null byte" for a NUL
// inside.
bool os_path_arg(const char *fname, Value v, const char *what, StrObject **out);

// os.fspath's check: the str `v`, or TypeError "expected str, bytes or
// os.PathLike object, not int".
bool os_fspath(Value v, StrObject **out);

#endif // FTPY_VM_MODULES_OS_IMPL_H
