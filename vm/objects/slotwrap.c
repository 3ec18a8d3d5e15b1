// slotwrap.c: slot wrappers: the dunder methods of builtin types
// (list.__repr__, dict.__getitem__, int.__add__ ...), made from their C
// slots so that Python code can call them explicitly, as super() calls
// in subclasses do.
#include "vm/objects/slotwrap.h"

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/objects/dict.h"
#include "vm/objects/int.h"
#include "vm/objects/method.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

typedef enum Which {
    W_REPR,
    W_STR,
    W_HASH,
    W_LEN,
    W_GETITEM,
    W_SETITEM,
    W_DELITEM,
    W_CONTAINS,
    W_ITER,
    W_NEXT,
    W_BOOL,
    W_CALL,
    W_LT, // the six comparisons, in CmpOp order
    W_COUNT = W_LT + 6,
} Which;

static const char *const names[W_COUNT] = {
    "__repr__",    "__str__",     "__hash__",     "__len__",  "__getitem__",
    "__setitem__", "__delitem__", "__contains__", "__iter__", "__next__",
    "__bool__",    "__call__",    "__lt__",       "__le__",   "__eq__",
    "__ne__",      "__gt__",      "__ge__",
};

typedef struct SlotWrapper {
    ObjHeader header;
    TypeObject *owner;
    Which which;
} SlotWrapper;

// Whether `t` defines the slot behind `w` itself (not inherited).
static bool has_slot(const TypeObject *t, Which w)
{
    const TypeObject *b = t->base;
#define OWN(field) (t->field && (!b || t->field != b->field))
    switch (w) {
    case W_REPR:
        return OWN(repr);
    case W_STR:
        return OWN(str);
    case W_HASH:
        return OWN(hash);
    case W_LEN:
        return OWN(length);
    case W_GETITEM:
        return OWN(getitem);
    case W_SETITEM:
    case W_DELITEM:
        return OWN(setitem);
    case W_CONTAINS:
        return OWN(contains);
    case W_ITER:
        return OWN(iter);
    case W_NEXT:
        return OWN(next);
    case W_BOOL:
        return OWN(truth);
    case W_CALL:
        return OWN(call);
    default:
        return OWN(compare);
    }
#undef OWN
}

static Value str_result(StrObject *s)
{
    return s ? value_steal(&s->header) : VALUE_NULL;
}

static Value call_slot(TypeObject *t, Which w, Value self, const Value *args,
                       size_t nargs)
{
    size_t want =
        w == W_SETITEM ? 2
        : (w == W_GETITEM || w == W_DELITEM || w == W_CONTAINS || w >= W_LT)
            ? 1
            : 0;
    if (nargs != want) {
        exc_raise_format(&exc_TypeError, "expected %zu argument%s, got %zu",
                         want, want == 1 ? "" : "s", nargs);
        return VALUE_NULL;
    }
    switch (w) {
    case W_REPR:
        return str_result(t->repr(self));
    case W_STR:
        return str_result(t->str(self));
    case W_HASH: {
        int64_t h = t->hash(value_as_object(self));
        return h == -1 ? VALUE_NULL : int_from_i64(h); // may exceed a tag
    }
    case W_LEN: {
        int64_t n = t->length(self);
        return n < 0 ? VALUE_NULL : value_from_int(n);
    }
    case W_GETITEM:
        return t->getitem(self, args[0]);
    case W_SETITEM:
        return t->setitem(self, args[0], args[1]) < 0 ? VALUE_NULL : VALUE_NONE;
    case W_DELITEM:
        return t->setitem(self, args[0], VALUE_NULL) < 0 ? VALUE_NULL
                                                         : VALUE_NONE;
    case W_CONTAINS: {
        int r = t->contains(self, args[0]);
        return r < 0 ? VALUE_NULL : value_bool(r);
    }
    case W_ITER:
        return t->iter(self);
    case W_NEXT: {
        Value v = t->next(self);
        if (v == VALUE_NULL && !exc_occurred())
            exc_raise(exception_new(&exc_StopIteration,
                                    value_steal(&tuple_empty()->header)));
        return v;
    }
    case W_BOOL: {
        int r = t->truth(self);
        return r < 0 ? VALUE_NULL : value_bool(r);
    }
    default:
        return t->compare(self, args[0], (CmpOp)(w - W_LT));
    }
}

// list.__repr__(x): the first argument is the instance.
static Value wrapper_call(Value callable, const Value *args, size_t nargs,
                          Object *kwnames)
{
    SlotWrapper *sw = (SlotWrapper *)value_as_object(callable);
    if (sw->which == W_CALL && nargs >= 1 &&
        value_isinstance(args[0], sw->owner)) // f.__call__(*a, **kw)
        return sw->owner->call(args[0], args + 1, nargs - 1, kwnames);
    if (kwnames || nargs < 1 || !value_isinstance(args[0], sw->owner)) {
        exc_raise_format(&exc_TypeError,
                         "descriptor '%s' requires a '%s' object",
                         names[sw->which], sw->owner->name);
        return VALUE_NULL;
    }
    return call_slot(sw->owner, sw->which, args[0], args + 1, nargs - 1);
}

static StrObject *wrapper_repr(Value self)
{
    SlotWrapper *sw = (SlotWrapper *)value_as_object(self);
    return str_from_format("<slot wrapper '%s' of '%s' objects>",
                           names[sw->which], sw->owner->name);
}

TypeObject slot_wrapper_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "wrapper_descriptor",
    .basic_size = sizeof(SlotWrapper),
    .repr = wrapper_repr,
    .call = wrapper_call,
};

void slotwrap_fill(TypeObject *t, Object *dict)
{
    for (int w = 0; w < W_COUNT; w++) {
        if (!has_slot(t, (Which)w))
            continue;
        Value key = value_new_ref(&str_intern_cstr(names[w])->header), old;
        if (dict_get((DictObject *)dict, key, &old) == 1) {
            value_decref(old); // an explicit method wins
            continue;
        }
        if (w == W_HASH && (t->flags & TYPE_FLAG_UNHASHABLE)) {
            dict_set((DictObject *)dict, key, VALUE_NONE); // list.__hash__
            continue;
        }
        SlotWrapper *sw = (SlotWrapper *)object_new(&slot_wrapper_type);
        sw->owner = t;
        sw->which = (Which)w;
        refcount_set_immortal(&sw->header);
        dict_set((DictObject *)dict, key, value_new_ref(&sw->header));
    }
}
