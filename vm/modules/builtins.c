// builtins.c: the builtins module: functions, the builtin types by name
// (vm/objects/types.def) and the exception classes
// (vm/objects/exceptions.def).
#include <stdio.h>
#include <string.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/frame.h"
#include "vm/import.h"
#include "vm/interp.h"
#include "vm/modules/builtins_impl.h"
#include "vm/objects/builtin.h"
#include "vm/objects/dict.h"
#include "vm/objects/float.h"
#include "vm/objects/format.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/module.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/objects/types.h"
#include "vm/ops.h"

#define FN(name)                                                               \
    static Value builtin_##name(Value self, const Value *args, size_t nargs,   \
                                Object *kwnames)

// ------------------------------------------------------------ conversions

FN(repr)
{
    if (!args_positional("repr", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    StrObject *s = op_repr(args[0]);
    return s ? value_steal(&s->header) : VALUE_NULL;
}

FN(ascii)
{
    if (!args_positional("ascii", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    StrObject *s = ascii_repr(args[0]);
    return s ? value_steal(&s->header) : VALUE_NULL;
}

FN(format)
{
    Value a[2];
    if (!args_parse("format", args, nargs, kwnames, "value,format_spec", 2, 1,
                    a))
        return VALUE_NULL;
    StrObject *spec = str_intern_cstr("");
    if (a[1] != VALUE_NULL) {
        if (!str_check(a[1])) {
            exc_raise_format(&exc_TypeError,
                             "format() argument 2 must be str, not %s",
                             value_type(a[1])->name);
            return VALUE_NULL;
        }
        spec = (StrObject *)value_as_object(a[1]);
    }
    StrObject *s = format_value(a[0], spec);
    return s ? value_steal(&s->header) : VALUE_NULL;
}

FN(len)
{
    if (!args_positional("len", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    int64_t n = op_len(args[0]);
    return n < 0 ? VALUE_NULL : int_from_i64(n);
}

FN(hash)
{
    if (!args_positional("hash", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    int64_t h = op_hash(args[0]);
    return h == -1 ? VALUE_NULL : int_from_i64(h);
}

FN(id)
{
    if (!args_positional("id", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    Value v = args[0];
    uintptr_t addr =
        value_is_int(v) ? (uintptr_t)v : (uintptr_t)value_as_object(v);
    return int_from_u64(addr);
}

FN(callable)
{
    if (!args_positional("callable", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    return value_bool(op_is_callable(args[0]));
}

static Value int_text(const Value *args, size_t nargs, Object *kwnames,
                      const char *name, int base)
{
    if (!args_positional(name, nargs, kwnames, 1, 1))
        return VALUE_NULL;
    if (!int_check(args[0])) {
        exc_raise_format(&exc_TypeError,
                         "'%s' object cannot be interpreted as an integer",
                         value_type(args[0])->name);
        return VALUE_NULL;
    }
    StrObject *s = int_to_string(args[0], base);
    return s ? value_steal(&s->header) : VALUE_NULL;
}

FN(hex)
{
    return int_text(args, nargs, kwnames, "hex", 16);
}

FN(oct)
{
    return int_text(args, nargs, kwnames, "oct", 8);
}

FN(bin)
{
    return int_text(args, nargs, kwnames, "bin", 2);
}

// CPython says "string" for bytes too.
static Value ord_length_error(int64_t length)
{
    exc_raise_format(&exc_TypeError,
                     "ord() expected a character, but string of length %lld "
                     "found",
                     (long long)length);
    return VALUE_NULL;
}

FN(ord)
{
    if (!args_positional("ord", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    Value v = args[0];
    if (str_check(v)) {
        StrObject *s = (StrObject *)value_as_object(v);
        if (s->length == 1)
            return value_from_int(str_code_point_at(s, 0));
        return ord_length_error(s->length);
    }
    BytesObject *b = bytearray_bytes_like(v); // bytes or bytearray
    if (b) {
        int64_t n = b->size;
        int c = n == 1 ? (unsigned char)b->data[0] : -1;
        refcount_dec(&b->header);
        return c >= 0 ? value_from_int(c) : ord_length_error(n);
    }
    exc_raise_format(&exc_TypeError,
                     "ord() expected string of length 1, but %s found",
                     value_type(v)->name);
    return VALUE_NULL;
}

FN(chr)
{
    int64_t i;
    if (!args_positional("chr", nargs, kwnames, 1, 1) ||
        !value_as_index(args[0], &i))
        return VALUE_NULL;
    if (i < 0 || i > 0x10ffff) {
        exc_raise_format(&exc_ValueError, "chr() arg not in range(0x110000)");
        return VALUE_NULL;
    }
    uint32_t cp = (uint32_t)i;
    return value_steal(&str_from_code_points(&cp, 1)->header);
}

// ------------------------------------------------------------ numbers

FN(abs)
{
    if (!args_positional("abs", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    return number_abs(args[0]);
}

FN(divmod)
{
    if (!args_positional("divmod", nargs, kwnames, 2, 2))
        return VALUE_NULL;
    return number_divmod(args[0], args[1]);
}

FN(pow)
{
    Value a[3];
    if (!args_parse("pow", args, nargs, kwnames, "base,exp,mod", 0, 2, a))
        return VALUE_NULL;
    if (a[2] == VALUE_NULL || value_is_none(a[2]))
        return op_binary(a[0], a[1], BINOP_POW);
    return int_pow_mod(a[0], a[1], a[2]);
}

FN(round)
{
    Value a[2];
    if (!args_parse("round", args, nargs, kwnames, "number,ndigits", 0, 1, a))
        return VALUE_NULL;
    if (a[1] != VALUE_NULL && value_is_none(a[1]))
        a[1] = VALUE_NULL;
    return number_round(a[0], a[1]);
}

// ------------------------------------------------------------ attributes

FN(getattr)
{
    if (!args_positional("getattr", nargs, kwnames, 2, 3))
        return VALUE_NULL;
    StrObject *name = type_attr_name(args[1]);
    if (name == NULL)
        return VALUE_NULL;
    if (nargs == 2)
        return op_getattr(args[0], name);
    Value v;
    int r = op_lookup_attr(args[0], name, &v);
    if (r == 0) {
        value_incref(args[2]);
        return args[2];
    }
    return r == 1 ? v : VALUE_NULL;
}

FN(setattr)
{
    if (!args_positional("setattr", nargs, kwnames, 3, 3))
        return VALUE_NULL;
    StrObject *name = type_attr_name(args[1]);
    if (name == NULL || op_setattr(args[0], name, args[2]) < 0)
        return VALUE_NULL;
    return VALUE_NONE;
}

FN(delattr)
{
    if (!args_positional("delattr", nargs, kwnames, 2, 2))
        return VALUE_NULL;
    StrObject *name = type_attr_name(args[1]);
    if (name == NULL || op_delattr(args[0], name) < 0)
        return VALUE_NULL;
    return VALUE_NONE;
}

FN(hasattr)
{
    if (!args_positional("hasattr", nargs, kwnames, 2, 2))
        return VALUE_NULL;
    StrObject *name = type_attr_name(args[1]);
    Value v;
    int r = name ? op_lookup_attr(args[0], name, &v) : -1;
    if (r < 0)
        return VALUE_NULL;
    if (r == 1)
        value_decref(v);
    return value_bool(r == 1);
}

// ------------------------------------------------------------ types

// isinstance/issubclass's second argument: a class or a tuple of them.
// A metaclass's __instancecheck__ / __subclasscheck__ (abc.ABCMeta's
// registered virtual subclasses): 1 / 0 / -1, or 2 when there is none.
static int metaclass_check(Value cls, const char *hook, Value subject)
{
    TypeObject *meta = value_type(cls);
    if (!(meta->flags & TYPE_FLAG_HEAPTYPE))
        return 2;
    Value f = type_lookup(meta, str_intern_cstr(hook));
    if (f == VALUE_NULL || value_type(f) != &function_type)
        return 2;
    Value args[2] = {cls, subject};
    Value r = op_call(f, args, 2, NULL);
    if (r == VALUE_NULL)
        return -1;
    int t = op_truth(r);
    value_decref(r);
    return t;
}

static int class_matches_one(TypeObject *t, Value cls, const char *fname,
                             Value obj)
{
    bool instance = obj != VALUE_NULL;
    if (instance && value_same((Value)&t->header, cls))
        return 1; // type(obj) is cls: CPython answers without the hook
    int r = metaclass_check(
        cls, instance ? "__instancecheck__" : "__subclasscheck__",
        instance ? obj : (Value)&t->header);
    if (r != 2)
        return r;
    if (!value_isinstance(cls, &type_type)) {
        exc_raise_format(&exc_TypeError,
                         "%s() arg 2 must be a type, a tuple of types, or a "
                         "union",
                         fname);
        return -1;
    }
    return type_is_subtype(t, (TypeObject *)value_as_object(cls));
}

// `obj` is the instance for isinstance, VALUE_NULL for issubclass.
static int class_matches_obj(TypeObject *t, Value cls, const char *fname,
                             Value obj)
{
    if (tuple_check(cls)) {
        TupleObject *tuple = (TupleObject *)value_as_object(cls);
        for (int64_t i = 0; i < tuple->size; i++) {
            int r = class_matches_obj(t, tuple->items[i], fname, obj);
            if (r != 0)
                return r;
        }
        return 0;
    }
    return class_matches_one(t, cls, fname, obj);
}

FN(isinstance)
{
    if (!args_positional("isinstance", nargs, kwnames, 2, 2))
        return VALUE_NULL;
    int r =
        class_matches_obj(value_type(args[0]), args[1], "isinstance", args[0]);
    return r < 0 ? VALUE_NULL : value_bool(r);
}

FN(issubclass)
{
    if (!args_positional("issubclass", nargs, kwnames, 2, 2))
        return VALUE_NULL;
    if (!value_isinstance(args[0], &type_type)) {
        exc_raise_format(&exc_TypeError, "issubclass() arg 1 must be a class");
        return VALUE_NULL;
    }
    TypeObject *t = (TypeObject *)value_as_object(args[0]);
    int r = class_matches_obj(t, args[1], "issubclass", VALUE_NULL);
    return r < 0 ? VALUE_NULL : value_bool(r);
}

// ------------------------------------------------------------ iteration

FN(iter)
{
    if (!args_positional("iter", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    return op_iter(args[0]);
}

FN(next)
{
    if (!args_positional("next", nargs, kwnames, 1, 2))
        return VALUE_NULL;
    if (value_type(args[0])->next == NULL) {
        exc_raise_format(&exc_TypeError, "'%s' object is not an iterator",
                         value_type(args[0])->name);
        return VALUE_NULL;
    }
    Value v = op_next_raw(args[0]); // StopIteration keeps its value
    if (v != VALUE_NULL)
        return v;
    if (nargs == 2 && (!exc_occurred() || exc_matches(&exc_StopIteration))) {
        exc_clear();
        value_incref(args[1]);
        return args[1];
    }
    if (!exc_occurred())
        exc_raise(exception_new(&exc_StopIteration,
                                value_steal(&tuple_new(0)->header)));
    return VALUE_NULL;
}

// Calls `fn(item)` for each item of `iterable` until it returns nonzero
// (stop) or -1 (error).
static int each_item(Value iterable, int (*fn)(void *ctx, Value item),
                     void *ctx)
{
    Value it = op_iter(iterable);
    if (it == VALUE_NULL)
        return -1;
    int r = 0;
    while (r == 0) {
        Value x = op_next(it);
        if (x == VALUE_NULL) {
            r = exc_occurred() ? -1 : 0;
            break;
        }
        r = fn(ctx, x);
        value_decref(x);
    }
    value_decref(it);
    return r;
}

static int stop_if(void *ctx, Value item)
{
    int want = *(int *)ctx;
    int t = op_truth(item);
    return t < 0 ? -1 : t == want;
}

FN(any)
{
    if (!args_positional("any", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    int want = 1;
    int r = each_item(args[0], stop_if, &want);
    return r < 0 ? VALUE_NULL : value_bool(r == 1);
}

FN(all)
{
    if (!args_positional("all", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    int want = 0;
    int r = each_item(args[0], stop_if, &want);
    return r < 0 ? VALUE_NULL : value_bool(r == 0);
}

typedef struct SumState {
    Value total;
} SumState;

static int add_item(void *ctx, Value item)
{
    SumState *s = ctx;
    Value r = op_binary(s->total, item, BINOP_ADD);
    value_decref(s->total);
    s->total = r;
    return r == VALUE_NULL ? -1 : 0;
}

FN(sum)
{
    Value a[2];
    if (!args_parse("sum", args, nargs, kwnames, "iterable,start", 1, 1, a))
        return VALUE_NULL;
    Value start = a[1] ? a[1] : value_from_int(0);
    TypeObject *st = value_type(start);
    if (st == &str_type || st == &bytes_type || st == &bytearray_type) {
        exc_raise_format(&exc_TypeError,
                         st == &str_type ? "sum() can't sum strings [use "
                                           "''.join(seq) instead]"
                                         : "sum() can't sum %s [use "
                                           "b''.join(seq) instead]",
                         st->name);
        return VALUE_NULL;
    }
    value_incref(start);
    SumState s = {start};
    if (each_item(a[0], add_item, &s) < 0) {
        value_decref(s.total);
        return VALUE_NULL;
    }
    return s.total;
}

FN(sorted)
{
    if (nargs != 1) {
        exc_raise_format(&exc_TypeError, "sorted expected 1 argument, got %zu",
                         nargs);
        return VALUE_NULL;
    }
    Value a[3];
    if (!args_parse("sorted", args, nargs, kwnames, "iterable,$key,$reverse", 1,
                    1, a))
        return VALUE_NULL;
    Value l = list_from_iterable(a[0]);
    if (l == VALUE_NULL)
        return VALUE_NULL;
    int reverse = a[2] ? op_truth(a[2]) : 0;
    Value key = a[1] && !value_is_none(a[1]) ? a[1] : VALUE_NULL;
    if (reverse < 0 ||
        list_sort((ListObject *)value_as_object(l), key, reverse) < 0) {
        value_decref(l);
        return VALUE_NULL;
    }
    return l;
}

// min() and max(): one iterable or several arguments; key= and default=.
typedef struct Extreme {
    CmpOp op;
    Value key, best, best_key;
} Extreme;

static int consider(void *ctx, Value item)
{
    Extreme *e = ctx;
    Value k = item;
    if (e->key) {
        k = op_call(e->key, &item, 1, NULL);
        if (k == VALUE_NULL)
            return -1;
    } else {
        value_incref(k);
    }
    int better = 1;
    if (e->best != VALUE_NULL)
        better = op_compare_bool(k, e->best_key, e->op);
    if (better < 0) {
        value_decref(k);
        return -1;
    }
    if (better) {
        value_decref(e->best);
        value_decref(e->best_key);
        value_incref(item);
        e->best = item;
        e->best_key = k;
    } else {
        value_decref(k);
    }
    return 0;
}

static Value min_max(const char *name, CmpOp op, const Value *args,
                     size_t nargs, Object *kwnames)
{
    if (nargs == 0) {
        exc_raise_format(&exc_TypeError,
                         "%s expected at least 1 argument, got 0", name);
        return VALUE_NULL;
    }
    size_t nkw = kwnames ? (size_t)((TupleObject *)kwnames)->size : 0;
    Value kw[2] = {VALUE_NULL, VALUE_NULL}; // key, default
    for (size_t i = 0; i < nkw; i++) {
        StrObject *k =
            (StrObject *)value_as_object(((TupleObject *)kwnames)->items[i]);
        if (str_equal_cstr(k, "key"))
            kw[0] = args[nargs + i];
        else if (str_equal_cstr(k, "default"))
            kw[1] = args[nargs + i];
        else {
            exc_raise_format(&exc_TypeError,
                             "%s() got an unexpected keyword argument '%s'",
                             name, k->data);
            return VALUE_NULL;
        }
    }
    Extreme e = {op, kw[0] && !value_is_none(kw[0]) ? kw[0] : VALUE_NULL,
                 VALUE_NULL, VALUE_NULL};
    int r = 0;
    if (nargs == 1) {
        r = each_item(args[0], consider, &e);
    } else {
        if (kw[1]) {
            exc_raise_format(&exc_TypeError,
                             "Cannot specify a default for %s() with "
                             "multiple positional arguments",
                             name);
            return VALUE_NULL;
        }
        for (size_t i = 0; i < nargs && r == 0; i++)
            r = consider(&e, args[i]);
    }
    value_decref(e.best_key);
    if (r < 0) {
        value_decref(e.best);
        return VALUE_NULL;
    }
    if (e.best == VALUE_NULL) {
        if (kw[1]) {
            value_incref(kw[1]);
            return kw[1];
        }
        exc_raise_format(&exc_ValueError, "%s() arg is an empty sequence",
                         name);
    }
    return e.best;
}

FN(min)
{
    return min_max("min", CMP_LT, args, nargs, kwnames);
}

FN(max)
{
    return min_max("max", CMP_GT, args, nargs, kwnames);
}

// ------------------------------------------------------------ namespaces

FN(globals)
{
    if (!args_positional("globals", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    Frame *f = thread_current()->frame;
    return value_new_ref(f->globals);
}

// exit() and quit(): leave the program (or the prompt) with SystemExit.
FN(exit)
{
    if (!args_positional("exit", nargs, kwnames, 0, 1))
        return VALUE_NULL;
    TupleObject *t = tuple_pack((int64_t)nargs, args);
    exc_raise(exception_new(&exc_SystemExit, value_steal(&t->header)));
    return VALUE_NULL;
}

FN(locals)
{
    if (!args_positional("locals", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    return frame_locals_dict(thread_current()->frame);
}

FN(vars)
{
    if (!args_positional("vars", nargs, kwnames, 0, 1))
        return VALUE_NULL;
    if (nargs == 0)
        return frame_locals_dict(thread_current()->frame);
    Value d;
    int r = op_lookup_attr(args[0], str_intern_cstr("__dict__"), &d);
    if (r == 0)
        exc_raise_format(&exc_TypeError,
                         "vars() argument must have __dict__ attribute");
    return r == 1 ? d : VALUE_NULL;
}

static void add_keys(Object *dict, Value set)
{
    int64_t pos = 0;
    Value k, v;
    while (dict && dict_next((DictObject *)dict, &pos, &k, &v)) {
        set_add((SetObject *)value_as_object(set), k);
        value_decref(k);
        value_decref(v);
    }
}

// dir(x): the sorted names of x's attributes (its __dict__ and its
// class's MRO); dir() lists the local names.
// The names as a sorted list (takes the reference to `names`).
static Value sorted_list(Value names)
{
    Value l = list_from_iterable(names);
    value_decref(names);
    if (l != VALUE_NULL &&
        list_sort((ListObject *)value_as_object(l), VALUE_NULL, false) < 0) {
        value_decref(l);
        return VALUE_NULL;
    }
    return l;
}

FN(dir)
{
    if (!args_positional("dir", nargs, kwnames, 0, 1))
        return VALUE_NULL;
    Value names = value_steal(&set_new(&set_type)->header);
    if (nargs == 0) {
        Value loc = frame_locals_dict(thread_current()->frame);
        add_keys(value_as_object(loc), names);
        value_decref(loc);
    } else {
        Value own =
            type_lookup(value_type(args[0]), str_intern_cstr("__dir__"));
        if (own != VALUE_NULL) { // a class's __dir__ says
            value_decref(names);
            Value r = op_call(own, args, 1, NULL);
            if (r == VALUE_NULL)
                return VALUE_NULL;
            return sorted_list(r);
        }
        Value d;
        if (op_lookup_attr(args[0], str_intern_cstr("__dict__"), &d) == 1) {
            if (value_isinstance(d, &dict_type))
                add_keys(value_as_object(d), names);
            value_decref(d);
        }
        exc_clear();
        if (value_isinstance(args[0], &module_type)) // its namespace only
            return sorted_list(names);
        TypeObject *t = value_isinstance(args[0], &type_type)
                            ? (TypeObject *)value_as_object(args[0])
                            : value_type(args[0]);
        TupleObject *mro = (TupleObject *)t->mro;
        for (int64_t i = 0; mro && i < mro->size; i++)
            add_keys(((TypeObject *)value_as_object(mro->items[i]))->dict,
                     names);
    }
    return sorted_list(names);
}

// ------------------------------------------------------------ the table

static const MethodDef builtin_functions[] = {
    {"__build_class__", build_class, 0},
    {"__import__", import_builtin, 0},
    {"abs", builtin_abs, 0},
    {"all", builtin_all, 0},
    {"any", builtin_any, 0},
    {"ascii", builtin_ascii, 0},
    {"bin", builtin_bin, 0},
    {"callable", builtin_callable, 0},
    {"chr", builtin_chr, 0},
    {"compile", builtin_compile, 0},
    {"delattr", builtin_delattr, 0},
    {"dir", builtin_dir, 0},
    {"divmod", builtin_divmod, 0},
    {"eval", builtin_eval, 0},
    {"exec", builtin_exec, 0},
    {"exit", builtin_exit, 0},
    {"format", builtin_format, 0},
    {"getattr", builtin_getattr, 0},
    {"globals", builtin_globals, 0},
    {"hasattr", builtin_hasattr, 0},
    {"hash", builtin_hash, 0},
    {"hex", builtin_hex, 0},
    {"id", builtin_id, 0},
    {"input", builtin_input, 0},
    {"isinstance", builtin_isinstance, 0},
    {"issubclass", builtin_issubclass, 0},
    {"iter", builtin_iter, 0},
    {"len", builtin_len, 0},
    {"locals", builtin_locals, 0},
    {"max", builtin_max, 0},
    {"min", builtin_min, 0},
    {"next", builtin_next, 0},
    {"oct", builtin_oct, 0},
    {"open", builtin_open, 0},
    {"ord", builtin_ord, 0},
    {"pow", builtin_pow, 0},
    {"print", builtin_print, 0},
    {"quit", builtin_exit, 0},
    {"repr", builtin_repr, 0},
    {"round", builtin_round, 0},
    {"setattr", builtin_setattr, 0},
    {"sorted", builtin_sorted, 0},
    {"sum", builtin_sum, 0},
    {"vars", builtin_vars, 0},
    {NULL, NULL, 0},
};

ModuleObject *builtins_module_create(void)
{
    ModuleObject *m = module_new("builtins");
    for (const MethodDef *d = builtin_functions; d->name; d++) {
        Value f = builtin_new(d, VALUE_NULL);
        refcount_set_immortal(value_as_object(f));
        module_add(m, d->name, f);
    }
#define TYPE(sym, name) module_add(m, name, value_new_ref(&sym.header));
#define HIDDEN_TYPE(sym)
#include "vm/objects/types.def"
#undef TYPE
#undef HIDDEN_TYPE
    module_add(m, "BaseException", value_new_ref(&exc_BaseException.header));
#define EXCEPTION(name, base)                                                  \
    module_add(m, #name, value_new_ref(&exc_##name.header));
#include "vm/objects/exceptions.def"
#undef EXCEPTION
    module_add(m, "None", VALUE_NONE);
    module_add(m, "True", VALUE_TRUE);
    module_add(m, "False", VALUE_FALSE);
    module_add(m, "Ellipsis", VALUE_ELLIPSIS);
    module_add(m, "NotImplemented", VALUE_NOT_IMPLEMENTED);
    module_add(m, "__debug__", VALUE_TRUE);
    refcount_set_immortal(&m->header);
    return m;
}
