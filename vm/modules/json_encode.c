// json_encode.c: json.dumps's encoder: CPython's output byte for byte
// (string escapes, float reprs and the non-finite constants, dict key
// coercion, sort_keys, indent and separators, default=, skipkeys, the
// circular-reference check) and its error messages.
#include <math.h>
#include <string.h>

#include "alloc/alloc.h"
#include "vm/exc.h"
#include "vm/modules/json.h"
#include "vm/objects/dict.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/objects/utf8.h"
#include "vm/ops.h"
#include "vm/state.h"

typedef struct Encoder {
    const JsonEncodeOptions *opts;
    StrBuf out;
    int64_t level;  // indent level
    Object **stack; // containers being encoded (the circular check)
    int64_t depth, capacity;
} Encoder;

static bool encode_value(Encoder *e, Value v);

// ---- strings -------------------------------------------------------------

static void append_u_escape(StrBuf *b, uint32_t cp)
{
    strbuf_printf(b, "\\u%04x", (unsigned)cp);
}

// The escape of `cp`, or false if it goes out as it is.
static bool append_escape(StrBuf *b, uint32_t cp, bool ascii)
{
    static const char shorts[] = {'\b', 'b',  '\f', 'f',  '\n',
                                  'n',  '\r', 'r',  '\t', 't'};
    if (cp == '"' || cp == '\\') {
        strbuf_append_char(b, '\\');
        strbuf_append_char(b, (char)cp);
        return true;
    }
    for (size_t i = 0; i < sizeof shorts; i += 2) {
        if (cp == (unsigned char)shorts[i]) {
            strbuf_append_char(b, '\\');
            strbuf_append_char(b, shorts[i + 1]);
            return true;
        }
    }
    if (cp < 0x20 || (ascii && cp >= 0x7f && cp < 0x10000)) {
        append_u_escape(b, cp);
        return true;
    }
    if (ascii && cp >= 0x10000) {
        uint32_t v = cp - 0x10000;
        append_u_escape(b, 0xd800 | (v >> 10));
        append_u_escape(b, 0xdc00 | (v & 0x3ff));
        return true;
    }
    return false;
}

static void encode_string(StrBuf *b, const StrObject *s, bool ascii)
{
    strbuf_append_char(b, '"');
    const char *p = s->data, *end = s->data + s->size, *run = p;
    while (p < end) {
        int len;
        uint32_t cp = utf8_decode_at(p, &len);
        bool plain =
            cp >= 0x20 && cp != '"' && cp != '\\' && (!ascii || cp < 0x7f);
        if (!plain) {
            strbuf_append(b, run, (size_t)(p - run));
            if (!append_escape(b, cp, ascii))
                strbuf_append(b, p, (size_t)len);
            run = p + len;
        }
        p += len;
    }
    strbuf_append(b, run, (size_t)(p - run));
    strbuf_append_char(b, '"');
}

// ---- numbers and constants -----------------------------------------------

