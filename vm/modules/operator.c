// operator.c: the operator module: the operators as functions (add,
// lt, not_, getitem, ...) and the callable types itemgetter, attrgetter
// and methodcaller, with CPython's argument errors and reprs.
#include "vm/modules/operator.h"

#include <stdio.h>
#include <string.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/modules/modules.h"
#include "vm/objects/builtin.h"
#include "vm/objects/dict.h"
#include "vm/objects/int.h"
#include "vm/objects/number.h"
#include "vm/objects/reprutil.h"
#include "vm/objects/sequtil.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

#define FN(name)                                                               \
    static Value oper_##name(Value self, const Value *args, size_t nargs,      \
                             Object *kwnames)

// CPython's messages: "_operator.neg() takes exactly one argument (0
// given)" for one-argument functions, "add expected 2 arguments, got 1"
// for the others, "_operator.add() takes no keyword arguments".
static bool check_args(const char *name, size_t nargs, Object *kwnames,
                       size_t n)
{
    if (args_has_keywords(kwnames)) {
        exc_raise_format(&exc_TypeError,
                         "_operator.%s() takes no keyword arguments", name);
        return false;
    }
    if (n == 1) {
        char full[64];
        snprintf(full, sizeof full, "_operator.%s", name);
        return args_positional(full, nargs, NULL, 1, 1);
    }
    return args_positional(name, nargs, NULL, n, n);
}

