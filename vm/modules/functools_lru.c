// functools_lru.c: functools.lru_cache and functools.cache: the
// decorator and the _lru_cache_wrapper it returns, with CPython's cache
// keys (a lone int or str argument is its own key; otherwise a tuple of
// the positional arguments, a marker, then the keyword names and values,
// then with typed=True the argument types), LRU order and CacheInfo.
#include <stdio.h>
#include <string.h>

#include "vm/args.h"
#include "vm/critical.h"
#include "vm/exc.h"
#include "vm/modules/functools.h"
#include "vm/objects/builtin.h"
#include "vm/objects/dict.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

// The marker separating positional from keyword arguments in a key: an
// immortal object no Python code can reach.
static Object kwd_mark = OBJ_HEADER_IMMORTAL(&object_base_type);

typedef struct LruObject {
    ObjHeader header;
    Value func;
    // The cache, oldest entry first, and the counters: guarded by the
    // wrapper's critical section (the dict's own lock covers each single
    // operation; the section makes move-to-end and eviction atomic).
    DictObject *cache;
    int64_t maxsize; // -1: unbounded
    bool typed;
    int64_t hits, misses;
} LruObject;

static Value ref(Value v)
{
    value_incref(v);
    return v;
}

static Value type_ref(Value v)
{
    return value_new_ref(&value_type(v)->header);
}

static Value make_key(const Value *args, size_t nargs, Object *kwnames,
                      bool typed)
{
    TupleObject *names = (TupleObject *)kwnames;
    int64_t nkw = names ? names->size : 0, n = (int64_t)nargs;
    if (!typed && nkw == 0 && n == 1 &&
        (value_type(args[0]) == &int_type || value_type(args[0]) == &str_type))
        return ref(args[0]);
    int64_t size = n + (nkw ? 1 + 2 * nkw : 0) + (typed ? n + nkw : 0), k = 0;
    TupleObject *key = tuple_new(size);
    for (int64_t i = 0; i < n; i++)
        tuple_init_item(key, k++, ref(args[i]));
    if (nkw)
        tuple_init_item(key, k++, value_new_ref(&kwd_mark));
    for (int64_t i = 0; i < nkw; i++) {
        tuple_init_item(key, k++, ref(names->items[i]));
        tuple_init_item(key, k++, ref(args[n + i]));
    }
    for (int64_t i = 0; typed && i < n + nkw; i++)
        tuple_init_item(key, k++, type_ref(args[i]));
    return value_steal(&key->header);
}

// 1 and the cached result in *out (counted as a hit, moved to the
// newest end), 0 on a miss (counted), -1 on error.
static int lru_lookup(LruObject *c, Value key, Value *out)
{
    int r;
    CRITICAL_BEGIN(&c->header)
    r = dict_get(c->cache, key, out);
    if (r == 1) {
        c->hits++;
        if (c->maxsize > 0) {
            Value moved;
            if (dict_pop(c->cache, key, &moved) == 1)
                dict_set(c->cache, ref(key), moved);
        }
    } else if (r == 0) {
        c->misses++;
    }
    CRITICAL_END(&c->header)
    return r;
}

// Adds key -> result unless a recursive call already did, evicting the
// oldest entry when full. Steals `key`.
static int lru_store(LruObject *c, Value key, Value result)
{
    int r = 0;
    CRITICAL_BEGIN(&c->header)
    Value old;
    int present = dict_get(c->cache, key, &old);
    if (present == 1)
        value_decref(old);
    if (present != 0) {
        value_decref(key);
        r = present < 0 ? -1 : 0;
    } else {
        int64_t pos = 0;
        Value oldest_key, oldest_value;
        if (c->maxsize > 0 && dict_len(c->cache) >= c->maxsize &&
            dict_next(c->cache, &pos, &oldest_key, &oldest_value)) {
            dict_del(c->cache, oldest_key);
            value_decref(oldest_key);
            value_decref(oldest_value);
        }
        r = dict_set(c->cache, key, ref(result));
    }
    CRITICAL_END(&c->header)
    return r;
}

static Value lru_uncached(LruObject *c, const Value *args, size_t nargs,
                          Object *kwnames)
{
    CRITICAL_BEGIN(&c->header)
    c->misses++;
    CRITICAL_END(&c->header)
    return op_call(c->func, args, nargs, kwnames);
}

