// exception_group.c: BaseExceptionGroup and ExceptionGroup, split and
// subgroup, and the matching and re-raising behind `except*` (see
// exception_group.h).
#include "vm/objects/exception_group.h"

#include <stdlib.h>

#include "alloc/alloc.h"
#include "vm/eval.h"
#include "vm/exc.h"
#include "vm/objects/dict.h"
#include "vm/objects/function.h"
#include "vm/objects/genericalias.h"
#include "vm/objects/list.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

static ExceptionGroupObject *as_group(Value v)
{
    return (ExceptionGroupObject *)value_as_object(v);
}

bool exception_group_check(Value v)
{
    return value_is_object(v) && value_isinstance(v, &exc_BaseExceptionGroup);
}

static bool is_exception(Value v)
{
    return value_is_object(v) && value_isinstance(v, &exc_BaseException);
}

static bool is_exception_class(Value v)
{
    return value_is_object(v) && value_isinstance(v, &type_type) &&
           type_is_subtype((TypeObject *)value_as_object(v),
                           &exc_BaseException);
}

// CPython's PySequence_Check: indexable, and not a mapping.
static bool is_sequence(Value v)
{
    return value_type(v)->getitem != NULL && !value_isinstance(v, &dict_type);
}

static void group_dealloc(Object *op)
{
    ExceptionGroupObject *g = (ExceptionGroupObject *)op;
    value_decref(g->message);
    value_decref(g->exceptions);
    exc_BaseException.dealloc(op);
}

// ------------------------------------------------------------ creation

// The checks of BaseExceptionGroup.__new__ on the exceptions tuple;
// *all_plain tells whether every item is an Exception.
static bool check_items(TupleObject *items, bool *all_plain)
{
    if (items->size == 0) {
        exc_raise_format(&exc_ValueError,
                         "second argument (exceptions) must be a non-empty "
                         "sequence");
        return false;
    }
    *all_plain = true;
    for (int64_t i = 0; i < items->size; i++) {
        if (!is_exception(items->items[i])) {
            exc_raise_format(&exc_ValueError,
                             "Item %lld of second argument (exceptions) is "
                             "not an exception",
                             (long long)i);
            return false;
        }
        *all_plain &= value_isinstance(items->items[i], &exc_Exception);
    }
    return true;
}

// The class the new group gets: BaseExceptionGroup of Exceptions only
// becomes an ExceptionGroup; an Exception-derived group refuses
// BaseExceptions. NULL with TypeError.
static TypeObject *group_class(TypeObject *t, bool all_plain)
{
    if (t == &exc_BaseExceptionGroup)
        return all_plain ? &exc_ExceptionGroup : t;
    if (all_plain || !type_is_subtype(t, &exc_Exception))
        return t;
    if (t == &exc_ExceptionGroup)
        exc_raise_format(&exc_TypeError,
                         "Cannot nest BaseExceptions in an ExceptionGroup");
    else
        exc_raise_format(&exc_TypeError, "Cannot nest BaseExceptions in '%s'",
                         t->name);
    return NULL;
}

// Whether instances of `t` get the builtin __init__, which refuses
// keyword arguments (a class may define its own).
static bool builtin_init(TypeObject *t)
{
    Value init = type_lookup(t, str_intern_cstr("__init__"));
    return init == VALUE_NULL || value_type(init) == &method_descr_type;
}

// BaseExceptionGroup(message, exceptions) and its subclasses.
static Value group_new(TypeObject *t, const Value *args, size_t nargs,
                       Object *kwnames)
{
    if (nargs != 2) {
        exc_raise_format(&exc_TypeError,
                         "BaseExceptionGroup.__new__() takes exactly 2 "
                         "arguments (%zu given)",
                         nargs);
        return VALUE_NULL;
    }
    if (!str_check(args[0])) {
        exc_raise_format(&exc_TypeError,
                         "BaseExceptionGroup.__new__() argument 1 must be "
                         "str, not %s",
                         value_type(args[0])->name);
        return VALUE_NULL;
    }
    if (!is_sequence(args[1])) {
        exc_raise_format(&exc_TypeError,
                         "second argument (exceptions) must be a sequence");
        return VALUE_NULL;
    }
    Value items = tuple_from_iterable(args[1]);
    if (items == VALUE_NULL)
        return VALUE_NULL;
    bool all_plain;
    TypeObject *cls = NULL;
    if (check_items((TupleObject *)value_as_object(items), &all_plain))
        cls = group_class(t, all_plain);
    if (cls && kwnames && ((TupleObject *)kwnames)->size && builtin_init(cls)) {
        exc_raise_format(&exc_TypeError, "%s() takes no keyword arguments",
                         cls->name);
        cls = NULL;
    }
    if (cls == NULL) {
        value_decref(items);
        return VALUE_NULL;
    }
    Value argv = value_steal(&tuple_pack((int64_t)nargs, args)->header);
    ExceptionGroupObject *g = (ExceptionGroupObject *)exception_new(cls, argv);
    value_incref(args[0]);
    g->message = args[0];
    g->exceptions = items;
    return value_steal(&g->base.header);
}

