// ops.c: the generic operations of vm/ops.h: slot dispatch with Python's
// fallbacks and error messages.
#include "vm/ops.h"

#include <stdio.h>

#include "vm/eval.h"
#include "vm/exc.h"
#include "vm/objects/class.h"
#include "vm/objects/genericalias.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/type.h"

TypeObject *value_type(Value v)
{
    if (value_is_int(v))
        return &int_type;
    return object_type(value_as_object(v));
}

bool value_isinstance(Value v, TypeObject *t)
{
    return type_is_subtype(value_type(v), t);
}

// ------------------------------------------------------------ repr, str

StrObject *op_repr(Value v)
{
    TypeObject *t = value_type(v);
    if (t->repr) {
        if (!c_recursion_enter(" while getting the repr of an object"))
            return NULL;
        StrObject *r = t->repr(v);
        c_recursion_leave();
        return r;
    }
    char name[256];
    class_full_name(t, name, sizeof name);
    return str_from_format("<%s object at %p>", name,
                           (void *)value_as_object(v));
}

StrObject *op_str(Value v)
{
    TypeObject *t = value_type(v);
    return t->str ? t->str(v) : op_repr(v);
}

// ------------------------------------------------------------ numbers

static const char *const binop_symbols[BINOP_COUNT] = {
    "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^",
};

static Value binary_unsupported(Value a, Value b, int op)
{
    BinOp base = (BinOp)(op & ~BINOP_INPLACE);
    const char *sym = binop_symbols[base];
    const char *suffix = (op & BINOP_INPLACE) ? "=" : "";
    if (base == BINOP_POW && !(op & BINOP_INPLACE))
        sym = "** or pow()";
    exc_raise_format(&exc_TypeError,
                     "unsupported operand type(s) for %s%s: '%s' and '%s'", sym,
                     suffix, value_type(a)->name, value_type(b)->name);
    return VALUE_NULL;
}

// Python's binary_op1: the right operand's slot goes first when its type
// is a proper subclass of the left's, so subclasses can override.
static Value binary_dispatch(Value a, Value b, BinOp op)
{
    TypeObject *ta = value_type(a), *tb = value_type(b);
    BinaryFn fa = ta->binary, fb = tb->binary;
    if (fb == fa)
        fb = NULL;
    if (fb && type_is_subtype(tb, ta)) {
        Value r = fb(a, b, op);
        if (!value_is_not_implemented(r))
            return r;
        fb = NULL;
    }
    if (fa) {
        Value r = fa(a, b, op);
        if (!value_is_not_implemented(r))
            return r;
    }
    return fb ? fb(a, b, op) : VALUE_NOT_IMPLEMENTED;
}

Value op_binary(Value a, Value b, int op)
{
    BinOp base = (BinOp)(op & ~BINOP_INPLACE);
    if (op & BINOP_INPLACE) {
        BinaryFn f = value_type(a)->inplace;
        if (f) {
            Value r = f(a, b, base);
            if (!value_is_not_implemented(r))
                return r;
        }
    }
    Value r = binary_dispatch(a, b, base);
    if (value_is_not_implemented(r))
        return binary_unsupported(a, b, op);
    return r;
}

Value op_unary(Value a, UnaryOp op)
{
    static const char *const symbols[] = {"-", "+", "~"};
    TypeObject *t = value_type(a);
    if (t->unary) {
        Value r = t->unary(a, op);
        if (!value_is_not_implemented(r))
            return r;
    }
    exc_raise_format(&exc_TypeError, "bad operand type for unary %s: '%s'",
                     symbols[op], t->name);
    return VALUE_NULL;
}

// ------------------------------------------------------------ comparison

static const CmpOp cmp_swapped[] = {CMP_GT, CMP_GE, CMP_EQ,
                                    CMP_NE, CMP_LT, CMP_LE};
static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

static Value compare_slots(Value a, Value b, CmpOp op);

Value op_compare(Value a, Value b, CmpOp op)
{
    if (!c_recursion_enter(" in comparison"))
        return VALUE_NULL;
    Value r = compare_slots(a, b, op);
    c_recursion_leave();
    return r;
}

static Value compare_slots(Value a, Value b, CmpOp op)
{
    TypeObject *ta = value_type(a), *tb = value_type(b);
    bool reflected_done = false;
    if (ta != tb && tb->compare && type_is_subtype(tb, ta)) {
        Value r = tb->compare(b, a, cmp_swapped[op]);
        if (!value_is_not_implemented(r))
            return r;
        reflected_done = true;
    }
    if (ta->compare) {
        Value r = ta->compare(a, b, op);
        if (!value_is_not_implemented(r))
            return r;
    }
    if (!reflected_done && tb->compare) {
        Value r = tb->compare(b, a, cmp_swapped[op]);
        if (!value_is_not_implemented(r))
            return r;
    }
    if (op == CMP_EQ || op == CMP_NE)
        return value_bool(value_same(a, b) == (op == CMP_EQ));
    exc_raise_format(&exc_TypeError,
                     "'%s' not supported between instances of '%s' and '%s'",
                     cmp_symbols[op], ta->name, tb->name);
    return VALUE_NULL;
}

int op_compare_bool(Value a, Value b, CmpOp op)
{
    if (value_is_int(a) && value_is_int(b)) {
        int64_t x = value_as_int(a), y = value_as_int(b);
        switch (op) {
        case CMP_LT:
            return x < y;
        case CMP_LE:
            return x <= y;
        case CMP_EQ:
            return x == y;
        case CMP_NE:
            return x != y;
        case CMP_GT:
            return x > y;
        case CMP_GE:
            return x >= y;
        }
    }
    Value r = op_compare(a, b, op);
    if (r == VALUE_NULL)
        return -1;
    int truth = op_truth(r);
    value_decref(r);
    return truth;
}