static Value lru_call(Value self, const Value *args, size_t nargs,
                      Object *kwnames)
{
    LruObject *c = (LruObject *)value_as_object(self);
    if (c->maxsize == 0)
        return lru_uncached(c, args, nargs, kwnames);
    Value key = make_key(args, nargs, kwnames, c->typed), result;
    int found = lru_lookup(c, key, &result);
    if (found != 0) {
        value_decref(key);
        return found < 0 ? VALUE_NULL : result;
    }
    result = op_call(c->func, args, nargs, kwnames);
    if (result == VALUE_NULL) {
        value_decref(key);
        return VALUE_NULL;
    }
    if (lru_store(c, key, result) < 0) {
        value_decref(result);
        return VALUE_NULL;
    }
    return result;
}

static Value lru_new(Value func, int64_t maxsize, bool typed)
{
    LruObject *c = (LruObject *)object_new(&lru_wrapper_type);
    c->func = ref(func);
    c->cache = dict_new();
    c->maxsize = maxsize;
    c->typed = typed;
    return value_steal(&c->header);
}

// ---- CacheInfo ---------------------------------------------------------

typedef struct CacheInfoObject {
    ObjHeader header;
    int64_t hits, misses, maxsize, currsize; // maxsize -1: None
} CacheInfoObject;

static StrObject *cacheinfo_repr(Value self)
{
    CacheInfoObject *ci = (CacheInfoObject *)value_as_object(self);
    char maxsize[32] = "None";
    if (ci->maxsize >= 0)
        snprintf(maxsize, sizeof maxsize, "%lld", (long long)ci->maxsize);
    return str_from_format("CacheInfo(hits=%lld, misses=%lld, maxsize=%s, "
                           "currsize=%lld)",
                           (long long)ci->hits, (long long)ci->misses, maxsize,
                           (long long)ci->currsize);
}

static CacheInfoObject *info_of(Value self)
{
    return (CacheInfoObject *)value_as_object(self);
}

static Value cacheinfo_hits(Value self)
{
    return int_from_i64(info_of(self)->hits);
}

static Value cacheinfo_misses(Value self)
{
    return int_from_i64(info_of(self)->misses);
}

static Value cacheinfo_maxsize(Value self)
{
    int64_t m = info_of(self)->maxsize;
    return m < 0 ? VALUE_NONE : int_from_i64(m);
}

static Value cacheinfo_currsize(Value self)
{
    return int_from_i64(info_of(self)->currsize);
}

static const GetSetDef cacheinfo_getsets[] = {
    {"hits", cacheinfo_hits, NULL},
    {"misses", cacheinfo_misses, NULL},
    {"maxsize", cacheinfo_maxsize, NULL},
    {"currsize", cacheinfo_currsize, NULL},
    {NULL, NULL, NULL},
};

TypeObject cacheinfo_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "CacheInfo",
    .basic_size = sizeof(CacheInfoObject),
    .dealloc = object_free,
    .repr = cacheinfo_repr,
    .getsets = cacheinfo_getsets,
};

// ---- the wrapper's methods and attributes ----------------------------------

