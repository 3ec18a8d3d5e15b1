// functools.c: the _functools module, the C half of functools (lib/
// functools.py imports it and adds what is written in Python, such as
// total_ordering): reduce, partial, cmp_to_key, lru_cache, cache,
// update_wrapper and wraps, with CPython 3.11's semantics, reprs and
// errors.
#include "vm/modules/functools.h"

#include <string.h>

#include "vm/args.h"
#include "vm/critical.h"
#include "vm/exc.h"
#include "vm/modules/modules.h"
#include "vm/objects/builtin.h"
#include "vm/objects/dict.h"
#include "vm/objects/int.h"
#include "vm/objects/reprutil.h"
#include "vm/objects/sequtil.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

static Value ref(Value v)
{
    value_incref(v);
    return v;
}

static bool no_keywords(const char *name, Object *kwnames)
{
    if (!args_has_keywords(kwnames))
        return true;
    exc_raise_format(&exc_TypeError, "%s() takes no keyword arguments", name);
    return false;
}

// ---- reduce(function, iterable[, initial]) -------------------------------

static Value reduce_loop(Value func, Value it, Value acc)
{
    Value item;
    while ((item = op_next(it)) != VALUE_NULL) {
        if (acc == VALUE_NULL) {
            acc = item;
            continue;
        }
        Value pair[2] = {acc, item};
        Value r = op_call(func, pair, 2, NULL);
        value_decref(acc);
        value_decref(item);
        if (r == VALUE_NULL)
            return VALUE_NULL;
        acc = r;
    }
    if (exc_occurred()) {
        value_decref(acc);
        return VALUE_NULL;
    }
    if (acc == VALUE_NULL)
        exc_raise_format(&exc_TypeError,
                         "reduce() of empty iterable with no initial value");
    return acc;
}

static Value ft_reduce(Value self, const Value *args, size_t nargs,
                       Object *kwnames)
{
    (void)self;
    if (!no_keywords("reduce", kwnames) ||
        !args_positional("reduce", nargs, NULL, 2, 3))
        return VALUE_NULL;
    Value it = op_iter(args[1]);
    if (it == VALUE_NULL) {
        if (exc_matches(&exc_TypeError)) {
            exc_clear();
            exc_raise_format(&exc_TypeError,
                             "reduce() arg 2 must support iteration");
        }
        return VALUE_NULL;
    }
    Value r = reduce_loop(args[0], it, nargs == 3 ? ref(args[2]) : VALUE_NULL);
    value_decref(it);
    return r;
}

// ---- partial(func, /, *args, **keywords) ---------------------------------

typedef struct PartialObject {
    ObjHeader header;
    Value func;
    TupleObject *args;
    DictObject *keywords; // never NULL; not changed after construction
} PartialObject;

// The stored arguments of `func` when it is itself a partial (which
// partial() flattens), else none.
static void partial_base(Value *func, TupleObject **pargs, DictObject **pkw)
{
    *pargs = NULL;
    *pkw = NULL;
    if (value_type(*func) != &partial_type)
        return;
    PartialObject *inner = (PartialObject *)value_as_object(*func);
    *func = inner->func;
    *pargs = inner->args;
    *pkw = inner->keywords;
}

static TupleObject *concat_args(TupleObject *first, const Value *args,
                                size_t nargs)
{
    int64_t n0 = first ? first->size : 0;
    TupleObject *t = tuple_new(n0 + (int64_t)nargs);
    for (int64_t i = 0; i < n0; i++)
        tuple_init_item(t, i, ref(first->items[i]));
    for (size_t i = 0; i < nargs; i++)
        tuple_init_item(t, n0 + (int64_t)i, ref(args[i]));
    return t;
}

