// call.c: argument binding (see call.h).
#include "vm/call.h"

#include "vm/exc.h"
#include "vm/objects/dict.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

static StrObject *param_name(const CodeObject *co, uint32_t i)
{
    return (StrObject *)value_as_object(co->localnames->items[i]);
}

static const char *fname(const FunctionObject *fn)
{
    return fn->qualname->data;
}

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" as CPython lists names.
static void append_name_list(StrBuf *b, const CodeObject *co,
                             const uint32_t *idx, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            strbuf_append_cstr(b, n == 2 ? " and " : ", ");
        if (i > 0 && i == n - 1 && n > 2)
            strbuf_append_cstr(b, "and ");
        strbuf_printf(b, "'%s'", param_name(co, idx[i])->data);
    }
}

static void missing_error(const FunctionObject *fn, const uint32_t *idx,
                          size_t n, const char *kind)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "%s() missing %zu required %s argument%s: ", fname(fn), n,
                  kind, n == 1 ? "" : "s");
    append_name_list(&b, fn->code, idx, n);
    StrObject *msg = strbuf_finish(&b);
    exc_raise_format(&exc_TypeError, "%s", msg->data);
    refcount_dec(&msg->header);
}

static void too_many_positional(const FunctionObject *fn, size_t given)
{
    const CodeObject *co = fn->code;
    size_t max = co->argcount;
    size_t ndefs = fn->defaults ? (size_t)fn->defaults->size : 0;
    const char *was = given == 1 ? "was" : "were";
    if (ndefs)
        exc_raise_format(&exc_TypeError,
                         "%s() takes from %zu to %zu positional arguments "
                         "but %zu %s given",
                         fname(fn), max - ndefs, max, given, was);
    else
        exc_raise_format(&exc_TypeError,
                         "%s() takes %zu positional argument%s but %zu %s "
                         "given",
                         fname(fn), max, max == 1 ? "" : "s", given, was);
}

// The parameter index named `key` that a keyword may bind, or -1.
static int64_t find_param(const CodeObject *co, StrObject *key, uint32_t from,
                          uint32_t to)
{
    for (uint32_t i = from; i < to; i++)
        if (param_name(co, i) == key)
            return i;
    for (uint32_t i = from; i < to; i++)
        if (str_equal(param_name(co, i), key))
            return i;
    return -1;
}

static bool bind_keyword(FunctionObject *fn, Frame *f, StrObject *key, Value v,
                         DictObject *kwdict)
{
    const CodeObject *co = fn->code;
    uint32_t nparams = co->argcount + co->kwonlyargcount;
    int64_t i = find_param(co, key, co->posonlyargcount, nparams);
    if (i >= 0) {
        if (f->localsplus[i] != VALUE_NULL) {
            exc_raise_format(&exc_TypeError,
                             "%s() got multiple values for argument '%s'",
                             fname(fn), key->data);
            return false;
        }
        value_incref(v);
        f->localsplus[i] = v;
        return true;
    }
    if (kwdict) {
        value_incref(v);
        refcount_inc(&key->header);
        return dict_set(kwdict, value_steal(&key->header), v) == 0;
    }
    if (find_param(co, key, 0, co->posonlyargcount) >= 0)
        exc_raise_format(&exc_TypeError,
                         "%s() got some positional-only arguments passed as "
                         "keyword arguments: '%s'",
                         fname(fn), key->data);
    else
        exc_raise_format(&exc_TypeError,
                         "%s() got an unexpected keyword argument '%s'",
                         fname(fn), key->data);
    return false;
}

static bool fill_positional_defaults(FunctionObject *fn, Frame *f)
{
    const CodeObject *co = fn->code;
    size_t ndefs = fn->defaults ? (size_t)fn->defaults->size : 0;
    size_t first_default = co->argcount - ndefs;
    uint32_t missing[256];
    size_t nmissing = 0;
    for (uint32_t i = 0; i < co->argcount; i++) {
        if (f->localsplus[i] != VALUE_NULL)
            continue;
        if (i >= first_default) {
            Value d = fn->defaults->items[i - first_default];
            value_incref(d);
            f->localsplus[i] = d;
        } else if (nmissing < 256) {
            missing[nmissing++] = i;
        }
    }
    if (nmissing)
        missing_error(fn, missing, nmissing, "positional");
    return nmissing == 0;
}

