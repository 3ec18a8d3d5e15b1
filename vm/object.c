// object.c: allocation and deallocation of generic objects.
#include "vm/object.h"

#include <string.h>

#include "alloc/alloc.h"
#include "vm/base/tid.h"

Object *object_new(TypeObject *t)
{
    return object_new_sized(t, t->basic_size);
}

Object *object_new_sized(TypeObject *t, size_t size)
{
    Object *op = alloc_zeroed(size);
#ifdef FTPY_FREE_THREADING
    // Plain stores: nobody else can see the object until it is published,
    // and publication (a lock or a release store) orders these writes.
    op->ob_tid = thread_id();
    op->ob_ref_local = 1;
    op->ob_ref_shared = 0;
#else
    op->ob_refcnt = 1;
#endif
    op->ob_type = t;
    return op;
}

void object_free(Object *op)
{
    alloc_free(op);
}

void object_dealloc(Object *op)
{
    op->ob_type->dealloc(op);
}