// BaseExceptionGroup(message, items) as Python code calling it would;
// `items` is borrowed.
static Value make_group(Value message, Value items)
{
    Value args[2] = {message, items};
    return op_call((Value)&exc_BaseExceptionGroup.header, args, 2, NULL);
}

// ------------------------------------------------------------ Python API

static StrObject *group_str(Value self)
{
    ExceptionGroupObject *g = as_group(self);
    int64_t n = ((TupleObject *)value_as_object(g->exceptions))->size;
    return str_from_format("%s (%lld sub-exception%s)",
                           ((StrObject *)value_as_object(g->message))->data,
                           (long long)n, n > 1 ? "s" : "");
}

// BaseExceptionGroup.__init__(self, *args): args only, no keywords.
static Value group_init(Value self, const Value *args, size_t nargs,
                        Object *kwnames)
{
    if (kwnames && ((TupleObject *)kwnames)->size) {
        exc_raise_format(&exc_TypeError, "%s() takes no keyword arguments",
                         value_type(self)->name);
        return VALUE_NULL;
    }
    exception_set_args((ExceptionObject *)value_as_object(self), args, nargs);
    return VALUE_NONE;
}

static Value group_derive(Value self, const Value *args, size_t nargs,
                          Object *kwnames)
{
    if (nargs != 1 || kwnames) {
        exc_raise_format(&exc_TypeError,
                         "function takes exactly 1 argument (%zu given)",
                         nargs);
        return VALUE_NULL;
    }
    return make_group(as_group(self)->message, args[0]);
}

static Value class_getitem_method(Value cls, const Value *args, size_t nargs,
                                  Object *kwnames)
{
    if (nargs != 1 || kwnames) {
        exc_raise_format(&exc_TypeError,
                         "__class_getitem__() takes exactly one argument "
                         "(%zu given)",
                         nargs);
        return VALUE_NULL;
    }
    return generic_alias_new(cls, args[0]);
}

static Value get_message(Value self)
{
    value_incref(as_group(self)->message);
    return as_group(self)->message;
}

static Value get_exceptions(Value self)
{
    value_incref(as_group(self)->exceptions);
    return as_group(self)->exceptions;
}

static int set_readonly(Value self, Value v)
{
    exc_raise_format(&exc_AttributeError, "readonly attribute");
    return -1;
}

// ------------------------------------------------------------ split

typedef enum MatchKind { MATCH_TYPE, MATCH_PREDICATE, MATCH_LEAVES } MatchKind;

// A set of leaf exceptions (for MATCH_LEAVES): their addresses, sorted.
typedef struct Leaves {
    const Object **items;
    size_t n, cap;
} Leaves;

typedef struct Matcher {
    MatchKind kind;
    Value value;          // the type, tuple or function
    const Leaves *leaves; // MATCH_LEAVES
} Matcher;

static int by_address(const void *a, const void *b)
{
    const Object *x = *(const Object *const *)a, *y = *(const Object *const *)b;
    return x < y ? -1 : x > y;
}

// Whether `v` (an exception class, a tuple of them, or a function) can
// select from a group: split() and subgroup() accept nothing else.
static bool matcher_of(Value v, Matcher *m)
{
    m->value = v;
    m->leaves = NULL;
    m->kind = value_type(v) == &function_type ? MATCH_PREDICATE : MATCH_TYPE;
    if (m->kind == MATCH_PREDICATE || is_exception_class(v))
        return true;
    bool ok = value_type(v) == &tuple_type;
    TupleObject *t = ok ? (TupleObject *)value_as_object(v) : NULL;
    for (int64_t i = 0; ok && i < t->size; i++)
        ok = is_exception_class(t->items[i]);
    if (!ok)
        exc_raise_format(&exc_TypeError, "expected a function, exception "
                                         "type or tuple of exception types");
    return ok;
}

