// json_decode.c: json.loads's decoder, a port of CPython 3.11's C scanner
// (Modules/_json.c) and JSONDecoder.decode: the same grammar, the same
// error messages at the same positions ("Expecting value: line 1 column
// 1 (char 0)"), the hooks (object_hook, object_pairs_hook, parse_float,
// parse_int, parse_constant).
//
// The document is scanned as UTF-8 bytes (every JSON delimiter is
// ASCII); error positions are converted to code points when reported.
#include <string.h>

#include "vm/exc.h"
#include "vm/modules/json.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/utf8.h"
#include "vm/ops.h"
#include "vm/state.h"

typedef struct Decoder {
    const JsonDecodeOptions *opts;
    StrObject *doc;
    const char *s;
    int64_t len; // bytes
    int depth;
} Decoder;

static Value scan_once(Decoder *d, int64_t idx, int64_t *next);

// ---- errors ----------------------------------------------------------------

// The code-point index of byte offset `pos`.
static int64_t char_index(const Decoder *d, int64_t pos)
{
    int64_t n = 0;
    for (int64_t i = 0; i < pos && i < d->len; i++)
        n += ((unsigned char)d->s[i] & 0xC0) != 0x80;
    return n;
}

// Raises JSONDecodeError(msg, doc, pos) as json.decoder does.
static Value json_error(const Decoder *d, const char *msg, int64_t bytepos)
{
    int64_t pos = char_index(d, bytepos), lineno = 1, last_nl = -1;
    for (int64_t i = 0; i < bytepos && i < d->len; i++) {
        if (d->s[i] == '\n') {
            lineno++;
            last_nl = i;
        }
    }
    int64_t colno = last_nl < 0 ? pos + 1 : pos - char_index(d, last_nl);
    StrObject *text =
        str_from_format("%s: line %lld column %lld (char %lld)", msg,
                        (long long)lineno, (long long)colno, (long long)pos);
    ExceptionObject *e =
        exception_new_message(&exc_JSONDecodeError, text->data);
    refcount_dec(&text->header);
    StrObject *m = str_from_cstr(msg);
    exception_set_attr(e, "msg", value_steal(&m->header));
    refcount_dec(&m->header);
    exception_set_attr(e, "doc", (Value)&d->doc->header);
    exception_set_attr(e, "pos", value_from_int(pos));
    exception_set_attr(e, "lineno", value_from_int(lineno));
    exception_set_attr(e, "colno", value_from_int(colno));
    exc_raise(e);
    return VALUE_NULL;
}

static Value expecting_value(const Decoder *d, int64_t idx)
{
    return json_error(d, "Expecting value", idx);
}

static bool is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int64_t skip_ws(const Decoder *d, int64_t idx)
{
    while (idx < d->len && is_ws(d->s[idx]))
        idx++;
    return idx;
}

// ---- strings ---------------------------------------------------------------

static int hex_value(char c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

// Four hex digits at s[at]; -1 if one is not hex.
static int32_t hex4(const Decoder *d, int64_t at)
{
    int32_t v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hex_value(d->s[at + i]);
        if (h < 0)
            return -1;
        v = v << 4 | h;
    }
    return v;
}

// A \uXXXX escape whose 'u' is at s[u]: the code point (joining a
// surrogate pair); *end is just past it. -1 on error (raised).
static int32_t unicode_escape(const Decoder *d, int64_t u, int64_t *end)
{
    int64_t next = u + 1;
    *end = next + 4;
    if (*end >= d->len) {
        json_error(d, "Invalid \\uXXXX escape", next - 1);
        return -1;
    }
    int32_t c = hex4(d, next);
    if (c < 0) {
        json_error(d, "Invalid \\uXXXX escape", *end - 5);
        return -1;
    }
    if (c >= 0xD800 && c <= 0xDBFF && *end + 6 < d->len && d->s[*end] == '\\' &&
        d->s[*end + 1] == 'u') {
        int32_t c2 = hex4(d, *end + 2);
        if (c2 < 0) {
            json_error(d, "Invalid \\uXXXX escape", *end + 1);
            return -1;
        }
        if (c2 >= 0xDC00 && c2 <= 0xDFFF) {
            *end += 6;
            return 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00);
        }
    }
    return c;
}

