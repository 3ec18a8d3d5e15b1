// set_methods.c: the Python-visible methods of set and frozenset, on top
// of the table operations and the algebra of set.h.
//
// Concurrency: each method is made of set.h operations, which take the
// set's critical section themselves.
#include <stdint.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/objects/sequtil.h"
#include "vm/objects/set.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

static SetObject *self_set(Value self)
{
    return (SetObject *)value_as_object(self);
}

static Value none_or_null(bool ok)
{
    return ok ? VALUE_NONE : VALUE_NULL;
}

// discard/remove with CPython's retry of a set key as a frozenset.
static int discard_key(SetObject *s, Value key)
{
    int rv = set_discard(s, key);
    if (rv < 0 && value_isinstance(key, &set_type) &&
        exc_matches(&exc_TypeError)) {
        exc_clear();
        Value frozen = set_from_iterable(&frozenset_type, key);
        if (frozen == VALUE_NULL)
            return -1;
        rv = set_discard(s, frozen);
        value_decref(frozen);
    }
    return rv;
}

static Value add(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (!args_one("set.add", nargs, kwnames))
        return VALUE_NULL;
    return none_or_null(set_add(self_set(self), args[0]) == 0);
}

static Value remove_(Value self, const Value *args, size_t nargs,
                     Object *kwnames)
{
    if (!args_one("set.remove", nargs, kwnames))
        return VALUE_NULL;
    int rv = discard_key(self_set(self), args[0]);
    if (rv == 0)
        exc_raise(exception_new(&exc_KeyError,
                                value_steal(&tuple_pack(1, &args[0])->header)));
    return none_or_null(rv == 1);
}

static Value discard(Value self, const Value *args, size_t nargs,
                     Object *kwnames)
{
    if (!args_one("set.discard", nargs, kwnames))
        return VALUE_NULL;
    return none_or_null(discard_key(self_set(self), args[0]) >= 0);
}

static Value pop(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (!args_none("set.pop", nargs, kwnames))
        return VALUE_NULL;
    Value key;
    if (!set_pop(self_set(self), &key)) {
        exc_raise(
            exception_new_message(&exc_KeyError, "pop from an empty set"));
        return VALUE_NULL;
    }
    return key;
}

static Value clear(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (!args_none("set.clear", nargs, kwnames))
        return VALUE_NULL;
    set_clear(self_set(self));
    return VALUE_NONE;
}

static Value copy(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (!args_none("set.copy", nargs, kwnames))
        return VALUE_NULL;
    return set_copy(self_set(self));
}

static Value frozenset_copy(Value self, const Value *args, size_t nargs,
                            Object *kwnames)
{
    (void)args;
    if (!args_none("frozenset.copy", nargs, kwnames))
        return VALUE_NULL;
    if (object_type(value_as_object(self)) == &frozenset_type) {
        value_incref(self);
        return self;
    }
    return set_copy(self_set(self));
}

static Value update(Value self, const Value *args, size_t nargs,
                    Object *kwnames)
{
    if (!args_between("update", "set.update", nargs, kwnames, 0, SIZE_MAX))
        return VALUE_NULL;
    for (size_t i = 0; i < nargs; i++)
        if (!set_update(self_set(self), args[i]))
            return VALUE_NULL;
    return VALUE_NONE;
}

static Value union_(Value self, const Value *args, size_t nargs,
                    Object *kwnames)
{
    if (!args_between("union", "set.union", nargs, kwnames, 0, SIZE_MAX))
        return VALUE_NULL;
    Value r = set_copy(self_set(self));
    for (size_t i = 0; r != VALUE_NULL && i < nargs; i++) {
        if (value_same(args[i], self))
            continue;
        if (!set_update(self_set(r), args[i])) {
            value_decref(r);
            r = VALUE_NULL;
        }
    }
    return r;
}

// Folds `step` over the arguments, starting from `self`: s.op(a, b) is
// (s.op(a)).op(b). With no arguments: a copy.
static Value fold(Value self, const Value *args, size_t nargs,
                  Value (*step)(SetObject *, Value))
{
    if (nargs == 0)
        return set_copy(self_set(self));
    Value r = step(self_set(self), args[0]);
    for (size_t i = 1; r != VALUE_NULL && i < nargs; i++) {
        Value next = step(self_set(r), args[i]);
        value_decref(r);
        r = next;
    }
    return r;
}

static Value intersection(Value self, const Value *args, size_t nargs,
                          Object *kwnames)
{
    if (!args_between("intersection", "set.intersection", nargs, kwnames, 0,
                      SIZE_MAX))
        return VALUE_NULL;
    return fold(self, args, nargs, set_intersection);
}

