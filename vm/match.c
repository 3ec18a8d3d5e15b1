// match.c: the run-time side of match statements (see match.h).
#include "vm/match.h"

#include "alloc/alloc.h"
#include "vm/exc.h"
#include "vm/modules/array.h"
#include "vm/objects/bytearray.h"
#include "vm/objects/bytes.h"
#include "vm/objects/dict.h"
#include "vm/objects/float.h"
#include "vm/objects/function.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/range.h"
#include "vm/objects/set.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

// ------------------------------------------------------------ kinds

// CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING, the values
// collections.abc writes in __abc_tpflags__.
enum { KIND_SEQUENCE = 1 << 5, KIND_MAPPING = 1 << 6 };

// The i-th class of t's MRO (t first), or NULL past the end.
static TypeObject *mro_item(TypeObject *t, int64_t i)
{
    TupleObject *mro = (TupleObject *)t->mro;
    if (mro)
        return i < mro->size ? (TypeObject *)value_as_object(mro->items[i])
                             : NULL;
    for (; t && i > 0; i--)
        t = t->base;
    return t;
}

// The flags a class sets itself: builtin sequences and mappings, or the
// marker in a class's own dict.
static unsigned own_kind(TypeObject *t)
{
    if (t == &list_type || t == &tuple_type || t == &range_type ||
        t == &array_type)
        return KIND_SEQUENCE;
    if (t == &dict_type)
        return KIND_MAPPING;
    if (!(t->flags & TYPE_FLAG_HEAPTYPE) || t->dict == NULL)
        return 0;
    StrObject *key = str_intern_cstr("__abc_tpflags__");
    Value v;
    if (dict_get((DictObject *)t->dict, (Value)&key->header, &v) != 1)
        return 0;
    unsigned kind = value_is_int(v) ? (unsigned)value_as_int(v) &
                                          (KIND_SEQUENCE | KIND_MAPPING)
                                    : 0;
    value_decref(v);
    return kind;
}

// As CPython's flags are inherited: the first class of the MRO that has
// a kind decides.
static unsigned collection_kind(Value v)
{
    TypeObject *t = value_type(v), *b;
    for (int64_t i = 0; (b = mro_item(t, i)) != NULL; i++) {
        unsigned kind = own_kind(b);
        if (kind)
            return kind;
    }
    return 0;
}

bool match_is_sequence(Value v)
{
    return collection_kind(v) == KIND_SEQUENCE;
}

bool match_is_mapping(Value v)
{
    return collection_kind(v) == KIND_MAPPING;
}

// ------------------------------------------------------------ mappings

// `key` already seen: 1 (ValueError raised), 0, or -1 on error.
static int seen_before(SetObject *seen, Value key)
{
    int r = set_contains_key(seen, key);
    if (r == 0)
        return set_add(seen, key) < 0 ? -1 : 0;
    if (r == 1) {
        StrObject *s = op_repr(key);
        if (s == NULL)
            return -1;
        exc_raise_format(&exc_ValueError,
                         "mapping pattern checks duplicate key (%s)", s->data);
        refcount_dec(&s->header);
    }
    return r;
}

// map.get(key, missing) (missing: VALUE_NULL result, no error); dicts
// are read directly, anything else through its `get`.
static Value get_item(Value map, Value get, Value key, Value missing)
{
    if (get == VALUE_NULL) {
        Value v;
        int r = dict_get((DictObject *)value_as_object(map), key, &v);
        return r == 1 ? v : r == 0 ? missing : VALUE_NULL;
    }
    Value args[2] = {key, missing};
    return op_call(get, args, 2, NULL);
}