// A one-character escape: its character, or 0 if invalid.
static char simple_escape(char c)
{
    switch (c) {
    case '"':
    case '\\':
    case '/':
        return c;
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    default:
        return 0;
    }
}

// The escape whose backslash is at s[at]: appended to b; the index just
// past it, or -1 on error.
static int64_t scan_escape(const Decoder *d, int64_t at, int64_t begin,
                           StrBuf *b)
{
    int64_t next = at + 1;
    if (next == d->len) {
        json_error(d, "Unterminated string starting at", begin);
        return -1;
    }
    if (d->s[next] != 'u') {
        char c = simple_escape(d->s[next]);
        if (c == 0) {
            json_error(d, "Invalid \\escape", next - 1);
            return -1;
        }
        strbuf_append_char(b, c);
        return next + 1;
    }
    int64_t end;
    int32_t cp = unicode_escape(d, next, &end);
    if (cp < 0)
        return -1;
    strbuf_append_code_point(b, (uint32_t)cp);
    return end;
}

// The string whose opening quote is just before s[end].
static Value scan_string(const Decoder *d, int64_t end, int64_t *next_out)
{
    int64_t begin = end - 1;
    StrBuf b;
    strbuf_init(&b);
    for (;;) {
        int64_t next = end;
        char c = 0;
        for (; next < d->len; next++) {
            c = d->s[next];
            if (c == '"' || c == '\\')
                break;
            if ((unsigned char)c <= 0x1f) {
                strbuf_discard(&b);
                return json_error(d, "Invalid control character at", next);
            }
        }
        if (next >= d->len) {
            strbuf_discard(&b);
            return json_error(d, "Unterminated string starting at", begin);
        }
        strbuf_append(&b, d->s + end, (size_t)(next - end));
        if (c == '"') {
            *next_out = next + 1;
            return value_steal(&strbuf_finish(&b)->header);
        }
        end = scan_escape(d, next, begin, &b);
        if (end < 0) {
            strbuf_discard(&b);
            return VALUE_NULL;
        }
    }
}

// ---- numbers and constants -------------------------------------------------

static bool is_digit(const Decoder *d, int64_t i)
{
    return i < d->len && d->s[i] >= '0' && d->s[i] <= '9';
}

// The end of the number starting at `start`, or -1 if there is none;
// *is_float tells whether it has a fraction or exponent.
static int64_t number_end(const Decoder *d, int64_t start, bool *is_float)
{
    int64_t idx = start;
    *is_float = false;
    if (d->s[idx] == '-' && ++idx >= d->len)
        return -1;
    if (d->s[idx] >= '1' && d->s[idx] <= '9') {
        idx++;
        while (is_digit(d, idx))
            idx++;
    } else if (d->s[idx] == '0') {
        idx++;
    } else {
        return -1;
    }
    if (idx < d->len - 1 && d->s[idx] == '.' && is_digit(d, idx + 1)) {
        *is_float = true;
        idx += 2;
        while (is_digit(d, idx))
            idx++;
    }
    if (idx < d->len - 1 && (d->s[idx] == 'e' || d->s[idx] == 'E')) {
        int64_t e_start = idx++;
        if (idx < d->len - 1 && (d->s[idx] == '-' || d->s[idx] == '+'))
            idx++;
        while (is_digit(d, idx))
            idx++;
        if (is_digit(d, idx - 1))
            *is_float = true;
        else
            idx = e_start;
    }
    return idx;
}

// hook(text) for a custom parse_* hook.
static Value call_hook(Value hook, const char *text, int64_t n)
{
    StrObject *s = str_from_trusted_utf8(text, n);
    Value arg = value_steal(&s->header);
    Value r = op_call(hook, &arg, 1, NULL);
    value_decref(arg);
    return r;
}