static Value partial_new(TypeObject *type, const Value *args, size_t nargs,
                         Object *kwnames)
{
    if (nargs == 0) {
        exc_raise_format(&exc_TypeError,
                         "type 'partial' takes at least one argument");
        return VALUE_NULL;
    }
    Value func = args[0];
    if (!op_is_callable(func)) {
        exc_raise_format(&exc_TypeError, "the first argument must be callable");
        return VALUE_NULL;
    }
    TupleObject *pargs;
    DictObject *pkw;
    partial_base(&func, &pargs, &pkw);
    PartialObject *p = (PartialObject *)object_new(type);
    p->func = ref(func);
    p->args = concat_args(pargs, args + 1, nargs - 1);
    p->keywords = pkw ? dict_copy(pkw) : dict_new();
    dict_update_kwargs(p->keywords, args, nargs, kwnames);
    return value_steal(&p->header);
}

// Calls func(*p.args, *args, **(p.keywords | kw)).
static Value partial_call_keywords(PartialObject *p, TupleObject *all,
                                   const Value *args, size_t nargs,
                                   Object *kwnames)
{
    DictObject *kw = dict_copy(p->keywords);
    dict_update_kwargs(kw, args, nargs, kwnames);
    int64_t nkw = dict_len(kw), npos = all->size, pos = 0, k = 0;
    TupleObject *names = tuple_new(nkw);
    TupleObject *values = tuple_new(npos + nkw);
    for (int64_t i = 0; i < npos; i++)
        tuple_init_item(values, i, ref(all->items[i]));
    Value key, value;
    while (k < nkw && dict_next(kw, &pos, &key, &value)) {
        tuple_init_item(names, k, key);
        tuple_init_item(values, npos + k++, value);
    }
    refcount_dec(&kw->header);
    Value r = op_call(p->func, values->items, (size_t)npos, &names->header);
    refcount_dec(&names->header);
    refcount_dec(&values->header);
    return r;
}

static Value partial_call(Value self, const Value *args, size_t nargs,
                          Object *kwnames)
{
    PartialObject *p = (PartialObject *)value_as_object(self);
    if (dict_len(p->keywords) != 0) {
        TupleObject *all = concat_args(p->args, args, nargs);
        Value r = partial_call_keywords(p, all, args, nargs, kwnames);
        refcount_dec(&all->header);
        return r;
    }
    size_t nkw = kwnames ? (size_t)((TupleObject *)kwnames)->size : 0;
    TupleObject *all = concat_args(p->args, args, nargs + nkw);
    Value r = op_call(p->func, all->items, (size_t)all->size - nkw, kwnames);
    refcount_dec(&all->header);
    return r;
}

static bool repr_keywords(StrBuf *b, DictObject *kw)
{
    int64_t pos = 0;
    Value key, value;
    bool ok = true;
    while (ok && dict_next(kw, &pos, &key, &value)) {
        strbuf_append_cstr(b, ", ");
        strbuf_append_str(b, (StrObject *)value_as_object(key));
        strbuf_append_char(b, '=');
        ok = strbuf_append_repr(b, value);
        value_decref(key);
        value_decref(value);
    }
    return ok;
}

static StrObject *partial_repr(Value self)
{
    PartialObject *p = (PartialObject *)value_as_object(self);
    if (!repr_enter(&p->header))
        return str_from_cstr("...");
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_cstr(&b, "functools.partial(");
    bool ok = strbuf_append_repr(&b, p->func);
    for (int64_t i = 0; ok && i < p->args->size; i++) {
        strbuf_append_cstr(&b, ", ");
        ok = strbuf_append_repr(&b, p->args->items[i]);
    }
    ok = ok && repr_keywords(&b, p->keywords);
    repr_leave(&p->header);
    if (!ok) {
        strbuf_discard(&b);
        return NULL;
    }
    strbuf_append_char(&b, ')');
    return strbuf_finish(&b);
}

static Value partial_get_func(Value self)
{
    return ref(((PartialObject *)value_as_object(self))->func);
}

