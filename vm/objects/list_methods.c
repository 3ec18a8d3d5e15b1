// list_methods.c: the Python-visible methods of list (append, extend,
// insert, remove, pop, clear, index, count, sort, reverse, copy,
// __reversed__), on top of the storage operations of list.h.
//
// Concurrency: every mutation goes through list.h's operations, which run
// in the list's critical section. Searches fetch one item at a time
// (list_get), because == may run code that changes the list.
#include <string.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/sequtil.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

static ListObject *self_list(Value self)
{
    return (ListObject *)value_as_object(self);
}

static Value append(Value self, const Value *args, size_t nargs,
                    Object *kwnames)
{
    if (!args_one("list.append", nargs, kwnames))
        return VALUE_NULL;
    value_incref(args[0]);
    list_append(self_list(self), args[0]);
    return VALUE_NONE;
}

static Value extend(Value self, const Value *args, size_t nargs,
                    Object *kwnames)
{
    if (!args_one("list.extend", nargs, kwnames))
        return VALUE_NULL;
    if (!list_extend(self_list(self), args[0]))
        return VALUE_NULL;
    return VALUE_NONE;
}

static Value insert(Value self, const Value *args, size_t nargs,
                    Object *kwnames)
{
    int64_t index;
    if (!args_between("insert", "list.insert", nargs, kwnames, 2, 2))
        return VALUE_NULL;
    if (!value_as_index(args[0], &index))
        return VALUE_NULL;
    value_incref(args[1]);
    list_insert(self_list(self), index, args[1]);
    return VALUE_NONE;
}

// The index of the first item == x in [start, stop), -1 if none, -2 on
// error.
static int64_t find(ListObject *l, Value x, int64_t start, int64_t stop)
{
    Value v;
    for (int64_t i = start; i < stop && list_get(l, i, &v); i++) {
        int eq = object_equal(v, x);
        value_decref(v);
        if (eq != 0)
            return eq < 0 ? -2 : i;
    }
    return -1;
}

static Value remove_(Value self, const Value *args, size_t nargs,
                     Object *kwnames)
{
    if (!args_one("list.remove", nargs, kwnames))
        return VALUE_NULL;
    int64_t i = find(self_list(self), args[0], 0, INT64_MAX);
    if (i == -2)
        return VALUE_NULL;
    if (i == -1) {
        exc_raise_format(&exc_ValueError, "list.remove(x): x not in list");
        return VALUE_NULL;
    }
    list_splice(self_list(self), i, i + 1, NULL, 0);
    return VALUE_NONE;
}

static Value pop(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    int64_t index = -1;
    if (!args_between("pop", "list.pop", nargs, kwnames, 0, 1))
        return VALUE_NULL;
    if (nargs == 1 && !value_as_index(args[0], &index))
        return VALUE_NULL;
    Value v;
    if (list_pop(self_list(self), index, &v))
        return v;
    exc_raise_format(&exc_IndexError, list_len(self_list(self)) == 0
                                          ? "pop from empty list"
                                          : "pop index out of range");
    return VALUE_NULL;
}

static Value clear(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (!args_none("list.clear", nargs, kwnames))
        return VALUE_NULL;
    list_clear(self_list(self));
    return VALUE_NONE;
}

static Value index_(Value self, const Value *args, size_t nargs,
                    Object *kwnames)
{
    int64_t start, stop;
    if (!args_between("index", "list.index", nargs, kwnames, 1, 3))
        return VALUE_NULL;
    ListObject *l = self_list(self);
    if (!seq_index_bounds(args + 1, nargs - 1, list_len(l), &start, &stop))
        return VALUE_NULL;
    int64_t i = find(l, args[0], start, stop);
    if (i >= 0)
        return value_from_int(i);
    if (i == -1) {
        StrObject *r = op_repr(args[0]);
        if (r == NULL)
            return VALUE_NULL;
        exc_raise_format(&exc_ValueError, "%s is not in list", r->data);
        refcount_dec(&r->header);
    }
    return VALUE_NULL;
}

