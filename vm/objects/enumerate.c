// enumerate.c: enumerate(iterable, start=0): (count, item) pairs.
#include <string.h>

#include "vm/exc.h"
#include "vm/objects/int.h"
#include "vm/objects/iter.h"
#include "vm/objects/sequtil.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

typedef struct EnumerateObject {
    ObjHeader header;
    Value it;    // the underlying iterator
    Value count; // the next index (an int)
} EnumerateObject;

// enumerate's arguments, with CPython's messages.
static bool parse(const Value *args, size_t nargs, Object *kwnames,
                  Value *iterable, Value *start)
{
    *iterable = nargs > 0 ? args[0] : VALUE_NULL;
    *start = nargs > 1 ? args[1] : VALUE_NULL;
    if (nargs > 2) {
        exc_raise_format(&exc_TypeError,
                         "enumerate() takes at most 2 arguments (%zu given)",
                         nargs);
        return false;
    }
    TupleObject *names = (TupleObject *)kwnames;
    for (int64_t k = 0; names && k < names->size; k++) {
        StrObject *name = (StrObject *)value_as_object(names->items[k]);
        Value *slot = strcmp(name->data, "iterable") == 0 ? iterable
                      : strcmp(name->data, "start") == 0  ? start
                                                          : NULL;
        if (slot == NULL) {
            exc_raise_format(&exc_TypeError,
                             "'%s' is an invalid keyword argument for "
                             "enumerate()",
                             name->data);
            return false;
        }
        *slot = args[nargs + (size_t)k];
    }
    if (*iterable != VALUE_NULL)
        return true;
    exc_raise_format(&exc_TypeError,
                     "enumerate() missing required argument 'iterable'");
    return false;
}

static Value enumerate_new(TypeObject *type, const Value *args, size_t nargs,
                           Object *kwnames)
{
    Value iterable, start;
    if (!parse(args, nargs, kwnames, &iterable, &start))
        return VALUE_NULL;
    if (start == VALUE_NULL) {
        start = value_from_int(0);
    } else if (!int_check(start)) {
        exc_raise_format(&exc_TypeError,
                         "'%s' object cannot be interpreted as an integer",
                         type_name(value_type(start)));
        return VALUE_NULL;
    }
    Value it = op_iter(iterable);
    if (it == VALUE_NULL)
        return VALUE_NULL;
    EnumerateObject *e = (EnumerateObject *)object_new(type);
    e->it = it;
    value_incref(start);
    e->count = start;
    return value_steal(&e->header);
}

static Value enumerate_next(Value self)
{
    EnumerateObject *e = (EnumerateObject *)value_as_object(self);
    Value item = op_next(e->it);
    if (item == VALUE_NULL)
        return VALUE_NULL;
    Value count = e->count, next;
    if (value_is_int(count) && value_as_int(count) < VALUE_INT_MAX)
        next = value_from_int(value_as_int(count) + 1);
    else
        next = op_binary(count, value_from_int(1), BINOP_ADD);
    if (next == VALUE_NULL) {
        value_decref(item);
        return VALUE_NULL;
    }
    e->count = next; // the old count's reference moves into the pair
    TupleObject *t = tuple_new(2);
    tuple_init_item(t, 0, count);
    tuple_init_item(t, 1, item);
    return value_steal(&t->header);
}

static void enumerate_dealloc(Object *op)
{
    EnumerateObject *e = (EnumerateObject *)op;
    value_decref(e->it);
    value_decref(e->count);
    object_free(op);
}

TypeObject enumerate_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "enumerate",
    .basic_size = sizeof(EnumerateObject),
    .dealloc = enumerate_dealloc,
    .flags = TYPE_FLAG_BASETYPE,
    .iter = iter_self,
    .next = enumerate_next,
    .new = enumerate_new,
    .doc = "Return an enumerate object.\n\n  iterable\n    an object "
           "supporting iteration\n\nThe enumerate object yields pairs "
           "containing a count (from start, which\ndefaults to zero) and a "
           "value yielded by the iterable argument.",
};
