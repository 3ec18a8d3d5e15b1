// class.c: classes made by class statements (see class.h).
#include "vm/objects/class.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "alloc/alloc.h"
#include "vm/args.h"
#include "vm/base/atomic.h"
#include "vm/eval.h"
#include "vm/exc.h"
#include "vm/frame.h"
#include "vm/objects/bytearray.h"
#include "vm/objects/bytes.h"
#include "vm/objects/dict.h"
#include "vm/objects/float.h"
#include "vm/objects/function.h"
#include "vm/objects/int.h"
#include "vm/objects/iter.h"
#include "vm/objects/list.h"
#include "vm/objects/member.h"
#include "vm/objects/method.h"
#include "vm/objects/set.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

static bool is_heap(const TypeObject *t)
{
    return (t->flags & TYPE_FLAG_HEAPTYPE) != 0;
}

static StrObject *name_of(const char *text)
{
    return str_intern_cstr(text);
}

// The builtin type that decides the instance layout of builtin type `t`:
// an exception type adding no fields has its base's (KeyError and
// ValueError both have BaseException's, ExceptionGroup has
// BaseExceptionGroup's), so classes may combine such bases.
static TypeObject *layout_of(TypeObject *t)
{
    while (t != &exc_BaseException && type_is_subtype(t, &exc_BaseException) &&
           t->base->basic_size == t->basic_size)
        t = t->base;
    return t;
}

// The builtin type whose instance layout and default behaviour the class
// extends: the first one in the MRO with the most derived layout (the
// first builtin type, unless exception bases of different layouts are
// combined: class C(ValueError, ExceptionGroup) extends ExceptionGroup).
static TypeObject *solid_base(TypeObject *t)
{
    if (!is_heap(t))
        return t;
    TupleObject *mro = (TupleObject *)t->mro;
    TypeObject *best = &object_base_type, *best_layout = best;
    for (int64_t i = 0; i < mro->size; i++) {
        TypeObject *b = (TypeObject *)value_as_object(mro->items[i]);
        if (is_heap(b))
            continue;
        TypeObject *layout = layout_of(b);
        if (layout != best_layout && type_is_subtype(layout, best_layout)) {
            best = b;
            best_layout = layout;
        }
    }
    return best;
}

void class_full_name(const TypeObject *t, char *buf, size_t size)
{
    const char *module = NULL;
    if (is_heap(t) && value_type(t->module) == &str_type)
        module = ((StrObject *)value_as_object(t->module))->data;
    const char *qual = t->qualname ? ((StrObject *)t->qualname)->data : t->name;
    if (module && strcmp(module, "builtins") != 0)
        snprintf(buf, size, "%s.%s", module, qual);
    else
        snprintf(buf, size, "%s", qual);
}

// ------------------------------------------------------------ instances

static Object **dict_slot(Value self)
{
    TypeObject *t = value_type(self);
    if (t->dict_offset == 0 || !value_is_object(self))
        return NULL;
    Object *op = value_as_object(self);
    size_t offset = t->dict_offset;
    if (offset == TYPE_DICT_AT_END) // after a str's, bytes' or tuple's items
        offset = object_align(t->var_size(op));
    return (Object **)((char *)op + offset);
}

// The instance's __dict__ (borrowed), made on first use when `create`.
static DictObject *instance_dict(Value self, bool create)
{
    Object **slot = dict_slot(self);
    if (slot == NULL)
        return NULL;
    // Pairs with the CAS below: a dict another thread published is
    // complete before we use it.
    Object *d = atomic_load_ptr_acquire(slot);
    if (d || !create)
        return (DictObject *)d;
    DictObject *fresh = dict_new();
    Object *expected = NULL;
    if (atomic_cas_ptr_seq_cst(slot, &expected, &fresh->header))
        return fresh;
    refcount_dec(&fresh->header); // another thread made it first
    return (DictObject *)expected;
}

static void subtype_dealloc(Object *op)
{
    TypeObject *t = object_type(op);
    TypeObject *solid = solid_base(t);
    Object **slot = dict_slot((Value)op);
    if (slot && t->dict_offset >= solid->basic_size && *slot) {
        refcount_dec(*slot);
        *slot = NULL;
    }
    TupleObject *mro = (TupleObject *)t->mro;
    for (int64_t i = 0; i < mro->size; i++) { // __slots__ values
        TypeObject *b = (TypeObject *)value_as_object(mro->items[i]);
        Value *vals = (Value *)((char *)op + b->slots_offset);
        for (uint32_t k = 0; is_heap(b) && k < b->nslots; k++) {
            value_decref(vals[k]);
            vals[k] = VALUE_NULL;
        }
    }
    solid->dealloc ? solid->dealloc(op) : object_free(op);
    refcount_dec(&t->header); // instances keep their class alive
}

// ------------------------------------------------------------ dunders

// Calls type(self).<name>(self, *args); *missing when the class has no
// such attribute.
static Value call_dunder(Value self, const char *name, const Value *args,
                         size_t n, bool *missing)
{
    TypeObject *t = value_type(self);
    Value f = type_lookup(t, name_of(name));
    *missing = f == VALUE_NULL;
    if (*missing)
        return VALUE_NULL;
    if (value_type(f) == &function_type) {
        Value all[4] = {self};
        for (size_t i = 0; i < n && i < 3; i++)
            all[i + 1] = args[i];
        return op_call(f, all, n + 1, NULL);
    }
    Value bound = type_bind_attribute(f, self, (Value)&t->header);
    if (bound == VALUE_NULL)
        return VALUE_NULL;
    Value r = op_call(bound, args, n, NULL);
    value_decref(bound);
    return r;
}

static StrObject *expect_str(Value r, const char *what)
{
    if (r == VALUE_NULL)
        return NULL;
    if (value_isinstance(r, &str_type))
        return (StrObject *)value_as_object(r);
    exc_raise_format(&exc_TypeError, "%s returned non-string (type %s)", what,
                     value_type(r)->name);
    value_decref(r);
    return NULL;
}

static StrObject *slot_repr(Value self)
{
    bool missing;
    Value r = call_dunder(self, "__repr__", NULL, 0, &missing);
    if (missing)
        return solid_base(value_type(self))->repr(self);
    return expect_str(r, "__repr__");
}

static StrObject *slot_str(Value self)
{
    bool missing;
    Value r = call_dunder(self, "__str__", NULL, 0, &missing);
    if (missing) {
        TypeObject *solid = solid_base(value_type(self));
        return solid->str ? solid->str(self) : op_repr(self);
    }
    return expect_str(r, "__str__");
}