static Value intersection_update(Value self, const Value *args, size_t nargs,
                                 Object *kwnames)
{
    if (!args_between("intersection_update", "set.intersection_update", nargs,
                      kwnames, 0, SIZE_MAX))
        return VALUE_NULL;
    if (nargs == 1)
        return none_or_null(set_intersection_update(self_set(self), args[0]));
    Value r = fold(self, args, nargs, set_intersection);
    if (r == VALUE_NULL)
        return VALUE_NULL;
    set_assign(self_set(self), r);
    return VALUE_NONE;
}

// s.difference(a, b): s - a, then the rest removed in place.
static Value difference(Value self, const Value *args, size_t nargs,
                        Object *kwnames)
{
    if (!args_between("difference", "set.difference", nargs, kwnames, 0,
                      SIZE_MAX))
        return VALUE_NULL;
    if (nargs == 0)
        return set_copy(self_set(self));
    Value r = set_difference(self_set(self), args[0]);
    for (size_t i = 1; r != VALUE_NULL && i < nargs; i++) {
        if (!set_difference_update(self_set(r), args[i])) {
            value_decref(r);
            r = VALUE_NULL;
        }
    }
    return r;
}

static Value difference_update(Value self, const Value *args, size_t nargs,
                               Object *kwnames)
{
    if (!args_between("difference_update", "set.difference_update", nargs,
                      kwnames, 0, SIZE_MAX))
        return VALUE_NULL;
    for (size_t i = 0; i < nargs; i++)
        if (!set_difference_update(self_set(self), args[i]))
            return VALUE_NULL;
    return VALUE_NONE;
}

static Value symmetric_difference(Value self, const Value *args, size_t nargs,
                                  Object *kwnames)
{
    if (!args_one("set.symmetric_difference", nargs, kwnames))
        return VALUE_NULL;
    return set_symmetric_difference(self_set(self), args[0]);
}

static Value symmetric_difference_update(Value self, const Value *args,
                                         size_t nargs, Object *kwnames)
{
    if (!args_one("set.symmetric_difference_update", nargs, kwnames))
        return VALUE_NULL;
    return none_or_null(
        set_symmetric_difference_update(self_set(self), args[0]));
}

static Value bool_or_null(int r)
{
    return r < 0 ? VALUE_NULL : value_bool(r);
}

static Value issubset(Value self, const Value *args, size_t nargs,
                      Object *kwnames)
{
    if (!args_one("set.issubset", nargs, kwnames))
        return VALUE_NULL;
    return bool_or_null(set_issubset(self_set(self), args[0]));
}

static Value issuperset(Value self, const Value *args, size_t nargs,
                        Object *kwnames)
{
    if (!args_one("set.issuperset", nargs, kwnames))
        return VALUE_NULL;
    return bool_or_null(set_issuperset(self_set(self), args[0]));
}

static Value isdisjoint(Value self, const Value *args, size_t nargs,
                        Object *kwnames)
{
    if (!args_one("set.isdisjoint", nargs, kwnames))
        return VALUE_NULL;
    return bool_or_null(set_isdisjoint(self_set(self), args[0]));
}

// set.__init__(iterable=()) for subclasses.
static Value init_(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (!args_between("set", "set", nargs, kwnames, 0, 1))
        return VALUE_NULL;
    set_clear(self_set(self));
    if (nargs == 1 && !set_update(self_set(self), args[0]))
        return VALUE_NULL;
    return VALUE_NONE;
}

const MethodDef set_methods[] = {
    {"__init__", init_, 0},
    {"add", add, 0},
    {"remove", remove_, 0},
    {"discard", discard, 0},
    {"pop", pop, 0},
    {"clear", clear, 0},
    {"copy", copy, 0},
    {"update", update, 0},
    {"union", union_, 0},
    {"intersection", intersection, 0},
    {"intersection_update", intersection_update, 0},
    {"difference", difference, 0},
    {"difference_update", difference_update, 0},
    {"symmetric_difference", symmetric_difference, 0},
    {"symmetric_difference_update", symmetric_difference_update, 0},
    {"issubset", issubset, 0},
    {"issuperset", issuperset, 0},
    {"isdisjoint", isdisjoint, 0},
    {NULL, NULL, 0},
};

const MethodDef frozenset_methods[] = {
    {"copy", frozenset_copy, 0},
    {"union", union_, 0},
    {"intersection", intersection, 0},
    {"difference", difference, 0},
    {"symmetric_difference", symmetric_difference, 0},
    {"issubset", issubset, 0},
    {"issuperset", issuperset, 0},
    {"isdisjoint", isdisjoint, 0},
    {NULL, NULL, 0},
};