static bool append_float(Encoder *e, StrBuf *b, double d)
{
    if (isfinite(d)) {
        StrObject *r = float_repr_double(d);
        strbuf_append_str(b, r);
        refcount_dec(&r->header);
        return true;
    }
    if (!e->opts->allow_nan) {
        if (e->opts->indent == NULL) {
            exc_raise_format(&exc_ValueError, "Out of range float values "
                                              "are not JSON compliant");
        } else {
            StrObject *r = float_repr_double(d);
            exc_raise_format(&exc_ValueError,
                             "Out of range float values are not JSON "
                             "compliant: %s",
                             r->data);
            refcount_dec(&r->header);
        }
        return false;
    }
    strbuf_append_cstr(b, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
    return true;
}

static void append_int(StrBuf *b, Value v)
{
    if (value_is_int(v)) {
        strbuf_printf(b, "%lld", (long long)value_as_int(v));
        return;
    }
    StrObject *r = int_to_string(v, 10);
    strbuf_append_str(b, r);
    refcount_dec(&r->header);
}

// None, True, False: their JSON word, or NULL.
static const char *constant_word(Value v)
{
    if (value_is_none(v))
        return "null";
    if (value_same(v, VALUE_TRUE))
        return "true";
    if (value_same(v, VALUE_FALSE))
        return "false";
    return NULL;
}

// ---- layout ----------------------------------------------------------------

static void newline_indent(Encoder *e)
{
    strbuf_append_char(&e->out, '\n');
    for (int64_t i = 0; i < e->level; i++)
        strbuf_append_str(&e->out, e->opts->indent);
}

// Before an item: the separator (unless first), then the new line.
static void item_start(Encoder *e, bool first)
{
    if (!first)
        strbuf_append_str(&e->out, e->opts->item_sep);
    if (e->opts->indent)
        newline_indent(e);
}

static void open_container(Encoder *e, char c)
{
    strbuf_append_char(&e->out, c);
    e->level++;
}

static void close_container(Encoder *e, char c)
{
    e->level--;
    if (e->opts->indent)
        newline_indent(e);
    strbuf_append_char(&e->out, c);
}

// ---- the circular check and recursion -------------------------------------

static bool enter(Encoder *e, Object *op)
{
    if (e->depth >= atomic_load_i32_relaxed(&runtime.recursion_limit)) {
        exc_raise_format(&exc_RecursionError,
                         "maximum recursion depth exceeded while encoding a "
                         "JSON object");
        return false;
    }
    for (int64_t i = 0; e->opts->check_circular && i < e->depth; i++) {
        if (e->stack[i] == op) {
            exc_raise_format(&exc_ValueError, "Circular reference detected");
            return false;
        }
    }
    if (e->depth == e->capacity) {
        int64_t cap = e->capacity ? 2 * e->capacity : 16;
        Object **stack = alloc_raw((size_t)cap * sizeof *stack);
        if (e->depth)
            memcpy(stack, e->stack, (size_t)e->depth * sizeof *stack);
        alloc_free(e->stack);
        e->stack = stack;
        e->capacity = cap;
    }
    e->stack[e->depth++] = op;
    return true;
}

static void leave(Encoder *e)
{
    e->depth--;
}

// ---- containers ----------------------------------------------------------

static bool encode_items(Encoder *e, const Value *items, int64_t n)
{
    if (n == 0) {
        strbuf_append_cstr(&e->out, "[]");
        return true;
    }
    open_container(e, '[');
    for (int64_t i = 0; i < n; i++) {
        item_start(e, i == 0);
        if (!encode_value(e, items[i]))
            return false;
    }
    close_container(e, ']');
    return true;
}

static bool encode_sequence(Encoder *e, Value v)
{
    if (!enter(e, value_as_object(v)))
        return false;
    bool ok;
    if (tuple_check(v)) {
        TupleObject *t = (TupleObject *)value_as_object(v);
        ok = encode_items(e, t->items, t->size);
    } else {
        TupleObject *t = list_snapshot((ListObject *)value_as_object(v));
        ok = encode_items(e, t->items, t->size);
        refcount_dec(&t->header);
    }
    leave(e);
    return ok;
}

// The key as JSON text (a str), VALUE_NONE to skip it, VALUE_NULL on
// error.
static Value key_text(Encoder *e, Value key)
{
    if (str_check(key))
        return value_new_ref(value_as_object(key));
    const char *word = constant_word(key);
    if (word)
        return value_steal(&str_from_cstr(word)->header);
    if (float_check(key) || int_check(key)) {
        StrBuf b;
        strbuf_init(&b);
        bool ok = true;
        if (float_check(key))
            ok = append_float(e, &b, float_value(key));
        else
            append_int(&b, key);
        StrObject *s = strbuf_finish(&b);
        if (ok)
            return value_steal(&s->header);
        refcount_dec(&s->header);
        return VALUE_NULL;
    }
    if (e->opts->skipkeys)
        return VALUE_NONE;
    exc_raise_format(&exc_TypeError,
                     "keys must be str, int, float, bool or None, not %s",
                     value_type(key)->name);
    return VALUE_NULL;
}

// One "key": value pair; *first tracks the separator.
static bool encode_pair(Encoder *e, Value key, Value value, bool *first)
{
    Value text = key_text(e, key);
    if (text == VALUE_NULL)
        return false;
    if (value_is_none(text))
        return true;
    item_start(e, *first);
    *first = false;
    encode_string(&e->out, (StrObject *)value_as_object(text),
                  e->opts->ensure_ascii);
    value_decref(text);
    strbuf_append_str(&e->out, e->opts->key_sep);
    return encode_value(e, value);
}

// The items as a list of (key, value) tuples, sorted by key if asked.
static ListObject *dict_items(Encoder *e, DictObject *d)
{
    ListObject *items = list_new(dict_len(d));
    int64_t pos = 0;
    Value key, value;
    while (dict_next(d, &pos, &key, &value)) {
        TupleObject *pair = tuple_new(2);
        tuple_init_item(pair, 0, key);
        tuple_init_item(pair, 1, value);
        list_append(items, value_steal(&pair->header));
    }
    if (e->opts->sort_keys && list_sort(items, VALUE_NULL, false) < 0) {
        refcount_dec(&items->header);
        return NULL;
    }
    return items;
}

static bool encode_pairs(Encoder *e, ListObject *items)
{
    TupleObject *t = list_snapshot(items);
    bool first = true, ok = true;
    open_container(e, '{');
    for (int64_t i = 0; ok && i < t->size; i++) {
        TupleObject *pair = (TupleObject *)value_as_object(t->items[i]);
        ok = encode_pair(e, pair->items[0], pair->items[1], &first);
    }
    refcount_dec(&t->header);
    if (ok)
        close_container(e, '}');
    return ok;
}

static bool encode_dict(Encoder *e, Value v)
{
    DictObject *d = (DictObject *)value_as_object(v);
    if (dict_len(d) == 0) {
        strbuf_append_cstr(&e->out, "{}");
        return true;
    }
    if (!enter(e, &d->header))
        return false;
    ListObject *items = dict_items(e, d);
    bool ok = items && encode_pairs(e, items);
    if (items)
        refcount_dec(&items->header);
    leave(e);
    return ok;
}

// ---- values ----------------------------------------------------------------

static bool encode_default(Encoder *e, Value v)
{
    if (e->opts->default_fn == VALUE_NULL) {
        exc_raise_format(&exc_TypeError,
                         "Object of type %s is not JSON serializable",
                         type_name(value_type(v)));
        return false;
    }
    if (!enter(e, value_as_object(v)))
        return false;
    Value replaced = op_call(e->opts->default_fn, &v, 1, NULL);
    bool ok = replaced != VALUE_NULL && encode_value(e, replaced);
    value_decref(replaced);
    leave(e);
    return ok;
}

static bool encode_value(Encoder *e, Value v)
{
    const char *word = constant_word(v);
    if (word) {
        strbuf_append_cstr(&e->out, word);
        return true;
    }
    if (str_check(v)) {
        encode_string(&e->out, (StrObject *)value_as_object(v),
                      e->opts->ensure_ascii);
        return true;
    }
    if (int_check(v)) {
        append_int(&e->out, v);
        return true;
    }
    if (float_check(v))
        return append_float(e, &e->out, float_value(v));
    if (list_check(v) || tuple_check(v))
        return encode_sequence(e, v);
    if (dict_check(v))
        return encode_dict(e, v);
    return encode_default(e, v);
}

StrObject *json_encode(Value obj, const JsonEncodeOptions *opts)
{
    Encoder e = {.opts = opts};
    strbuf_init(&e.out);
    bool ok = encode_value(&e, obj);
    alloc_free(e.stack);
    if (!ok) {
        strbuf_discard(&e.out);
        return NULL;
    }
    return strbuf_finish(&e.out);
}