static bool isinstance_any(Value exc, Value types)
{
    if (value_type(types) != &tuple_type)
        return value_isinstance(exc, (TypeObject *)value_as_object(types));
    TupleObject *t = (TupleObject *)value_as_object(types);
    for (int64_t i = 0; i < t->size; i++)
        if (isinstance_any(exc, t->items[i]))
            return true;
    return false;
}

// 1 if `exc` as a whole is selected, 0 if not, -1 on error.
static int selects(const Matcher *m, Value exc)
{
    if (m->kind == MATCH_TYPE)
        return isinstance_any(exc, m->value);
    if (m->kind == MATCH_LEAVES) {
        const Object *key = value_as_object(exc);
        return !exception_group_check(exc) &&
               bsearch(&key, m->leaves->items, m->leaves->n, sizeof(Object *),
                       by_address) != NULL;
    }
    Value r = op_call(m->value, &exc, 1, NULL);
    if (r == VALUE_NULL)
        return -1;
    int t = op_truth(r);
    value_decref(r);
    return t;
}

static void set_field(Value *field, Value v)
{
    Value old = *field;
    value_incref(v);
    *field = v;
    value_decref(old);
}

// Gives `part` the traceback, cause, context and a copy of the notes of
// `orig`, as CPython does for the parts of a split. false on error.
static bool copy_metadata(ExceptionObject *part, ExceptionObject *orig)
{
    if (orig->traceback != VALUE_NULL)
        set_field(&part->traceback, orig->traceback);
    set_field(&part->context, orig->context);
    set_field(&part->cause, orig->cause);
    part->suppress_context = true; // as PyException_SetCause leaves it
    Value notes;
    StrObject *name = str_intern_cstr("__notes__");
    int found = op_lookup_attr((Value)&orig->header, name, &notes);
    if (found <= 0)
        return found == 0;
    int r = 0;
    if (is_sequence(notes)) {
        Value copy = list_from_iterable(notes);
        r = copy == VALUE_NULL ? -1
                               : op_setattr((Value)&part->header, name, copy);
        value_decref(copy);
    }
    value_decref(notes);
    return r == 0;
}

// orig.derive(items) with orig's metadata, or None if `items` is empty.
static Value subset(Value orig, ListObject *items)
{
    if (list_len(items) == 0)
        return VALUE_NONE;
    Value derive = op_getattr(orig, str_intern_cstr("derive"));
    if (derive == VALUE_NULL)
        return VALUE_NULL;
    Value arg = (Value)&items->header;
    Value part = op_call(derive, &arg, 1, NULL);
    value_decref(derive);
    if (part == VALUE_NULL)
        return VALUE_NULL;
    if (!exception_group_check(part)) {
        exc_raise_format(&exc_TypeError, "derive must return an instance of "
                                         "BaseExceptionGroup");
    } else if (copy_metadata((ExceptionObject *)value_as_object(part),
                             (ExceptionObject *)value_as_object(orig))) {
        return part;
    }
    value_decref(part);
    return VALUE_NULL;
}

// Appends `v` (taken over) to *list unless it is None.
static void collect(ListObject *list, Value v)
{
    if (value_is_none(v))
        return;
    list_append(list, v);
}

// Splits `exc` into what `m` selects (*match) and the rest (*rest, only
// when `rest` is not NULL), each None when empty. false on error.
static bool split(Value exc, const Matcher *m, Value *match, Value *rest)
{
    *match = VALUE_NONE;
    if (rest)
        *rest = VALUE_NONE;
    int whole = selects(m, exc);
    if (whole < 0)
        return false;
    if (whole || !exception_group_check(exc)) { // all or nothing
        Value *into = whole ? match : rest;
        if (into) {
            value_incref(exc);
            *into = exc;
        }
        return true;
    }
    if (!c_recursion_enter(" in exceptiongroup_split_recursive"))
        return false;
    TupleObject *items =
        (TupleObject *)value_as_object(as_group(exc)->exceptions);
    ListObject *in = list_new(0), *out = rest ? list_new(0) : NULL;
    bool ok = true;
    for (int64_t i = 0; ok && i < items->size; i++) {
        Value mi, ri;
        ok = split(items->items[i], m, &mi, rest ? &ri : NULL);
        if (ok) {
            collect(in, mi);
            if (rest)
                collect(out, ri);
        }
    }
    c_recursion_leave();
    if (ok)
        ok = (*match = subset(exc, in)) != VALUE_NULL;
    if (ok && rest && (*rest = subset(exc, out)) == VALUE_NULL) {
        value_decref(*match);
        ok = false;
    }
    refcount_dec(&in->header);
    if (out)
        refcount_dec(&out->header);
    return ok;
}

