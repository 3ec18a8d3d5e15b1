// dictview.c: the views d.keys(), d.values(), d.items() and the six
// dict iterators (forward and reversed over keys, values, items).
//
// Keys and items views are set-like: they compare with sets and other
// views, and & | - ^ build sets (set.h) in CPython's orders.
//
// Concurrency: views and iterators read the dict only through dict.h's
// operations, which lock or read lock-free as that file says. An
// iterator's position is its own; sharing one iterator between threads
// may skip or repeat items but never crashes.
#include "vm/exc.h"
#include "vm/objects/dict.h"
#include "vm/objects/list.h"
#include "vm/objects/reprutil.h"
#include "vm/objects/sequtil.h"
#include "vm/objects/set.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

typedef enum { KEYS, VALUES, ITEMS } ViewKind;

static DictViewObject *as_view(Value v)
{
    return (DictViewObject *)value_as_object(v);
}

static ViewKind kind_of(TypeObject *t)
{
    if (t == &dict_keys_type || t == &dict_keyiterator_type ||
        t == &dict_reversekeyiterator_type)
        return KEYS;
    if (t == &dict_values_type || t == &dict_valueiterator_type ||
        t == &dict_reversevalueiterator_type)
        return VALUES;
    return ITEMS;
}

// The one item a view yields for a key and value (references taken
// over).
static Value view_item(ViewKind kind, Value k, Value v)
{
    if (kind == ITEMS) {
        TupleObject *t = tuple_new(2);
        tuple_init_item(t, 0, k);
        tuple_init_item(t, 1, v);
        return value_steal(&t->header);
    }
    value_decref(kind == KEYS ? v : k);
    return kind == KEYS ? k : v;
}

// ------------------------------------------------------------ iterators

typedef struct DictIterObject {
    ObjHeader header;
    DictObject *dict; // a reference
    int64_t pos;      // dict_next / dict_prev position
    int64_t used;     // the size at creation; -1 after a size change
    bool done;
} DictIterObject;

Value dict_iter_new(TypeObject *type, DictObject *d)
{
    DictIterObject *it = (DictIterObject *)object_new(type);
    refcount_inc(&d->header);
    it->dict = d;
    it->used = dict_len(d);
    bool reverse = type == &dict_reversekeyiterator_type ||
                   type == &dict_reversevalueiterator_type ||
                   type == &dict_reverseitemiterator_type;
    it->pos = reverse ? INT64_MAX : 0;
    return value_steal(&it->header);
}

static Value dictiter_step(Value self, bool reverse)
{
    DictIterObject *it = (DictIterObject *)value_as_object(self);
    if (it->done)
        return VALUE_NULL;
    if (it->used != dict_len(it->dict)) {
        it->used = -1; // keeps raising
        exc_raise_format(&exc_RuntimeError,
                         "dictionary changed size during iteration");
        return VALUE_NULL;
    }
    Value k, v;
    bool more = reverse ? dict_prev(it->dict, &it->pos, &k, &v)
                        : dict_next(it->dict, &it->pos, &k, &v);
    if (!more) {
        it->done = true;
        return VALUE_NULL;
    }
    return view_item(kind_of(object_type(&it->header)), k, v);
}

static Value dictiter_next(Value self)
{
    return dictiter_step(self, false);
}

static Value dictiter_prev(Value self)
{
    return dictiter_step(self, true);
}

static void dictiter_dealloc(Object *op)
{
    refcount_dec(&((DictIterObject *)op)->dict->header);
    object_free(op);
}

#define DICT_ITER_TYPE(sym, name_, next_)                                      \
    TypeObject sym = {                                                         \
        .header = OBJ_HEADER_IMMORTAL(&type_type),                             \
        .name = name_,                                                         \
        .basic_size = sizeof(DictIterObject),                                  \
        .dealloc = dictiter_dealloc,                                           \
        .iter = iter_self,                                                     \
        .next = next_,                                                         \
    };

DICT_ITER_TYPE(dict_keyiterator_type, "dict_keyiterator", dictiter_next)
DICT_ITER_TYPE(dict_valueiterator_type, "dict_valueiterator", dictiter_next)
DICT_ITER_TYPE(dict_itemiterator_type, "dict_itemiterator", dictiter_next)
DICT_ITER_TYPE(dict_reversekeyiterator_type, "dict_reversekeyiterator",
               dictiter_prev)
DICT_ITER_TYPE(dict_reversevalueiterator_type, "dict_reversevalueiterator",
               dictiter_prev)
DICT_ITER_TYPE(dict_reverseitemiterator_type, "dict_reverseitemiterator",
               dictiter_prev)

// ------------------------------------------------------------ views

Value dict_view_new(TypeObject *type, Value d)
{
    DictViewObject *v = (DictViewObject *)object_new(type);
    value_incref(d);
    v->dict = (DictObject *)value_as_object(d);
    return value_steal(&v->header);
}

static void view_dealloc(Object *op)
{
    refcount_dec(&((DictViewObject *)op)->dict->header);
    object_free(op);
}

