// eval_ops.c: the slow paths of the eval loop (see eval_ops.h).
#include "vm/eval_ops.h"

#include <stdio.h>
#include <string.h>

#include "alloc/alloc.h"
#include "vm/exc.h"
#include "vm/interp.h"
#include "vm/objects/dict.h"
#include "vm/objects/format.h"
#include "vm/objects/list.h"
#include "vm/objects/set.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

// ------------------------------------------------------------ unpacking

// The items of any iterable as a new list (the fast way for lists and
// tuples), or NULL with "cannot unpack non-iterable int object".
static ListObject *items_of(Value seq)
{
    if (!op_is_iterable(seq)) {
        exc_raise_format(&exc_TypeError,
                         "cannot unpack non-iterable %s "
                         "object",
                         value_type(seq)->name);
        return NULL;
    }
    Value l = list_from_iterable(seq);
    return l == VALUE_NULL ? NULL : (ListObject *)value_as_object(l);
}

static void push_reversed(ListObject *l, int64_t from, int64_t to, Value *out)
{
    for (int64_t i = to - 1, k = 0; i >= from; i--, k++)
        list_get(l, i, &out[k]);
}

bool unpack_sequence(Value seq, uint32_t n, Value *out)
{
    ListObject *l = items_of(seq);
    if (l == NULL)
        return false;
    int64_t got = list_len(l);
    bool ok = got == (int64_t)n;
    if (got > (int64_t)n)
        exc_raise_format(&exc_ValueError,
                         "too many values to unpack (expected %u)", n);
    else if (got < (int64_t)n)
        exc_raise_format(&exc_ValueError,
                         "not enough values to unpack (expected %u, got "
                         "%lld)",
                         n, (long long)got);
    else
        push_reversed(l, 0, got, out);
    refcount_dec(&l->header);
    return ok;
}

bool unpack_ex(Value seq, uint32_t before, uint32_t after, Value *out)
{
    ListObject *l = items_of(seq);
    if (l == NULL)
        return false;
    int64_t got = list_len(l);
    if (got < (int64_t)(before + after)) {
        exc_raise_format(&exc_ValueError,
                         "not enough values to unpack (expected at least "
                         "%u, got %lld)",
                         before + after, (long long)got);
        refcount_dec(&l->header);
        return false;
    }
    // out (top last): after items reversed, the middle list, before items
    // reversed.
    push_reversed(l, got - after, got, out);
    ListObject *middle = list_new(got - before - after);
    for (int64_t i = before; i < got - after; i++) {
        Value v;
        list_get(l, i, &v);
        list_append(middle, v);
    }
    out[after] = value_steal(&middle->header);
    push_reversed(l, 0, before, out + after + 1);
    refcount_dec(&l->header);
    return true;
}

// ------------------------------------------------------------ building

Value build_string(const Value *items, uint32_t n)
{
    StrBuf b;
    strbuf_init(&b);
    for (uint32_t i = 0; i < n; i++)
        strbuf_append_str(&b, (StrObject *)value_as_object(items[i]));
    return value_steal(&strbuf_finish(&b)->header);
}

Value format_value_op(Value v, uint32_t conversion, Value spec)
{
    StrObject *converted = NULL;
    if (conversion == 1)
        converted = op_str(v);
    else if (conversion == 2)
        converted = op_repr(v);
    else if (conversion == 3)
        converted = ascii_repr(v);
    if (conversion && converted == NULL)
        return VALUE_NULL;
    Value subject = converted ? (Value)&converted->header : v;
    StrObject *r;
    if (spec == VALUE_NULL && value_type(subject) == &str_type) {
        r = (StrObject *)value_as_object(subject);
        refcount_inc(&r->header);
    } else if (spec == VALUE_NULL &&
               !(value_type(subject)->flags & TYPE_FLAG_HEAPTYPE)) {
        r = op_str(subject); // what a builtin type's format(x, '') gives
    } else if (spec == VALUE_NULL) {
        r = format_value(subject, str_intern_cstr(""));
    } else {
        r = format_value(subject, (StrObject *)value_as_object(spec));
    }
    if (converted)
        refcount_dec(&converted->header);
    return r ? value_steal(&r->header) : VALUE_NULL;
}

