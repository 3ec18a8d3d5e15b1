// str_methods.c: the Python-visible methods of str (the table
// str_methods), with CPython 3.11's results and error messages. The
// algorithms live in strops.c, textops.c (search and split), str_case.c
// (case and predicates), codec.c (encode) and format.c (format).
//
// Indices are code points; searches run on the UTF-8 bytes and convert
// (textops.h explains why that is exact).
//
// Concurrency: strs are immutable; every method is a pure function.
#include <string.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/objects/codec.h"
#include "vm/objects/dict.h"
#include "vm/objects/format.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/str.h"
#include "vm/objects/str_case.h"
#include "vm/objects/strops.h"
#include "vm/objects/textops.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/objects/utf8.h"
#include "vm/ops.h"

// ------------------------------------------------------------ helpers

static inline StrObject *S(Value v)
{
    return (StrObject *)value_as_object(v);
}

static Value ret(StrObject *s)
{
    return s ? value_steal(&s->header) : VALUE_NULL;
}

static Value ret_self(Value self)
{
    return value_new_ref(value_as_object(self));
}

static const char *tname(Value v)
{
    return type_name(value_type(v));
}

// `v` must be a str: TypeError "<fmt> must be str, not int" otherwise,
// where `what` prefixes the message ("replace() argument 1").
static bool need_str(Value v, const char *what)
{
    if (str_check(v))
        return true;
    exc_raise_format(&exc_TypeError, "%s%smust be str, not %s", what,
                     *what ? " " : "", tname(v));
    return false;
}

static bool int_arg(Value v, int64_t dflt, int64_t *out)
{
    if (v == VALUE_NULL) {
        *out = dflt;
        return true;
    }
    return value_as_index(v, out);
}

// ------------------------------------------------------------ searching

// find / rfind / index / rindex: the code point index, -1 if absent, or
// -2 on error.
static int64_t find_impl(const char *fname, Value self, const Value *args,
                         size_t nargs, Object *kwnames, bool reverse)
{
    Value a[3];
    StrObject *s = S(self);
    int64_t start, end;
    if (!args_positional(fname, nargs, kwnames, 1, 3) ||
        !args_parse(fname, args, nargs, NULL, "sub,start,end", 3, 1, a) ||
        !need_str(a[0], "") ||
        !args_text_range(a[1], a[2], s->length, &start, &end))
        return -2;
    if (start > s->length || start > end)
        return -1;
    int64_t from = str_byte_offset(s, start), to = str_byte_offset(s, end);
    StrObject *sub = S(a[0]);
    int64_t at = reverse ? text_rfind(s->data, from, to, sub->data, sub->size)
                         : text_find(s->data, from, to, sub->data, sub->size);
    return at < 0 ? -1 : str_cp_index(s, at);
}

static Value find_result(int64_t at, bool must_exist)
{
    if (at == -2)
        return VALUE_NULL;
    if (at == -1 && must_exist) {
        exc_raise_format(&exc_ValueError, "substring not found");
        return VALUE_NULL;
    }
    return value_from_int(at);
}

// (str(self),): what copy and pickle rebuild a subclass instance from.
static Value m_getnewargs(Value self, const Value *args, size_t nargs,
                          Object *kw)
{
    (void)args;
    if (!args_positional("__getnewargs__", nargs, kw, 0, 0))
        return VALUE_NULL;
    StrObject *s = (StrObject *)value_as_object(self);
    Value v = value_steal(&str_from_trusted_utf8(s->data, s->size)->header);
    TupleObject *r = tuple_pack(1, &v);
    value_decref(v);
    return value_steal(&r->header);
}

static Value m_find(Value self, const Value *args, size_t nargs, Object *kw)
{
    return find_result(find_impl("find", self, args, nargs, kw, false), false);
}

static Value m_rfind(Value self, const Value *args, size_t nargs, Object *kw)
{
    return find_result(find_impl("rfind", self, args, nargs, kw, true), false);
}

static Value m_index(Value self, const Value *args, size_t nargs, Object *kw)
{
    return find_result(find_impl("index", self, args, nargs, kw, false), true);
}

static Value m_rindex(Value self, const Value *args, size_t nargs, Object *kw)
{
    return find_result(find_impl("rindex", self, args, nargs, kw, true), true);
}