static Value scan_number(const Decoder *d, int64_t start, int64_t *next)
{
    bool is_float;
    int64_t end = number_end(d, start, &is_float);
    if (end < 0)
        return expecting_value(d, start);
    *next = end;
    const char *text = d->s + start;
    int64_t n = end - start;
    Value hook = is_float ? d->opts->parse_float : d->opts->parse_int;
    if (hook != VALUE_NULL)
        return call_hook(hook, text, n);
    return is_float ? float_from_string(text, (size_t)n)
                    : int_from_string(text, (size_t)n, 10);
}

// NaN, Infinity, -Infinity: parse_constant(name) or the float.
static Value constant(const Decoder *d, const char *name)
{
    if (d->opts->parse_constant != VALUE_NULL)
        return call_hook(d->opts->parse_constant, name, (int64_t)strlen(name));
    return float_from_string(name, strlen(name));
}

// Whether `word` is at s[idx] with CPython's bound check (the word must
// not end the document for some, see scan_once).
static bool word_at(const Decoder *d, int64_t idx, const char *word)
{
    size_t n = strlen(word);
    return idx + (int64_t)n <= d->len && memcmp(d->s + idx, word, n) == 0;
}

// ---- arrays and objects --------------------------------------------------

static bool enter(Decoder *d, const char *what)
{
    if (++d->depth <= atomic_load_i32_relaxed(&runtime.recursion_limit))
        return true;
    exc_raise_format(&exc_RecursionError,
                     "maximum recursion depth exceeded while decoding a "
                     "JSON %s from a unicode string",
                     what);
    return false;
}

static Value scan_array(Decoder *d, int64_t idx, int64_t *next_out)
{
    ListObject *l = list_new(0);
    idx = skip_ws(d, idx);
    if (idx >= d->len || d->s[idx] != ']') {
        for (;;) {
            int64_t next;
            Value v = scan_once(d, idx, &next);
            if (v == VALUE_NULL)
                goto bail;
            list_append(l, v);
            idx = skip_ws(d, next);
            if (idx < d->len && d->s[idx] == ']')
                break;
            if (idx >= d->len || d->s[idx] != ',') {
                json_error(d, "Expecting ',' delimiter", idx);
                goto bail;
            }
            idx = skip_ws(d, idx + 1);
        }
    }
    *next_out = idx + 1;
    return value_steal(&l->header);
bail:
    refcount_dec(&l->header);
    return VALUE_NULL;
}

// One "key": value member at s[idx]: the key and value, and the index
// after the value. false on error.
static bool scan_member(Decoder *d, int64_t idx, Value *key, Value *value,
                        int64_t *next)
{
    if (idx >= d->len || d->s[idx] != '"') {
        json_error(d, "Expecting property name enclosed in double quotes", idx);
        return false;
    }
    *key = scan_string(d, idx + 1, next);
    if (*key == VALUE_NULL)
        return false;
    idx = skip_ws(d, *next);
    if (idx >= d->len || d->s[idx] != ':') {
        value_decref(*key);
        json_error(d, "Expecting ':' delimiter", idx);
        return false;
    }
    idx = skip_ws(d, idx + 1);
    *value = scan_once(d, idx, next);
    if (*value != VALUE_NULL)
        return true;
    value_decref(*key);
    return false;
}

