// json.c: the json module: dumps/dump and loads/load with CPython's
// keyword arguments and defaults, and json.JSONDecodeError. The encoder
// and decoder are json_encode.c and json_decode.c. Not provided: the
// JSONEncoder/JSONDecoder classes and cls= (they need classes).
#include "vm/modules/json.h"

#include <string.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/modules/modules.h"
#include "vm/objects/builtin.h"
#include "vm/objects/bytearray.h"
#include "vm/objects/bytes.h"
#include "vm/objects/exception.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

// A ValueError subclass; the attributes are set by the decoder.
TypeObject exc_JSONDecodeError = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "json.decoder.JSONDecodeError",
    .basic_size = sizeof(ExceptionObject),
    .flags = TYPE_FLAG_BASETYPE,
    .base = &exc_ValueError,
    .doc = "Subclass of ValueError with the following additional "
           "properties:\n\nmsg: The unformatted error message\ndoc: The "
           "JSON document being parsed\npos: The start index of doc where "
           "parsing failed\nlineno: The line corresponding to pos\ncolno: "
           "The column corresponding to pos\n",
};

// The argument errors of the Python-level functions: "dumps() takes 1
// positional argument but 2 were given", "JSONEncoder.__init__() got an
// unexpected keyword argument 'foo'" (unknown keywords reach the class),
// "dump() missing 1 required positional argument: 'fp'". `params` is
// the args_parse list; its first `npos` are the positional ones.
static bool python_args(const char *fname, const char *cls, size_t nargs,
                        Object *kwnames, const char *params, size_t npos)
{
    if (nargs > npos) {
        exc_raise_format(&exc_TypeError,
                         "%s() takes %zu positional argument%s but %zu %s "
                         "given",
                         fname, npos, npos == 1 ? "" : "s", nargs,
                         nargs == 1 ? "was" : "were");
        return false;
    }
    TupleObject *names = (TupleObject *)kwnames;
    for (int64_t k = 0; names && k < names->size; k++) {
        StrObject *key = (StrObject *)value_as_object(names->items[k]);
        const char *p = params;
        bool known = false;
        while (*p && !known) {
            p += *p == '$';
            size_t len = strcspn(p, ",");
            known = len == (size_t)key->size && memcmp(p, key->data, len) == 0;
            p += len + (p[len] == ',');
        }
        if (!known) {
            exc_raise_format(&exc_TypeError,
                             "%s.__init__() got an unexpected keyword "
                             "argument '%s'",
                             cls, key->data);
            return false;
        }
    }
    return true;
}

// After args_parse (with nothing required): the missing positionals.
static bool have_positionals(const char *fname, const Value *a,
                             const char *const *names, size_t npos)
{
    size_t missing = 0, first = 0;
    for (size_t i = npos; i-- > 0;)
        if (a[i] == VALUE_NULL) {
            missing++;
            first = i;
        }
    if (missing == 0)
        return true;
    if (missing == 1)
        exc_raise_format(&exc_TypeError,
                         "%s() missing 1 required positional argument: '%s'",
                         fname, names[first]);
    else
        exc_raise_format(&exc_TypeError,
                         "%s() missing 2 required positional arguments: "
                         "'%s' and '%s'",
                         fname, names[0], names[1]);
    return false;
}

// ---- dumps
// -------------------------------------------------------------------

enum {
    D_OBJ,
    D_SKIPKEYS,
    D_ENSURE_ASCII,
    D_CHECK_CIRCULAR,
    D_ALLOW_NAN,
    D_CLS,
    D_INDENT,
    D_SEPARATORS,
    D_DEFAULT,
    D_SORT_KEYS,
    D_COUNT
};

static const char dumps_params[] =
    "obj,$skipkeys,$ensure_ascii,$check_circular,$allow_nan,$cls,$indent,"
    "$separators,$default,$sort_keys";

// A boolean option: `dflt` when absent.
static bool flag(Value v, bool dflt, bool *out)
{
    if (v == VALUE_NULL) {
        *out = dflt;
        return true;
    }
    int t = op_truth(v);
    *out = t > 0;
    return t >= 0;
}

// indent: None, a str, or an int n (n spaces; none if n <= 0).
static bool indent_of(Value v, StrObject **out)
{
    *out = NULL;
    if (v == VALUE_NULL || value_is_none(v))
        return true;
    if (str_check(v)) {
        *out = (StrObject *)value_as_object(v);
        refcount_inc(&(*out)->header);
        return true;
    }
    if (!int_check(v)) {
        exc_raise_format(&exc_TypeError,
                         "can't multiply sequence by non-int of type '%s'",
                         type_name(value_type(v)));
        return false;
    }
    int64_t n;
    if (!value_as_index(v, &n))
        return false;
    StrObject *space = str_from_cstr(" ");
    *out = str_repeat(space, n < 0 ? 0 : n);
    refcount_dec(&space->header);
    return true;
}