static Value m_count(Value self, const Value *args, size_t nargs, Object *kw)
{
    Value a[3];
    StrObject *s = S(self);
    int64_t start, end;
    if (!args_positional("count", nargs, kw, 1, 3) ||
        !args_parse("count", args, nargs, NULL, "sub,start,end", 3, 1, a) ||
        !need_str(a[0], "") ||
        !args_text_range(a[1], a[2], s->length, &start, &end))
        return VALUE_NULL;
    if (start > s->length || start > end)
        return value_from_int(0);
    StrObject *sub = S(a[0]);
    if (sub->size == 0)
        return value_from_int(end - start + 1);
    return value_from_int(text_count(s->data, str_byte_offset(s, start),
                                     str_byte_offset(s, end), sub->data,
                                     sub->size));
}

// Whether `sub` matches s[start:end] at its start (or end).
static bool tail_match(const StrObject *s, const StrObject *sub, int64_t start,
                       int64_t end, bool at_end)
{
    if (start > s->length || end - start < sub->length)
        return false;
    int64_t from = str_byte_offset(s, start), to = str_byte_offset(s, end);
    int64_t at = at_end ? to - sub->size : from;
    return to - from >= sub->size &&
           memcmp(s->data + at, sub->data, (size_t)sub->size) == 0;
}

static Value prefix_impl(const char *fname, Value self, const Value *args,
                         size_t nargs, Object *kw, bool at_end)
{
    Value a[3];
    StrObject *s = S(self);
    int64_t start, end;
    if (!args_positional(fname, nargs, kw, 1, 3) ||
        !args_parse(fname, args, nargs, NULL, "prefix,start,end", 3, 1, a) ||
        !args_text_range(a[1], a[2], s->length, &start, &end))
        return VALUE_NULL;
    if (str_check(a[0]))
        return value_bool(tail_match(s, S(a[0]), start, end, at_end));
    if (!value_isinstance(a[0], &tuple_type)) {
        exc_raise_format(&exc_TypeError,
                         "%s first arg must be str or a tuple of str, not %s",
                         fname, tname(a[0]));
        return VALUE_NULL;
    }
    TupleObject *t = (TupleObject *)value_as_object(a[0]);
    for (int64_t i = 0; i < t->size; i++) {
        if (!str_check(t->items[i])) {
            exc_raise_format(&exc_TypeError,
                             "tuple for %s must only contain str, not %s",
                             fname, tname(t->items[i]));
            return VALUE_NULL;
        }
        if (tail_match(s, S(t->items[i]), start, end, at_end))
            return VALUE_TRUE;
    }
    return VALUE_FALSE;
}

static Value m_startswith(Value self, const Value *args, size_t nargs,
                          Object *kw)
{
    return prefix_impl("startswith", self, args, nargs, kw, false);
}

static Value m_endswith(Value self, const Value *args, size_t nargs, Object *kw)
{
    return prefix_impl("endswith", self, args, nargs, kw, true);
}

// ------------------------------------------------------------ splitting

typedef struct Pieces {
    const StrObject *s;
    ListObject *list;
    bool reverse; // rsplit: pieces arrive right to left
} Pieces;

static void add_piece(void *ctx, int64_t from, int64_t to)
{
    Pieces *p = ctx;
    StrObject *piece = str_from_trusted_utf8(p->s->data + from, to - from);
    if (p->reverse)
        list_insert(p->list, 0, value_steal(&piece->header));
    else
        list_append(p->list, value_steal(&piece->header));
}

static int str_space_at(const char *p, const char *end)
{
    (void)end;
    int n;
    return str_code_point_is_space(utf8_decode_at(p, &n)) ? n : 0;
}

static Value split_impl(const char *fname, Value self, const Value *args,
                        size_t nargs, Object *kw, bool reverse)
{
    Value a[2];
    int64_t maxsplit;
    if (!args_parse(fname, args, nargs, kw, "sep,maxsplit", 0, 0, a) ||
        !int_arg(a[1], -1, &maxsplit))
        return VALUE_NULL;
    bool ws = a[0] == VALUE_NULL || value_is_none(a[0]);
    if (!ws && !str_check(a[0])) {
        exc_raise_format(&exc_TypeError, "must be str or None, not %s",
                         tname(a[0]));
        return VALUE_NULL;
    }
    if (!ws && S(a[0])->size == 0) {
        exc_raise_format(&exc_ValueError, "empty separator");
        return VALUE_NULL;
    }
    StrObject *s = S(self);
    Pieces p = {s, list_new(0), reverse};
    const char *sep = ws ? NULL : S(a[0])->data;
    int64_t nsep = ws ? 0 : S(a[0])->size;
    text_split_by(s->data, s->size, sep, nsep, maxsplit, reverse, str_space_at,
                  add_piece, &p);
    return value_steal(&p.list->header);
}