// Fills `values` with the items of `keys`: 1, 0 when one is missing, -1
// on error.
static int fetch_keys(Value map, TupleObject *keys, TupleObject *values)
{
    Value get = VALUE_NULL, missing = VALUE_NULL;
    if (value_type(map) != &dict_type) {
        get = op_getattr(map, str_intern_cstr("get"));
        if (get == VALUE_NULL)
            return -1;
        missing = value_steal(object_new(&object_base_type));
    }
    SetObject *seen = set_new(&set_type);
    int result = 1;
    for (int64_t i = 0; i < keys->size && result == 1; i++) {
        Value key = keys->items[i];
        if (seen_before(seen, key) != 0) {
            result = -1;
            break;
        }
        Value v = get_item(map, get, key, missing);
        if (v == VALUE_NULL)
            result = exc_occurred() ? -1 : 0;
        else if (v == missing)
            result = 0;
        if (result == 1)
            tuple_init_item(values, i, v);
        else
            value_decref(v);
    }
    refcount_dec(&seen->header);
    value_decref(get);
    value_decref(missing);
    return result;
}

Value match_keys(Value map, Value keys_v)
{
    TupleObject *keys = (TupleObject *)value_as_object(keys_v);
    if (keys->size == 0)
        return value_new_ref(&tuple_empty()->header);
    TupleObject *values = tuple_new(keys->size);
    int r = fetch_keys(map, keys, values);
    if (r == 1)
        return value_steal(&values->header);
    refcount_dec(&values->header); // unfilled items are NULL
    return r == 0 ? VALUE_NONE : VALUE_NULL;
}

Value match_copy_without_keys(Value map, Value keys_v)
{
    TupleObject *keys = (TupleObject *)value_as_object(keys_v);
    DictObject *rest = dict_new();
    Value r = value_steal(&rest->header);
    if (!dict_update_from(rest, map)) {
        value_decref(r);
        return VALUE_NULL;
    }
    for (int64_t i = 0; i < keys->size; i++) {
        if (op_delitem(r, keys->items[i]) < 0) {
            value_decref(r);
            return VALUE_NULL;
        }
    }
    return r;
}

// ------------------------------------------------------------ classes

// isinstance(subject, cls) for a class `cls`, with a metaclass's
// __instancecheck__ (abc.ABCMeta) as the builtin isinstance calls it.
static int is_instance(Value subject, TypeObject *cls)
{
    TypeObject *meta = object_type(&cls->header);
    if (meta->flags & TYPE_FLAG_HEAPTYPE) {
        Value f = type_lookup(meta, str_intern_cstr("__instancecheck__"));
        if (f != VALUE_NULL && value_type(f) == &function_type) {
            Value args[2] = {(Value)&cls->header, subject};
            Value r = op_call(f, args, 2, NULL);
            if (r == VALUE_NULL)
                return -1;
            int t = op_truth(r);
            value_decref(r);
            return t;
        }
    }
    return type_is_subtype(value_type(subject), cls);
}

// Classes whose single positional sub-pattern matches the subject itself
// (CPython's _Py_TPFLAGS_MATCH_SELF), inherited by subclasses.
static bool matches_self(TypeObject *cls)
{
    static TypeObject *const self_types[] = {
        &bytearray_type, &bytes_type, &dict_type, &float_type, &frozenset_type,
        &int_type,       &list_type,  &set_type,  &str_type,   &tuple_type,
    };
    TypeObject *b;
    for (int64_t i = 0; (b = mro_item(cls, i)) != NULL; i++)
        for (size_t k = 0; k < sizeof self_types / sizeof *self_types; k++)
            if (b == self_types[k])
                return true;
    return false;
}

// What MATCH_CLASS builds: the attributes found so far and their names.
typedef struct Attrs {
    Value subject;
    TypeObject *cls;
    TupleObject *values;
    StrObject **names; // borrowed from tuples alive during the match
    int64_t n;
} Attrs;

