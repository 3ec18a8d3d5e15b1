// dict_methods.c: the Python-visible methods of dict (get, setdefault,
// pop, popitem, update, keys, values, items, clear, copy, fromkeys,
// __reversed__) on top of the storage operations of dict.h.
//
// Concurrency: each method is one or more dict.h operations, each of
// which runs in the dict's critical section.
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/objects/dict.h"
#include "vm/objects/sequtil.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

static DictObject *self_dict(Value self)
{
    return (DictObject *)value_as_object(self);
}

static Value key_error(Value key)
{
    exc_raise(exception_new(&exc_KeyError,
                            value_steal(&tuple_pack(1, &key)->header)));
    return VALUE_NULL;
}

static Value get(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (!args_between("get", "dict.get", nargs, kwnames, 1, 2))
        return VALUE_NULL;
    Value v;
    int r = dict_get(self_dict(self), args[0], &v);
    if (r != 0)
        return r < 0 ? VALUE_NULL : v;
    Value dflt = nargs == 2 ? args[1] : VALUE_NONE;
    value_incref(dflt);
    return dflt;
}

static Value setdefault(Value self, const Value *args, size_t nargs,
                        Object *kwnames)
{
    if (!args_between("setdefault", "dict.setdefault", nargs, kwnames, 1, 2))
        return VALUE_NULL;
    Value v;
    Value dflt = nargs == 2 ? args[1] : VALUE_NONE;
    if (dict_setdefault(self_dict(self), args[0], dflt, &v) < 0)
        return VALUE_NULL;
    return v;
}

static Value pop(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (!args_between("pop", "dict.pop", nargs, kwnames, 1, 2))
        return VALUE_NULL;
    Value v;
    int r = dict_pop(self_dict(self), args[0], &v);
    if (r != 0)
        return r < 0 ? VALUE_NULL : v;
    if (nargs == 1)
        return key_error(args[0]);
    value_incref(args[1]);
    return args[1];
}

static Value popitem(Value self, const Value *args, size_t nargs,
                     Object *kwnames)
{
    (void)args;
    if (!args_none("dict.popitem", nargs, kwnames))
        return VALUE_NULL;
    Value kv[2];
    if (!dict_popitem(self_dict(self), &kv[0], &kv[1])) {
        Value msg = value_steal(
            &str_from_cstr("popitem(): dictionary is empty")->header);
        key_error(msg);
        value_decref(msg);
        return VALUE_NULL;
    }
    TupleObject *t = tuple_new(2);
    tuple_init_item(t, 0, kv[0]);
    tuple_init_item(t, 1, kv[1]);
    return value_steal(&t->header);
}

static Value update(Value self, const Value *args, size_t nargs,
                    Object *kwnames)
{
    if (nargs > 1) {
        exc_raise_format(&exc_TypeError,
                         "update expected at most 1 argument, got %zu", nargs);
        return VALUE_NULL;
    }
    if (nargs == 1 && !dict_update_from(self_dict(self), args[0]))
        return VALUE_NULL;
    dict_update_kwargs(self_dict(self), args, nargs, kwnames);
    return VALUE_NONE;
}

static Value view(TypeObject *type, const char *qualname, Value self,
                  size_t nargs, Object *kwnames)
{
    if (!args_none(qualname, nargs, kwnames))
        return VALUE_NULL;
    return dict_view_new(type, self);
}

static Value keys(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    (void)args;
    return view(&dict_keys_type, "dict.keys", self, nargs, kwnames);
}

static Value values(Value self, const Value *args, size_t nargs,
                    Object *kwnames)
{
    (void)args;
    return view(&dict_values_type, "dict.values", self, nargs, kwnames);
}

static Value items(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    (void)args;
    return view(&dict_items_type, "dict.items", self, nargs, kwnames);
}

static Value clear(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (!args_none("dict.clear", nargs, kwnames))
        return VALUE_NULL;
    dict_clear(self_dict(self));
    return VALUE_NONE;
}

static Value copy(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (!args_none("dict.copy", nargs, kwnames))
        return VALUE_NULL;
    return value_steal(&dict_copy(self_dict(self))->header);
}

// dict.fromkeys(iterable, value=None): `self` is the class.
static Value fromkeys(Value self, const Value *args, size_t nargs,
                      Object *kwnames)
{
    if (!args_between("fromkeys", "dict.fromkeys", nargs, kwnames, 1, 2))
        return VALUE_NULL;
    Value value = nargs == 2 ? args[1] : VALUE_NONE;
    Value d = op_call(self, NULL, 0, NULL);
    Value it = d == VALUE_NULL ? VALUE_NULL : op_iter(args[0]), k;
    bool ok = it != VALUE_NULL;
    while (ok && (k = op_next(it)) != VALUE_NULL) {
        ok = op_setitem(d, k, value) == 0;
        value_decref(k);
    }
    value_decref(it);
    if (!ok || exc_occurred()) {
        value_decref(d);
        return VALUE_NULL;
    }
    return d;
}

static Value reversed_(Value self, const Value *args, size_t nargs,
                       Object *kwnames)
{
    (void)args;
    if (!args_none("dict.__reversed__", nargs, kwnames))
        return VALUE_NULL;
    return dict_iter_new(&dict_reversekeyiterator_type, self_dict(self));
}

// dict.__init__(mapping_or_pairs=(), **kw) for subclasses.
static Value init_(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (nargs > 1) {
        exc_raise_format(&exc_TypeError,
                         "dict expected at most 1 argument, got %zu", nargs);
        return VALUE_NULL;
    }
    DictObject *d = (DictObject *)value_as_object(self);
    if (nargs == 1 && !dict_update_from(d, args[0]))
        return VALUE_NULL;
    dict_update_kwargs(d, args, nargs, kwnames);
    return VALUE_NONE;
}

const MethodDef dict_methods[] = {
    {"__init__", init_, 0},
    {"get", get, 0},
    {"setdefault", setdefault, 0},
    {"pop", pop, 0},
    {"popitem", popitem, 0},
    {"update", update, 0},
    {"keys", keys, 0},
    {"values", values, 0},
    {"items", items, 0},
    {"clear", clear, 0},
    {"copy", copy, 0},
    {"fromkeys", fromkeys, METHOD_CLASS},
    {"__reversed__", reversed_, 0},
    {NULL, NULL, 0},
};