static Value m_split(Value self, const Value *args, size_t nargs, Object *kw)
{
    return split_impl("split", self, args, nargs, kw, false);
}

static Value m_rsplit(Value self, const Value *args, size_t nargs, Object *kw)
{
    return split_impl("rsplit", self, args, nargs, kw, true);
}

static Value m_splitlines(Value self, const Value *args, size_t nargs,
                          Object *kw)
{
    Value a[1];
    int64_t keep;
    if (!args_parse("splitlines", args, nargs, kw, "keepends", 0, 0, a) ||
        !int_arg(a[0], 0, &keep))
        return VALUE_NULL;
    StrObject *s = S(self);
    Pieces p = {s, list_new(0), false};
    int64_t start = 0, off = 0;
    while (off < s->size) {
        int br = text_line_break(s->data + off, s->data + s->size, true);
        if (br == 0) {
            off += utf8_seq_len((unsigned char)s->data[off]);
            continue;
        }
        add_piece(&p, start, keep ? off + br : off);
        start = off += br;
    }
    if (start < s->size)
        add_piece(&p, start, s->size);
    return value_steal(&p.list->header);
}

// (head, sep, tail) around the first (or last) `sep`.
static Value partition_impl(Value self, const Value *args, size_t nargs,
                            Object *kw, bool reverse)
{
    const char *fname = reverse ? "rpartition" : "partition";
    if (!args_positional(fname, nargs, kw, 1, 1) || !need_str(args[0], ""))
        return VALUE_NULL;
    StrObject *s = S(self), *sep = S(args[0]);
    if (sep->size == 0) {
        exc_raise_format(&exc_ValueError, "empty separator");
        return VALUE_NULL;
    }
    int64_t at = reverse ? text_rfind(s->data, 0, s->size, sep->data, sep->size)
                         : text_find(s->data, 0, s->size, sep->data, sep->size);
    Value parts[3];
    Value empty = value_steal(&str_from_cstr("")->header);
    if (at < 0) {
        parts[0] = reverse ? empty : self;
        parts[1] = empty;
        parts[2] = reverse ? self : empty;
        TupleObject *t = tuple_pack(3, parts);
        value_decref(empty);
        return value_steal(&t->header);
    }
    value_decref(empty);
    parts[0] = ret(str_from_trusted_utf8(s->data, at));
    parts[1] = args[0];
    parts[2] = ret(str_from_trusted_utf8(s->data + at + sep->size,
                                         s->size - at - sep->size));
    TupleObject *t = tuple_pack(3, parts);
    value_decref(parts[0]);
    value_decref(parts[2]);
    return value_steal(&t->header);
}

static Value m_partition(Value self, const Value *args, size_t nargs,
                         Object *kw)
{
    return partition_impl(self, args, nargs, kw, false);
}

static Value m_rpartition(Value self, const Value *args, size_t nargs,
                          Object *kw)
{
    return partition_impl(self, args, nargs, kw, true);
}

// ------------------------------------------------------------ join, strip

// The items of `iterable` in a new list, each checked to be a str.
static ListObject *join_items(Value iterable)
{
    Value it = op_iter(iterable);
    if (it == VALUE_NULL) {
        if (exc_matches(&exc_TypeError)) {
            exc_clear();
            exc_raise_format(&exc_TypeError, "can only join an iterable");
        }
        return NULL;
    }
    ListObject *items = list_new(0);
    Value v;
    for (int64_t i = 0; (v = op_next(it)) != VALUE_NULL; i++) {
        list_append(items, v);
        if (!str_check(v)) {
            exc_raise_format(&exc_TypeError,
                             "sequence item %lld: expected str instance, %s "
                             "found",
                             (long long)i, tname(v));
            break;
        }
    }
    value_decref(it);
    if (exc_occurred() != NULL) {
        refcount_dec(&items->header);
        return NULL;
    }
    return items;
}

static Value m_join(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (!args_positional("join", nargs, kw, 1, 1))
        return VALUE_NULL;
    ListObject *items = join_items(args[0]);
    if (items == NULL)
        return VALUE_NULL;
    StrObject *r = str_join(S(self), items);
    refcount_dec(&items->header);
    return ret(r);
}