static int64_t view_length(Value self)
{
    return dict_len(as_view(self)->dict);
}

static Value view_iter(Value self)
{
    static TypeObject *const iters[] = {&dict_keyiterator_type,
                                        &dict_valueiterator_type,
                                        &dict_itemiterator_type};
    DictViewObject *v = as_view(self);
    return dict_iter_new(iters[kind_of(object_type(&v->header))], v->dict);
}

static Value view_reversed(Value self, const Value *args, size_t nargs,
                           Object *kwnames)
{
    (void)args;
    static TypeObject *const iters[] = {&dict_reversekeyiterator_type,
                                        &dict_reversevalueiterator_type,
                                        &dict_reverseitemiterator_type};
    DictViewObject *v = as_view(self);
    if (!args_none("__reversed__", nargs, kwnames))
        return VALUE_NULL;
    return dict_iter_new(iters[kind_of(object_type(&v->header))], v->dict);
}

static StrObject *view_repr(Value self)
{
    DictViewObject *v = as_view(self);
    const char *name = object_type(&v->header)->name;
    if (!repr_enter(&v->header))
        return str_from_cstr("...");
    Value l = list_from_iterable(self);
    StrObject *inner = l == VALUE_NULL ? NULL : op_repr(l);
    value_decref(l);
    repr_leave(&v->header);
    if (inner == NULL)
        return NULL;
    StrObject *r = str_from_format("%s(%s)", name, inner->data);
    refcount_dec(&inner->header);
    return r;
}

static int keys_contains(Value self, Value key)
{
    Value v;
    int r = dict_get(as_view(self)->dict, key, &v);
    if (r == 1)
        value_decref(v);
    return r;
}

static int items_contains(Value self, Value item)
{
    if (!tuple_check(item))
        return 0;
    TupleObject *t = (TupleObject *)value_as_object(item);
    if (t->size != 2)
        return 0;
    Value v;
    int r = dict_get(as_view(self)->dict, t->items[0], &v);
    if (r != 1)
        return r;
    r = object_equal(v, t->items[1]);
    value_decref(v);
    return r;
}

static int values_contains(Value self, Value item)
{
    DictObject *d = as_view(self)->dict;
    int64_t pos = 0;
    Value k, v;
    int r = 0;
    while (r == 0 && dict_next(d, &pos, &k, &v)) {
        r = object_equal(v, item);
        value_decref(k);
        value_decref(v);
    }
    return r;
}

static bool setlike_view(Value v)
{
    if (!value_is_object(v))
        return false;
    TypeObject *t = object_type(value_as_object(v));
    return t == &dict_keys_type || t == &dict_items_type;
}

// 1 if every item of `a` (any iterable) is in `b`.
static int all_contained_in(Value a, Value b)
{
    Value it = op_iter(a), x;
    if (it == VALUE_NULL)
        return -1;
    int r = 1;
    while (r == 1 && (x = op_next(it)) != VALUE_NULL) {
        r = op_contains(b, x);
        value_decref(x);
    }
    value_decref(it);
    return exc_occurred() ? -1 : r;
}

static Value view_compare(Value a, Value b, CmpOp op)
{
    if (!setlike_view(a) || !(anyset_check(b) || setlike_view(b)))
        return VALUE_NOT_IMPLEMENTED;
    int64_t n = op_len(a), m = op_len(b);
    if (n < 0 || m < 0)
        return VALUE_NULL;
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        r = n == m ? all_contained_in(a, b) : 0;
        if (r >= 0 && op == CMP_NE)
            r = !r;
        break;
    case CMP_LT:
    case CMP_LE:
        r = (op == CMP_LT ? n < m : n <= m) ? all_contained_in(a, b) : 0;
        break;
    default: // CMP_GT, CMP_GE
        r = (op == CMP_GT ? n > m : n >= m) ? all_contained_in(b, a) : 0;
        break;
    }
    return r < 0 ? VALUE_NULL : value_bool(r);
}

// set(view); a keys view of an exact dict starts from the dict itself.
static Value view_to_set(Value v)
{
    if (value_is_object(v) &&
        object_type(value_as_object(v)) == &dict_keys_type &&
        object_type(&as_view(v)->dict->header) == &dict_type)
        v = (Value)&as_view(v)->dict->header;
    return set_from_iterable(&set_type, v);
}

// view & other: CPython's _PyDictView_Intersect.
static Value view_and(Value a, Value b)
{
    if (!setlike_view(a)) {
        Value t = a;
        a = b;
        b = t;
    }
    int64_t na = op_len(a);
    if (value_is_object(b) && object_type(value_as_object(b)) == &set_type &&
        na <= set_len((SetObject *)value_as_object(b)))
        return set_intersection((SetObject *)value_as_object(b), a);
    if (setlike_view(b) && op_len(b) > na) {
        Value t = a;
        a = b;
        b = t;
    }
    SetObject *r = set_new(&set_type);
    Value it = op_iter(b), x;
    bool ok = it != VALUE_NULL;
    bool keys = object_type(value_as_object(a)) == &dict_keys_type;
    while (ok && (x = op_next(it)) != VALUE_NULL) {
        int in = keys ? keys_contains(a, x) : items_contains(a, x);
        ok = in >= 0 && (in == 0 || set_add(r, x) == 0);
        value_decref(x);
    }
    value_decref(it);
    if (!ok || exc_occurred()) {
        refcount_dec(&r->header);
        return VALUE_NULL;
    }
    return value_steal(&r->header);
}