// Appends subject.name: 1, 0 when it is missing (no match), -1 on error.
static int add_attr(Attrs *a, StrObject *name)
{
    for (int64_t i = 0; i < a->n; i++) {
        if (a->names[i] && str_equal(a->names[i], name)) {
            StrObject *r = str_repr(name);
            exc_raise_format(&exc_TypeError,
                             "%s() got multiple sub-patterns for attribute %s",
                             a->cls->name, r->data);
            refcount_dec(&r->header);
            return -1;
        }
    }
    Value v = op_getattr(a->subject, name);
    if (v == VALUE_NULL) {
        if (!exc_matches(&exc_AttributeError))
            return -1;
        exc_clear();
        return 0;
    }
    a->names[a->n] = name;
    tuple_init_item(a->values, a->n++, v);
    return 1;
}

// cls.__match_args__ as a new reference to a tuple, or the empty tuple
// with *self set when the class has none; VALUE_NULL on error.
static Value match_args(TypeObject *cls, bool *self)
{
    Value args;
    int r = op_lookup_attr((Value)&cls->header,
                           str_intern_cstr("__match_args__"), &args);
    *self = false;
    if (r < 0)
        return VALUE_NULL;
    if (r == 0) {
        *self = matches_self(cls);
        return value_new_ref(&tuple_empty()->header);
    }
    if (value_type(args) != &tuple_type) {
        exc_raise_format(&exc_TypeError,
                         "%s.__match_args__ must be a tuple (got %s)",
                         cls->name, value_type(args)->name);
        value_decref(args);
        return VALUE_NULL;
    }
    return args;
}

// The positional sub-patterns' attributes: 1, 0 (no match), -1.
static int positional_attrs(Attrs *a, uint32_t nargs)
{
    bool self;
    Value args_v = match_args(a->cls, &self);
    if (args_v == VALUE_NULL)
        return -1;
    TupleObject *args = (TupleObject *)value_as_object(args_v);
    int64_t allowed = self ? 1 : args->size;
    int r = 1;
    if (allowed < (int64_t)nargs) {
        exc_raise_format(&exc_TypeError,
                         "%s() accepts %lld positional sub-pattern%s (%u "
                         "given)",
                         a->cls->name, (long long)allowed,
                         allowed == 1 ? "" : "s", nargs);
        r = -1;
    } else if (self) {
        value_incref(a->subject);
        a->names[a->n] = NULL;
        tuple_init_item(a->values, a->n++, a->subject);
    }
    for (uint32_t i = 0; !self && r == 1 && i < nargs; i++) {
        Value name = args->items[i];
        if (value_type(name) != &str_type) {
            exc_raise_format(&exc_TypeError,
                             "__match_args__ elements must be strings (got "
                             "%s)",
                             value_type(name)->name);
            r = -1;
        } else {
            r = add_attr(a, (StrObject *)value_as_object(name));
        }
    }
    value_decref(args_v);
    return r;
}

Value match_class(Value subject, Value cls, uint32_t nargs, Value names_v)
{
    if (!value_isinstance(cls, &type_type)) {
        exc_raise_format(&exc_TypeError, "called match pattern must be a type");
        return VALUE_NULL;
    }
    TypeObject *type = (TypeObject *)value_as_object(cls);
    int r = is_instance(subject, type);
    if (r <= 0)
        return r < 0 ? VALUE_NULL : VALUE_NONE;
    TupleObject *names = (TupleObject *)value_as_object(names_v);
    int64_t total = (int64_t)nargs + names->size;
    StrObject *name_buf[16];
    Attrs a = {subject, type, tuple_new(total), name_buf, 0};
    if (total > 16)
        a.names = alloc_raw((size_t)total * sizeof(StrObject *));
    r = nargs ? positional_attrs(&a, nargs) : 1;
    for (int64_t i = 0; r == 1 && i < names->size; i++)
        r = add_attr(&a, (StrObject *)value_as_object(names->items[i]));
    if (a.names != name_buf)
        alloc_free(a.names);
    if (r == 1)
        return value_steal(&a.values->header);
    refcount_dec(&a.values->header); // unfilled items are NULL
    return r == 0 ? VALUE_NONE : VALUE_NULL;
}
