// traceback.c: traceback entries and frame objects (see traceback.h).
#include "vm/objects/traceback.h"

#include "vm/base/atomic.h"
#include "vm/exc.h"
#include "vm/frame.h"
#include "vm/objects/dict.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/type.h"

// ------------------------------------------------------------ frames

static void frame_dealloc(Object *op)
{
    FrameObject *f = (FrameObject *)op;
    refcount_dec(&f->code->header);
    refcount_dec(f->globals);
    refcount_xdec(f->locals);
    value_decref(f->back);
    object_free(op);
}

static FrameObject *frame_make(CodeObject *code, uint32_t index,
                               Object *globals, Object *locals)
{
    FrameObject *f = (FrameObject *)object_new(&frame_type);
    refcount_inc(&code->header);
    f->code = code;
    f->index = index;
    refcount_inc(globals);
    f->globals = globals;
    if (locals)
        refcount_inc(locals);
    f->locals = locals;
    return f;
}

Value frame_object_new(Frame *live)
{
    Value first = VALUE_NULL, *link = &first;
    for (Frame *f = live; f; f = f->previous) {
        Value locals = frame_locals_dict(f);
        FrameObject *fo = frame_make(f->code, frame_index(f), f->globals,
                                     value_as_object(locals));
        value_decref(locals);
        *link = value_steal(&fo->header);
        link = &fo->back;
    }
    return first ? first : VALUE_NONE;
}

static FrameObject *frame_of(Value self)
{
    return (FrameObject *)value_as_object(self);
}

static Value get_f_code(Value self)
{
    return value_new_ref(&frame_of(self)->code->header);
}

static Value get_f_globals(Value self)
{
    return value_new_ref(frame_of(self)->globals);
}

// A function frame seen through a traceback has no locals left: {}.
static Value get_f_locals(Value self)
{
    FrameObject *f = frame_of(self);
    return f->locals ? value_new_ref(f->locals)
                     : value_steal(&dict_new()->header);
}

static Value get_f_lineno(Value self)
{
    FrameObject *f = frame_of(self);
    return value_from_int(code_line_of(f->code, f->index));
}

// CPython's f_lasti counts bytes of 2-byte code units; ours counts
// instructions, doubled so code.co_positions() lines up the same way.
static Value get_f_lasti(Value self)
{
    return value_from_int((int64_t)frame_of(self)->index * 2);
}

static Value get_f_back(Value self)
{
    Value back = frame_of(self)->back;
    return back ? value_new_ref(value_as_object(back)) : VALUE_NONE;
}

static Value get_f_builtins(Value self)
{
    Value b;
    Value key = value_new_ref(&str_intern_cstr("__builtins__")->header);
    int r = dict_get((DictObject *)frame_of(self)->globals, key, &b);
    value_decref(key);
    return r == 1 ? b : value_steal(&dict_new()->header);
}

static const GetSetDef frame_getsets[] = {
    {"f_code", get_f_code, NULL},         {"f_globals", get_f_globals, NULL},
    {"f_locals", get_f_locals, NULL},     {"f_lineno", get_f_lineno, NULL},
    {"f_lasti", get_f_lasti, NULL},       {"f_back", get_f_back, NULL},
    {"f_builtins", get_f_builtins, NULL}, {NULL, NULL, NULL},
};

static StrObject *frame_repr(Value self)
{
    FrameObject *f = frame_of(self);
    return str_from_format("<frame at %p, file '%s', line %d, code %s>",
                           (void *)f, f->code->filename->data,
                           (int)code_line_of(f->code, f->index),
                           f->code->name->data);
}

TypeObject frame_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "frame",
    .basic_size = sizeof(FrameObject),
    .dealloc = frame_dealloc,
    .repr = frame_repr,
    .getsets = frame_getsets,
};

// ------------------------------------------------------------ tracebacks

static void traceback_dealloc(Object *op)
{
    TracebackObject *tb = (TracebackObject *)op;
    value_decref(tb->next);
    refcount_dec(&tb->code->header);
    refcount_dec(tb->globals);
    refcount_xdec(tb->locals);
    refcount_xdec(tb->frame);
    object_free(op);
}

static TracebackObject *tb_of(Value self)
{
    return (TracebackObject *)value_as_object(self);
}

static Value get_tb_next(Value self)
{
    Value next = tb_of(self)->next;
    return next ? value_new_ref(value_as_object(next)) : VALUE_NONE;
}

static Value get_tb_lineno(Value self)
{
    TracebackObject *tb = tb_of(self);
    return value_from_int(code_line_of(tb->code, tb->index));
}

static Value get_tb_lasti(Value self)
{
    return value_from_int((int64_t)tb_of(self)->index * 2);
}

// tb_frame: made on first use and kept, so it is the same object each
// time (the first of two racing threads publishes its own).
static Value get_tb_frame(Value self)
{
    TracebackObject *tb = tb_of(self);
    // Pairs with the CAS: a published frame object is complete.
    Object *f = atomic_load_ptr_acquire(&tb->frame);
    if (f)
        return value_new_ref(f);
    FrameObject *fresh =
        frame_make(tb->code, tb->index, tb->globals, tb->locals);
    Object *expected = NULL;
    if (atomic_cas_ptr_seq_cst(&tb->frame, &expected, &fresh->header))
        return value_new_ref(&fresh->header);
    refcount_dec(&fresh->header);
    return value_new_ref(expected);
}

static const GetSetDef traceback_getsets[] = {
    {"tb_next", get_tb_next, NULL},
    {"tb_lineno", get_tb_lineno, NULL},
    {"tb_lasti", get_tb_lasti, NULL},
    {"tb_frame", get_tb_frame, NULL},
    {NULL, NULL, NULL},
};

TypeObject traceback_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "traceback",
    .basic_size = sizeof(TracebackObject),
    .dealloc = traceback_dealloc,
    .getsets = traceback_getsets,
};

void traceback_here(CodeObject *code, uint32_t index, Object *globals,
                    Object *locals)
{
    ExceptionObject *e = exc_occurred();
    if (e == NULL)
        return;
    TracebackObject *tb = (TracebackObject *)object_new(&traceback_type);
    tb->next = e->traceback; // the new head takes over the old chain
    refcount_inc(&code->header);
    tb->code = code;
    tb->index = index;
    refcount_inc(globals);
    tb->globals = globals;
    if (locals)
        refcount_inc(locals);
    tb->locals = locals;
    e->traceback = value_steal(&tb->header);
}