// items ^ items, as CPython builds it: d2's pairs that d1 lacks, then
// the rest of a copy of d1 from which d2's equal pairs were removed.
static Value items_xor(DictObject *d1, DictObject *d2)
{
    DictObject *rest = dict_copy(d1);
    SetObject *r = set_new(&set_type);
    int64_t pos = 0;
    Value k, v2, v1;
    bool ok = true;
    while (ok && dict_next(d2, &pos, &k, &v2)) {
        int found = dict_get(rest, k, &v1), same = 0;
        if (found == 1) {
            same = object_equal(v1, v2);
            value_decref(v1);
        }
        if (found < 0 || same < 0) {
            ok = false;
        } else if (same) {
            ok = dict_del(rest, k) >= 0;
        } else {
            Value p = view_item(ITEMS, k, v2);
            ok = set_add(r, p) == 0;
            value_decref(p);
            continue; // the pair took k and v2
        }
        value_decref(k);
        value_decref(v2);
    }
    Value items = dict_view_new(&dict_items_type, (Value)&rest->header);
    ok = ok && set_update(r, items);
    value_decref(items);
    refcount_dec(&rest->header);
    if (!ok) {
        refcount_dec(&r->header);
        return VALUE_NULL;
    }
    return value_steal(&r->header);
}

static bool is_items(Value v)
{
    return value_is_object(v) &&
           object_type(value_as_object(v)) == &dict_items_type;
}

static Value view_binary(Value a, Value b, BinOp op)
{
    if (op != BINOP_AND && op != BINOP_OR && op != BINOP_SUB && op != BINOP_XOR)
        return VALUE_NOT_IMPLEMENTED;
    if (op == BINOP_AND)
        return view_and(a, b);
    if (op == BINOP_XOR && is_items(a) && is_items(b))
        return items_xor(as_view(a)->dict, as_view(b)->dict);
    Value r = view_to_set(a);
    if (r == VALUE_NULL)
        return VALUE_NULL;
    SetObject *s = (SetObject *)value_as_object(r);
    bool ok = op == BINOP_OR    ? set_update(s, b)
              : op == BINOP_SUB ? set_difference_update(s, b)
                                : set_symmetric_difference_update(s, b);
    if (!ok) {
        value_decref(r);
        return VALUE_NULL;
    }
    return r;
}

static Value view_isdisjoint(Value self, const Value *args, size_t nargs,
                             Object *kwnames)
{
    if (!args_one("isdisjoint", nargs, kwnames))
        return VALUE_NULL;
    Value it = op_iter(args[0]), x;
    if (it == VALUE_NULL)
        return VALUE_NULL;
    int r = 1;
    while (r == 1 && (x = op_next(it)) != VALUE_NULL) {
        int in = op_contains(self, x);
        r = in < 0 ? -1 : !in;
        value_decref(x);
    }
    value_decref(it);
    if (r < 0 || exc_occurred())
        return VALUE_NULL;
    return value_bool(r);
}

static Value view_mapping(Value self)
{
    // A read-only proxy in CPython; the dict itself here.
    return value_new_ref(&as_view(self)->dict->header);
}

static const MethodDef setlike_methods[] = {
    {"isdisjoint", view_isdisjoint, 0},
    {"__reversed__", view_reversed, 0},
    {NULL, NULL, 0},
};

static const MethodDef values_methods[] = {
    {"__reversed__", view_reversed, 0},
    {NULL, NULL, 0},
};

static const GetSetDef view_getsets[] = {
    {"mapping", view_mapping, NULL},
    {NULL, NULL, NULL},
};

TypeObject dict_keys_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "dict_keys",
    .basic_size = sizeof(DictViewObject),
    .dealloc = view_dealloc,
    .repr = view_repr,
    .binary = view_binary,
    .compare = view_compare,
    .length = view_length,
    .contains = keys_contains,
    .iter = view_iter,
    .methods = setlike_methods,
    .getsets = view_getsets,
};

TypeObject dict_items_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "dict_items",
    .basic_size = sizeof(DictViewObject),
    .dealloc = view_dealloc,
    .repr = view_repr,
    .binary = view_binary,
    .compare = view_compare,
    .length = view_length,
    .contains = items_contains,
    .iter = view_iter,
    .methods = setlike_methods,
    .getsets = view_getsets,
};

TypeObject dict_values_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "dict_values",
    .basic_size = sizeof(DictViewObject),
    .dealloc = view_dealloc,
    .repr = view_repr,
    .length = view_length,
    .contains = values_contains,
    .iter = view_iter,
    .methods = values_methods,
    .getsets = view_getsets,
};
