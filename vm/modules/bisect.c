// bisect.c: the bisect module: bisect_left/bisect_right (bisect) and
// insort_left/insort_right (insort), with lo, hi and key, following
// CPython's _bisect module (the same comparisons in the same order).
// Stateless: the sequence is read with op_getitem and changed through
// list_insert or its insert method, each safe on its own.
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/modules/modules.h"
#include "vm/objects/builtin.h"
#include "vm/objects/list.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/ops.h"

typedef struct BisectArgs {
    Value a, x, key; // key: VALUE_NULL for none
    int64_t lo, hi;
} BisectArgs;

static bool parse(const char *fname, const Value *args, size_t nargs,
                  Object *kwnames, BisectArgs *b)
{
    Value v[5];
    if (!args_parse(fname, args, nargs, kwnames, "a,x,lo,hi,$key", 0, 2, v))
        return false;
    b->a = v[0];
    b->x = v[1];
    b->key = v[4] != VALUE_NULL && !value_is_none(v[4]) ? v[4] : VALUE_NULL;
    b->lo = 0;
    b->hi = -1;
    if ((v[2] != VALUE_NULL && !value_as_index(v[2], &b->lo)) ||
        !value_as_index_or_none(v[3], -1, &b->hi))
        return false;
    if (b->lo < 0) {
        exc_raise_format(&exc_ValueError, "lo must be non-negative");
        return false;
    }
    if (b->hi == -1 && (b->hi = op_len(b->a)) < 0)
        return false;
    return true;
}

// key(a[mid]) (or a[mid]).
static Value probe(const BisectArgs *b, int64_t mid)
{
    Value item = op_getitem(b->a, value_from_int(mid));
    if (item == VALUE_NULL || b->key == VALUE_NULL)
        return item;
    Value k = op_call(b->key, &item, 1, NULL);
    value_decref(item);
    return k;
}

// The insertion point of x: leftmost (right == false) or rightmost; -1 on
// error.
static int64_t search(const BisectArgs *b, Value x, bool right)
{
    int64_t lo = b->lo, hi = b->hi;
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        Value litem = probe(b, mid);
        if (litem == VALUE_NULL)
            return -1;
        int res = right ? op_compare_bool(x, litem, CMP_LT)
                        : op_compare_bool(litem, x, CMP_LT);
        value_decref(litem);
        if (res < 0)
            return -1;
        if (res == right)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

static Value bisect_any(const char *fname, const Value *args, size_t nargs,
                        Object *kwnames, bool right)
{
    BisectArgs b;
    if (!parse(fname, args, nargs, kwnames, &b))
        return VALUE_NULL;
    int64_t i = search(&b, b.x, right);
    return i < 0 ? VALUE_NULL : value_from_int(i);
}

// a.insert(i, x): directly for a list, else through its insert method.
static bool insert_at(Value a, int64_t i, Value x)
{
    if (value_type(a) == &list_type) {
        value_incref(x);
        list_insert((ListObject *)value_as_object(a), i, x);
        return true;
    }
    StrObject *name = str_from_cstr("insert");
    Value method = op_getattr(a, name);
    refcount_dec(&name->header);
    if (method == VALUE_NULL)
        return false;
    Value call_args[2] = {value_from_int(i), x};
    Value r = op_call(method, call_args, 2, NULL);
    value_decref(method);
    value_decref(r);
    return r != VALUE_NULL;
}

static Value insort_any(const char *fname, const Value *args, size_t nargs,
                        Object *kwnames, bool right)
{
    BisectArgs b;
    if (!parse(fname, args, nargs, kwnames, &b))
        return VALUE_NULL;
    Value x = b.key ? op_call(b.key, &b.x, 1, NULL) : b.x;
    if (x == VALUE_NULL)
        return VALUE_NULL;
    int64_t i = search(&b, x, right);
    if (b.key)
        value_decref(x);
    if (i < 0 || !insert_at(b.a, i, b.x))
        return VALUE_NULL;
    return VALUE_NONE;
}

#define FN(name, impl, right)                                                  \
    static Value bisect_##name(Value self, const Value *args, size_t nargs,    \
                               Object *kwnames)                                \
    {                                                                          \
        (void)self;                                                            \
        return impl(#name, args, nargs, kwnames, right);                       \
    }

FN(bisect_left, bisect_any, false)
FN(bisect_right, bisect_any, true)
FN(insort_left, insort_any, false)
FN(insort_right, insort_any, true)

static const MethodDef bisect_functions[] = {
    {"bisect_left", bisect_bisect_left, 0},
    {"bisect_right", bisect_bisect_right, 0},
    {"insort_left", bisect_insort_left, 0},
    {"insort_right", bisect_insort_right, 0},
    {NULL, NULL, 0},
};

ModuleObject *bisect_module_create(void)
{
    ModuleObject *m = module_new("bisect");
    for (const MethodDef *d = bisect_functions; d->name; d++)
        module_add(m, d->name, builtin_new(d, VALUE_NULL));
    // The aliases are the same functions, named bisect_right and
    // insort_right.
    module_add(m, "bisect", builtin_new(&bisect_functions[1], VALUE_NULL));
    module_add(m, "insort", builtin_new(&bisect_functions[3], VALUE_NULL));
    return m;
}