Value build_set(const Value *items, uint32_t n)
{
    SetObject *s = set_new(&set_type);
    for (uint32_t i = 0; i < n; i++) {
        if (set_add(s, items[i]) < 0) {
            refcount_dec(&s->header);
            return VALUE_NULL;
        }
    }
    return value_steal(&s->header);
}

int set_add_value(Value set, Value item)
{
    return set_add((SetObject *)value_as_object(set), item);
}

int set_update_values(Value set, Value iterable)
{
    return set_update((SetObject *)value_as_object(set), iterable) ? 0 : -1;
}

int list_extend_values(Value list, Value iterable)
{
    if (!op_is_iterable(iterable)) {
        exc_raise_format(&exc_TypeError,
                         "Value after * must be an iterable, not %s",
                         value_type(iterable)->name);
        return -1;
    }
    return list_extend((ListObject *)value_as_object(list), iterable) ? 0 : -1;
}

// The callee's str attribute `attr`, or NULL (no exception).
static StrObject *callee_text(Value callee, const char *attr)
{
    Value v;
    int r = op_lookup_attr(callee, str_intern_cstr(attr), &v);
    if (r < 0)
        exc_clear();
    if (r != 1)
        return NULL;
    if (value_type(v) == &str_type)
        return (StrObject *)value_as_object(v);
    value_decref(v);
    return NULL;
}

// How CPython names a callee in call errors: module.qualname, without
// the module for builtins ("__main__.f", "len", "list.append").
static const char *callee_name(Value callee)
{
    static _Thread_local char buf[256];
    StrObject *qual = callee_text(callee, "__qualname__");
    StrObject *mod = qual ? callee_text(callee, "__module__") : NULL;
    const char *q = qual ? qual->data : value_type(callee)->name;
    if (mod && strcmp(mod->data, "builtins") != 0)
        snprintf(buf, sizeof buf, "%s.%s", mod->data, q);
    else
        snprintf(buf, sizeof buf, "%s", q);
    if (qual)
        refcount_dec(&qual->header);
    if (mod)
        refcount_dec(&mod->header);
    return buf;
}

int dict_update_values(Value dict, Value mapping, bool unique, Value callee)
{
    DictObject *d = (DictObject *)value_as_object(dict);
    if (value_type(mapping) != &dict_type) {
        if (unique)
            exc_raise_format(&exc_TypeError,
                             "%s() argument after ** must be a mapping, not "
                             "%s",
                             callee_name(callee), value_type(mapping)->name);
        else
            exc_raise_format(&exc_TypeError, "'%s' object is not a mapping",
                             value_type(mapping)->name);
        return -1;
    }
    int64_t pos = 0;
    Value k, v;
    while (dict_next((DictObject *)value_as_object(mapping), &pos, &k, &v)) {
        if (unique) {
            Value old;
            int r = dict_get(d, k, &old);
            if (r == 1) {
                value_decref(old);
                StrObject *kr = op_str(k);
                exc_raise_format(&exc_TypeError,
                                 "%s() got multiple values for keyword "
                                 "argument '%s'",
                                 callee_name(callee), kr ? kr->data : "?");
                if (kr)
                    refcount_dec(&kr->header);
                value_decref(k);
                value_decref(v);
                return -1;
            }
        }
        if (dict_set(d, k, v) < 0)
            return -1;
    }
    return 0;
}

// ------------------------------------------------------------ calls

