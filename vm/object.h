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
#include <stdint.h>

#include "gc/header.h"

typedef ObjHeader Object;

typedef struct TypeObject TypeObject;
struct StrObject;
typedef uintptr_t ObjValue; // = Value (vm/value.h), which includes this file

// The operators the number and comparison slots receive. The order is
// the one the compiler's BINARY_OP argument uses (vm/opcodes.def).
typedef enum BinOp {
    BINOP_ADD,
    BINOP_SUB,
    BINOP_MUL,
    BINOP_MATMUL,
    BINOP_TRUEDIV,
    BINOP_FLOORDIV,
    BINOP_MOD,
    BINOP_POW,
    BINOP_LSHIFT,
    BINOP_RSHIFT,
    BINOP_AND,
    BINOP_OR,
    BINOP_XOR,
    BINOP_COUNT,
} BinOp;
// BINARY_OP's argument is an BinOp, plus this flag for `x op= y`.
#define BINOP_INPLACE 16

typedef enum CmpOp { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE } CmpOp;
typedef enum UnaryOp { UNARY_NEG, UNARY_POS, UNARY_INVERT } UnaryOp;

// Slot signatures. Conventions (vm/exc.h): arguments are borrowed;
// returned Values and objects are new references; VALUE_NULL / NULL / -1
// mean "an exception is set". Number and comparison slots receive both
// operands (the slot of either operand's type may be the one called) and
// return the NotImplemented singleton when they do not handle the pair.
typedef void (*DeallocFn)(Object *op);
// Python's hash(); -1 means "unhashable" (an error).
typedef int64_t (*HashFn)(Object *self);
// self == other: 1 equal, 0 not equal, -1 error. `other` may be any Value.
typedef int (*EqualFn)(Object *self, ObjValue other);
typedef struct StrObject *(*ReprFn)(ObjValue self);
typedef ObjValue (*BinaryFn)(ObjValue a, ObjValue b, BinOp op);
typedef ObjValue (*UnaryFn)(ObjValue a, UnaryOp op);
typedef ObjValue (*CompareFn)(ObjValue a, ObjValue b, CmpOp op);
typedef int (*InquiryFn)(ObjValue self);    // 1 / 0 / -1
typedef int64_t (*LengthFn)(ObjValue self); // >= 0, or -1
typedef ObjValue (*GetItemFn)(ObjValue self, ObjValue key);
// value == VALUE_NULL deletes. 0 on success, -1 on error.
typedef int (*SetItemFn)(ObjValue self, ObjValue key, ObjValue value);
typedef int (*ContainsFn)(ObjValue self, ObjValue item); // 1 / 0 / -1
typedef ObjValue (*IterFn)(ObjValue self);
// The next item, or VALUE_NULL: exhausted if no exception is set.
typedef ObjValue (*NextFn)(ObjValue self);
// The calling convention of every callable: `nargs` positional arguments,
// then one value per name in `kwnames` (a tuple of str, or NULL).
typedef ObjValue (*CallFn)(ObjValue self, const ObjValue *args, size_t nargs,
                           Object *kwnames);
typedef ObjValue (*GetAttrFn)(ObjValue self, struct StrObject *name);
// value == VALUE_NULL deletes.
typedef int (*SetAttrFn)(ObjValue self, struct StrObject *name, ObjValue value);
// The type's constructor, called as type(*args, **kw).
typedef ObjValue (*NewFn)(TypeObject *type, const ObjValue *args, size_t nargs,
                          Object *kwnames);
// The bytes an instance of a variable-size type (str, bytes, tuple)
// occupies, header and items included.
typedef size_t (*VarSizeFn)(const Object *self);

// A builtin method in a type's table: `fn` receives the instance as
// `self` (or the type itself with METHOD_CLASS).
typedef struct MethodDef {
    const char *name;
    CallFn fn;
    unsigned flags; // METHOD_*
} MethodDef;
#define METHOD_CLASS 1u  // a classmethod (dict.fromkeys)
#define METHOD_STATIC 2u // a staticmethod (str.maketrans): self is unused