static Value partial_get_args(Value self)
{
    PartialObject *p = (PartialObject *)value_as_object(self);
    return value_new_ref(&p->args->header);
}

static Value partial_get_keywords(Value self)
{
    PartialObject *p = (PartialObject *)value_as_object(self);
    return value_new_ref(&p->keywords->header);
}

static void partial_dealloc(Object *op)
{
    PartialObject *p = (PartialObject *)op;
    value_decref(p->func);
    refcount_dec(&p->args->header);
    refcount_dec(&p->keywords->header);
    object_free(op);
}

static const GetSetDef partial_getsets[] = {
    {"func", partial_get_func, NULL},
    {"args", partial_get_args, NULL},
    {"keywords", partial_get_keywords, NULL},
    {NULL, NULL, NULL},
};

TypeObject partial_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "functools.partial",
    .basic_size = sizeof(PartialObject),
    .dealloc = partial_dealloc,
    .flags = TYPE_FLAG_BASETYPE,
    .repr = partial_repr,
    .call = partial_call,
    .new = partial_new,
    .getsets = partial_getsets,
    .doc = "partial(func, *args, **keywords) - new function with partial "
           "application\n    of the given arguments and keywords.\n",
};

// ---- cmp_to_key(mycmp) ----------------------------------------------------

// The key function (obj unset) and the keys it makes (obj set).
typedef struct KeyWrapperObject {
    ObjHeader header;
    Value cmp;
    Value obj; // VALUE_NULL in the key function itself
} KeyWrapperObject;

static Value keywrapper_make(Value cmp, Value obj)
{
    KeyWrapperObject *k = (KeyWrapperObject *)object_new(&keywrapper_type);
    k->cmp = ref(cmp);
    k->obj = obj == VALUE_NULL ? VALUE_NULL : ref(obj);
    return value_steal(&k->header);
}

static Value ft_cmp_to_key(Value self, const Value *args, size_t nargs,
                           Object *kwnames)
{
    (void)self;
    Value a[1];
    if (!args_parse("cmp_to_key", args, nargs, kwnames, "mycmp", 0, 1, a))
        return VALUE_NULL;
    return keywrapper_make(a[0], VALUE_NULL);
}

static Value keywrapper_call(Value self, const Value *args, size_t nargs,
                             Object *kwnames)
{
    KeyWrapperObject *k = (KeyWrapperObject *)value_as_object(self);
    Value a[1];
    if (!args_parse("K", args, nargs, kwnames, "obj", 0, 1, a))
        return VALUE_NULL;
    return keywrapper_make(k->cmp, a[0]);
}

static Value keywrapper_compare(Value a, Value b, CmpOp op)
{
    if (value_type(b) != &keywrapper_type) {
        exc_raise_format(&exc_TypeError, "other argument must be K instance");
        return VALUE_NULL;
    }
    KeyWrapperObject *x = (KeyWrapperObject *)value_as_object(a);
    KeyWrapperObject *y = (KeyWrapperObject *)value_as_object(b);
    if (x->obj == VALUE_NULL || y->obj == VALUE_NULL) {
        exc_raise_format(&exc_AttributeError, "object");
        return VALUE_NULL;
    }
    Value pair[2] = {x->obj, y->obj};
    Value res = op_call(x->cmp, pair, 2, NULL);
    if (res == VALUE_NULL)
        return VALUE_NULL;
    Value answer = op_compare(res, value_from_int(0), op);
    value_decref(res);
    return answer;
}

static Value keywrapper_get_obj(Value self)
{
    KeyWrapperObject *k = (KeyWrapperObject *)value_as_object(self);
    if (k->obj != VALUE_NULL)
        return ref(k->obj);
    exc_raise_format(&exc_AttributeError, "obj");
    return VALUE_NULL;
}

static void keywrapper_dealloc(Object *op)
{
    KeyWrapperObject *k = (KeyWrapperObject *)op;
    value_decref(k->cmp);
    value_decref(k->obj);
    object_free(op);
}

