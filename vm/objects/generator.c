// generator.c: generator objects (see generator.h).
#include "vm/objects/generator.h"

#include "alloc/alloc.h"
#include "vm/args.h"
#include "vm/base/atomic.h"
#include "vm/call.h"
#include "vm/eval.h"
#include "vm/exc.h"
#include "vm/frame.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

Value generator_new(FunctionObject *fn, const Value *args, size_t nargs,
                    Object *kwnames)
{
    Frame *f = frame_new_heap(fn->code, fn, fn->globals, fn->builtins);
    if (!call_bind(fn, f, args, nargs, kwnames)) {
        f->sp = frame_stack_base(f);
        frame_clear(f);
        alloc_free(f);
        return VALUE_NULL;
    }
    GeneratorObject *g = (GeneratorObject *)object_new(&generator_type);
    f->gen = g;
    g->frame = f;
    g->state = GEN_CREATED;
    g->name = fn->name;
    refcount_inc(&g->name->header);
    g->qualname = fn->qualname;
    refcount_inc(&g->qualname->header);
    return value_steal(&g->header);
}

// Claims the generator for this thread.
static bool claim(GeneratorObject *g, uint8_t *was)
{
    for (;;) {
        uint8_t s = atomic_load_u8_relaxed(&g->state);
        if (s == GEN_RUNNING) {
            exc_raise_format(&exc_ValueError, "generator already executing");
            return false;
        }
        *was = s;
        if (s == GEN_FINISHED)
            return true;
        // Pairs with the release store that ends the previous run: the
        // frame it left is complete before this thread resumes it.
        if (atomic_cas_u8_seq_cst(&g->state, &s, GEN_RUNNING))
            return true;
    }
}

// PEP 479: a StopIteration escaping the body becomes a RuntimeError.
static void convert_stop_iteration(void)
{
    if (!exc_matches(&exc_StopIteration))
        return;
    ExceptionObject *stop = exc_fetch();
    exc_raise_format(&exc_RuntimeError, "generator raised StopIteration");
    ExceptionObject *e = exc_occurred();
    e->cause = value_steal(&stop->header);
    refcount_inc(&stop->header);
    value_decref(e->context);
    e->context = value_steal(&stop->header);
    e->suppress_context = true;
}

Value generator_resume(GeneratorObject *g, Value sent, bool throwing,
                       bool *done)
{
    uint8_t was;
    *done = true;
    if (!claim(g, &was))
        return VALUE_NULL;
    if (was == GEN_FINISHED)
        return throwing ? VALUE_NULL : VALUE_NONE;
    if (was == GEN_CREATED && !throwing && !value_is_none(sent)) {
        atomic_store_u8_release(&g->state, GEN_CREATED);
        exc_raise_format(&exc_TypeError,
                         "can't send non-None value to a just-started "
                         "generator");
        return VALUE_NULL;
    }
    if (was == GEN_CREATED && throwing) {
        // Never started: nothing to unwind; it is simply over.
        frame_pop(thread_current(), g->frame);
        atomic_store_u8_release(&g->state, GEN_FINISHED);
        return VALUE_NULL;
    }
    ThreadState *ts = thread_current();
    Value outer = (Value)ts->handled; // the generator has its own
    ts->handled = g->handled;
    bool yielded;
    Value r = eval_resume(g->frame, sent, throwing, &yielded);
    g->handled = (Value)ts->handled;
    ts->handled = outer;
    if (r == VALUE_NULL)
        convert_stop_iteration();
    *done = !yielded || r == VALUE_NULL;
    // Pairs with the CAS in claim().
    atomic_store_u8_release(&g->state, *done ? GEN_FINISHED : GEN_SUSPENDED);
    return r;
}

// StopIteration(value) (no args for None), as send() and throw() report
// the end of a generator.
static void raise_stop(Value value)
{
    bool none = value_is_none(value);
    TupleObject *args = tuple_pack(none ? 0 : 1, &value);
    exc_raise(exception_new(&exc_StopIteration, value_steal(&args->header)));
    value_decref(value);
}

static Value gen_next(Value self)
{
    bool done;
    Value r = generator_resume((GeneratorObject *)value_as_object(self),
                               VALUE_NONE, false, &done);
    if (r == VALUE_NULL || !done)
        return r;
    if (value_is_none(r))
        return VALUE_NULL; // exhausted
    raise_stop(r);
    return VALUE_NULL;
}

