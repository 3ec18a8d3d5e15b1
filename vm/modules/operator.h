// operator.h: the operator module's callable types: itemgetter,
// attrgetter and methodcaller (vm/modules/operator.c).
//
// Thread safety: the objects are immutable after construction; calling
// one from several threads at once is safe.
#ifndef FTPY_VM_MODULES_OPERATOR_H
#define FTPY_VM_MODULES_OPERATOR_H

#include "vm/object.h"

extern TypeObject itemgetter_type;   // operator.itemgetter(*items)
extern TypeObject attrgetter_type;   // operator.attrgetter(*names)
extern TypeObject methodcaller_type; // operator.methodcaller(name, ...)

#endif // FTPY_VM_MODULES_OPERATOR_H