static const char *const binop_names[BINOP_COUNT][3] = {
    {"__add__", "__radd__", "__iadd__"},
    {"__sub__", "__rsub__", "__isub__"},
    {"__mul__", "__rmul__", "__imul__"},
    {"__matmul__", "__rmatmul__", "__imatmul__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"},
    {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {"__mod__", "__rmod__", "__imod__"},
    {"__pow__", "__rpow__", "__ipow__"},
    {"__lshift__", "__rlshift__", "__ilshift__"},
    {"__rshift__", "__rrshift__", "__irshift__"},
    {"__and__", "__rand__", "__iand__"},
    {"__or__", "__ror__", "__ior__"},
    {"__xor__", "__rxor__", "__ixor__"},
};

// One slot serves both operands (op_binary calls it once when both types
// use it): the left operand's __op__, then the right one's __rop__.
static Value slot_binary(Value a, Value b, BinOp op)
{
    TypeObject *ta = value_type(a), *tb = value_type(b);
    bool missing;
    if (ta->binary == slot_binary) {
        Value r = call_dunder(a, binop_names[op][0], &b, 1, &missing);
        if (!missing && !value_is_not_implemented(r))
            return r;
    }
    if (tb != ta && tb->binary == slot_binary) {
        Value r = call_dunder(b, binop_names[op][1], &a, 1, &missing);
        if (!missing && !value_is_not_implemented(r))
            return r;
    }
    return VALUE_NOT_IMPLEMENTED;
}

static Value slot_inplace(Value a, Value b, BinOp op)
{
    bool missing;
    Value r = call_dunder(a, binop_names[op][2], &b, 1, &missing);
    return missing ? VALUE_NOT_IMPLEMENTED : r;
}

static Value slot_unary(Value a, UnaryOp op)
{
    static const char *const names[] = {"__neg__", "__pos__", "__invert__"};
    bool missing;
    Value r = call_dunder(a, names[op], NULL, 0, &missing);
    return missing ? VALUE_NOT_IMPLEMENTED : r;
}

static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__",
                                        "__ne__", "__gt__", "__ge__"};

static Value slot_compare(Value a, Value b, CmpOp op)
{
    bool missing;
    Value r = call_dunder(a, cmp_names[op], &b, 1, &missing);
    if (!missing || op != CMP_NE)
        return missing ? VALUE_NOT_IMPLEMENTED : r;
    // != defaults to the inverse of a defined ==.
    r = call_dunder(a, "__eq__", &b, 1, &missing);
    if (missing || r == VALUE_NULL || value_is_not_implemented(r))
        return missing ? VALUE_NOT_IMPLEMENTED : r;
    int t = op_truth(r);
    value_decref(r);
    return t < 0 ? VALUE_NULL : value_bool(!t);
}

static int64_t identity_hash(Object *op)
{
    uintptr_t a = (uintptr_t)op;
    int64_t h = (int64_t)((a >> 4) | (a << 60));
    return h == -1 ? -2 : h;
}

static int64_t unhashable(Object *self)
{
    exc_raise_format(&exc_TypeError, "unhashable type: '%s'",
                     object_type(self)->name);
    return -1;
}

static int64_t slot_hash(Object *self)
{
    Value f = type_lookup(object_type(self), name_of("__hash__"));
    if (f != VALUE_NULL && value_is_none(f))
        return unhashable(self);
    bool missing;
    Value r = call_dunder((Value)self, "__hash__", NULL, 0, &missing);
    if (missing)
        return identity_hash(self);
    if (r == VALUE_NULL)
        return -1;
    if (!int_check(r)) {
        exc_raise_format(&exc_TypeError,
                         "__hash__ method should return an integer");
        value_decref(r);
        return -1;
    }
    // CPython uses the returned int itself when it fits a Py_ssize_t
    // (-1 becoming -2), and hash(int) of larger ones.
    int64_t h;
    if (!int_as_i64(r, &h))
        h = op_hash(r);
    else if (h == -1)
        h = -2;
    value_decref(r);
    return h;
}

