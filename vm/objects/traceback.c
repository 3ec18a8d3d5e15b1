// traceback.c: traceback entries.
#include "vm/objects/traceback.h"

#include "vm/exc.h"
#include "vm/objects/type.h"

static void traceback_dealloc(Object *op)
{
    TracebackObject *tb = (TracebackObject *)op;
    value_decref(tb->next);
    refcount_dec(&tb->code->header);
    object_free(op);
}

TypeObject traceback_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "traceback",
    .basic_size = sizeof(TracebackObject),
    .dealloc = traceback_dealloc,
};

void traceback_here(CodeObject *code, uint32_t index)
{
    ExceptionObject *e = exc_occurred();
    if (e == NULL)
        return;
    TracebackObject *tb = (TracebackObject *)object_new(&traceback_type);
    tb->next = e->traceback; // the new head takes over the old chain
    refcount_inc(&code->header);
    tb->code = code;
    tb->index = index;
    e->traceback = value_steal(&tb->header);
}
