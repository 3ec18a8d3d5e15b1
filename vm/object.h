// object.h: the generic object and the minimal type record every object
// points to. Each concrete type lives in its own file under vm/objects/.
//
// Object is ObjHeader (gc/header.h): an Object * points at the header that
// starts every heap object. Lifetimes follow vm/refcount.h.
//
// Thread safety: a TypeObject is immutable once published; object_new
// returns an object owned by the calling thread (it becomes the biased
// owner in the free-threaded build).
#ifndef FTPY_VM_OBJECT_H
#define FTPY_VM_OBJECT_H

#include <stdbool.h>
#include <stddef.h>

#include "gc/header.h"

typedef ObjHeader Object;

typedef struct TypeObject TypeObject;
typedef void (*DeallocFn)(Object *op);
// Python's hash(); -1 means "unhashable" (an error).
typedef int64_t (*HashFn)(Object *self);
// self == other: 1 equal, 0 not equal, -1 error. `other` may be any Value.
typedef int (*EqualFn)(Object *self, uintptr_t other);

// The type record. The slot table grows as the interpreter's types
// arrive; a NULL slot means Python's default for it.
struct TypeObject {
    ObjHeader header;
    const char *name;
    size_t basic_size; // bytes of an instance, header included
    DeallocFn dealloc; // frees the instance: drop what it holds, then
                       // object_free()
    HashFn hash;       // NULL: identity hash (object.__hash__)
    EqualFn equal;     // NULL: identity (object.__eq__)
    TypeObject *base;  // first base class; NULL for the root types
};

// Whether `t` is `base` or derives from it through first bases.
bool type_is_subtype(const TypeObject *t, const TypeObject *base);

// A fresh object of type `t` (basic_size bytes, zero-filled beyond the
// header) holding one reference, owned by the calling thread.
Object *object_new(TypeObject *t);
// The same with an explicit size (>= basic_size), for variable-sized
// objects such as str.
Object *object_new_sized(TypeObject *t, size_t size);
// Releases the memory of an object whose refcount reached zero (called by
// type dealloc functions).
void object_free(Object *op);
// Runs the type's dealloc. Only the refcount layer and the collector call
// this.
void object_dealloc(Object *op);

static inline TypeObject *object_type(const Object *op)
{
    return op->ob_type;
}

// Python's hash() and == for any Value (vm/value.h): small ints hash as
// Python ints (modulo 2**61 - 1, with -1 -> -2) and compare by value;
// objects use their type's slots, defaulting to identity. object_hash
// returns -1 for an unhashable object; object_equal returns 1, 0 or -1.
int64_t object_hash(uintptr_t v);
int object_equal(uintptr_t a, uintptr_t b);
// The hash of a small int, as Python computes hash(int).
int64_t object_hash_small_int(int64_t i);

// Static initialiser of an immortal object's header (types, singletons).
#ifdef FTPY_FREE_THREADING
#define OBJ_HEADER_IMMORTAL(type)                                              \
    {                                                                          \
        .ob_tid = 0, .ob_flags = OBJ_FLAG_STATIC, .ob_mutex = MUTEX_INIT,      \
        .ob_gc_bits = GC_BIT_DEFERRED, .ob_ref_local = UINT32_MAX,             \
        .ob_ref_shared = 0, .ob_type = (type)                                  \
    }
#else
#define OBJ_HEADER_IMMORTAL(type)                                              \
    {                                                                          \
        .ob_refcnt = REFCNT_IMMORTAL_CLASSIC, .ob_type = (type)                \
    }
#endif
// Classic immortal count: negative as a 32-bit value (see refcount.h).
#define REFCNT_IMMORTAL_CLASSIC ((int64_t)0xC0000000u)

#endif // FTPY_VM_OBJECT_H