static int64_t size_result(Value r)
{
    int64_t n;
    if (r == VALUE_NULL)
        return -1;
    bool ok = value_as_index(r, &n);
    value_decref(r);
    if (!ok)
        return -1;
    if (n < 0) {
        exc_raise_format(&exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static int64_t slot_length(Value self)
{
    bool missing;
    return size_result(call_dunder(self, "__len__", NULL, 0, &missing));
}

static int slot_truth(Value self)
{
    bool missing;
    Value r = call_dunder(self, "__bool__", NULL, 0, &missing);
    if (missing) {
        r = call_dunder(self, "__len__", NULL, 0, &missing);
        if (missing)
            return 1;
        int64_t n = size_result(r);
        return n < 0 ? -1 : n > 0;
    }
    if (r == VALUE_NULL)
        return -1;
    if (!value_isinstance(r, &bool_type)) {
        exc_raise_format(&exc_TypeError,
                         "__bool__ should return bool, returned %s",
                         value_type(r)->name);
        value_decref(r);
        return -1;
    }
    return r == VALUE_TRUE;
}

static Value slot_getitem(Value self, Value key)
{
    bool missing;
    return call_dunder(self, "__getitem__", &key, 1, &missing);
}

static int slot_setitem(Value self, Value key, Value value)
{
    bool missing;
    Value args[2] = {key, value};
    Value r = value ? call_dunder(self, "__setitem__", args, 2, &missing)
                    : call_dunder(self, "__delitem__", args, 1, &missing);
    if (missing) {
        exc_raise_format(&exc_TypeError,
                         value ? "'%s' object does not support item "
                                 "assignment"
                               : "'%s' object does not support item deletion",
                         value_type(self)->name);
        return -1;
    }
    value_decref(r);
    return r == VALUE_NULL ? -1 : 0;
}

static int slot_contains(Value self, Value item)
{
    bool missing;
    Value r = call_dunder(self, "__contains__", &item, 1, &missing);
    if (r == VALUE_NULL)
        return -1;
    int t = op_truth(r);
    value_decref(r);
    return t;
}

static Value slot_iter(Value self)
{
    bool missing;
    Value r = call_dunder(self, "__iter__", NULL, 0, &missing);
    if (!missing)
        return r;
    return seq_iter_new(self); // a class with only __getitem__
}

static Value slot_next(Value self)
{
    bool missing;
    return call_dunder(self, "__next__", NULL, 0, &missing);
}

static Value slot_call(Value self, const Value *args, size_t nargs,
                       Object *kwnames)
{
    Value f = type_lookup(value_type(self), name_of("__call__"));
    Value bound =
        type_bind_attribute(f, self, (Value)&value_type(self)->header);
    if (bound == VALUE_NULL)
        return VALUE_NULL;
    Value r = op_call(bound, args, nargs, kwnames);
    value_decref(bound);
    return r;
}

// ------------------------------------------------------------ attributes

static void no_attribute(Value self, StrObject *name)
{
    exc_raise_format(&exc_AttributeError, "'%s' object has no attribute '%s'",
                     value_type(self)->name, name->data);
    exception_set_attr(exc_occurred(), "name", (Value)&name->header);
}

Value instance_getattr_generic(Value self, StrObject *name)
{
    TypeObject *t = value_type(self);
    if (str_equal_cstr(name, "__class__"))
        return value_new_ref(&t->header);
    Value attr = type_lookup(t, name);
    if (attr != VALUE_NULL && descriptor_is_data(attr))
        return type_bind_attribute(attr, self, (Value)&t->header);
    DictObject *d = instance_dict(self, str_equal_cstr(name, "__dict__"));
    if (d && str_equal_cstr(name, "__dict__"))
        return value_new_ref(&d->header);
    Value v;
    if (d && dict_get(d, (Value)&name->header, &v) == 1)
        return v;
    if (attr != VALUE_NULL)
        return type_bind_attribute(attr, self, (Value)&t->header);
    no_attribute(self, name);
    return VALUE_NULL;
}

static bool defines(TypeObject *t, const char *name);

static Value instance_getattr(Value self, StrObject *name)
{
    TypeObject *t = value_type(self);
    Value r = VALUE_NULL;
    bool missing = true;
    if (defines(t, "__getattribute__")) {
        Value n = (Value)&name->header;
        r = call_dunder(self, "__getattribute__", &n, 1, &missing);
    }
    if (missing)
        r = instance_getattr_generic(self, name);
    if (r != VALUE_NULL || !exc_matches(&exc_AttributeError) ||
        !defines(t, "__getattr__"))
        return r;
    exc_clear();
    Value n = (Value)&name->header;
    return call_dunder(self, "__getattr__", &n, 1, &missing);
}

bool class_find_method(Value self, StrObject *name, Value *func)
{
    TypeObject *t = value_type(self);
    if (t->getattr != instance_getattr || defines(t, "__getattribute__"))
        return false;
    Value attr = type_lookup(t, name);
    if (attr == VALUE_NULL || value_type(attr) != &function_type)
        return false;
    DictObject *d = instance_dict(self, false);
    Value shadow;
    if (d && dict_get(d, (Value)&name->header, &shadow) != 0) {
        value_decref(shadow); // the instance's own attribute wins
        return false;
    }
    *func = value_new_ref(value_as_object(attr));
    return true;
}

int instance_setattr_generic(Value self, StrObject *name, Value value)
{
    TypeObject *t = value_type(self);
    Value attr = type_lookup(t, name);
    if (attr != VALUE_NULL) {
        int r = descriptor_set(attr, self, value);
        if (r != 0)
            return r < 0 ? -1 : 0;
    }
    DictObject *d = instance_dict(self, value != VALUE_NULL);
    if (d == NULL) {
        no_attribute(self, name);
        return -1;
    }
    if (value == VALUE_NULL) {
        int r = dict_del(d, (Value)&name->header);
        if (r == 0)
            no_attribute(self, name);
        return r == 1 ? 0 : -1;
    }
    refcount_inc(&name->header);
    value_incref(value);
    return dict_set(d, value_steal(&name->header), value);
}

static int instance_setattr(Value self, StrObject *name, Value value)
{
    TypeObject *t = value_type(self);
    const char *hook = value ? "__setattr__" : "__delattr__";
    if (defines(t, hook)) {
        bool missing;
        Value args[2] = {(Value)&name->header, value};
        Value r = call_dunder(self, hook, args, value ? 2 : 1, &missing);
        value_decref(r);
        return r == VALUE_NULL ? -1 : 0;
    }
    return instance_setattr_generic(self, name, value);
}

// K.x = v where type(K) defines __setattr__ (or __delattr__ for del).
static int metaclass_setattr(Value self, StrObject *name, Value value)
{
    TypeObject *meta = value_type(self);
    const char *hook = value ? "__setattr__" : "__delattr__";
    if (!defines(meta, hook))
        return class_setattr((TypeObject *)value_as_object(self), name, value);
    bool missing;
    Value args[2] = {(Value)&name->header, value};
    Value r = call_dunder(self, hook, args, value ? 2 : 1, &missing);
    value_decref(r);
    return r == VALUE_NULL ? -1 : 0;
}

// ------------------------------------------------------------ MRO (C3)

typedef struct Seqs {
    TupleObject **seq; // the bases' MROs, then the bases themselves
    int64_t *pos;
    int n;
} Seqs;

static bool in_tail(const Seqs *s, Value candidate)
{
    for (int i = 0; i < s->n; i++)
        for (int64_t k = s->pos[i] + 1; k < s->seq[i]->size; k++)
            if (value_same(s->seq[i]->items[k], candidate))
                return true;
    return false;
}

static Value c3_pick(const Seqs *s)
{
    for (int i = 0; i < s->n; i++) {
        if (s->pos[i] >= s->seq[i]->size)
            continue;
        Value head = s->seq[i]->items[s->pos[i]];
        if (!in_tail(s, head))
            return head;
    }
    return VALUE_NULL;
}

static void mro_error(TupleObject *bases)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_cstr(&b, "Cannot create a consistent method resolution\n"
                           "order (MRO) for bases ");
    for (int64_t i = 0; i < bases->size; i++) {
        if (i)
            strbuf_append_cstr(&b, ", ");
        strbuf_append_cstr(
            &b, ((TypeObject *)value_as_object(bases->items[i]))->name);
    }
    StrObject *msg = strbuf_finish(&b);
    exc_raise_format(&exc_TypeError, "%s", msg->data);
    refcount_dec(&msg->header);
}

static TupleObject *type_mro_tuple(TypeObject *t)
{
    if (t->mro)
        return (TupleObject *)t->mro;
    return NULL;
}

Value class_compute_mro(TypeObject *t, TupleObject *bases)
{
    int n = (int)bases->size + 1;
    Seqs s = {alloc_raw((size_t)n * sizeof(TupleObject *)),
              alloc_zeroed((size_t)n * sizeof(int64_t)), n};
    for (int i = 0; i < n - 1; i++)
        s.seq[i] =
            type_mro_tuple((TypeObject *)value_as_object(bases->items[i]));
    s.seq[n - 1] = bases;
    ListObject *out = list_new(8);
    list_append(out, value_new_ref(&t->header));
    for (;;) {
        bool left = false;
        for (int i = 0; i < n; i++)
            left |= s.pos[i] < s.seq[i]->size;
        if (!left)
            break;
        Value next = c3_pick(&s);
        if (next == VALUE_NULL) {
            mro_error(bases);
            refcount_dec(&out->header);
            out = NULL;
            break;
        }
        list_append(out, value_new_ref(value_as_object(next)));
        for (int i = 0; i < n; i++)
            if (s.pos[i] < s.seq[i]->size &&
                value_same(s.seq[i]->items[s.pos[i]], next))
                s.pos[i]++;
    }
    alloc_free(s.seq);
    alloc_free(s.pos);
    if (out == NULL)
        return VALUE_NULL;
    Value mro = tuple_from_iterable((Value)&out->header);
    refcount_dec(&out->header);
    return mro;
}

// ------------------------------------------------------------ creation

// Whether a class in t's MRO (not a builtin type) defines `name`.
static bool defines(TypeObject *t, const char *name)
{
    if (!t->mro)
        return false;
    TupleObject *mro = (TupleObject *)t->mro;
    Value key = (Value)&name_of(name)->header;
    for (int64_t i = 0; i < mro->size; i++) {
        TypeObject *b = (TypeObject *)value_as_object(mro->items[i]);
        Value v;
        if (is_heap(b) && dict_get((DictObject *)b->dict, key, &v) == 1) {
            value_decref(v);
            return true;
        }
    }
    return false;
}

static bool defines_any(TypeObject *t, const char *const *names, int n)
{
    for (int i = 0; i < n; i++)
        if (defines(t, names[i]))
            return true;
    return false;
}

static bool defines_own_in(DictObject *d, const char *name)
{
    Value v;
    if (dict_get(d, (Value)&name_of(name)->header, &v) != 1)
        return false;
    value_decref(v);
    return true;
}

static bool defines_own(TypeObject *t, const char *name)
{
    return defines_own_in((DictObject *)t->dict, name);
}

static void install_number_slots(TypeObject *t)
{
    for (int op = 0; op < BINOP_COUNT; op++) {
        if (defines_any(t, binop_names[op], 2))
            t->binary = slot_binary;
        if (defines(t, binop_names[op][2]))
            t->inplace = slot_inplace;
    }
    static const char *const unary[] = {"__neg__", "__pos__", "__invert__"};
    if (defines_any(t, unary, 3))
        t->unary = slot_unary;
}

static void install_slots(TypeObject *t)
{
    if (defines(t, "__repr__"))
        t->repr = slot_repr;
    if (defines(t, "__str__") || defines(t, "__repr__"))
        t->str = slot_str;
    install_number_slots(t);
    if (defines_any(t, cmp_names, 6))
        t->compare = slot_compare;
    if (defines(t, "__hash__"))
        t->hash = slot_hash;
    else if (defines_own(t, "__eq__"))
        t->hash = unhashable; // __eq__ without __hash__
    else if (!t->hash)
        t->hash = identity_hash;
    if (defines(t, "__bool__") || defines(t, "__len__"))
        t->truth = slot_truth;
    if (defines(t, "__len__"))
        t->length = slot_length;
    if (defines(t, "__getitem__"))
        t->getitem = slot_getitem;
    if (defines(t, "__setitem__") || defines(t, "__delitem__"))
        t->setitem = slot_setitem;
    if (defines(t, "__contains__"))
        t->contains = slot_contains;
    if (defines(t, "__iter__") || defines(t, "__getitem__"))
        t->iter = slot_iter;
    if (defines(t, "__next__"))
        t->next = slot_next;
    if (defines(t, "__call__"))
        t->call = slot_call;
    t->dealloc = subtype_dealloc;
    if (type_is_subtype(t, &type_type)) {
        // A metaclass: classes keep type's attribute rules unless it
        // defines __setattr__/__delattr__ (what enum uses to protect
        // its members).
        if (defines(t, "__setattr__") || defines(t, "__delattr__"))
            t->setattr = metaclass_setattr;
        return;
    }
    t->getattr = instance_getattr;
    t->setattr = instance_setattr;
}

// __slots__ = ('a', 'b') (or one str): its names, or NULL when the class
// does not declare slots. *wants_dict when '__dict__' is among them.
static TupleObject *slot_names(DictObject *ns, bool *wants_dict)
{
    Value v;
    *wants_dict = false;
    if (dict_get(ns, (Value)&name_of("__slots__")->header, &v) != 1)
        return NULL;
    Value t = value_type(v) == &str_type
                  ? value_steal(&tuple_pack(1, &v)->header)
                  : tuple_from_iterable(v);
    value_decref(v);
    if (t == VALUE_NULL) {
        exc_clear();
        return NULL;
    }
    TupleObject *names = (TupleObject *)value_as_object(t);
    for (int64_t i = 0; i < names->size; i++)
        if (value_type(names->items[i]) == &str_type &&
            str_equal_cstr((StrObject *)value_as_object(names->items[i]),
                           "__dict__"))
            *wants_dict = true;
    return names;
}

// Lays out this class's own __slots__ after `base_size` and puts a member
// descriptor for each in its dict.
static size_t add_slots(TypeObject *t, TupleObject *names, size_t base_size)
{
    t->slots_offset = (uint32_t)base_size;
    t->nslots = 0;
    for (int64_t i = 0; i < names->size; i++) {
        Value n = names->items[i];
        if (value_type(n) != &str_type ||
            str_equal_cstr((StrObject *)value_as_object(n), "__dict__"))
            continue;
        Value d = member_descr_new(t, (StrObject *)value_as_object(n),
                                   base_size + t->nslots * sizeof(Value));
        value_incref(n);
        dict_set((DictObject *)t->dict, n, d);
        t->nslots++;
    }
    return base_size + t->nslots * sizeof(Value);
}

// A class extending str, bytes or tuple: the __dict__ pointer follows
// the items (only empty __slots__ are allowed, which drop it).
static void set_var_layout(TypeObject *t, TypeObject *solid, TupleObject *bases,
                           bool no_dict)
{
    t->basic_size = solid->basic_size;
    t->dict_offset = no_dict ? 0 : TYPE_DICT_AT_END;
    for (int64_t i = 0; i < bases->size; i++) {
        TypeObject *b = (TypeObject *)value_as_object(bases->items[i]);
        if (b->dict_offset && solid_base(b) == solid)
            t->dict_offset = b->dict_offset;
    }
}

// str, bytes and tuple instances have no room for __slots__ values
// after their items (CPython refuses them for the same reason).
static bool var_slots_ok(TypeObject *t, TypeObject *solid)
{
    bool wants_dict;
    TupleObject *slots = slot_names((DictObject *)t->dict, &wants_dict);
    if (slots == NULL)
        return true;
    bool ok = slots->size == (wants_dict ? 1 : 0);
    refcount_dec(&slots->header);
    if (!ok)
        exc_raise_format(&exc_TypeError,
                         "nonempty __slots__ not supported for subtype of "
                         "'%s'",
                         solid->name);
    return ok;
}

// Instances are the solid base's layout plus a __dict__ pointer (the
// exception types already have one), or the declared __slots__.
static void set_layout(TypeObject *t, TypeObject *solid, TupleObject *bases)
{
    bool wants_dict;
    TupleObject *slots = slot_names((DictObject *)t->dict, &wants_dict);
    if (slots && solid == &object_base_type) {
        size_t size = solid->basic_size;
        size_t inherited_dict = 0;
        for (int64_t i = 0; i < bases->size; i++) {
            TypeObject *b = (TypeObject *)value_as_object(bases->items[i]);
            if (b->basic_size > size)
                size = b->basic_size;
            if (b->dict_offset)
                inherited_dict = b->dict_offset;
        }
        size = add_slots(t, slots, size);
        refcount_dec(&slots->header);
        t->dict_offset = inherited_dict;
        if (!inherited_dict && wants_dict) {
            t->dict_offset = size;
            size += sizeof(Object *);
        }
        t->basic_size = size;
        return;
    }
    bool no_dict = slots != NULL && !wants_dict;
    if (slots)
        refcount_dec(&slots->header);
    if (solid->var_size) {
        set_var_layout(t, solid, bases, no_dict);
        return;
    }
    // A base with the same layout already placed a __dict__; a plain
    // class mixed in (class C(int, Mixin)) lays out nothing of its own.
    for (int64_t i = 0; i < bases->size; i++) {
        TypeObject *b = (TypeObject *)value_as_object(bases->items[i]);
        if (b->dict_offset && solid_base(b) == solid) {
            t->basic_size = b->basic_size;
            t->dict_offset = b->dict_offset;
            return;
        }
    }
    if (type_is_subtype(solid, &exc_BaseException)) {
        t->basic_size = solid->basic_size;
        t->dict_offset = offsetof(ExceptionObject, dict);
        return;
    }
    if (solid == &type_type) { // a metaclass: its instances are classes
        t->basic_size = sizeof(TypeObject);
        t->dict_offset = 0;
        return;
    }
    size_t size = solid->basic_size; // after any slots the bases declare
    for (int64_t i = 0; i < bases->size; i++) {
        TypeObject *b = (TypeObject *)value_as_object(bases->items[i]);
        if (b->basic_size > size && solid_base(b) == solid)
            size = b->basic_size;
    }
    t->basic_size = size + sizeof(Object *);
    t->dict_offset = size;
}

// The builtin types a class may extend: their constructors build
// instances of the subtype they are given (so the instance has the
// class's size and __dict__).
static bool subclassable(TypeObject *b)
{
    return b == &object_base_type || b == &type_type || b == &list_type ||
           b == &dict_type || b == &set_type || b == &frozenset_type ||
           b == &int_type || b == &float_type || b == &str_type ||
           b == &bytes_type || b == &tuple_type || b == &bytearray_type ||
           b == &zip_type || b == &enumerate_type || b == &map_type ||
           b == &filter_type || b == &property_type || b == &classmethod_type ||
           b == &staticmethod_type || type_is_subtype(b, &exc_BaseException);
}

static TypeObject *layout_conflict(void)
{
    exc_raise_format(&exc_TypeError,
                     "multiple bases have instance lay-out conflict");
    return NULL;
}

// Whether a class extending object lays out __slots__ values.
static bool has_slot_fields(TypeObject *b)
{
    TupleObject *mro = (TupleObject *)b->mro;
    for (int64_t i = 0; i < mro->size; i++) {
        TypeObject *m = (TypeObject *)value_as_object(mro->items[i]);
        if (is_heap(m) && m->nslots > 0)
            return true;
    }
    return false;
}

static TypeObject *check_bases(TupleObject *bases)
{
    TypeObject *solid = &object_base_type;
    for (int64_t i = 0; i < bases->size; i++) {
        Value b = bases->items[i];
        if (!value_isinstance(b, &type_type)) {
            exc_raise_format(&exc_TypeError, "bases must be types");
            return NULL;
        }
        TypeObject *bt = (TypeObject *)value_as_object(b);
        TypeObject *bs = solid_base(bt);
        if (!(bt->flags & TYPE_FLAG_BASETYPE)) {
            exc_raise_format(&exc_TypeError,
                             "type '%s' is not an acceptable base type",
                             bt->name);
            return NULL;
        }
        if (!subclassable(bs)) {
            exc_raise_format(&exc_TypeError,
                             "subclassing the builtin type '%s' is not "
                             "supported yet",
                             bs->name);
            return NULL;
        }
        TypeObject *lb = layout_of(bs), *ls = layout_of(solid);
        if (type_is_subtype(bs, solid) ||
            (lb != ls && type_is_subtype(lb, ls))) {
            solid = bs;
        } else if (!type_is_subtype(ls, lb)) {
            return layout_conflict();
        }
    }
    for (int64_t i = 0; i < bases->size && solid != &object_base_type; i++) {
        TypeObject *bt = (TypeObject *)value_as_object(bases->items[i]);
        if (solid_base(bt) == &object_base_type && has_slot_fields(bt))
            return layout_conflict(); // class C(int, HasSlots)
    }
    return solid;
}

static Value dict_take(DictObject *d, const char *name)
{
    Value key = (Value)&name_of(name)->header, v;
    if (dict_get(d, key, &v) != 1)
        return VALUE_NULL;
    dict_del(d, key);
    return v;
}

static DictObject *copy_namespace(DictObject *ns)
{
    DictObject *d = dict_new();
    int64_t pos = 0;
    Value k, v;
    while (dict_next(ns, &pos, &k, &v))
        dict_set(d, k, v);
    return d;
}

// __name__ of the running code's globals (borrowed; None if unknown):
// the module a class made by calling type() belongs to.
static Value caller_module_name(void)
{
    Frame *f = thread_current()->frame;
    Value name;
    if (f == NULL || f->globals == NULL ||
        value_type((Value)f->globals) != &dict_type ||
        dict_get((DictObject *)f->globals, (Value)&name_of("__name__")->header,
                 &name) != 1)
        return VALUE_NONE;
    value_decref(name); // the globals keep it alive
    return name;
}

static TypeObject *make_class(TypeObject *meta, StrObject *name,
                              TupleObject *bases, DictObject *ns)
{
    TypeObject *solid = check_bases(bases);
    if (solid == NULL)
        return NULL;
    TypeObject *t = (TypeObject *)object_new(meta);
    refcount_inc(&name->header);
    t->heap_name = &name->header;
    t->name = name->data;
    t->flags = TYPE_FLAG_HEAPTYPE | TYPE_FLAG_BASETYPE | TYPE_FLAG_READY;
    t->base = (TypeObject *)value_as_object(bases->items[0]);
    refcount_inc(&bases->header);
    t->bases = &bases->header;
    DictObject *d = copy_namespace(ns);
    t->dict = &d->header;
    Value doc, doc_key = (Value)&name_of("__doc__")->header;
    if (dict_get(d, doc_key, &doc) == 1)
        value_decref(doc);
    else // every class has a __doc__, None by default
        dict_set(d, value_new_ref(value_as_object(doc_key)), VALUE_NONE);
    // __eq__ without __hash__: instances are unhashable, and the class
    // says so (C.__hash__ is None), as in CPython.
    if (defines_own_in(d, "__eq__") && !defines_own_in(d, "__hash__"))
        dict_set(d, value_new_ref(&name_of("__hash__")->header), VALUE_NONE);
    Value qual = dict_take(d, "__qualname__");
    t->qualname = qual ? value_as_object(qual) : &name->header;
    if (!qual)
        refcount_inc(&name->header);
    Value module;
    if (dict_get(d, (Value)&name_of("__module__")->header, &module) != 1) {
        module = caller_module_name(); // type(name, bases, ns)
        value_incref(module);
        dict_set(d, value_new_ref(&name_of("__module__")->header), module);
    }
    t->module = module;
    Value mro = class_compute_mro(t, bases);
    if (mro == VALUE_NULL) {
        refcount_dec(&t->header);
        return NULL;
    }
    t->mro = value_as_object(mro);
    if (solid->var_size && !var_slots_ok(t, solid)) {
        refcount_dec(&t->header);
        return NULL;
    }
    set_layout(t, solid, bases);
    type_inherit_slots(t, solid);
    t->basic_size = t->basic_size ? t->basic_size : solid->basic_size;
    install_slots(t);
    return t;
}

// __classcell__ (for zero-argument super()) gets the class; descriptors
// learn their names; the parent's __init_subclass__ runs.
static bool finish_class(TypeObject *t, Object *kwnames, const Value *kwargs)
{
    Value cell = dict_take((DictObject *)t->dict, "__classcell__");
    if (cell != VALUE_NULL) {
        if (value_type(cell) == &cell_type)
            cell_set((CellObject *)value_as_object(cell),
                     value_new_ref(&t->header));
        value_decref(cell);
    }
    int64_t pos = 0;
    Value k, v;
    while (dict_next((DictObject *)t->dict, &pos, &k, &v)) {
        bool missing = true;
        Value r = VALUE_NONE;
        if (is_heap(value_type(v)) || value_type(v) == &property_type) {
            Value args[2] = {(Value)&t->header, k};
            r = call_dunder(v, "__set_name__", args, 2, &missing);
        }
        value_decref(k);
        value_decref(v);
        if (missing)
            continue; // no __set_name__: nothing to tell
        if (r == VALUE_NULL)
            return false;
        value_decref(r);
    }
    TupleObject *mro = (TupleObject *)t->mro;
    for (int64_t i = 1; i < mro->size; i++) {
        TypeObject *b = (TypeObject *)value_as_object(mro->items[i]);
        Value f;
        if (!is_heap(b) ||
            dict_get((DictObject *)b->dict,
                     (Value)&name_of("__init_subclass__")->header, &f) != 1)
            continue;
        Value bound =
            type_bind_attribute(f, (Value)&t->header, (Value)&t->header);
        value_decref(f);
        Value r = bound ? op_call(bound, kwargs, 0, kwnames) : VALUE_NULL;
        value_decref(bound);
        value_decref(r);
        return r != VALUE_NULL;
    }
    if (kwnames && ((TupleObject *)kwnames)->size) {
        exc_raise_format(&exc_TypeError,
                         "%s.__init_subclass__() takes no keyword arguments",
                         t->name);
        return false;
    }
    return true;
}

Value class_new(TypeObject *meta, const Value *args, size_t nargs,
                Object *kwnames)
{
    if (nargs != 3 || value_type(args[0]) != &str_type ||
        value_type(args[1]) != &tuple_type ||
        !value_isinstance(args[2], &dict_type)) {
        exc_raise_format(&exc_TypeError, "type() takes 1 or 3 arguments");
        return VALUE_NULL;
    }
    TupleObject *bases = (TupleObject *)value_as_object(args[1]);
    TupleObject *own = NULL;
    if (bases->size == 0) {
        Value object = value_new_ref(&object_base_type.header);
        own = tuple_pack(1, &object);
        bases = own;
    }
    TypeObject *t = make_class(meta, (StrObject *)value_as_object(args[0]),
                               bases, (DictObject *)value_as_object(args[2]));
    if (own)
        refcount_dec(&own->header);
    if (t == NULL)
        return VALUE_NULL;
    if (!finish_class(t, kwnames, args + nargs)) {
        refcount_dec(&t->header);
        return VALUE_NULL;
    }
    return value_steal(&t->header);
}

// ------------------------------------------------------------ calling

static Value call_with_first(Value f, Value first, const Value *args,
                             size_t nargs, Object *kwnames)
{
    size_t nkw = kwnames ? (size_t)((TupleObject *)kwnames)->size : 0;
    Value small[8], *all = small;
    if (nargs + nkw + 1 > 8)
        all = alloc_raw((nargs + nkw + 1) * sizeof(Value));
    all[0] = first;
    for (size_t i = 0; i < nargs + nkw; i++)
        all[i + 1] = args[i];
    Value r = op_call(f, all, nargs + 1, kwnames);
    if (all != small)
        alloc_free(all);
    return r;
}

static Value allocate(TypeObject *t, const Value *args, size_t nargs,
                      Object *kwnames)
{
    Value f = type_lookup(t, name_of("__new__"));
    if (f != VALUE_NULL && defines(t, "__new__")) {
        Value fn = value_type(f) == &staticmethod_type
                       ? ((WrapperObject *)value_as_object(f))->func
                       : f;
        return call_with_first(fn, (Value)&t->header, args, nargs, kwnames);
    }
    return class_allocate(t, args, nargs, kwnames);
}

// The builtin bases whose __init__, not their constructor, takes the
// contents.
static bool fills_in_init(TypeObject *solid)
{
    return solid == &list_type || solid == &dict_type || solid == &set_type ||
           solid == &bytearray_type;
}

Value class_allocate(TypeObject *t, const Value *args, size_t nargs,
                     Object *kwnames)
{
    TypeObject *solid = solid_base(t);
    if (solid == &type_type) // Meta(name, bases, ns)
        return class_new(t, args, nargs, kwnames);
    if (solid == &object_base_type) {
        if ((nargs || kwnames) && !defines(t, "__init__")) {
            exc_raise_format(&exc_TypeError, "%s() takes no arguments",
                             t->name);
            return VALUE_NULL;
        }
        return value_steal(object_new(t));
    }
    // A mutable container whose class has its own __init__ starts empty
    // (list(), dict() ...) for __init__ to fill; otherwise the builtin
    // constructor takes the arguments (int, str, tuple are made whole).
    if (defines(t, "__init__") && fills_in_init(solid))
        return solid->new (t, NULL, 0, NULL);
    return solid->new (t, args, nargs, kwnames);
}

Value class_call(TypeObject *t, const Value *args, size_t nargs,
                 Object *kwnames)
{
    Value obj = allocate(t, args, nargs, kwnames);
    if (obj == VALUE_NULL || !value_isinstance(obj, t))
        return obj;
    if (!defines(t, "__init__")) {
        // BaseException.__init__ runs: args become the call's, whatever
        // the class's __new__ passed on.
        if (kwnames == NULL && defines(t, "__new__") &&
            value_isinstance(obj, &exc_BaseException) &&
            !value_isinstance(obj, &exc_OSError))
            exception_set_args((ExceptionObject *)value_as_object(obj), args,
                               nargs);
        return obj;
    }
    Value init = type_lookup(t, name_of("__init__"));
    Value r = call_with_first(init, obj, args, nargs, kwnames);
    if (r == VALUE_NULL) {
        value_decref(obj);
        return VALUE_NULL;
    }
    if (!value_is_none(r)) {
        exc_raise_format(&exc_TypeError,
                         "__init__() should return None, not '%s'",
                         value_type(r)->name);
        value_decref(r);
        value_decref(obj);
        return VALUE_NULL;
    }
    return obj;
}

static void install_slots(TypeObject *t);

// ------------------------------------------------------------ class attrs

Value class_getattr(TypeObject *t, StrObject *name, bool *found)
{
    Value attr = type_lookup(t, name);
    *found = attr != VALUE_NULL;
    if (!*found)
        return VALUE_NULL;
    if (value_type(attr) == &classmethod_descr_type) // C.__subclasshook__
        return type_bind_attribute(attr, (Value)&t->header, (Value)&t->header);
    return descriptor_get(attr, VALUE_NULL, (Value)&t->header);
}

int class_setattr(TypeObject *t, StrObject *name, Value value)
{
    if (!is_heap(t)) {
        exc_raise_format(&exc_TypeError,
                         "cannot set '%s' attribute of immutable type '%s'",
                         name->data, t->name);
        return -1;
    }
    DictObject *d = (DictObject *)t->dict;
    if (value == VALUE_NULL) {
        int r = dict_del(d, (Value)&name->header);
        if (r == 0)
            exc_raise_format(&exc_AttributeError,
                             "type object '%s' has no attribute '%s'", t->name,
                             name->data);
        return r == 1 ? 0 : -1;
    }
    refcount_inc(&name->header);
    value_incref(value);
    int r = dict_set(d, value_steal(&name->header), value);
    // A dunder assigned after creation (C.__repr__ = f, as dataclasses
    // and decorators do) takes effect on the class's operators.
    if (r == 0 && name->size > 4 && name->data[0] == '_' &&
        name->data[1] == '_')
        install_slots(t);
    return r;
}

// ------------------------------------------------------------ build_class

// The metaclass: metaclass= if given, else the most derived of the
// bases' metaclasses.
static TypeObject *pick_metaclass(const Value *bases, size_t n, Value given)
{
    if (given != VALUE_NULL && value_isinstance(given, &type_type))
        return (TypeObject *)value_as_object(given);
    TypeObject *meta = &type_type;
    for (size_t i = 0; i < n; i++) {
        TypeObject *m = value_type(bases[i]);
        if (type_is_subtype(m, meta))
            meta = m;
    }
    return meta;
}

// The namespace the class body fills: meta.__prepare__(name, bases,
// **keywords) when the metaclass defines one, else a new dict.
// `args` holds name and bases; the keyword values follow at args + 3.
static Value prepare_namespace(TypeObject *meta, Value *args, TupleObject *kw)
{
    Value prepare = VALUE_NULL;
    if (is_heap(meta) && defines(meta, "__prepare__"))
        prepare = op_getattr((Value)&meta->header, name_of("__prepare__"));
    if (prepare == VALUE_NULL) {
        exc_clear();
        return value_steal(&dict_new()->header);
    }
    size_t nkw = kw ? (size_t)kw->size : 0;
    Value *all = alloc_raw((2 + nkw) * sizeof(Value));
    all[0] = args[0];
    all[1] = args[1];
    for (size_t i = 0; i < nkw; i++)
        all[2 + i] = args[3 + i];
    Value ns = op_call(prepare, all, 2, kw ? &kw->header : NULL);
    alloc_free(all);
    value_decref(prepare);
    return ns;
}

Value build_class(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (nargs < 2 || value_type(args[0]) != &function_type ||
        value_type(args[1]) != &str_type) {
        exc_raise_format(&exc_TypeError,
                         "__build_class__: func and name are required");
        return VALUE_NULL;
    }
    // Keywords: metaclass= is ours, the rest go to the metaclass, after
    // the three positional arguments (name, bases, namespace).
    TupleObject *kw = (TupleObject *)kwnames;
    size_t nkw = kw ? (size_t)kw->size : 0, nrest = 0;
    Value metaclass = VALUE_NULL;
    Value *call_args = alloc_raw((3 + nkw) * sizeof(Value));
    Value *rest_names = alloc_raw((nkw + 1) * sizeof(Value));
    for (size_t i = 0; i < nkw; i++) {
        StrObject *k = (StrObject *)value_as_object(kw->items[i]);
        if (str_equal_cstr(k, "metaclass")) {
            metaclass = args[nargs + i];
        } else {
            rest_names[nrest] = kw->items[i];
            call_args[3 + nrest++] = args[nargs + i];
        }
    }
    TupleObject *bases = tuple_pack((int64_t)nargs - 2, args + 2);
    TypeObject *meta = pick_metaclass(args + 2, nargs - 2, metaclass);
    TupleObject *names = nrest ? tuple_pack((int64_t)nrest, rest_names) : NULL;
    call_args[0] = args[1];
    call_args[1] = (Value)&bases->header;
    Value ns = prepare_namespace(meta, call_args, names);
    Value cls = VALUE_NULL;
    Value body = VALUE_NULL;
    if (ns != VALUE_NULL)
        body = eval_class_body((FunctionObject *)value_as_object(args[0]),
                               value_as_object(ns));
    if (body != VALUE_NULL) {
        value_decref(body);
        call_args[2] = ns;
        cls = op_call((Value)&meta->header, call_args, 3,
                      names ? &names->header : NULL);
    }
    if (names)
        refcount_dec(&names->header);
    refcount_dec(&bases->header);
    value_decref(ns);
    alloc_free(call_args);
    alloc_free(rest_names);
    return cls;
}

// ------------------------------------------------------------ super

typedef struct SuperObject {
    ObjHeader header;
    TypeObject *type;     // search starts after this class
    Value obj;            // the instance (or class) methods bind to
    TypeObject *obj_type; // whose MRO is searched
} SuperObject;

static void super_dealloc(Object *op)
{
    SuperObject *s = (SuperObject *)op;
    refcount_dec(&s->type->header);
    value_decref(s->obj);
    refcount_dec(&s->obj_type->header);
    object_free(op);
}

// super() in a method: the class from the __class__ cell, the instance
// from the first argument.
static bool super_from_frame(TypeObject **type, Value *obj)
{
    Frame *f = thread_current()->frame;
    if (f == NULL || f->code->argcount == 0 || f->localsplus[0] == VALUE_NULL) {
        exc_raise_format(&exc_RuntimeError, "super(): no arguments");
        return false;
    }
    CodeObject *co = f->code;
    *obj = f->localsplus[0];
    for (uint32_t i = 0; i < co->ncells; i++)
        if (co->cell_args[i] == 0) // self lives in a cell
            *obj =
                ((CellObject *)value_as_object(f->localsplus[co->nlocals + i]))
                    ->ref;
    uint32_t first = co->nlocals, end = first + co->ncells + co->nfrees;
    for (uint32_t i = first; i < end; i++) {
        StrObject *n = (StrObject *)value_as_object(co->localnames->items[i]);
        if (!str_equal_cstr(n, "__class__"))
            continue;
        Value cls = cell_get((CellObject *)value_as_object(f->localsplus[i]));
        if (cls == VALUE_NULL || !value_isinstance(cls, &type_type)) {
            value_decref(cls);
            exc_raise_format(&exc_RuntimeError,
                             "super(): empty __class__ cell");
            return false;
        }
        *type = (TypeObject *)value_as_object(cls);
        value_decref(cls); // the cell keeps the class alive
        return true;
    }
    exc_raise_format(&exc_RuntimeError, "super(): __class__ cell not found");
    return false;
}

static Value super_new(TypeObject *t, const Value *args, size_t nargs,
                       Object *kwnames)
{
    TypeObject *type;
    Value obj;
    if (!args_positional("super", nargs, kwnames, 0, 2))
        return VALUE_NULL;
    if (nargs == 0) {
        if (!super_from_frame(&type, &obj))
            return VALUE_NULL;
    } else if (nargs == 2 && value_isinstance(args[0], &type_type)) {
        type = (TypeObject *)value_as_object(args[0]);
        obj = args[1];
    } else {
        exc_raise_format(&exc_TypeError,
                         "super() argument 1 must be a type, not %s",
                         value_type(args[0])->name);
        return VALUE_NULL;
    }
    TypeObject *obj_type =
        value_isinstance(obj, &type_type) &&
                type_is_subtype((TypeObject *)value_as_object(obj), type)
            ? (TypeObject *)value_as_object(obj)
            : value_type(obj);
    if (!type_is_subtype(obj_type, type)) {
        exc_raise_format(&exc_TypeError,
                         "super(type, obj): obj must be an instance or "
                         "subtype of type");
        return VALUE_NULL;
    }
    SuperObject *s = (SuperObject *)object_new(&super_type);
    refcount_inc(&type->header);
    s->type = type;
    value_incref(obj);
    s->obj = obj;
    refcount_inc(&obj_type->header);
    s->obj_type = obj_type;
    return value_steal(&s->header);
}

static Value super_getattr(Value self, StrObject *name)
{
    SuperObject *s = (SuperObject *)value_as_object(self);
    TupleObject *mro = (TupleObject *)s->obj_type->mro;
    int64_t i = 0;
    while (i < mro->size && value_as_object(mro->items[i]) != &s->type->header)
        i++;
    Value key = (Value)&name->header;
    for (i++; i < mro->size; i++) {
        TypeObject *b = (TypeObject *)value_as_object(mro->items[i]);
        Value v;
        if (!b->dict || dict_get((DictObject *)b->dict, key, &v) != 1)
            continue;
        bool through_class = (Value)&s->obj_type->header == s->obj ||
                             value_as_object(s->obj) == &s->obj_type->header;
        Value r = type_bind_attribute(v, through_class ? VALUE_NULL : s->obj,
                                      (Value)&s->obj_type->header);
        value_decref(v);
        return r;
    }
    return generic_getattr(self, name);
}

static StrObject *super_repr(Value self)
{
    SuperObject *s = (SuperObject *)value_as_object(self);
    return str_from_format("<super: <class '%s'>, <%s object>>", s->type->name,
                           s->obj_type->name);
}

TypeObject super_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "super",
    .basic_size = sizeof(SuperObject),
    .dealloc = super_dealloc,
    .repr = super_repr,
    .getattr = super_getattr,
    .new = super_new,
    .flags = TYPE_FLAG_BASETYPE,
};