Value call_ex(Value callable, Value args, Value kwargs)
{
    Value t = args;
    if (value_type(args) != &tuple_type) {
        if (!op_is_iterable(args)) {
            exc_raise_format(&exc_TypeError,
                             "%s() argument after * must be an iterable, "
                             "not %s",
                             callee_name(callable), value_type(args)->name);
            return VALUE_NULL;
        }
        t = tuple_from_iterable(args);
        if (t == VALUE_NULL)
            return VALUE_NULL;
    } else {
        value_incref(t);
    }
    TupleObject *pos = (TupleObject *)value_as_object(t);
    int64_t nkw = kwargs ? dict_len((DictObject *)value_as_object(kwargs)) : 0;
    Value *argv = alloc_raw((size_t)(pos->size + nkw + 1) * sizeof(Value));
    for (int64_t i = 0; i < pos->size; i++)
        argv[i] = pos->items[i];
    TupleObject *names = NULL;
    if (nkw) {
        names = tuple_new(nkw);
        int64_t it = 0, k = 0;
        Value key, v;
        while (k < nkw && dict_next((DictObject *)value_as_object(kwargs), &it,
                                    &key, &v)) {
            tuple_init_item(names, k, key);
            argv[pos->size + k] = v; // owned until the call returns
            k++;
        }
    }
    Value r = op_call(callable, argv, (size_t)pos->size,
                      names ? &names->header : NULL);
    for (int64_t k = 0; k < nkw; k++)
        value_decref(argv[pos->size + k]);
    if (names)
        refcount_dec(&names->header);
    alloc_free(argv);
    value_decref(t);
    return r;
}

Value make_function(Frame *f, Value code, Value defaults, Value kwdefaults,
                    Value annotations, Value closure)
{
    FunctionObject *fn = function_new((CodeObject *)value_as_object(code),
                                      f->globals, f->builtins);
    value_decref(code);
    fn->defaults = defaults ? (TupleObject *)value_as_object(defaults) : NULL;
    fn->kwdefaults = kwdefaults ? value_as_object(kwdefaults) : NULL;
    fn->annotations = annotations ? value_as_object(annotations) : NULL;
    fn->closure = closure ? (TupleObject *)value_as_object(closure) : NULL;
    TupleObject *consts = fn->code->consts;
    if (consts->size && value_type(consts->items[0]) == &str_type &&
        (fn->code->flags & CODE_FLAG_NEWLOCALS)) {
        value_decref(fn->doc);
        value_incref(consts->items[0]);
        fn->doc = consts->items[0];
    }
    Value name;
    Value key = value_new_ref(&str_intern_cstr("__name__")->header);
    if (dict_get((DictObject *)f->globals, key, &name) == 1) {
        value_decref(fn->module);
        fn->module = name;
    }
    return value_steal(&fn->header);
}

// ------------------------------------------------------------ exceptions

static bool is_exception_class(Value v)
{
    return value_type(v) == &type_type &&
           type_is_subtype((TypeObject *)value_as_object(v),
                           &exc_BaseException);
}

static bool is_exception(Value v)
{
    return value_is_object(v) && value_isinstance(v, &exc_BaseException);
}

// A class is instantiated with no arguments; an instance is itself.
static ExceptionObject *as_exception(Value v, const char *what)
{
    if (is_exception_class(v)) {
        Value e = op_call(v, NULL, 0, NULL);
        if (e == VALUE_NULL)
            return NULL;
        if (!is_exception(e)) {
            exc_raise_format(&exc_TypeError,
                             "calling %s should have returned an instance "
                             "of BaseException, not %s",
                             ((TypeObject *)value_as_object(v))->name,
                             value_type(e)->name);
            value_decref(e);
            return NULL;
        }
        return (ExceptionObject *)value_as_object(e);
    }
    if (is_exception(v)) {
        value_incref(v);
        return (ExceptionObject *)value_as_object(v);
    }
    exc_raise_format(&exc_TypeError, "%s", what);
    return NULL;
}

void raise_exception(Value exc, Value cause)
{
    ExceptionObject *e =
        as_exception(exc, "exceptions must derive from BaseException");
    if (e == NULL)
        return;
    if (cause != VALUE_NULL) {
        Value c = VALUE_NULL;
        if (!value_is_none(cause)) {
            ExceptionObject *ce = as_exception(
                cause, "exception causes must derive from BaseException");
            if (ce == NULL) {
                refcount_dec(&e->header);
                return;
            }
            c = value_steal(&ce->header);
        }
        value_decref(e->cause);
        e->cause = c;
        e->suppress_context = true;
    }
    exc_raise(e);
}

