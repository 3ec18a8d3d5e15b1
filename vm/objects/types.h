// types.h: declares every builtin type listed in types.def (one include
// for the code that expands that table).
#ifndef FTPY_VM_OBJECTS_TYPES_H
#define FTPY_VM_OBJECTS_TYPES_H

#include "vm/modules/functools.h"
#include "vm/modules/heapq.h"
#include "vm/modules/itertools.h"
#include "vm/modules/operator.h"
#include "vm/objects/builtin.h"
#include "vm/objects/bytearray.h"
#include "vm/objects/bytes.h"
#include "vm/objects/class.h"
#include "vm/objects/code.h"
#include "vm/objects/complex.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/file.h"
#include "vm/objects/float.h"
#include "vm/objects/function.h"
#include "vm/objects/generator.h"
#include "vm/objects/genericalias.h"
#include "vm/objects/int.h"
#include "vm/objects/iter.h"
#include "vm/objects/list.h"
#include "vm/objects/member.h"
#include "vm/objects/method.h"
#include "vm/objects/module.h"
#include "vm/objects/range.h"
#include "vm/objects/set.h"
#include "vm/objects/slice.h"
#include "vm/objects/slotwrap.h"
#include "vm/objects/str.h"
#include "vm/objects/traceback.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

#endif // FTPY_VM_OBJECTS_TYPES_H