// A computed attribute (`range.start`, `BaseException.args`).
typedef struct GetSetDef {
    const char *name;
    ObjValue (*get)(ObjValue self);
    int (*set)(ObjValue self, ObjValue value); // NULL: read-only
} GetSetDef;

// The type record. A NULL slot means Python's default for it (see
// vm/ops.h, where the generic operations fall back).
struct TypeObject {
    ObjHeader header;
    const char *name;
    size_t basic_size; // bytes of an instance, header included
    DeallocFn dealloc; // frees the instance: drop what it holds, then
                       // object_free()
    HashFn hash;       // NULL: identity hash (object.__hash__)
    EqualFn equal;     // NULL: via `compare`, else identity
    TypeObject *base;  // first base class; NULL for object itself
    // A builtin type's second base, or NULL: ExceptionGroup derives from
    // BaseExceptionGroup and Exception. type_ready then gives the type a
    // __bases__ tuple and a C3 __mro__, and lookups walk that MRO.
    TypeObject *base2;
    unsigned flags; // TYPE_FLAG_*

    ReprFn repr; // NULL: <name object at 0x...>
    ReprFn str;  // NULL: repr
    BinaryFn binary;
    BinaryFn inplace; // NULL: `binary`
    UnaryFn unary;
    CompareFn compare;
    InquiryFn truth; // NULL: length != 0 if there is a length, else true
    LengthFn length;
    GetItemFn getitem;
    SetItemFn setitem;
    ContainsFn contains; // NULL: iterate and compare
    IterFn iter;
    NextFn next;
    CallFn call;
    GetAttrFn getattr;  // NULL: the generic lookup (vm/objects/type.h)
    SetAttrFn setattr;  // NULL: attributes are read-only
    NewFn new;          // NULL: "cannot create 'x' instances"
    VarSizeFn var_size; // variable-size types; NULL: basic_size

    const MethodDef *methods; // NULL-name terminated
    const GetSetDef *getsets; // NULL-name terminated
    const char *doc;

    // Filled by type_ready (vm/objects/type.h) before the type is used:
    // the attribute dict (methods, getsets, constants), read lock-free.
    Object *dict;

    // Classes made by `class` statements (vm/objects/class.h); NULL/0 for
    // builtin types except `mro`, which type_ready fills for every type.
    Object *mro;        // tuple of types, this one first
    Object *bases;      // tuple of the direct bases
    size_t dict_offset; // where an instance keeps its __dict__ (0: none;
                        // TYPE_DICT_AT_END: after its variable part)
    uint32_t slots_offset, nslots; // this class's own __slots__ values
    Object *heap_name;             // the str that `name` points into
    Object *qualname;              // str
    uintptr_t module;              // Value: __module__
};
#define TYPE_FLAG_BASETYPE 1u   // may be subclassed
#define TYPE_FLAG_READY 2u      // type_ready has run
#define TYPE_FLAG_HEAPTYPE 4u   // made by a class statement (refcounted)
#define TYPE_FLAG_UNHASHABLE 8u // a mutable builtin: its __hash__ is None

// dict_offset of a class extending a variable-size type: the __dict__
// pointer follows the items, at var_size() rounded up to a pointer.
#define TYPE_DICT_AT_END SIZE_MAX

// Whether `t` is `base` or derives from it (through its MRO once it has
// one, else through first bases).
bool type_is_subtype(const TypeObject *t, const TypeObject *base);

// A fresh object of type `t` (basic_size bytes, zero-filled beyond the
// header) holding one reference, owned by the calling thread.
Object *object_new(TypeObject *t);
// The same with an explicit size (>= basic_size), for variable-sized
// objects such as str.
Object *object_new_sized(TypeObject *t, size_t size);
// `size` rounded up to pointer alignment.
static inline size_t object_align(size_t size)
{
    return (size + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
}

// An instance of a variable-size type whose own layout takes `size`
// bytes; an instance of a class extending it gets room for its __dict__
// after that (TYPE_DICT_AT_END).
Object *object_new_var(TypeObject *t, size_t size);
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