static Value gen_send(Value self, const Value *args, size_t nargs,
                      Object *kwnames)
{
    if (!args_positional("send", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    bool done;
    Value r = generator_resume((GeneratorObject *)value_as_object(self),
                               args[0], false, &done);
    if (r == VALUE_NULL || !done)
        return r;
    raise_stop(r);
    return VALUE_NULL;
}

// throw(exc) or throw(type[, value]): raised where the generator stopped.
static bool set_thrown(const Value *args, size_t nargs)
{
    Value exc = args[0];
    if (nargs >= 2 && !value_is_none(args[1]) &&
        value_isinstance(exc, &type_type)) {
        Value v = args[1];
        if (value_isinstance(v, (TypeObject *)value_as_object(exc))) {
            value_incref(v); // throw(type, instance): the instance itself
            exc_raise((ExceptionObject *)value_as_object(v));
            return true;
        }
        exc = op_call(exc, &v, 1, NULL);
        if (exc == VALUE_NULL)
            return false;
        exc_raise((ExceptionObject *)value_as_object(exc));
        return true;
    }
    if (value_isinstance(exc, &type_type) &&
        type_is_subtype((TypeObject *)value_as_object(exc),
                        &exc_BaseException)) {
        exc = op_call(exc, NULL, 0, NULL);
        if (exc == VALUE_NULL)
            return false;
        exc_raise((ExceptionObject *)value_as_object(exc));
        return true;
    }
    if (!value_isinstance(exc, &exc_BaseException)) {
        exc_raise_format(&exc_TypeError,
                         "exceptions must be classes or instances deriving "
                         "from BaseException, not %s",
                         value_type(exc)->name);
        return false;
    }
    value_incref(exc);
    exc_raise((ExceptionObject *)value_as_object(exc));
    return true;
}

static Value gen_throw(Value self, const Value *args, size_t nargs,
                       Object *kwnames)
{
    if (!args_positional("throw", nargs, kwnames, 1, 3) ||
        !set_thrown(args, nargs))
        return VALUE_NULL;
    bool done;
    Value r = generator_resume((GeneratorObject *)value_as_object(self),
                               VALUE_NONE, true, &done);
    if (r == VALUE_NULL || !done)
        return r;
    raise_stop(r);
    return VALUE_NULL;
}

static Value gen_close(Value self, const Value *args, size_t nargs,
                       Object *kwnames)
{
    if (!args_positional("close", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    GeneratorObject *g = (GeneratorObject *)value_as_object(self);
    uint8_t s = atomic_load_u8_relaxed(&g->state);
    if (s == GEN_FINISHED)
        return VALUE_NONE;
    exc_raise(
        exception_new(&exc_GeneratorExit, value_steal(&tuple_new(0)->header)));
    bool done;
    Value r = generator_resume(g, VALUE_NONE, true, &done);
    if (r != VALUE_NULL && !done) {
        value_decref(r);
        exc_raise_format(&exc_RuntimeError, "generator ignored GeneratorExit");
        return VALUE_NULL;
    }
    if (r != VALUE_NULL) {
        value_decref(r);
        return VALUE_NONE;
    }
    if (exc_matches(&exc_GeneratorExit) || exc_matches(&exc_StopIteration) ||
        !exc_occurred()) {
        exc_clear();
        return VALUE_NONE;
    }
    return VALUE_NULL;
}

static Value gen_iter(Value self)
{
    value_incref(self);
    return self;
}

static StrObject *gen_repr(Value self)
{
    GeneratorObject *g = (GeneratorObject *)value_as_object(self);
    return str_from_format("<generator object %s at %p>", g->qualname->data,
                           (void *)g);
}

static void gen_dealloc(Object *op)
{
    GeneratorObject *g = (GeneratorObject *)op;
    if (atomic_load_u8_relaxed(&g->state) == GEN_SUSPENDED) {
        // Run its finally blocks, as CPython does when a suspended
        // generator is freed; errors there are dropped.
        ExceptionObject *pending = exc_fetch();
        // close() runs Python code that cannot reach this generator any
        // more (its last reference is gone), so it cannot be resurrected.
        Value r = gen_close((Value)op, NULL, 0, NULL);
        if (r == VALUE_NULL)
            exc_clear();
        if (pending)
            exc_restore(pending);
    }
    frame_clear(g->frame);
    alloc_free(g->frame);
    value_decref(g->handled);
    refcount_dec(&g->name->header);
    refcount_dec(&g->qualname->header);
    object_free(op);
}

static Value gen_get_name(Value self)
{
    return value_new_ref(
        &((GeneratorObject *)value_as_object(self))->name->header);
}

static Value gen_get_qualname(Value self)
{
    return value_new_ref(
        &((GeneratorObject *)value_as_object(self))->qualname->header);
}

static Value gen_get_running(Value self)
{
    GeneratorObject *g = (GeneratorObject *)value_as_object(self);
    return value_bool(atomic_load_u8_relaxed(&g->state) == GEN_RUNNING);
}

static const MethodDef gen_methods[] = {
    {"send", gen_send, 0},
    {"throw", gen_throw, 0},
    {"close", gen_close, 0},
    {NULL, NULL, 0},
};

static const GetSetDef gen_getsets[] = {
    {"__name__", gen_get_name, NULL},
    {"__qualname__", gen_get_qualname, NULL},
    {"gi_running", gen_get_running, NULL},
    {NULL, NULL, NULL},
};

TypeObject generator_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "generator",
    .basic_size = sizeof(GeneratorObject),
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .iter = gen_iter,
    .next = gen_next,
    .methods = gen_methods,
    .getsets = gen_getsets,
};