int op_equal(Value a, Value b)
{
    return value_same(a, b) ? 1 : op_compare_bool(a, b, CMP_EQ);
}

// ------------------------------------------------------------ truth, len

int op_truth(Value v)
{
    if (value_is_int(v))
        return value_as_int(v) != 0;
    if (v == VALUE_TRUE)
        return 1;
    if (v == VALUE_FALSE || v == VALUE_NONE)
        return 0;
    TypeObject *t = value_type(v);
    if (t->truth)
        return t->truth(v);
    if (t->length) {
        int64_t n = t->length(v);
        return n < 0 ? -1 : n != 0;
    }
    return 1;
}

int64_t op_len(Value v)
{
    TypeObject *t = value_type(v);
    if (t->length)
        return t->length(v);
    exc_raise_format(&exc_TypeError, "object of type '%s' has no len()",
                     t->name);
    return -1;
}

int64_t op_hash(Value v)
{
    return object_hash(v);
}

// ------------------------------------------------------------ items

Value op_getitem(Value container, Value key)
{
    TypeObject *t = value_type(container);
    if (t->getitem)
        return t->getitem(container, key);
    if (type_is_subtype(t, &type_type)) {
        bool handled;
        Value r = class_getitem(container, key, &handled);
        if (handled)
            return r;
    }
    if (t == &type_type)
        exc_raise_format(&exc_TypeError, "type '%s' is not subscriptable",
                         ((TypeObject *)value_as_object(container))->name);
    else
        exc_raise_format(&exc_TypeError, "'%s' object is not subscriptable",
                         t->name);
    return VALUE_NULL;
}

int op_setitem(Value container, Value key, Value value)
{
    TypeObject *t = value_type(container);
    if (t->setitem)
        return t->setitem(container, key, value);
    exc_raise_format(&exc_TypeError,
                     "'%s' object does not support item assignment", t->name);
    return -1;
}

int op_delitem(Value container, Value key)
{
    TypeObject *t = value_type(container);
    if (t->setitem)
        return t->setitem(container, key, VALUE_NULL);
    exc_raise_format(&exc_TypeError,
                     "'%s' object does not support item deletion", t->name);
    return -1;
}

// `in` by iteration, for types without a contains slot.
static int contains_by_iteration(Value container, Value item)
{
    Value it = op_iter(container);
    if (it == VALUE_NULL)
        return -1;
    int found = 0;
    for (;;) {
        Value x = op_next(it);
        if (x == VALUE_NULL) {
            found = exc_occurred() ? -1 : 0;
            break;
        }
        found = op_equal(x, item);
        value_decref(x);
        if (found != 0)
            break;
    }
    value_decref(it);
    return found;
}

int op_contains(Value container, Value item)
{
    TypeObject *t = value_type(container);
    if (t->contains)
        return t->contains(container, item);
    if (t->iter)
        return contains_by_iteration(container, item);
    exc_raise_format(&exc_TypeError, "argument of type '%s' is not iterable",
                     t->name);
    return -1;
}

// ------------------------------------------------------------ iteration

Value op_iter(Value v)
{
    TypeObject *t = value_type(v);
    if (t->iter)
        return t->iter(v);
    exc_raise_format(&exc_TypeError, "'%s' object is not iterable", t->name);
    return VALUE_NULL;
}

Value op_next_raw(Value iterator)
{
    TypeObject *t = value_type(iterator);
    if (t->next)
        return t->next(iterator);
    exc_raise_format(&exc_TypeError, "'%s' object is not an iterator", t->name);
    return VALUE_NULL;
}

Value op_next(Value iterator)
{
    Value v = op_next_raw(iterator);
    if (v == VALUE_NULL && exc_matches(&exc_StopIteration))
        exc_clear(); // an iterator's way of saying "exhausted"
    return v;
}

// ------------------------------------------------------------ calls

Value op_call(Value callable, const Value *args, size_t nargs, Object *kwnames)
{
    TypeObject *t = value_type(callable);
    if (t->call)
        return t->call(callable, args, nargs, kwnames);
    exc_raise_format(&exc_TypeError, "'%s' object is not callable", t->name);
    return VALUE_NULL;
}

bool op_is_callable(Value v)
{
    return value_type(v)->call != NULL;
}

// ------------------------------------------------------------ attributes

Value op_getattr(Value v, StrObject *name)
{
    TypeObject *t = value_type(v);
    if (t->getattr)
        return t->getattr(v, name);
    return generic_getattr(v, name);
}

int op_lookup_attr(Value v, StrObject *name, Value *out)
{
    *out = op_getattr(v, name);
    if (*out != VALUE_NULL)
        return 1;
    if (!exc_matches(&exc_AttributeError))
        return -1;
    exc_clear();
    return 0;
}

static int setattr_unsupported(Value v, StrObject *name)
{
    TypeObject *t = value_type(v);
    if (type_lookup(t, name) != VALUE_NULL)
        exc_raise_format(&exc_AttributeError,
                         "'%s' object attribute '%s' is read-only", t->name,
                         name->data);
    else
        exc_raise_format(&exc_AttributeError,
                         "'%s' object has no attribute '%s'", t->name,
                         name->data);
    return -1;
}

int op_setattr(Value v, StrObject *name, Value value)
{
    TypeObject *t = value_type(v);
    if (t->setattr)
        return t->setattr(v, name, value);
    return setattr_unsupported(v, name);
}

int op_delattr(Value v, StrObject *name)
{
    TypeObject *t = value_type(v);
    if (t->setattr)
        return t->setattr(v, name, VALUE_NULL);
    return setattr_unsupported(v, name);
}
