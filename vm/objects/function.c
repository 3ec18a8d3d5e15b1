// function.c: function and cell objects.
#include "vm/objects/function.h"

#include "vm/base/atomic.h"
#include "vm/critical.h"
#include "vm/eval.h"
#include "vm/exc.h"
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
    refcount_xdec(f->annotations);
    refcount_xdec((Object *)f->closure);
    refcount_xdec((Object *)f->name);
    refcount_xdec((Object *)f->qualname);
    value_decref(f->doc);
    value_decref(f->module);
    refcount_xdec(f->dict);
    object_free(op);
}

static StrObject *function_repr(Value self)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    return str_from_format("<function %s at %p>", f->qualname->data, (void *)f);
}

// Reads a replaceable field, taking the reference under the function's
// critical section (pairs with replace_value/replace_str).
static Value read_field(FunctionObject *f, const Value *field)
{
    Value v;
    CRITICAL_BEGIN(&f->header);
    v = *field;
    value_incref(v);
    CRITICAL_END(&f->header);
    return v;
}

static Value get_name(Value self)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    return read_field(f, (const Value *)&f->name);
}

static Value get_qualname(Value self)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    return read_field(f, (const Value *)&f->qualname);
}

static Value get_defaults(Value self)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    return f->defaults ? value_new_ref(&f->defaults->header) : VALUE_NONE;
}

static Value get_closure(Value self)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    return f->closure ? value_new_ref(&f->closure->header) : VALUE_NONE;
}

static Value get_globals(Value self)
{
    return value_new_ref(((FunctionObject *)value_as_object(self))->globals);
}

static Value get_kwdefaults(Value self)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    return f->kwdefaults ? value_new_ref(f->kwdefaults) : VALUE_NONE;
}

// __annotations__: the dict MAKE_FUNCTION recorded, or a new empty one
// made (and kept) on first read, as CPython does.
static Value get_annotations(Value self)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    Value v;
    CRITICAL_BEGIN(&f->header);
    if (f->annotations == NULL)
        f->annotations = &dict_new()->header;
    v = value_new_ref(f->annotations);
    CRITICAL_END(&f->header);
    return v;
}

// Assigning None or deleting drops the dict (the next read makes an
// empty one).
static int set_annotations(Value self, Value v)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    Object *fresh = NULL, *old;
    if (v != VALUE_NULL && !value_is_none(v)) {
        if (!value_isinstance(v, &dict_type)) {
            exc_raise_format(&exc_TypeError,
                             "__annotations__ must be set to a dict object");
            return -1;
        }
        fresh = value_as_object(v);
        refcount_inc(fresh);
    }
    CRITICAL_BEGIN(&f->header);
    old = f->annotations;
    f->annotations = fresh;
    CRITICAL_END(&f->header);
    refcount_xdec(old);
    return 0;
}

static Value get_doc(Value self)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    return read_field(f, &f->doc);
}

static Value get_code(Value self)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    return value_new_ref(&f->code->header);
}

// The descriptive attributes functools.wraps copies: replaced under the
// function's critical section (pairs with the readers above, which hold
// it while taking their reference).
static int replace_value(FunctionObject *f, Value *field, Value v)
{
    Value old;
    value_incref(v);
    CRITICAL_BEGIN(&f->header);
    old = *field;
    *field = v;
    CRITICAL_END(&f->header);
    value_decref(old);
    return 0;
}

static int replace_str(FunctionObject *f, StrObject **field, Value v,
                       const char *what)
{
    if (value_type(v) != &str_type) {
        exc_raise_format(&exc_TypeError, "%s must be set to a string object",
                         what);
        return -1;
    }
    StrObject *old;
    refcount_inc(value_as_object(v));
    CRITICAL_BEGIN(&f->header);
    old = *field;
    *field = (StrObject *)value_as_object(v);
    CRITICAL_END(&f->header);
    refcount_dec(&old->header);
    return 0;
}