static Value strip_impl(const char *fname, Value self, const Value *args,
                        size_t nargs, Object *kw, StripSide side)
{
    if (!args_positional(fname, nargs, kw, 0, 1))
        return VALUE_NULL;
    StrObject *chars = NULL;
    if (nargs == 1 && !value_is_none(args[0])) {
        if (!str_check(args[0])) {
            exc_raise_format(&exc_TypeError, "%s arg must be None or str",
                             fname);
            return VALUE_NULL;
        }
        chars = S(args[0]);
    }
    return ret(str_strip(S(self), chars, side));
}

static Value m_strip(Value self, const Value *args, size_t nargs, Object *kw)
{
    return strip_impl("strip", self, args, nargs, kw, STRIP_BOTH);
}

static Value m_lstrip(Value self, const Value *args, size_t nargs, Object *kw)
{
    return strip_impl("lstrip", self, args, nargs, kw, STRIP_LEFT);
}

static Value m_rstrip(Value self, const Value *args, size_t nargs, Object *kw)
{
    return strip_impl("rstrip", self, args, nargs, kw, STRIP_RIGHT);
}

static Value m_replace(Value self, const Value *args, size_t nargs, Object *kw)
{
    int64_t count = -1;
    if (!args_positional("replace", nargs, kw, 2, 3) ||
        !need_str(args[0], "replace() argument 1") ||
        !need_str(args[1], "replace() argument 2") ||
        (nargs == 3 && !value_as_index(args[2], &count)))
        return VALUE_NULL;
    return ret(str_replace(S(self), S(args[0]), S(args[1]), count));
}

static Value affix_impl(const char *fname, Value self, const Value *args,
                        size_t nargs, Object *kw, bool suffix)
{
    if (!args_positional(fname, nargs, kw, 1, 1))
        return VALUE_NULL;
    if (!str_check(args[0])) {
        exc_raise_format(&exc_TypeError, "%s() argument must be str, not %s",
                         fname, tname(args[0]));
        return VALUE_NULL;
    }
    StrObject *s = S(self), *a = S(args[0]);
    if (a->size == 0 || !(suffix ? str_endswith(s, a) : str_startswith(s, a)))
        return ret_self(self);
    return ret(str_from_trusted_utf8(s->data + (suffix ? 0 : a->size),
                                     s->size - a->size));
}

static Value m_removeprefix(Value self, const Value *args, size_t nargs,
                            Object *kw)
{
    return affix_impl("removeprefix", self, args, nargs, kw, false);
}

static Value m_removesuffix(Value self, const Value *args, size_t nargs,
                            Object *kw)
{
    return affix_impl("removesuffix", self, args, nargs, kw, true);
}

// ------------------------------------------------------------ padding

static Value pad(Value self, int64_t left, int64_t right, uint32_t fill)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_repeat(&b, fill, left);
    strbuf_append_str(&b, S(self));
    strbuf_append_repeat(&b, fill, right);
    return ret(strbuf_finish(&b));
}

typedef enum Justify { JUST_LEFT, JUST_RIGHT, JUST_CENTER } Justify;

static Value justify(const char *fname, Value self, const Value *args,
                     size_t nargs, Object *kw, Justify how)
{
    int64_t width;
    uint32_t fill = ' ';
    if (!args_positional(fname, nargs, kw, 1, 2) ||
        !value_as_index(args[0], &width))
        return VALUE_NULL;
    if (nargs == 2) {
        if (!str_check(args[1])) {
            exc_raise_format(&exc_TypeError,
                             "The fill character must be a unicode "
                             "character, not %s",
                             tname(args[1]));
            return VALUE_NULL;
        }
        if (S(args[1])->length != 1) {
            exc_raise_format(&exc_TypeError, "The fill character must be "
                                             "exactly one character long");
            return VALUE_NULL;
        }
        fill = str_code_point_at(S(args[1]), 0);
    }
    int64_t marg = width - S(self)->length;
    if (marg <= 0)
        return ret_self(self);
    if (how == JUST_LEFT)
        return pad(self, 0, marg, fill);
    if (how == JUST_RIGHT)
        return pad(self, marg, 0, fill);
    int64_t left = marg / 2 + (marg & width & 1); // CPython's rounding
    return pad(self, left, marg - left, fill);
}