// The members as a list of (key, value) pairs; *next_out past the '}'.
static ListObject *scan_members(Decoder *d, int64_t idx, int64_t *next_out)
{
    ListObject *pairs = list_new(0);
    idx = skip_ws(d, idx);
    if (idx >= d->len || d->s[idx] != '}') {
        for (;;) {
            Value kv[2];
            int64_t next;
            if (!scan_member(d, idx, &kv[0], &kv[1], &next))
                goto bail;
            TupleObject *pair = tuple_new(2);
            tuple_init_item(pair, 0, kv[0]);
            tuple_init_item(pair, 1, kv[1]);
            list_append(pairs, value_steal(&pair->header));
            idx = skip_ws(d, next);
            if (idx < d->len && d->s[idx] == '}')
                break;
            if (idx >= d->len || d->s[idx] != ',') {
                json_error(d, "Expecting ',' delimiter", idx);
                goto bail;
            }
            idx = skip_ws(d, idx + 1);
        }
    }
    *next_out = idx + 1;
    return pairs;
bail:
    refcount_dec(&pairs->header);
    return NULL;
}

static Value pairs_to_dict(ListObject *pairs)
{
    DictObject *dict = dict_new();
    for (int64_t i = 0; i < list_len(pairs); i++) {
        Value p;
        list_get(pairs, i, &p);
        TupleObject *pair = (TupleObject *)value_as_object(p);
        value_incref(pair->items[0]);
        value_incref(pair->items[1]);
        dict_set(dict, pair->items[0], pair->items[1]);
        value_decref(p);
    }
    return value_steal(&dict->header);
}

static Value scan_object(Decoder *d, int64_t idx, int64_t *next_out)
{
    ListObject *pairs = scan_members(d, idx, next_out);
    if (pairs == NULL)
        return VALUE_NULL;
    Value pv = value_steal(&pairs->header), r;
    if (d->opts->object_pairs_hook != VALUE_NULL) {
        r = op_call(d->opts->object_pairs_hook, &pv, 1, NULL);
    } else {
        r = pairs_to_dict(pairs);
        if (d->opts->object_hook != VALUE_NULL) {
            Value dict = r;
            r = op_call(d->opts->object_hook, &dict, 1, NULL);
            value_decref(dict);
        }
    }
    value_decref(pv);
    return r;
}

static Value scan_nested(Decoder *d, int64_t idx, int64_t *next, bool array)
{
    if (!enter(d, array ? "array" : "object"))
        return VALUE_NULL;
    Value r =
        array ? scan_array(d, idx + 1, next) : scan_object(d, idx + 1, next);
    d->depth--;
    return r;
}

// CPython's scan_once_unicode: one value at s[idx].
static Value scan_once(Decoder *d, int64_t idx, int64_t *next)
{
    if (idx >= d->len)
        return expecting_value(d, idx);
    switch (d->s[idx]) {
    case '"':
        return scan_string(d, idx + 1, next);
    case '{':
    case '[':
        return scan_nested(d, idx, next, d->s[idx] == '[');
    default:
        break;
    }
    static const char *const words[] = {"null", "true", "false"};
    for (size_t i = 0; i < 3; i++) {
        if (word_at(d, idx, words[i])) {
            *next = idx + (int64_t)strlen(words[i]);
            return i == 0 ? VALUE_NONE : value_bool(i == 1);
        }
    }
    static const char *const constants[] = {"NaN", "Infinity", "-Infinity"};
    for (size_t i = 0; i < 3; i++) {
        if (word_at(d, idx, constants[i])) {
            *next = idx + (int64_t)strlen(constants[i]);
            return constant(d, constants[i]);
        }
    }
    return scan_number(d, idx, next);
}

Value json_decode(StrObject *doc, const JsonDecodeOptions *opts)
{
    Decoder d = {.opts = opts, .doc = doc, .s = doc->data, .len = doc->size};
    if (doc->size >= 3 && memcmp(doc->data, "\xEF\xBB\xBF", 3) == 0)
        return json_error(&d, "Unexpected UTF-8 BOM (decode using utf-8-sig)",
                          0);
    int64_t end;
    Value v = scan_once(&d, skip_ws(&d, 0), &end);
    if (v == VALUE_NULL)
        return VALUE_NULL;
    end = skip_ws(&d, end);
    if (end != d.len) {
        value_decref(v);
        return json_error(&d, "Extra data", end);
    }
    return v;
}