bool reraise_handled(ThreadState *ts)
{
    Value handled = (Value)ts->handled;
    if (handled == VALUE_NULL) {
        exc_raise_format(&exc_RuntimeError, "No active exception to reraise");
        return false;
    }
    value_incref(handled);
    exc_restore((ExceptionObject *)value_as_object(handled));
    return true;
}

void set_handled(ThreadState *ts, Value e)
{
    Value old = (Value)ts->handled;
    value_incref(e);
    ts->handled = e;
    value_decref(old);
}

int exception_matches(Value exc, Value type)
{
    if (tuple_check(type)) {
        TupleObject *t = (TupleObject *)value_as_object(type);
        for (int64_t i = 0; i < t->size; i++) {
            int r = exception_matches(exc, t->items[i]);
            if (r != 0)
                return r;
        }
        return 0;
    }
    if (!is_exception_class(type)) {
        exc_raise_format(&exc_TypeError,
                         "catching classes that do not inherit from "
                         "BaseException is not allowed");
        return -1;
    }
    return value_isinstance(exc, (TypeObject *)value_as_object(type));
}

// ------------------------------------------------------------ with

Value with_enter(Value manager, Value *exit)
{
    StrObject *enter_name = str_intern_cstr("__enter__");
    StrObject *exit_name = str_intern_cstr("__exit__");
    Value enter;
    if (op_lookup_attr(manager, enter_name, &enter) != 1 ||
        op_lookup_attr(manager, exit_name, exit) != 1) {
        if (!exc_occurred())
            exc_raise_format(&exc_TypeError,
                             "'%s' object does not support the context "
                             "manager protocol",
                             value_type(manager)->name);
        return VALUE_NULL;
    }
    Value r = op_call(enter, NULL, 0, NULL);
    value_decref(enter);
    if (r == VALUE_NULL)
        value_decref(*exit);
    return r;
}

Value with_exit_exception(Value exit, Value exc)
{
    ExceptionObject *e = (ExceptionObject *)value_as_object(exc);
    Value args[3] = {(Value)&value_type(exc)->header, exc,
                     e->traceback ? e->traceback : VALUE_NONE};
    return op_call(exit, args, 3, NULL);
}

// ------------------------------------------------------------ names

void raise_name_error(StrObject *name)
{
    exc_raise_format(&exc_NameError, "name '%s' is not defined", name->data);
    exception_set_attr(exc_occurred(), "name", (Value)&name->header);
}

void raise_unbound_local(const CodeObject *code, uint32_t index)
{
    StrObject *name =
        (StrObject *)value_as_object(code->localnames->items[index]);
    if (index >= code->nlocals + code->ncells)
        exc_raise_format(&exc_NameError,
                         "cannot access free variable '%s' where it is not "
                         "associated with a value in enclosing scope",
                         name->data);
    else
        exc_raise_format(&exc_UnboundLocalError,
                         "cannot access local variable '%s' where it is not "
                         "associated with a value",
                         name->data);
}

// ------------------------------------------------------------ the prompt

int print_expr(Value v)
{
    if (value_is_none(v))
        return 0;
    value_incref(v);
    module_add(interp.builtins, "_", v);
    StrObject *r = op_repr(v);
    if (r == NULL)
        return -1;
    StrObject *line = str_from_format("%s\n", r->data);
    refcount_dec(&r->header);
    Value out =
        op_getattr((Value)&interp.sys->header, str_intern_cstr("stdout"));
    Value write = out ? op_getattr(out, str_intern_cstr("write")) : VALUE_NULL;
    Value arg = (Value)&line->header;
    Value res = write ? op_call(write, &arg, 1, NULL) : VALUE_NULL;
    value_decref(res);
    value_decref(write);
    value_decref(out);
    refcount_dec(&line->header);
    return res == VALUE_NULL ? -1 : 0;
}