static Value m_ljust(Value self, const Value *args, size_t nargs, Object *kw)
{
    return justify("ljust", self, args, nargs, kw, JUST_LEFT);
}

static Value m_rjust(Value self, const Value *args, size_t nargs, Object *kw)
{
    return justify("rjust", self, args, nargs, kw, JUST_RIGHT);
}

static Value m_center(Value self, const Value *args, size_t nargs, Object *kw)
{
    return justify("center", self, args, nargs, kw, JUST_CENTER);
}

static Value m_zfill(Value self, const Value *args, size_t nargs, Object *kw)
{
    int64_t width;
    if (!args_positional("zfill", nargs, kw, 1, 1) ||
        !value_as_index(args[0], &width))
        return VALUE_NULL;
    StrObject *s = S(self);
    if (s->length >= width)
        return ret_self(self);
    StrBuf b;
    strbuf_init(&b);
    int64_t skip = s->size > 0 && (s->data[0] == '+' || s->data[0] == '-');
    strbuf_append(&b, s->data, (size_t)skip);
    strbuf_append_repeat(&b, '0', width - s->length);
    strbuf_append(&b, s->data + skip, (size_t)(s->size - skip));
    return ret(strbuf_finish(&b));
}

static Value m_expandtabs(Value self, const Value *args, size_t nargs,
                          Object *kw)
{
    Value a[1];
    int64_t tab;
    if (!args_parse("expandtabs", args, nargs, kw, "tabsize", 0, 0, a) ||
        !int_arg(a[0], 8, &tab))
        return VALUE_NULL;
    StrObject *s = S(self);
    StrBuf b;
    strbuf_init(&b);
    int64_t col = 0;
    int n;
    for (int64_t off = 0; off < s->size; off += n) {
        uint32_t cp = utf8_decode_at(s->data + off, &n);
        if (cp == '\t') {
            int64_t spaces = tab > 0 ? tab - col % tab : 0;
            strbuf_append_repeat(&b, ' ', spaces);
            col += spaces;
            continue;
        }
        strbuf_append(&b, s->data + off, (size_t)n);
        col = cp == '\n' || cp == '\r' ? 0 : col + 1;
    }
    return ret(strbuf_finish(&b));
}

// ------------------------------------------------------------ case, tests

