// code.c: code objects.
#include "vm/objects/code.h"

#include "alloc/alloc.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"

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

TypeObject code_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "code",
    .basic_size = sizeof(CodeObject),
    .dealloc = code_dealloc,
    .repr = code_repr,
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