static Value count(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (!args_one("list.count", nargs, kwnames))
        return VALUE_NULL;
    ListObject *l = self_list(self);
    int64_t n = 0;
    Value v;
    for (int64_t i = 0; list_get(l, i, &v); i++) {
        int eq = object_equal(v, args[0]);
        value_decref(v);
        if (eq < 0)
            return VALUE_NULL;
        n += eq;
    }
    return value_from_int(n);
}

// sort(*, key=None, reverse=False)
static bool parse_sort(const Value *args, size_t nargs, Object *kwnames,
                       Value *key, bool *reverse)
{
    if (nargs > 0) {
        exc_raise_format(&exc_TypeError, "sort() takes no positional "
                                         "arguments");
        return false;
    }
    *key = VALUE_NULL;
    *reverse = false;
    TupleObject *names = (TupleObject *)kwnames;
    for (int64_t i = 0; names && i < names->size; i++) {
        StrObject *name = (StrObject *)value_as_object(names->items[i]);
        Value v = args[i];
        if (strcmp(name->data, "key") == 0) {
            *key = v;
        } else if (strcmp(name->data, "reverse") == 0) {
            int64_t r;
            if (!value_as_index(v, &r)) // CPython takes an int here
                return false;
            *reverse = r != 0;
        } else {
            exc_raise_format(&exc_TypeError,
                             "'%s' is an invalid keyword argument for sort()",
                             name->data);
            return false;
        }
    }
    return true;
}

static Value sort(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    Value key;
    bool reverse;
    if (!parse_sort(args, nargs, kwnames, &key, &reverse))
        return VALUE_NULL;
    if (list_sort(self_list(self), key, reverse) < 0)
        return VALUE_NULL;
    return VALUE_NONE;
}

static Value reverse(Value self, const Value *args, size_t nargs,
                     Object *kwnames)
{
    (void)args;
    if (!args_none("list.reverse", nargs, kwnames))
        return VALUE_NULL;
    ListObject *l = self_list(self);
    TupleObject *t = list_snapshot(l);
    for (int64_t i = 0; i < t->size; i++)
        value_incref(t->items[i]);
    for (int64_t i = 0, j = t->size - 1; i < j; i++, j--) {
        Value x = t->items[i];
        t->items[i] = t->items[j];
        t->items[j] = x;
    }
    list_splice(l, 0, t->size, t->items, t->size);
    refcount_dec(&t->header);
    return VALUE_NONE;
}

static Value copy(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (!args_none("list.copy", nargs, kwnames))
        return VALUE_NULL;
    TupleObject *t = list_snapshot(self_list(self));
    ListObject *l = list_from_array(t->items, t->size);
    refcount_dec(&t->header);
    return value_steal(&l->header);
}

static Value reversed_(Value self, const Value *args, size_t nargs,
                       Object *kwnames)
{
    (void)args;
    if (!args_none("list.__reversed__", nargs, kwnames))
        return VALUE_NULL;
    return list_reversed(self);
}

// list.__init__(iterable=()): what a subclass's super().__init__() runs.
static Value init_(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (!args_between("list", "list", nargs, kwnames, 0, 1))
        return VALUE_NULL;
    ListObject *l = (ListObject *)value_as_object(self);
    list_clear(l);
    if (nargs == 1 && !list_extend(l, args[0]))
        return VALUE_NULL;
    return VALUE_NONE;
}

const MethodDef list_methods[] = {
    {"__init__", init_, 0},
    {"append", append, 0},
    {"extend", extend, 0},
    {"insert", insert, 0},
    {"remove", remove_, 0},
    {"pop", pop, 0},
    {"clear", clear, 0},
    {"index", index_, 0},
    {"count", count, 0},
    {"sort", sort, 0},
    {"reverse", reverse, 0},
    {"copy", copy, 0},
    {"__reversed__", reversed_, 0},
    {NULL, NULL, 0},
};
