// frame.c: the per-thread frame stack.
#include "vm/frame.h"

#include <string.h>

#include "alloc/alloc.h"
#include "vm/base/atomic.h"
#include "vm/exc.h"
#include "vm/objects/dict.h"
#include "vm/objects/tuple.h"

#define CHUNK_BYTES ((size_t)256 * 1024)

static FrameChunk *chunk_new(FrameChunk *prev, size_t need)
{
    size_t size = need + sizeof(FrameChunk) > CHUNK_BYTES
                      ? need + sizeof(FrameChunk)
                      : CHUNK_BYTES;
    FrameChunk *c = alloc_raw(size);
    c->prev = prev;
    c->top = c->data;
    c->end = (char *)c + size;
    return c;
}

static void *stack_alloc(ThreadState *ts, size_t bytes)
{
    FrameChunk *c = ts->chunk;
    if (c == NULL || (size_t)(c->end - c->top) < bytes)
        c = ts->chunk = chunk_new(c, bytes);
    void *p = c->top;
    c->top += bytes;
    return p;
}

static void stack_free(ThreadState *ts, void *p)
{
    FrameChunk *c = ts->chunk;
    c->top = p;
    if (c->top == c->data && c->prev) {
        ts->chunk = c->prev;
        alloc_free(c);
    }
}

static void frame_init(Frame *f, CodeObject *code, FunctionObject *func,
                       Object *globals, Object *builtins, Object *locals)
{
    memset(f->localsplus, 0, code_nlocalsplus(code) * sizeof(Value));
    refcount_inc(&code->header);
    f->code = code;
    if (func)
        refcount_inc(&func->header);
    f->func = func;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = locals;
    f->locals_snapshot = NULL;
    f->previous = NULL;
    f->ip = code->instrs;
    f->sp = frame_stack_base(f);
    f->entry = false;
    f->yielded = false;
    f->gen = NULL;
}

Frame *frame_new_heap(CodeObject *code, FunctionObject *func, Object *globals,
                      Object *builtins)
{
    size_t slots = code_nlocalsplus(code) + code->stacksize;
    Frame *f = alloc_raw(sizeof(Frame) + slots * sizeof(Value));
    frame_init(f, code, func, globals, builtins, NULL);
    return f;
}

Frame *frame_push(ThreadState *ts, CodeObject *code, FunctionObject *func,
                  Object *globals, Object *builtins, Object *locals)
{
    // The limit is read relaxed: sys.setrecursionlimit from another thread
    // needs no ordering with this check.
    if (ts->py_depth >= atomic_load_i32_relaxed(&runtime.recursion_limit)) {
        exc_raise_format(&exc_RecursionError,
                         "maximum recursion depth exceeded");
        return NULL;
    }
    size_t slots = code_nlocalsplus(code) + code->stacksize;
    Frame *f = stack_alloc(ts, sizeof(Frame) + slots * sizeof(Value));
    frame_init(f, code, func, globals, builtins, locals);
    f->previous = ts->frame;
    ts->py_depth++;
    return f;
}

void frame_clear(Frame *f)
{
    for (Value *v = f->localsplus; v < f->sp; v++)
        value_decref(*v);
    f->sp = f->localsplus;
    refcount_xdec(f->locals_snapshot);
    f->locals_snapshot = NULL;
    refcount_dec(&f->code->header);
    if (f->func)
        refcount_dec(&f->func->header);
    f->func = NULL;
}

void frame_pop(ThreadState *ts, Frame *f)
{
    ts->py_depth--;
    if (f->gen) {
        // The generator keeps its code until it is freed (for its name and
        // its repr); only the locals and the stack go now.
        for (Value *v = f->localsplus; v < f->sp; v++)
            value_decref(*v);
        f->sp = f->localsplus;
        refcount_xdec(f->locals_snapshot);
        f->locals_snapshot = NULL;
        return;
    }
    frame_clear(f);
    stack_free(ts, f);
}

void frame_stack_fini(ThreadState *ts)
{
    while (ts->chunk) {
        FrameChunk *prev = ts->chunk->prev;
        alloc_free(ts->chunk);
        ts->chunk = prev;
    }
}

Value frame_locals_dict(Frame *f)
{
    if (f->locals)
        return value_new_ref(f->locals);
    if (f->locals_snapshot == NULL)
        f->locals_snapshot = &dict_new()->header;
    DictObject *d = (DictObject *)f->locals_snapshot;
    CodeObject *co = f->code;
    uint32_t n = code_nlocalsplus(co);
    for (uint32_t i = 0; i < n; i++) {
        Value v = f->localsplus[i];
        if (i >= co->nlocals && v != VALUE_NULL) // cells and free vars
            v = cell_get((CellObject *)value_as_object(v));
        else
            value_incref(v);
        Value key = co->localnames->items[i];
        if (v == VALUE_NULL) { // unbound now: gone from the dict too
            if (dict_del(d, key) < 0)
                exc_clear();
            continue;
        }
        value_incref(key);
        dict_set(d, key, v);
    }
    return value_new_ref(&d->header);
}