static Value group_split(Value self, const Value *args, size_t nargs,
                         Object *kwnames)
{
    Matcher m;
    if (nargs != 1 || kwnames) {
        exc_raise_format(&exc_TypeError, "split expected 1 argument, got %zu",
                         nargs);
        return VALUE_NULL;
    }
    if (!matcher_of(args[0], &m))
        return VALUE_NULL;
    Value pair[2];
    if (!split(self, &m, &pair[0], &pair[1]))
        return VALUE_NULL;
    TupleObject *r = tuple_new(2);
    tuple_init_item(r, 0, pair[0]);
    tuple_init_item(r, 1, pair[1]);
    return value_steal(&r->header);
}

static Value group_subgroup(Value self, const Value *args, size_t nargs,
                            Object *kwnames)
{
    Matcher m;
    if (nargs != 1 || kwnames) {
        exc_raise_format(&exc_TypeError,
                         "subgroup expected 1 argument, got %zu", nargs);
        return VALUE_NULL;
    }
    if (!matcher_of(args[0], &m))
        return VALUE_NULL;
    Value match;
    return split(self, &m, &match, NULL) ? match : VALUE_NULL;
}

static const MethodDef group_methods[] = {
    {"__init__", group_init, 0},
    {"__class_getitem__", class_getitem_method, METHOD_CLASS},
    {"derive", group_derive, 0},
    {"split", group_split, 0},
    {"subgroup", group_subgroup, 0},
    {NULL, NULL, 0},
};

static const GetSetDef group_getsets[] = {
    {"message", get_message, set_readonly},
    {"exceptions", get_exceptions, set_readonly},
    {NULL, NULL, NULL},
};

void exception_group_init(void)
{
    TypeObject *base = &exc_BaseExceptionGroup;
    base->basic_size = exc_ExceptionGroup.basic_size =
        sizeof(ExceptionGroupObject);
    base->dealloc = exc_ExceptionGroup.dealloc = group_dealloc;
    base->new = group_new;
    base->str = group_str;
    base->methods = group_methods;
    base->getsets = group_getsets;
}

// ------------------------------------------------------------ except*

// The type of an `except*` clause: exception classes only, and no group
// types (a group caught by except* would be split apart).
static bool check_star_type(Value type)
{
    bool tuple = value_type(type) == &tuple_type;
    TupleObject *t = tuple ? (TupleObject *)value_as_object(type) : NULL;
    int64_t n = tuple ? t->size : 1;
    for (int64_t i = 0; i < n; i++) {
        if (!is_exception_class(tuple ? t->items[i] : type)) {
            exc_raise_format(&exc_TypeError,
                             "catching classes that do not inherit from "
                             "BaseException is not allowed");
            return false;
        }
    }
    for (int64_t i = 0; i < n; i++) {
        TypeObject *c =
            (TypeObject *)value_as_object(tuple ? t->items[i] : type);
        if (type_is_subtype(c, &exc_BaseExceptionGroup)) {
            exc_raise_format(&exc_TypeError,
                             "catching ExceptionGroup with except* is not "
                             "allowed. Use except instead.");
            return false;
        }
    }
    return true;
}

// exc.split(type) as an except* clause calls it: a tuple of at least two.
static int split_for_star(Value exc, Value type, Value *match, Value *rest)
{
    Value split_fn = op_getattr(exc, str_intern_cstr("split"));
    Value pair = split_fn ? op_call(split_fn, &type, 1, NULL) : VALUE_NULL;
    value_decref(split_fn);
    if (pair == VALUE_NULL)
        return -1;
    const char *name = value_type(exc)->name;
    if (value_type(pair) != &tuple_type) {
        exc_raise_format(&exc_TypeError, "%s.split must return a tuple, not %s",
                         name, value_type(pair)->name);
    } else if (((TupleObject *)value_as_object(pair))->size < 2) {
        exc_raise_format(
            &exc_TypeError,
            "%s.split must return a 2-tuple, got tuple of size "
            "%lld",
            name, (long long)((TupleObject *)value_as_object(pair))->size);
    } else {
        TupleObject *t = (TupleObject *)value_as_object(pair);
        *match = t->items[0];
        *rest = t->items[1];
        value_incref(*match);
        value_incref(*rest);
        value_decref(pair);
        if (!value_is_none(*match))
            return 1;
        value_decref(*rest);
        return 0;
    }
    value_decref(pair);
    return -1;
}