#define CASE_METHOD(name, op)                                                  \
    static Value m_##name(Value self, const Value *args, size_t nargs,         \
                          Object *kw)                                          \
    {                                                                          \
        (void)args;                                                            \
        if (!args_positional("str." #name, nargs, kw, 0, 0))                   \
            return VALUE_NULL;                                                 \
        return ret(str_change_case(S(self), op));                              \
    }
CASE_METHOD(upper, STR_UPPER)
CASE_METHOD(lower, STR_LOWER)
CASE_METHOD(casefold, STR_CASEFOLD)
CASE_METHOD(swapcase, STR_SWAPCASE)
CASE_METHOD(title, STR_TITLE)
CASE_METHOD(capitalize, STR_CAPITALIZE)
#undef CASE_METHOD

#define TEST_METHOD(name, pred)                                                \
    static Value m_##name(Value self, const Value *args, size_t nargs,         \
                          Object *kw)                                          \
    {                                                                          \
        (void)args;                                                            \
        if (!args_positional("str." #name, nargs, kw, 0, 0))                   \
            return VALUE_NULL;                                                 \
        return value_bool(str_test(S(self), pred));                            \
    }
TEST_METHOD(isalpha, STR_ISALPHA)
TEST_METHOD(isalnum, STR_ISALNUM)
TEST_METHOD(isdecimal, STR_ISDECIMAL)
TEST_METHOD(isdigit, STR_ISDIGIT)
TEST_METHOD(isnumeric, STR_ISNUMERIC)
TEST_METHOD(isspace, STR_ISSPACE)
TEST_METHOD(isprintable, STR_ISPRINTABLE)
TEST_METHOD(isascii, STR_ISASCII)
TEST_METHOD(isupper, STR_ISUPPER)
TEST_METHOD(islower, STR_ISLOWER)
TEST_METHOD(istitle, STR_ISTITLE)
TEST_METHOD(isidentifier, STR_ISIDENTIFIER)
#undef TEST_METHOD

// ------------------------------------------------------------ conversion

// An optional str argument of encode(): TypeError "encode() argument
// 'errors' must be str, not int".
static bool text_arg(Value v, const char *fname, const char *what,
                     const char **out)
{
    if (v == VALUE_NULL)
        return true;
    if (!str_check(v)) {
        exc_raise_format(&exc_TypeError,
                         "%s() argument '%s' must be str, "
                         "not %s",
                         fname, what, tname(v));
        return false;
    }
    *out = S(v)->data;
    return true;
}

static Value m_encode(Value self, const Value *args, size_t nargs, Object *kw)
{
    Value a[2];
    const char *encoding = "utf-8", *errors = NULL;
    if (!args_parse("encode", args, nargs, kw, "encoding,errors", 0, 0, a) ||
        !text_arg(a[0], "encode", "encoding", &encoding) ||
        !text_arg(a[1], "encode", "errors", &errors))
        return VALUE_NULL;
    BytesObject *b = codec_encode(S(self), encoding, errors);
    return b ? value_steal(&b->header) : VALUE_NULL;
}

// Appends the translation of `cp` through `table` (table[cp]: None
// deletes, an int or a str replaces, LookupError keeps). False on error.
static bool translate_one(StrBuf *b, Value table, uint32_t cp)
{
    Value r = op_getitem(table, value_from_int(cp));
    if (r == VALUE_NULL) {
        if (!exc_matches(&exc_LookupError))
            return false;
        exc_clear();
        strbuf_append_code_point(b, cp);
        return true;
    }
    bool ok = true;
    int64_t i;
    if (str_check(r)) {
        strbuf_append_str(b, S(r));
    } else if (int_check(r) && int_as_i64(r, &i) && i >= 0 && i < 0x110000) {
        strbuf_append_code_point(b, (uint32_t)i);
    } else if (int_check(r)) {
        exc_raise_format(&exc_ValueError,
                         "character mapping must be in range(0x110000)");
        ok = false;
    } else if (!value_is_none(r)) {
        exc_raise_format(&exc_TypeError, "character mapping must return "
                                         "integer, None or str");
        ok = false;
    }
    value_decref(r);
    return ok;
}

static Value m_translate(Value self, const Value *args, size_t nargs,
                         Object *kw)
{
    if (!args_positional("str.translate", nargs, kw, 1, 1))
        return VALUE_NULL;
    StrObject *s = S(self);
    StrBuf b;
    strbuf_init(&b);
    int n;
    for (int64_t off = 0; off < s->size; off += n) {
        if (!translate_one(&b, args[0], utf8_decode_at(s->data + off, &n))) {
            strbuf_discard(&b);
            return VALUE_NULL;
        }
    }
    return ret(strbuf_finish(&b));
}

// str.maketrans(dict): str keys of length 1 become their code points,
// int keys stay as they are.
static Value maketrans_from_dict(Value map)
{
    if (value_type(map) != &dict_type) {
        exc_raise_format(&exc_TypeError, "if you give only one argument to "
                                         "maketrans it must be a dict");
        return VALUE_NULL;
    }
    DictObject *src = (DictObject *)value_as_object(map), *r = dict_new();
    Value key, value;
    for (int64_t pos = 0; dict_next(src, &pos, &key, &value);) {
        const char *err = NULL;
        if (str_check(key) && S(key)->length == 1) {
            Value cp = value_from_int(str_code_point_at(S(key), 0));
            value_decref(key);
            key = cp;
        } else if (str_check(key)) {
            err = "string keys in translate table must be of length 1";
        } else if (!int_check(key)) {
            err = "keys in translate table must be strings or integers";
        }
        if (err == NULL && dict_set(r, key, value) == 0)
            continue;
        if (err != NULL) {
            exc_raise_format(str_check(key) ? &exc_ValueError : &exc_TypeError,
                             "%s", err);
            value_decref(key);
            value_decref(value);
        }
        refcount_dec(&r->header);
        return VALUE_NULL;
    }
    return value_steal(&r->header);
}

// Maps the code points of `from` one to one onto those of `to` (of the
// same length) in `r`, or to None when `to` is NULL.
static bool maketrans_pairs(DictObject *r, StrObject *from, StrObject *to)
{
    for (int64_t i = 0; i < from->length; i++) {
        Value k = value_from_int(str_code_point_at(from, i));
        Value v = to ? value_from_int(str_code_point_at(to, i)) : VALUE_NONE;
        if (dict_set(r, k, v) < 0)
            return false;
    }
    return true;
}

// str.maketrans(x[, y[, z]]), a static method: a dict for str.translate.
static Value m_maketrans(Value unused, const Value *args, size_t nargs,
                         Object *kw)
{
    (void)unused;
    if (!args_positional("str.maketrans", 0, kw, 0, 0) ||
        !args_positional("maketrans", nargs, NULL, 1, 3))
        return VALUE_NULL;
    if (nargs == 1)
        return maketrans_from_dict(args[0]);
    for (size_t i = 1; i < nargs; i++) {
        if (!str_check(args[i])) {
            exc_raise_format(&exc_TypeError,
                             "maketrans() argument %zu must be str, not %s",
                             i + 1, tname(args[i]));
            return VALUE_NULL;
        }
    }
    if (!str_check(args[0])) {
        exc_raise_format(&exc_TypeError, "first maketrans argument must be a "
                                         "string if there is a second "
                                         "argument");
        return VALUE_NULL;
    }
    if (S(args[0])->length != S(args[1])->length) {
        exc_raise_format(&exc_ValueError, "the first two maketrans arguments "
                                          "must have equal length");
        return VALUE_NULL;
    }
    DictObject *r = dict_new();
    if (!maketrans_pairs(r, S(args[0]), S(args[1])) ||
        (nargs == 3 && !maketrans_pairs(r, S(args[2]), NULL))) {
        refcount_dec(&r->header);
        return VALUE_NULL;
    }
    return value_steal(&r->header);
}

static Value m_format(Value self, const Value *args, size_t nargs, Object *kw)
{
    return ret(str_format(S(self), args, nargs, kw));
}

static Value m_format_map(Value self, const Value *args, size_t nargs,
                          Object *kw)
{
    if (!args_positional("format_map", nargs, kw, 1, 1))
        return VALUE_NULL;
    return ret(str_format_map(S(self), args[0]));
}

static Value m_dunder_format(Value self, const Value *args, size_t nargs,
                             Object *kw)
{
    if (!args_positional("__format__", nargs, kw, 1, 1))
        return VALUE_NULL;
    if (!str_check(args[0])) {
        exc_raise_format(&exc_TypeError,
                         "__format__() argument must be str, not %s",
                         tname(args[0]));
        return VALUE_NULL;
    }
    return ret(format_value(self, S(args[0])));
}

const MethodDef str_methods[] = {
    {"__getnewargs__", m_getnewargs, 0},
    {"format_map", m_format_map, 0},
    {"find", m_find, 0},
    {"rfind", m_rfind, 0},
    {"index", m_index, 0},
    {"rindex", m_rindex, 0},
    {"count", m_count, 0},
    {"startswith", m_startswith, 0},
    {"endswith", m_endswith, 0},
    {"split", m_split, 0},
    {"rsplit", m_rsplit, 0},
    {"splitlines", m_splitlines, 0},
    {"partition", m_partition, 0},
    {"rpartition", m_rpartition, 0},
    {"join", m_join, 0},
    {"strip", m_strip, 0},
    {"lstrip", m_lstrip, 0},
    {"rstrip", m_rstrip, 0},
    {"replace", m_replace, 0},
    {"removeprefix", m_removeprefix, 0},
    {"removesuffix", m_removesuffix, 0},
    {"ljust", m_ljust, 0},
    {"rjust", m_rjust, 0},
    {"center", m_center, 0},
    {"zfill", m_zfill, 0},
    {"expandtabs", m_expandtabs, 0},
    {"upper", m_upper, 0},
    {"lower", m_lower, 0},
    {"casefold", m_casefold, 0},
    {"swapcase", m_swapcase, 0},
    {"title", m_title, 0},
    {"capitalize", m_capitalize, 0},
    {"isalpha", m_isalpha, 0},
    {"isalnum", m_isalnum, 0},
    {"isdecimal", m_isdecimal, 0},
    {"isdigit", m_isdigit, 0},
    {"isnumeric", m_isnumeric, 0},
    {"isspace", m_isspace, 0},
    {"isprintable", m_isprintable, 0},
    {"isascii", m_isascii, 0},
    {"isupper", m_isupper, 0},
    {"islower", m_islower, 0},
    {"istitle", m_istitle, 0},
    {"isidentifier", m_isidentifier, 0},
    {"encode", m_encode, 0},
    {"translate", m_translate, 0},
    {"maketrans", m_maketrans, METHOD_STATIC},
    {"format", m_format, 0},
    {"__format__", m_dunder_format, 0},
    {NULL, NULL, 0},
};