static bool fill_kwonly_defaults(FunctionObject *fn, Frame *f)
{
    const CodeObject *co = fn->code;
    uint32_t missing[256];
    size_t nmissing = 0;
    for (uint32_t i = co->argcount; i < co->argcount + co->kwonlyargcount;
         i++) {
        if (f->localsplus[i] != VALUE_NULL)
            continue;
        Value d;
        Value key = (Value)&param_name(co, i)->header;
        if (fn->kwdefaults &&
            dict_get((DictObject *)fn->kwdefaults, key, &d) == 1)
            f->localsplus[i] = d;
        else if (nmissing < 256)
            missing[nmissing++] = i;
    }
    if (nmissing)
        missing_error(fn, missing, nmissing, "keyword-only");
    return nmissing == 0;
}

// Cells start empty or holding their argument; free variables come from
// the closure.
static void init_cells(FunctionObject *fn, Frame *f)
{
    const CodeObject *co = fn->code;
    Value *cells = f->localsplus + co->nlocals;
    for (uint32_t i = 0; i < co->ncells; i++) {
        int32_t arg = co->cell_args[i];
        Value init = arg >= 0 ? f->localsplus[arg] : VALUE_NULL;
        cells[i] = value_steal(&cell_new(init)->header);
    }
    Value *frees = cells + co->ncells;
    for (uint32_t i = 0; i < co->nfrees; i++) {
        value_incref(fn->closure->items[i]);
        frees[i] = fn->closure->items[i];
    }
}

static bool bind_positional(FunctionObject *fn, Frame *f, const Value *args,
                            size_t nargs)
{
    const CodeObject *co = fn->code;
    size_t n = nargs < co->argcount ? nargs : co->argcount;
    for (size_t i = 0; i < n; i++) {
        value_incref(args[i]);
        f->localsplus[i] = args[i];
    }
    if (co->flags & CODE_FLAG_VARARGS) {
        size_t extra = nargs - n;
        TupleObject *rest = tuple_pack((int64_t)extra, args + n);
        f->localsplus[co->argcount + co->kwonlyargcount] =
            value_steal(&rest->header);
    } else if (nargs > co->argcount) {
        too_many_positional(fn, nargs);
        return false;
    }
    return true;
}

bool call_bind(FunctionObject *fn, Frame *f, const Value *args, size_t nargs,
               Object *kwnames)
{
    const CodeObject *co = fn->code;
    if (!bind_positional(fn, f, args, nargs))
        return false;
    DictObject *kwdict = NULL;
    if (co->flags & CODE_FLAG_VARKEYWORDS) {
        uint32_t at = co->argcount + co->kwonlyargcount +
                      ((co->flags & CODE_FLAG_VARARGS) ? 1 : 0);
        kwdict = dict_new();
        f->localsplus[at] = value_steal(&kwdict->header);
    }
    if (kwnames) {
        TupleObject *names = (TupleObject *)kwnames;
        for (int64_t k = 0; k < names->size; k++) {
            StrObject *key = (StrObject *)value_as_object(names->items[k]);
            if (!bind_keyword(fn, f, key, args[nargs + (size_t)k], kwdict))
                return false;
        }
    }
    if (!fill_positional_defaults(fn, f) || !fill_kwonly_defaults(fn, f))
        return false;
    init_cells(fn, f);
    return true;
}

Frame *call_frame(ThreadState *ts, FunctionObject *fn, const Value *args,
                  size_t nargs, Object *kwnames)
{
    Frame *f = frame_push(ts, fn->code, fn, fn->globals, fn->builtins, NULL);
    if (f == NULL)
        return NULL;
    if (!call_bind(fn, f, args, nargs, kwnames)) {
        f->sp = frame_stack_base(f);
        frame_pop(ts, f);
        return NULL;
    }
    return f;
}
