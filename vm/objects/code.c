// code.c: code objects.
#include "vm/objects/code.h"

#include "alloc/alloc.h"
#include "vm/args.h"
#include "vm/objects/list.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

static void code_dealloc(Object *op)
{
    CodeObject *c = (CodeObject *)op;
    alloc_free(c->instrs);
    alloc_free(c->spans);
    alloc_free(c->handlers);
    alloc_free(c->cell_args);
    refcount_xdec((Object *)c->consts);
    refcount_xdec((Object *)c->names);
    refcount_xdec((Object *)c->localnames);
    refcount_xdec((Object *)c->filename);
    refcount_xdec((Object *)c->name);
    refcount_xdec((Object *)c->qualname);
    object_free(op);
}

static StrObject *code_repr(Value self)
{
    CodeObject *c = (CodeObject *)value_as_object(self);
    return str_from_format("<code object %s at %p, file \"%s\", line %d>",
                           c->name->data, (void *)c, c->filename->data,
                           (int)c->firstlineno);
}

// ------------------------------------------------------------ attributes

static CodeObject *code_of(Value self)
{
    return (CodeObject *)value_as_object(self);
}

static Value ref(void *op)
{
    return value_new_ref((Object *)op);
}

// localnames[from, from + n) as a tuple.
static Value name_slice(CodeObject *c, uint32_t from, uint32_t n)
{
    TupleObject *t = tuple_new(n);
    for (uint32_t i = 0; i < n; i++) {
        Value v = c->localnames->items[from + i];
        value_incref(v);
        tuple_init_item(t, i, v);
    }
    return value_steal(&t->header);
}

static Value get_co_name(Value self)
{
    return ref(code_of(self)->name);
}

static Value get_co_qualname(Value self)
{
    return ref(code_of(self)->qualname);
}

static Value get_co_filename(Value self)
{
    return ref(code_of(self)->filename);
}

static Value get_co_firstlineno(Value self)
{
    return value_from_int(code_of(self)->firstlineno);
}

static Value get_co_argcount(Value self)
{
    return value_from_int(code_of(self)->argcount);
}

static Value get_co_posonlyargcount(Value self)
{
    return value_from_int(code_of(self)->posonlyargcount);
}

static Value get_co_kwonlyargcount(Value self)
{
    return value_from_int(code_of(self)->kwonlyargcount);
}

static Value get_co_nlocals(Value self)
{
    return value_from_int(code_of(self)->nlocals);
}

static Value get_co_stacksize(Value self)
{
    return value_from_int(code_of(self)->stacksize);
}

static Value get_co_varnames(Value self)
{
    CodeObject *c = code_of(self);
    return name_slice(c, 0, c->nlocals);
}

static Value get_co_cellvars(Value self)
{
    CodeObject *c = code_of(self);
    return name_slice(c, c->nlocals, c->ncells);
}

static Value get_co_freevars(Value self)
{
    CodeObject *c = code_of(self);
    return name_slice(c, c->nlocals + c->ncells, c->nfrees);
}

static Value get_co_names(Value self)
{
    return ref(code_of(self)->names);
}

static Value get_co_consts(Value self)
{
    return ref(code_of(self)->consts);
}

// CPython's CO_* bits: OPTIMIZED | NEWLOCALS for function bodies,
// VARARGS 4, VARKEYWORDS 8, NESTED 0x10, GENERATOR 0x20, and the
// future features as they are.
static Value get_co_flags(Value self)
{
    uint32_t f = code_of(self)->flags, r = f & CODE_FUTURE_MASK;
    if (f & CODE_FLAG_NEWLOCALS)
        r |= 1 | 2;
    if (f & CODE_FLAG_VARARGS)
        r |= 4;
    if (f & CODE_FLAG_VARKEYWORDS)
        r |= 8;
    if (f & CODE_FLAG_NESTED)
        r |= 0x10;
    if (f & CODE_FLAG_GENERATOR)
        r |= 0x20;
    return value_from_int(r);
}

static const GetSetDef code_getsets[] = {
    {"co_name", get_co_name, NULL},
    {"co_qualname", get_co_qualname, NULL},
    {"co_filename", get_co_filename, NULL},
    {"co_firstlineno", get_co_firstlineno, NULL},
    {"co_argcount", get_co_argcount, NULL},
    {"co_posonlyargcount", get_co_posonlyargcount, NULL},
    {"co_kwonlyargcount", get_co_kwonlyargcount, NULL},
    {"co_nlocals", get_co_nlocals, NULL},
    {"co_stacksize", get_co_stacksize, NULL},
    {"co_varnames", get_co_varnames, NULL},
    {"co_cellvars", get_co_cellvars, NULL},
    {"co_freevars", get_co_freevars, NULL},
    {"co_names", get_co_names, NULL},
    {"co_consts", get_co_consts, NULL},
    {"co_flags", get_co_flags, NULL},
    {NULL, NULL, NULL},
};

static Value position_part(int32_t v)
{
    return v < 0 ? VALUE_NONE : value_from_int(v);
}

// co_positions(): (line, end_line, col, end_col) of each instruction,
// None where unknown (f_lasti // 2 indexes it, as in CPython).
static Value code_positions(Value self, const Value *args, size_t nargs,
                            Object *kwnames)
{
    (void)args;
    if (!args_positional("co_positions", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    CodeObject *c = code_of(self);
    ListObject *l = list_new(c->ninstrs);
    for (uint32_t i = 0; i < c->ninstrs; i++) {
        const SourceSpan *sp = &c->spans[i];
        Value parts[4] = {position_part(sp->line), position_part(sp->end_line),
                          position_part(sp->col), position_part(sp->end_col)};
        list_append(l, value_steal(&tuple_pack(4, parts)->header));
    }
    Value it = op_iter(value_steal(&l->header));
    refcount_dec(&l->header);
    return it;
}

static const MethodDef code_methods[] = {
    {"co_positions", code_positions, 0},
    {NULL, NULL, 0},
};

TypeObject code_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "code",
    .basic_size = sizeof(CodeObject),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .getsets = code_getsets,
    .methods = code_methods,
};

CodeObject *code_new(void)
{
    return (CodeObject *)object_new(&code_type);
}

const ExceptionEntry *code_find_handler(const CodeObject *c, uint32_t index)
{
    // Entries are sorted by start and do not overlap (the assembler
    // splits nested ranges), so the first match is the innermost.
    for (uint32_t i = 0; i < c->nhandlers; i++) {
        const ExceptionEntry *e = &c->handlers[i];
        if (index >= e->start && index < e->end)
            return e;
    }
    return NULL;
}

int32_t code_line_of(const CodeObject *c, uint32_t index)
{
    if (index >= c->ninstrs)
        return c->firstlineno;
    return c->spans[index].line;
}