static int set_name(Value self, Value v)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    return replace_str(f, &f->name, v, "__name__");
}

static int set_qualname(Value self, Value v)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    return replace_str(f, &f->qualname, v, "__qualname__");
}

static int set_doc(Value self, Value v)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    return replace_value(f, &f->doc, v);
}

static Value get_module(Value self)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    return read_field(f, &f->module);
}

static int set_module(Value self, Value v)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    return replace_value(f, &f->module, v);
}

// The function's __dict__, made on first use.
static DictObject *function_dict(FunctionObject *f)
{
    // Pairs with the CAS below: a dict another thread published is
    // complete before it is used here.
    Object *d = atomic_load_ptr_acquire(&f->dict);
    if (d)
        return (DictObject *)d;
    DictObject *fresh = dict_new();
    Object *expected = NULL;
    if (atomic_cas_ptr_seq_cst(&f->dict, &expected, &fresh->header))
        return fresh;
    refcount_dec(&fresh->header);
    return (DictObject *)expected;
}

static Value get_dict(Value self)
{
    return value_new_ref(
        &function_dict((FunctionObject *)value_as_object(self))->header);
}

static const GetSetDef function_getsets[] = {
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"__defaults__", get_defaults, NULL},
    {"__kwdefaults__", get_kwdefaults, NULL},
    {"__closure__", get_closure, NULL},
    {"__globals__", get_globals, NULL},
    {"__annotations__", get_annotations, set_annotations},
    {"__doc__", get_doc, set_doc},
    {"__module__", get_module, set_module},
    {"__code__", get_code, NULL},
    {"__dict__", get_dict, NULL},
    {NULL, NULL, NULL},
};

// f.x: the computed attributes above, then the function's __dict__.
static Value function_getattr(Value self, StrObject *name)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    Value found = type_lookup(&function_type, name);
    if (found == VALUE_NULL) {
        Object *d = atomic_load_ptr_acquire(&f->dict); // as function_dict
        Value v;
        if (d && dict_get((DictObject *)d, (Value)&name->header, &v) == 1)
            return v;
    }
    return generic_getattr(self, name);
}

static int function_setattr(Value self, StrObject *name, Value v)
{
    FunctionObject *f = (FunctionObject *)value_as_object(self);
    Value found = type_lookup(&function_type, name);
    if (v == VALUE_NULL && str_equal_cstr(name, "__annotations__"))
        return set_annotations(self, v); // del f.__annotations__
    if (found != VALUE_NULL && value_type(found) == &getset_descr_type)
        return getset_descr_set(found, self, v);
    DictObject *d = function_dict(f);
    if (v == VALUE_NULL) {
        int r = dict_del(d, (Value)&name->header);
        if (r == 0)
            exc_raise_format(&exc_AttributeError,
                             "'function' object has no attribute '%s'",
                             name->data);
        return r == 1 ? 0 : -1;
    }
    refcount_inc(&name->header);
    value_incref(v);
    return dict_set(d, value_steal(&name->header), v);
}

TypeObject function_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "function",
    .basic_size = sizeof(FunctionObject),
    .dealloc = function_dealloc,
    .repr = function_repr,
    .call = function_call,
    .getattr = function_getattr,
    .setattr = function_setattr,
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

// cell_contents: ValueError "Cell is empty" for an unbound variable.
static Value get_cell_contents(Value self)
{
    Value v = cell_get((CellObject *)value_as_object(self));
    if (v == VALUE_NULL)
        exc_raise_format(&exc_ValueError, "Cell is empty");
    return v;
}

static const GetSetDef cell_getsets[] = {
    {"cell_contents", get_cell_contents, NULL},
    {NULL, NULL, NULL},
};

TypeObject cell_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "cell",
    .basic_size = sizeof(CellObject),
    .dealloc = cell_dealloc,
    .getsets = cell_getsets,
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