static const GetSetDef keywrapper_getsets[] = {
    {"obj", keywrapper_get_obj, NULL},
    {NULL, NULL, NULL},
};

TypeObject keywrapper_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "functools.KeyWrapper",
    .basic_size = sizeof(KeyWrapperObject),
    .dealloc = keywrapper_dealloc,
    .compare = keywrapper_compare,
    .call = keywrapper_call,
    .getsets = keywrapper_getsets,
};

// ---- update_wrapper, wraps ------------------------------------------------

static const char *const wrapper_assignments[] = {"__module__", "__name__",
                                                  "__qualname__", "__doc__"};

// update_wrapper(wrapper, wrapped): copies the descriptive attributes the
// wrapped object has, merges its __dict__, and records __wrapped__.
static Value ft_update_wrapper(Value self, const Value *args, size_t nargs,
                               Object *kwnames)
{
    Value a[2];
    if (!args_parse("update_wrapper", args, nargs, kwnames, "wrapper,wrapped",
                    0, 2, a))
        return VALUE_NULL;
    for (size_t i = 0; i < 4; i++) {
        StrObject *name = str_intern_cstr(wrapper_assignments[i]);
        Value v;
        int r = op_lookup_attr(a[1], name, &v);
        if (r < 0)
            return VALUE_NULL;
        if (r == 0)
            continue;
        r = op_setattr(a[0], name, v);
        value_decref(v);
        if (r < 0)
            return VALUE_NULL;
    }
    Value theirs, ours;
    StrObject *dict_name = str_intern_cstr("__dict__");
    if (op_lookup_attr(a[1], dict_name, &theirs) == 1) {
        if (op_lookup_attr(a[0], dict_name, &ours) == 1) {
            if (value_isinstance(ours, &dict_type) &&
                value_isinstance(theirs, &dict_type))
                dict_update_from((DictObject *)value_as_object(ours), theirs);
            value_decref(ours);
        }
        value_decref(theirs);
    }
    if (exc_occurred())
        return VALUE_NULL;
    if (op_setattr(a[0], str_intern_cstr("__wrapped__"), a[1]) < 0)
        return VALUE_NULL;
    value_incref(a[0]);
    return a[0];
}

static const MethodDef update_wrapper_def = {"update_wrapper",
                                             ft_update_wrapper, 0};

// wraps(wrapped): partial(update_wrapper, wrapped=wrapped).
static Value ft_wraps(Value self, const Value *args, size_t nargs,
                      Object *kwnames)
{
    if (!args_positional("wraps", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    Value fn = builtin_new(&update_wrapper_def, VALUE_NULL);
    Value kwname = value_new_ref(&str_intern_cstr("wrapped")->header);
    TupleObject *names = tuple_pack(1, &kwname);
    Value pargs[2] = {fn, args[0]};
    Value r = partial_type.new(&partial_type, pargs, 1, &names->header);
    refcount_dec(&names->header);
    value_decref(fn);
    return r;
}

// ---- module ----------------------------------------------------------------

static const MethodDef functools_functions[] = {
    {"reduce", ft_reduce, 0},
    {"cmp_to_key", ft_cmp_to_key, 0},
    {"lru_cache", functools_lru_cache, 0},
    {"cache", functools_cache, 0},
    {"update_wrapper", ft_update_wrapper, 0},
    {"wraps", ft_wraps, 0},
    {NULL, NULL, 0},
};

ModuleObject *functools_module_create(void)
{
    ModuleObject *m = module_new("_functools");
    for (const MethodDef *d = functools_functions; d->name; d++)
        module_add(m, d->name, builtin_new(d, VALUE_NULL));
    module_add(m, "partial", value_new_ref(&partial_type.header));
    module_add(m, "_lru_cache_wrapper",
               value_new_ref(&lru_wrapper_type.header));
    return m;
}