#define BINARY(name, binop)                                                    \
    FN(name)                                                                   \
    {                                                                          \
        (void)self;                                                            \
        if (!check_args(#name, nargs, kwnames, 2))                             \
            return VALUE_NULL;                                                 \
        return op_binary(args[0], args[1], binop);                             \
    }
#define COMPARE(name, cmpop)                                                   \
    FN(name)                                                                   \
    {                                                                          \
        (void)self;                                                            \
        if (!check_args(#name, nargs, kwnames, 2))                             \
            return VALUE_NULL;                                                 \
        return op_compare(args[0], args[1], cmpop);                            \
    }
#define UNARY(name, unop)                                                      \
    FN(name)                                                                   \
    {                                                                          \
        (void)self;                                                            \
        if (!check_args(#name, nargs, kwnames, 1))                             \
            return VALUE_NULL;                                                 \
        return op_unary(args[0], unop);                                        \
    }

BINARY(add, BINOP_ADD)
BINARY(sub, BINOP_SUB)
BINARY(mul, BINOP_MUL)
BINARY(truediv, BINOP_TRUEDIV)
BINARY(floordiv, BINOP_FLOORDIV)
BINARY(mod, BINOP_MOD)
BINARY(pow, BINOP_POW)
BINARY(lshift, BINOP_LSHIFT)
BINARY(rshift, BINOP_RSHIFT)
BINARY(and_, BINOP_AND)
BINARY(or_, BINOP_OR)
BINARY(xor, BINOP_XOR)
BINARY(matmul, BINOP_MATMUL)
BINARY(iadd, BINOP_ADD | BINOP_INPLACE)
BINARY(isub, BINOP_SUB | BINOP_INPLACE)
BINARY(imul, BINOP_MUL | BINOP_INPLACE)
BINARY(imatmul, BINOP_MATMUL | BINOP_INPLACE)
BINARY(itruediv, BINOP_TRUEDIV | BINOP_INPLACE)
BINARY(ifloordiv, BINOP_FLOORDIV | BINOP_INPLACE)
BINARY(imod, BINOP_MOD | BINOP_INPLACE)
BINARY(ipow, BINOP_POW | BINOP_INPLACE)
BINARY(ilshift, BINOP_LSHIFT | BINOP_INPLACE)
BINARY(irshift, BINOP_RSHIFT | BINOP_INPLACE)
BINARY(iand, BINOP_AND | BINOP_INPLACE)
BINARY(ior, BINOP_OR | BINOP_INPLACE)
BINARY(ixor, BINOP_XOR | BINOP_INPLACE)
COMPARE(lt, CMP_LT)
COMPARE(le, CMP_LE)
COMPARE(eq, CMP_EQ)
COMPARE(ne, CMP_NE)
COMPARE(gt, CMP_GT)
COMPARE(ge, CMP_GE)
UNARY(neg, UNARY_NEG)
UNARY(pos, UNARY_POS)
UNARY(invert, UNARY_INVERT)

FN(abs)
{
    (void)self;
    if (!check_args("abs", nargs, kwnames, 1))
        return VALUE_NULL;
    return number_abs(args[0]);
}

// truth(x) and not_(x): bool(x) and not x.
static Value truth_of(const char *name, const Value *args, size_t nargs,
                      Object *kwnames, bool negate)
{
    if (!check_args(name, nargs, kwnames, 1))
        return VALUE_NULL;
    int t = op_truth(args[0]);
    if (t < 0)
        return VALUE_NULL;
    return value_bool(negate ? !t : t);
}

FN(truth)
{
    (void)self;
    return truth_of("truth", args, nargs, kwnames, false);
}

FN(not_)
{
    (void)self;
    return truth_of("not_", args, nargs, kwnames, true);
}

FN(is_)
{
    (void)self;
    if (!check_args("is_", nargs, kwnames, 2))
        return VALUE_NULL;
    return value_bool(value_same(args[0], args[1]));
}

FN(is_not)
{
    (void)self;
    if (!check_args("is_not", nargs, kwnames, 2))
        return VALUE_NULL;
    return value_bool(!value_same(args[0], args[1]));
}

FN(contains)
{
    (void)self;
    if (!check_args("contains", nargs, kwnames, 2))
        return VALUE_NULL;
    int r = op_contains(args[0], args[1]);
    return r < 0 ? VALUE_NULL : value_bool(r);
}

FN(getitem)
{
    (void)self;
    if (!check_args("getitem", nargs, kwnames, 2))
        return VALUE_NULL;
    return op_getitem(args[0], args[1]);
}

FN(setitem)
{
    (void)self;
    if (!check_args("setitem", nargs, kwnames, 3))
        return VALUE_NULL;
    return op_setitem(args[0], args[1], args[2]) < 0 ? VALUE_NULL : VALUE_NONE;
}

FN(delitem)
{
    (void)self;
    if (!check_args("delitem", nargs, kwnames, 2))
        return VALUE_NULL;
    return op_delitem(args[0], args[1]) < 0 ? VALUE_NULL : VALUE_NONE;
}

// concat(a, b) and iconcat(a, b): a + b (a += b) for sequences only.
static Value concat_of(const char *name, const Value *args, size_t nargs,
                       Object *kwnames, int op)
{
    if (!check_args(name, nargs, kwnames, 2))
        return VALUE_NULL;
    if (value_type(args[0])->getitem == NULL || dict_check(args[0])) {
        exc_raise_format(&exc_TypeError, "'%s' object can't be concatenated",
                         type_name(value_type(args[0])));
        return VALUE_NULL;
    }
    return op_binary(args[0], args[1], op);
}

FN(concat)
{
    (void)self;
    return concat_of("concat", args, nargs, kwnames, BINOP_ADD);
}

FN(iconcat)
{
    (void)self;
    return concat_of("iconcat", args, nargs, kwnames,
                     BINOP_ADD | BINOP_INPLACE);
}

// countOf(a, b) and indexOf(a, b): scans a for items that are or equal
// b; the count, or the first index (-1 if none).
static int64_t scan_for(Value seq, Value item, bool first)
{
    if (!op_is_iterable(seq)) {
        exc_raise_format(&exc_TypeError,
                         "argument of type '%s' is not "
                         "iterable",
                         type_name(value_type(seq)));
        return -2;
    }
    Value it = op_iter(seq), v;
    if (it == VALUE_NULL)
        return -2;
    int64_t count = 0, index = 0, found = -1;
    while (found < 0 && (v = op_next(it)) != VALUE_NULL) {
        int eq = value_same(v, item) ? 1 : op_compare_bool(v, item, CMP_EQ);
        value_decref(v);
        if (eq < 0)
            break;
        count += eq;
        if (eq && first)
            found = index;
        index++;
    }
    value_decref(it);
    if (exc_occurred())
        return -2;
    return first ? found : count;
}

FN(countOf)
{
    (void)self;
    if (!check_args("countOf", nargs, kwnames, 2))
        return VALUE_NULL;
    int64_t n = scan_for(args[0], args[1], false);
    return n < 0 ? VALUE_NULL : value_from_int(n);
}

FN(indexOf)
{
    (void)self;
    if (!check_args("indexOf", nargs, kwnames, 2))
        return VALUE_NULL;
    int64_t i = scan_for(args[0], args[1], true);
    if (i == -1)
        exc_raise_format(&exc_ValueError,
                         "sequence.index(x): x not in sequence");
    return i < 0 ? VALUE_NULL : value_from_int(i);
}

FN(index)
{
    (void)self;
    if (!check_args("index", nargs, kwnames, 1))
        return VALUE_NULL;
    if (!int_check(args[0])) {
        exc_raise_format(&exc_TypeError,
                         "'%s' object cannot be interpreted as an integer",
                         type_name(value_type(args[0])));
        return VALUE_NULL;
    }
    return int_exact(args[0]);
}

static const MethodDef operator_functions[] = {
    {"abs", oper_abs, 0},
    {"add", oper_add, 0},
    {"and_", oper_and_, 0},
    {"concat", oper_concat, 0},
    {"contains", oper_contains, 0},
    {"countOf", oper_countOf, 0},
    {"delitem", oper_delitem, 0},
    {"eq", oper_eq, 0},
    {"floordiv", oper_floordiv, 0},
    {"ge", oper_ge, 0},
    {"getitem", oper_getitem, 0},
    {"gt", oper_gt, 0},
    {"iadd", oper_iadd, 0},
    {"iand", oper_iand, 0},
    {"iconcat", oper_iconcat, 0},
    {"ifloordiv", oper_ifloordiv, 0},
    {"ilshift", oper_ilshift, 0},
    {"imatmul", oper_imatmul, 0},
    {"imod", oper_imod, 0},
    {"imul", oper_imul, 0},
    {"index", oper_index, 0},
    {"indexOf", oper_indexOf, 0},
    {"invert", oper_invert, 0},
    {"inv", oper_invert, 0},
    {"ior", oper_ior, 0},
    {"ipow", oper_ipow, 0},
    {"irshift", oper_irshift, 0},
    {"is_", oper_is_, 0},
    {"is_not", oper_is_not, 0},
    {"isub", oper_isub, 0},
    {"itruediv", oper_itruediv, 0},
    {"ixor", oper_ixor, 0},
    {"le", oper_le, 0},
    {"lshift", oper_lshift, 0},
    {"lt", oper_lt, 0},
    {"matmul", oper_matmul, 0},
    {"mod", oper_mod, 0},
    {"mul", oper_mul, 0},
    {"ne", oper_ne, 0},
    {"neg", oper_neg, 0},
    {"not_", oper_not_, 0},
    {"or_", oper_or_, 0},
    {"pos", oper_pos, 0},
    {"pow", oper_pow, 0},
    {"rshift", oper_rshift, 0},
    {"setitem", oper_setitem, 0},
    {"sub", oper_sub, 0},
    {"truediv", oper_truediv, 0},
    {"truth", oper_truth, 0},
    {"xor", oper_xor, 0},
    {NULL, NULL, 0},
};

// ---- itemgetter, attrgetter, methodcaller ------------------------------

// All three: a tuple of what to fetch (items; attribute paths, each a
// tuple of names; or the method's positional arguments), plus for
// methodcaller the name and the keyword names.
typedef struct GetterObject {
    ObjHeader header;
    TupleObject *items;
    Value name;          // methodcaller: the method name (a str)
    TupleObject *kwargs; // methodcaller: keyword names, or NULL
} GetterObject;

static void getter_dealloc(Object *op)
{
    GetterObject *g = (GetterObject *)op;
    refcount_dec(&g->items->header);
    value_decref(g->name);
    if (g->kwargs)
        refcount_dec(&g->kwargs->header);
    object_free(op);
}

static bool no_keywords(const char *name, Object *kwnames)
{
    if (!args_has_keywords(kwnames))
        return true;
    exc_raise_format(&exc_TypeError, "%s() takes no keyword arguments", name);
    return false;
}

static Value itemgetter_new(TypeObject *type, const Value *args, size_t nargs,
                            Object *kwnames)
{
    if (!no_keywords("itemgetter", kwnames))
        return VALUE_NULL;
    if (nargs == 0) {
        exc_raise_format(&exc_TypeError,
                         "itemgetter expected 1 argument, got 0");
        return VALUE_NULL;
    }
    GetterObject *g = (GetterObject *)object_new(type);
    g->items = tuple_pack((int64_t)nargs, args);
    return value_steal(&g->header);
}

// The callable's single argument.
static bool call_args(const char *name, size_t nargs, Object *kwnames)
{
    if (!no_keywords(name, kwnames))
        return false;
    if (nargs == 1)
        return true;
    exc_raise_format(&exc_TypeError, "%s expected 1 argument, got %zu", name,
                     nargs);
    return false;
}

static Value itemgetter_call(Value self, const Value *args, size_t nargs,
                             Object *kwnames)
{
    GetterObject *g = (GetterObject *)value_as_object(self);
    if (!call_args("itemgetter", nargs, kwnames))
        return VALUE_NULL;
    if (g->items->size == 1)
        return op_getitem(args[0], g->items->items[0]);
    TupleObject *t = tuple_new(g->items->size);
    for (int64_t i = 0; i < g->items->size; i++) {
        Value v = op_getitem(args[0], g->items->items[i]);
        if (v == VALUE_NULL) {
            refcount_dec(&t->header);
            return VALUE_NULL;
        }
        tuple_init_item(t, i, v);
    }
    return value_steal(&t->header);
}

// "operator.itemgetter(1, 'a')" and the like: `prefix`, the reprs of
// items[0..n) separated by ", ", then `suffix` (not closed).
static bool repr_items(StrBuf *b, const char *prefix, const Value *items,
                       int64_t n)
{
    strbuf_append_cstr(b, prefix);
    for (int64_t i = 0; i < n; i++) {
        if (i > 0)
            strbuf_append_cstr(b, ", ");
        if (!strbuf_append_repr(b, items[i]))
            return false;
    }
    return true;
}

static StrObject *getter_repr_items(const char *prefix, TupleObject *items)
{
    StrBuf b;
    strbuf_init(&b);
    if (!repr_items(&b, prefix, items->items, items->size)) {
        strbuf_discard(&b);
        return NULL;
    }
    strbuf_append_char(&b, ')');
    return strbuf_finish(&b);
}

static StrObject *itemgetter_repr(Value self)
{
    GetterObject *g = (GetterObject *)value_as_object(self);
    return getter_repr_items("operator.itemgetter(", g->items);
}

// One attrgetter path: the dotted name split at its dots.
static Value split_path(Value name)
{
    if (!str_check(name)) {
        exc_raise_format(&exc_TypeError, "attribute name must be a string");
        return VALUE_NULL;
    }
    StrObject *s = (StrObject *)value_as_object(name);
    int64_t parts = 1;
    for (int64_t i = 0; i < s->size; i++)
        parts += s->data[i] == '.';
    TupleObject *t = tuple_new(parts);
    const char *start = s->data, *end = s->data + s->size;
    for (int64_t k = 0; k < parts; k++) {
        const char *dot = memchr(start, '.', (size_t)(end - start));
        const char *stop = dot ? dot : end;
        StrObject *part = str_from_trusted_utf8(start, stop - start);
        tuple_init_item(t, k, value_steal(&str_intern(part)->header));
        start = stop + 1;
    }
    return value_steal(&t->header);
}

static Value attrgetter_new(TypeObject *type, const Value *args, size_t nargs,
                            Object *kwnames)
{
    if (!no_keywords("attrgetter", kwnames))
        return VALUE_NULL;
    if (nargs == 0) {
        exc_raise_format(&exc_TypeError,
                         "attrgetter expected 1 argument, got 0");
        return VALUE_NULL;
    }
    TupleObject *paths = tuple_new((int64_t)nargs);
    for (size_t i = 0; i < nargs; i++) {
        Value p = split_path(args[i]);
        if (p == VALUE_NULL) {
            refcount_dec(&paths->header);
            return VALUE_NULL;
        }
        tuple_init_item(paths, (int64_t)i, p);
    }
    GetterObject *g = (GetterObject *)object_new(type);
    g->items = paths;
    return value_steal(&g->header);
}

// obj.a.b.c along one split path.
static Value follow_path(Value obj, TupleObject *path)
{
    value_incref(obj);
    for (int64_t i = 0; i < path->size; i++) {
        StrObject *name = (StrObject *)value_as_object(path->items[i]);
        Value next = op_getattr(obj, name);
        value_decref(obj);
        if (next == VALUE_NULL)
            return VALUE_NULL;
        obj = next;
    }
    return obj;
}

static TupleObject *path_of(GetterObject *g, int64_t i)
{
    return (TupleObject *)value_as_object(g->items->items[i]);
}

static Value attrgetter_call(Value self, const Value *args, size_t nargs,
                             Object *kwnames)
{
    GetterObject *g = (GetterObject *)value_as_object(self);
    if (!call_args("attrgetter", nargs, kwnames))
        return VALUE_NULL;
    if (g->items->size == 1)
        return follow_path(args[0], path_of(g, 0));
    TupleObject *t = tuple_new(g->items->size);
    for (int64_t i = 0; i < g->items->size; i++) {
        Value v = follow_path(args[0], path_of(g, i));
        if (v == VALUE_NULL) {
            refcount_dec(&t->header);
            return VALUE_NULL;
        }
        tuple_init_item(t, i, v);
    }
    return value_steal(&t->header);
}

// The dotted name back from a split path.
static void append_path(StrBuf *b, TupleObject *path)
{
    for (int64_t i = 0; i < path->size; i++) {
        if (i > 0)
            strbuf_append_char(b, '.');
        strbuf_append_str(b, (StrObject *)value_as_object(path->items[i]));
    }
}

static StrObject *attrgetter_repr(Value self)
{
    GetterObject *g = (GetterObject *)value_as_object(self);
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_cstr(&b, "operator.attrgetter(");
    for (int64_t i = 0; i < g->items->size; i++) {
        StrBuf name;
        strbuf_init(&name);
        append_path(&name, path_of(g, i));
        StrObject *s = strbuf_finish(&name);
        if (i > 0)
            strbuf_append_cstr(&b, ", ");
        bool ok = strbuf_append_repr(&b, value_steal(&s->header));
        refcount_dec(&s->header);
        if (!ok) {
            strbuf_discard(&b);
            return NULL;
        }
    }
    strbuf_append_char(&b, ')');
    return strbuf_finish(&b);
}

static Value methodcaller_new(TypeObject *type, const Value *args, size_t nargs,
                              Object *kwnames)
{
    if (nargs == 0) {
        exc_raise_format(&exc_TypeError, "methodcaller needs at least one "
                                         "argument, the method name");
        return VALUE_NULL;
    }
    if (!str_check(args[0])) {
        exc_raise_format(&exc_TypeError, "method name must be a string");
        return VALUE_NULL;
    }
    size_t nkw = kwnames ? (size_t)((TupleObject *)kwnames)->size : 0;
    GetterObject *g = (GetterObject *)object_new(type);
    StrObject *name = (StrObject *)value_as_object(args[0]);
    refcount_inc(&name->header);
    g->name = value_steal(&str_intern(name)->header);
    // The positional arguments, then the keyword values.
    g->items = tuple_pack((int64_t)(nargs - 1 + nkw), args + 1);
    if (nkw) {
        refcount_inc(kwnames);
        g->kwargs = (TupleObject *)kwnames;
    }
    return value_steal(&g->header);
}

static Value methodcaller_call(Value self, const Value *args, size_t nargs,
                               Object *kwnames)
{
    GetterObject *g = (GetterObject *)value_as_object(self);
    if (!call_args("methodcaller", nargs, kwnames))
        return VALUE_NULL;
    Value method = op_getattr(args[0], (StrObject *)value_as_object(g->name));
    if (method == VALUE_NULL)
        return VALUE_NULL;
    int64_t nkw = g->kwargs ? g->kwargs->size : 0;
    Value r = op_call(method, g->items->items, (size_t)(g->items->size - nkw),
                      g->kwargs ? &g->kwargs->header : NULL);
    value_decref(method);
    return r;
}

static bool repr_keywords(StrBuf *b, GetterObject *g)
{
    int64_t nkw = g->kwargs ? g->kwargs->size : 0;
    int64_t npos = g->items->size - nkw;
    for (int64_t k = 0; k < nkw; k++) {
        strbuf_append_cstr(b, ", ");
        strbuf_append_str(b, (StrObject *)value_as_object(g->kwargs->items[k]));
        strbuf_append_char(b, '=');
        if (!strbuf_append_repr(b, g->items->items[npos + k]))
            return false;
    }
    return true;
}

static StrObject *methodcaller_repr(Value self)
{
    GetterObject *g = (GetterObject *)value_as_object(self);
    int64_t nkw = g->kwargs ? g->kwargs->size : 0;
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_cstr(&b, "operator.methodcaller(");
    bool ok = strbuf_append_repr(&b, g->name);
    for (int64_t i = 0; ok && i < g->items->size - nkw; i++) {
        strbuf_append_cstr(&b, ", ");
        ok = strbuf_append_repr(&b, g->items->items[i]);
    }
    if (!ok || !repr_keywords(&b, g)) {
        strbuf_discard(&b);
        return NULL;
    }
    strbuf_append_char(&b, ')');
    return strbuf_finish(&b);
}

TypeObject itemgetter_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "operator.itemgetter",
    .basic_size = sizeof(GetterObject),
    .dealloc = getter_dealloc,
    .repr = itemgetter_repr,
    .call = itemgetter_call,
    .new = itemgetter_new,
    .doc = "Return a callable object that fetches the given item(s) from "
           "its operand.",
};

TypeObject attrgetter_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "operator.attrgetter",
    .basic_size = sizeof(GetterObject),
    .dealloc = getter_dealloc,
    .repr = attrgetter_repr,
    .call = attrgetter_call,
    .new = attrgetter_new,
    .doc = "Return a callable object that fetches the given attribute(s) "
           "from its operand.",
};

TypeObject methodcaller_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "operator.methodcaller",
    .basic_size = sizeof(GetterObject),
    .dealloc = getter_dealloc,
    .repr = methodcaller_repr,
    .call = methodcaller_call,
    .new = methodcaller_new,
    .doc = "Return a callable object that calls the given method on its "
           "operand.",
};

ModuleObject *operator_module_create(void)
{
    ModuleObject *m = module_new("operator");
    for (const MethodDef *d = operator_functions; d->name; d++)
        module_add(m, d->name, builtin_new(d, VALUE_NULL));
    module_add(m, "itemgetter", value_new_ref(&itemgetter_type.header));
    module_add(m, "attrgetter", value_new_ref(&attrgetter_type.header));
    module_add(m, "methodcaller", value_new_ref(&methodcaller_type.header));
    return m;
}