static bool separator_of(Value v, StrObject **out)
{
    if (!str_check(v)) {
        exc_raise_format(&exc_TypeError, "separators must be str, not %s",
                         type_name(value_type(v)));
        return false;
    }
    *out = (StrObject *)value_as_object(v);
    refcount_inc(&(*out)->header);
    return true;
}

// separators: (item_separator, key_separator), or the defaults.
static bool separators_of(Value v, JsonEncodeOptions *o)
{
    if (v == VALUE_NULL || value_is_none(v)) {
        o->item_sep = str_from_cstr(o->indent ? "," : ", ");
        o->key_sep = str_from_cstr(": ");
        return true;
    }
    Value t = tuple_from_iterable(v);
    if (t == VALUE_NULL)
        return false;
    TupleObject *pair = (TupleObject *)value_as_object(t);
    bool ok = false;
    if (pair->size != 2)
        exc_raise_format(&exc_ValueError,
                         pair->size < 2
                             ? "not enough values to unpack (expected 2, got "
                               "%lld)"
                             : "too many values to unpack (expected 2)",
                         (long long)pair->size);
    else if (separator_of(pair->items[0], &o->item_sep))
        ok = separator_of(pair->items[1], &o->key_sep);
    value_decref(t);
    return ok;
}

static void options_clear(JsonEncodeOptions *o)
{
    if (o->indent)
        refcount_dec(&o->indent->header);
    if (o->item_sep)
        refcount_dec(&o->item_sep->header);
    if (o->key_sep)
        refcount_dec(&o->key_sep->header);
}

static bool options_of(const Value *a, JsonEncodeOptions *o)
{
    memset(o, 0, sizeof *o);
    o->default_fn = a[D_DEFAULT] && !value_is_none(a[D_DEFAULT]) ? a[D_DEFAULT]
                                                                 : VALUE_NULL;
    return flag(a[D_SKIPKEYS], false, &o->skipkeys) &&
           flag(a[D_ENSURE_ASCII], true, &o->ensure_ascii) &&
           flag(a[D_CHECK_CIRCULAR], true, &o->check_circular) &&
           flag(a[D_ALLOW_NAN], true, &o->allow_nan) &&
           flag(a[D_SORT_KEYS], false, &o->sort_keys) &&
           indent_of(a[D_INDENT], &o->indent) &&
           separators_of(a[D_SEPARATORS], o);
}

static StrObject *dumps_of(const Value *a)
{
    JsonEncodeOptions o;
    StrObject *r = NULL;
    if (options_of(a, &o))
        r = json_encode(a[D_OBJ], &o);
    options_clear(&o);
    return r;
}

static Value json_dumps(Value self, const Value *args, size_t nargs,
                        Object *kwnames)
{
    (void)self;
    Value a[D_COUNT];
    static const char *const pos[] = {"obj"};
    if (!python_args("dumps", "JSONEncoder", nargs, kwnames, dumps_params, 1) ||
        !args_parse("dumps", args, nargs, kwnames, dumps_params, 0, 0, a) ||
        !have_positionals("dumps", a, pos, 1))
        return VALUE_NULL;
    StrObject *r = dumps_of(a);
    return r ? value_steal(&r->header) : VALUE_NULL;
}

// fp.<name>(arg...) for dump and load.
static Value call_method(Value obj, const char *name, Value *args, size_t n)
{
    StrObject *s = str_from_cstr(name);
    Value m = op_getattr(obj, s);
    refcount_dec(&s->header);
    if (m == VALUE_NULL)
        return VALUE_NULL;
    Value r = op_call(m, args, n, NULL);
    value_decref(m);
    return r;
}

// dump(obj, fp, **kw): the parameters of dumps with fp second.
static Value json_dump(Value self, const Value *args, size_t nargs,
                       Object *kwnames)
{
    (void)self;
    Value a[D_COUNT + 1];
    static const char params[] =
        "obj,fp,$skipkeys,$ensure_ascii,$check_circular,$allow_nan,$cls,"
        "$indent,$separators,$default,$sort_keys";
    static const char *const pos[] = {"obj", "fp"};
    if (!python_args("dump", "JSONEncoder", nargs, kwnames, params, 2) ||
        !args_parse("dump", args, nargs, kwnames, params, 0, 0, a) ||
        !have_positionals("dump", a, pos, 2))
        return VALUE_NULL;
    Value fp = a[1];
    memmove(a + 1, a + 2, (D_COUNT - 1) * sizeof(Value));
    StrObject *text = dumps_of(a);
    if (text == NULL)
        return VALUE_NULL;
    Value arg = value_steal(&text->header);
    Value r = call_method(fp, "write", &arg, 1);
    value_decref(arg);
    if (r == VALUE_NULL)
        return VALUE_NULL;
    value_decref(r);
    return VALUE_NONE;
}

