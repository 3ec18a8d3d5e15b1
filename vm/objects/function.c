// function.c: function and cell objects.
#include "vm/objects/function.h"

#include "vm/base/atomic.h"
#include "vm/critical.h"
#include "vm/eval.h"
#include "vm/objects/container.h"
#include "vm/objects/dict.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

static void function_dealloc(Object *op)
{
    FunctionObject *f = (FunctionObject *)op;
    refcount_dec(&f->code->header);
    refcount_dec(f->globals);
    refcount_dec(f->builtins);
    refcount_xdec((Object *)f->defaults);
    refcount_xdec(f->kwdefaults);
    refcount_xdec((Object *)f->closure);
    refcount_xdec((Object *)f->name);
    refcount_xdec((Object *)f->qualname);
    value_decref(f->doc);
    value_decref(f->module);
    object_free(op);
}

static StrObject *function_repr(Value self)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    return str_from_format("<function %s at %p>", f->qualname->data, (void *)f);
}

static Value get_name(Value self)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    return value_new_ref(&f->name->header);
}

static Value get_qualname(Value self)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    return value_new_ref(&f->qualname->header);
}

static Value get_defaults(Value self)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    return f->defaults ? value_new_ref(&f->defaults->header) : VALUE_NONE;
}

static Value get_doc(Value self)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    value_incref(f->doc);
    return f->doc;
}

static Value get_code(Value self)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    return value_new_ref(&f->code->header);
}

static const GetSetDef function_getsets[] = {
    {"__name__", get_name, NULL},         {"__qualname__", get_qualname, NULL},
    {"__defaults__", get_defaults, NULL}, {"__doc__", get_doc, NULL},
    {"__code__", get_code, NULL},         {NULL, NULL, NULL},
};

TypeObject function_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "function",
    .basic_size = sizeof(FunctionObject),
    .dealloc = function_dealloc,
    .repr = function_repr,
    .call = function_call,
    .getsets = function_getsets,
};

FunctionObject *function_new(CodeObject *code, Object *globals,
                             Object *builtins)
{
    FunctionObject *f = (FunctionObject *)object_new(&function_type);
    refcount_inc(&code->header);
    f->code = code;
    refcount_inc(globals);
    f->globals = globals;
    refcount_inc(builtins);
    f->builtins = builtins;
    refcount_inc(&code->name->header);
    f->name = code->name;
    refcount_inc(&code->qualname->header);
    f->qualname = code->qualname;
    f->doc = VALUE_NONE;
    f->module = VALUE_NONE;
    return f;
}

// ------------------------------------------------------------ cells

static void cell_dealloc(Object *op)
{
    value_decref(((CellObject *)op)->ref);
    object_free(op);
}

TypeObject cell_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "cell",
    .basic_size = sizeof(CellObject),
    .dealloc = cell_dealloc,
};

CellObject *cell_new(Value v)
{
    CellObject *c = (CellObject *)object_new(&cell_type);
    if (v != VALUE_NULL)
        value_incref(v);
    c->ref = v;
    return c;
}

// The same protocol as list_get: the owner, or anyone once the cell is
// shared, reads without the lock; a first foreign reader takes the lock,
// which marks the cell shared so later drops go through QSBR.
Value cell_get(CellObject *c)
{
    Value v;
#ifdef FTPY_FREE_THREADING
    if (container_is_shared(&c->header) || refcount_is_owner(&c->header)) {
        // Pairs with the release store in cell_set; a value replaced
        // since is only released after this thread's next quiescent point.
        v = (Value)atomic_load_uptr_acquire(&c->ref);
        value_incref(v);
        return v;
    }
#endif
    CRITICAL_BEGIN(&c->header);
    container_note_access(&c->header);
    v = c->ref;
    value_incref(v);
    CRITICAL_END(&c->header);
    return v;
}

void cell_set(CellObject *c, Value v)
{
    Value old;
    CRITICAL_BEGIN(&c->header);
    container_note_access(&c->header);
    old = c->ref;
    // Pairs with the acquire load in cell_get.
    atomic_store_uptr_release(&c->ref, v);
    CRITICAL_END(&c->header);
    container_drop_value(&c->header, old);
}
