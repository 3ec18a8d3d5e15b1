// genericalias.c: `list[int]`, `dict[str, int]`: what subscripting a
// generic builtin class gives (types.GenericAlias), and the
// __class_getitem__ hook of classes.
#include "vm/objects/genericalias.h"

#include <string.h>

#include "vm/exc.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

typedef struct AliasObject {
    ObjHeader header;
    Value origin;
    Value args; // a tuple
} AliasObject;

static void alias_dealloc(Object *op)
{
    AliasObject *a = (AliasObject *)op;
    value_decref(a->origin);
    value_decref(a->args);
    object_free(op);
}

// How CPython shows a type argument: a class by its name, anything else
// by its repr.
static void append_arg(StrBuf *b, Value v)
{
    if (value_same(v, VALUE_ELLIPSIS)) {
        strbuf_append_cstr(b, "...");
        return;
    }
    if (value_isinstance(v, &type_type)) {
        strbuf_append_cstr(b, ((TypeObject *)value_as_object(v))->name);
        return;
    }
    StrObject *r = op_repr(v);
    if (r) {
        strbuf_append_str(b, r);
        refcount_dec(&r->header);
    } else {
        exc_clear();
    }
}

static StrObject *alias_repr(Value self)
{
    AliasObject *a = (AliasObject *)value_as_object(self);
    StrBuf b;
    strbuf_init(&b);
    append_arg(&b, a->origin);
    strbuf_append_char(&b, '[');
    TupleObject *args = (TupleObject *)value_as_object(a->args);
    for (int64_t i = 0; i < args->size; i++) {
        if (i)
            strbuf_append_cstr(&b, ", ");
        append_arg(&b, args->items[i]);
    }
    strbuf_append_char(&b, ']');
    return strbuf_finish(&b);
}

// list[int](x) builds a list.
static Value alias_call(Value self, const Value *args, size_t nargs,
                        Object *kwnames)
{
    return op_call(((AliasObject *)value_as_object(self))->origin, args, nargs,
                   kwnames);
}

static Value alias_get_origin(Value self)
{
    Value v = ((AliasObject *)value_as_object(self))->origin;
    value_incref(v);
    return v;
}

static Value alias_get_args(Value self)
{
    Value v = ((AliasObject *)value_as_object(self))->args;
    value_incref(v);
    return v;
}

static const GetSetDef alias_getsets[] = {
    {"__origin__", alias_get_origin, NULL},
    {"__args__", alias_get_args, NULL},
    {NULL, NULL, NULL},
};

TypeObject generic_alias_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "types.GenericAlias",
    .basic_size = sizeof(AliasObject),
    .dealloc = alias_dealloc,
    .repr = alias_repr,
    .call = alias_call,
    .getsets = alias_getsets,
};

Value generic_alias_new(Value origin, Value key)
{
    AliasObject *a = (AliasObject *)object_new(&generic_alias_type);
    value_incref(origin);
    a->origin = origin;
    if (value_type(key) == &tuple_type) {
        value_incref(key);
        a->args = key;
    } else {
        a->args = value_steal(&tuple_pack(1, &key)->header);
    }
    return value_steal(&a->header);
}

static bool is_generic_builtin(const TypeObject *t)
{
    static const char *const names[] = {"list", "dict",      "tuple",
                                        "set",  "frozenset", "type"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (t->name == names[i] || strcmp(t->name, names[i]) == 0)
            return !(t->flags & TYPE_FLAG_HEAPTYPE);
    return false;
}

Value class_getitem(Value cls, Value key, bool *handled)
{
    TypeObject *t = (TypeObject *)value_as_object(cls);
    *handled = true;
    if (is_generic_builtin(t))
        return generic_alias_new(cls, key);
    Value f = type_lookup(t, str_intern_cstr("__class_getitem__"));
    if (f == VALUE_NULL) {
        *handled = false;
        return VALUE_NULL;
    }
    // An implicit classmethod, as in CPython.
    Value fn = type_bind_attribute(f, VALUE_NULL, cls);
    if (fn == VALUE_NULL)
        return VALUE_NULL;
    Value args[2] = {cls, key};
    bool plain = value_type(fn) == value_type(f); // unbound function
    Value r = plain ? op_call(fn, args, 2, NULL) : op_call(fn, &key, 1, NULL);
    value_decref(fn);
    return r;
}