// ---- loads
// -------------------------------------------------------------------

static const char loads_params[] = "s,$cls,$object_hook,$parse_float,"
                                   "$parse_int,$parse_constant,"
                                   "$object_pairs_hook";

static Value hook(Value v)
{
    return v == VALUE_NULL || value_is_none(v) ? VALUE_NULL : v;
}

// The document as a str: str as is; bytes and bytearray decoded as
// UTF-8 (an initial BOM dropped, as utf-8-sig does).
static StrObject *utf8_document(const char *data, int64_t size)
{
    if (size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        data += 3;
        size -= 3;
    }
    int64_t bad;
    StrObject *doc = str_from_utf8(data, size, &bad);
    if (doc == NULL)
        exc_raise_format(&exc_UnicodeDecodeError,
                         "'utf-8' codec can't decode byte 0x%02x in position "
                         "%lld: invalid start byte",
                         (unsigned char)data[bad], (long long)bad);
    return doc;
}

static StrObject *document_of(Value s)
{
    if (str_check(s)) {
        StrObject *doc = (StrObject *)value_as_object(s);
        refcount_inc(&doc->header);
        return doc;
    }
    if (bytes_check(s))
        return utf8_document(bytes_of(s)->data, bytes_of(s)->size);
    if (bytearray_check(s)) {
        BytesObject *b = bytearray_snapshot(bytearray_of(s));
        StrObject *doc = utf8_document(b->data, b->size);
        refcount_dec(&b->header);
        return doc;
    }
    exc_raise_format(&exc_TypeError,
                     "the JSON object must be str, bytes or bytearray, "
                     "not %s",
                     type_name(value_type(s)));
    return NULL;
}

static Value loads_of(const Value *a)
{
    JsonDecodeOptions o = {
        .object_hook = hook(a[2]),
        .parse_float = hook(a[3]),
        .parse_int = hook(a[4]),
        .parse_constant = hook(a[5]),
        .object_pairs_hook = hook(a[6]),
    };
    StrObject *doc = document_of(a[0]);
    if (doc == NULL)
        return VALUE_NULL;
    Value r = json_decode(doc, &o);
    refcount_dec(&doc->header);
    return r;
}

static Value json_loads(Value self, const Value *args, size_t nargs,
                        Object *kwnames)
{
    (void)self;
    Value a[7];
    static const char *const pos[] = {"s"};
    if (!python_args("loads", "JSONDecoder", nargs, kwnames, loads_params, 1) ||
        !args_parse("loads", args, nargs, kwnames, loads_params, 0, 0, a) ||
        !have_positionals("loads", a, pos, 1))
        return VALUE_NULL;
    return loads_of(a);
}

// load(fp, **kw): loads(fp.read(), **kw).
static Value json_load(Value self, const Value *args, size_t nargs,
                       Object *kwnames)
{
    (void)self;
    Value a[7];
    static const char params[] = "fp,$cls,$object_hook,$parse_float,"
                                 "$parse_int,$parse_constant,"
                                 "$object_pairs_hook";
    static const char *const pos[] = {"fp"};
    if (!python_args("load", "JSONDecoder", nargs, kwnames, params, 1) ||
        !args_parse("load", args, nargs, kwnames, params, 0, 0, a) ||
        !have_positionals("load", a, pos, 1))
        return VALUE_NULL;
    Value text = call_method(a[0], "read", NULL, 0);
    if (text == VALUE_NULL)
        return VALUE_NULL;
    a[0] = text;
    Value r = loads_of(a);
    value_decref(text);
    return r;
}

static const MethodDef json_functions[] = {
    {"dumps", json_dumps, 0}, {"dump", json_dump, 0}, {"loads", json_loads, 0},
    {"load", json_load, 0},   {NULL, NULL, 0},
};

ModuleObject *json_module_create(void)
{
    type_ready(&exc_JSONDecodeError);
    ModuleObject *m = module_new("json");
    for (const MethodDef *d = json_functions; d->name; d++)
        module_add(m, d->name, builtin_new(d, VALUE_NULL));
    module_add(m, "JSONDecodeError",
               value_new_ref(&exc_JSONDecodeError.header));
    return m;
}