int exception_group_match(Value exc, Value type, Value *match, Value *rest)
{
    if (!check_star_type(type))
        return -1;
    if (value_is_none(exc))
        return 0;
    if (isinstance_any(exc, type)) {
        *rest = VALUE_NONE;
        if (exception_group_check(exc)) {
            value_incref(exc);
            *match = exc;
            return 1;
        }
        Value wrapped = value_steal(&tuple_pack(1, &exc)->header);
        Value empty = value_new_ref(&str_intern_cstr("")->header);
        *match = make_group(empty, wrapped);
        value_decref(wrapped);
        value_decref(empty);
        return *match == VALUE_NULL ? -1 : 1;
    }
    if (exception_group_check(exc))
        return split_for_star(exc, type, match, rest);
    return 0;
}

// ------------------------------------------------------------ re-raising

static void leaves_add(Leaves *s, const Object *o)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 16;
        s->items = alloc_resize(s->items, s->cap * sizeof(Object *));
    }
    s->items[s->n++] = o;
}

// Every non-group exception inside `exc` (or `exc` itself).
static void collect_leaves(Value exc, Leaves *s)
{
    if (!exception_group_check(exc)) {
        leaves_add(s, value_as_object(exc));
        return;
    }
    TupleObject *t = (TupleObject *)value_as_object(as_group(exc)->exceptions);
    for (int64_t i = 0; i < t->size; i++)
        collect_leaves(t->items[i], s);
}

// Whether `e` is a part of `orig` raised again as it was: it carries the
// same traceback, cause and context.
static bool same_metadata(Value e, Value orig)
{
    const ExceptionObject *a = (ExceptionObject *)value_as_object(e);
    const ExceptionObject *b = (ExceptionObject *)value_as_object(orig);
    return a->traceback == b->traceback && a->cause == b->cause &&
           a->context == b->context;
}

// The part of `orig` made of the leaves of the exceptions in `keep`,
// in orig's shape; None if `keep` is empty.
static Value projection(Value orig, ListObject *keep)
{
    TupleObject *items = list_snapshot(keep);
    Leaves s = {0};
    for (int64_t i = 0; i < items->size; i++)
        collect_leaves(items->items[i], &s);
    refcount_dec(&items->header);
    if (s.n)
        qsort(s.items, s.n, sizeof(Object *), by_address);
    Matcher m = {MATCH_LEAVES, VALUE_NULL, &s};
    Value match;
    bool ok = split(orig, &m, &match, NULL);
    alloc_free(s.items);
    return ok ? match : VALUE_NULL;
}

// What to raise: the raised exceptions and the re-raised part, grouped
// when there are several. `raised` is taken over.
static Value combine(ListObject *raised, Value reraised)
{
    collect(raised, reraised);
    Value result;
    if (list_len(raised) > 1) {
        Value empty = value_new_ref(&str_intern_cstr("")->header);
        result = make_group(empty, (Value)&raised->header);
        value_decref(empty);
    } else {
        list_get(raised, 0, &result);
    }
    refcount_dec(&raised->header);
    return result;
}

Value exception_group_prep_reraise(Value orig, Value excs)
{
    TupleObject *all = list_snapshot((ListObject *)value_as_object(excs));
    Value result = VALUE_NONE;
    if (all->size > 0 && !exception_group_check(orig)) {
        // A naked exception: one clause at most ran, so there is one
        // thing at most to raise.
        result = all->items[0];
        value_incref(result);
    } else if (all->size > 0) {
        ListObject *raised = list_new(0), *again = list_new(0);
        for (int64_t i = 0; i < all->size; i++) {
            Value e = all->items[i];
            if (value_is_none(e))
                continue;
            value_incref(e);
            list_append(same_metadata(e, orig) ? again : raised, e);
        }
        result = projection(orig, again);
        refcount_dec(&again->header);
        if (result != VALUE_NULL && list_len(raised) > 0)
            result = combine(raised, result);
        else
            refcount_dec(&raised->header);
    }
    refcount_dec(&all->header);
    return result;
}