static Value lru_cache_info(Value self, const Value *args, size_t nargs,
                            Object *kwnames)
{
    (void)args;
    if (!args_positional("_lru_cache_wrapper.cache_info", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    LruObject *c = (LruObject *)value_as_object(self);
    CacheInfoObject *ci = (CacheInfoObject *)object_new(&cacheinfo_type);
    CRITICAL_BEGIN(&c->header)
    ci->hits = c->hits;
    ci->misses = c->misses;
    ci->currsize = dict_len(c->cache);
    CRITICAL_END(&c->header)
    ci->maxsize = c->maxsize;
    return value_steal(&ci->header);
}

static Value lru_cache_clear(Value self, const Value *args, size_t nargs,
                             Object *kwnames)
{
    (void)args;
    if (!args_positional("_lru_cache_wrapper.cache_clear", nargs, kwnames, 0,
                         0))
        return VALUE_NULL;
    LruObject *c = (LruObject *)value_as_object(self);
    CRITICAL_BEGIN(&c->header)
    c->hits = c->misses = 0;
    dict_clear(c->cache);
    CRITICAL_END(&c->header)
    return VALUE_NONE;
}

static Value lru_wrapped(Value self)
{
    return ref(((LruObject *)value_as_object(self))->func);
}

// __name__ and __doc__ of the wrapped function, as update_wrapper copies
// them.
static Value lru_forward(Value self, const char *attr)
{
    StrObject *name = str_from_cstr(attr);
    Value r = op_getattr(((LruObject *)value_as_object(self))->func, name);
    refcount_dec(&name->header);
    return r;
}

static Value lru_name(Value self)
{
    return lru_forward(self, "__name__");
}

static Value lru_doc(Value self)
{
    return lru_forward(self, "__doc__");
}

static void lru_dealloc(Object *op)
{
    LruObject *c = (LruObject *)op;
    value_decref(c->func);
    refcount_dec(&c->cache->header);
    object_free(op);
}

static const MethodDef lru_methods[] = {
    {"cache_info", lru_cache_info, 0},
    {"cache_clear", lru_cache_clear, 0},
    {NULL, NULL, 0},
};

static const GetSetDef lru_getsets[] = {
    {"__wrapped__", lru_wrapped, NULL},
    {"__name__", lru_name, NULL},
    {"__doc__", lru_doc, NULL},
    {NULL, NULL, NULL},
};

TypeObject lru_wrapper_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "functools._lru_cache_wrapper",
    .basic_size = sizeof(LruObject),
    .dealloc = lru_dealloc,
    .call = lru_call,
    .methods = lru_methods,
    .getsets = lru_getsets,
};

// ---- lru_cache(maxsize=128, typed=False), cache(user_function) -----------

// The decorator lru_cache(n) returns: bound to the tuple (maxsize, typed).
static Value lru_decorate(Value self, const Value *args, size_t nargs,
                          Object *kwnames)
{
    if (!args_positional("decorating_function", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    TupleObject *conf = (TupleObject *)value_as_object(self);
    return lru_new(args[0], value_as_int(conf->items[0]),
                   value_same(conf->items[1], VALUE_TRUE));
}

static const MethodDef lru_decorate_def = {"decorating_function", lru_decorate,
                                           0};

// maxsize as an int64 (-1: None); false with CPython's TypeError.
static bool lru_maxsize(Value v, int64_t *out)
{
    if (value_is_none(v)) {
        *out = -1;
        return true;
    }
    if (!int_check(v)) {
        exc_raise_format(&exc_TypeError, "Expected first argument to be an "
                                         "integer, a callable, or None");
        return false;
    }
    if (!int_as_i64(v, out)) {
        exc_clear();
        *out = int_sign(v) < 0 ? 0 : VALUE_INT_MAX;
    }
    if (*out < 0)
        *out = 0;
    if (*out > VALUE_INT_MAX)
        *out = VALUE_INT_MAX;
    return true;
}

Value functools_lru_cache(Value self, const Value *args, size_t nargs,
                          Object *kwnames)
{
    (void)self;
    Value a[2];
    if (!args_parse("lru_cache", args, nargs, kwnames, "maxsize,typed", 0, 0,
                    a))
        return VALUE_NULL;
    Value maxsize = a[0] ? a[0] : value_from_int(128);
    int typed = a[1] ? op_truth(a[1]) : 0;
    if (typed < 0)
        return VALUE_NULL;
    if (op_is_callable(maxsize) && !int_check(maxsize))
        return lru_new(maxsize, 128, typed);
    int64_t m;
    if (!lru_maxsize(maxsize, &m))
        return VALUE_NULL;
    Value conf[2] = {value_from_int(m), value_bool(typed)};
    TupleObject *t = tuple_pack(2, conf);
    Value r = builtin_new(&lru_decorate_def, value_steal(&t->header));
    refcount_dec(&t->header);
    return r;
}

Value functools_cache(Value self, const Value *args, size_t nargs,
                      Object *kwnames)
{
    (void)self;
    Value a[1];
    if (nargs == 0 && kwnames == NULL) {
        exc_raise_format(&exc_TypeError, "cache() missing 1 required "
                                         "positional argument: "
                                         "'user_function'");
        return VALUE_NULL;
    }
    if (!args_parse("cache", args, nargs, kwnames, "user_function", 0, 1, a))
        return VALUE_NULL;
    return lru_new(a[0], -1, false);
}
