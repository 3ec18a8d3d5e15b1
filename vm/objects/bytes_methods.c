// bytes_methods.c: the Python-visible methods of bytes (bytes_methods),
// with CPython 3.11's results and messages. Searching and splitting share
// textops.c with str; character classes are ASCII only, as in Python.
//
// Every method listed in bytes_methods.def is exported through a wrapper
// (bytes_method_<name>) that first turns bytearray arguments into bytes
// snapshots, so the bodies below only ever see bytes.
//
// Concurrency: bytes are immutable; every method is a pure function
// (bytearray arguments are read through bytearray_snapshot).
#include <string.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/objects/bytearray.h"
#include "vm/objects/bytes.h"
#include "vm/objects/codec.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/textops.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

// ------------------------------------------------------------ helpers

static inline BytesObject *B(Value v)
{
    return (BytesObject *)value_as_object(v);
}

static Value ret(BytesObject *b)
{
    return b ? value_steal(&b->header) : VALUE_NULL;
}

static const char *tname(Value v)
{
    return type_name(value_type(v));
}

static bool need_bytes(Value v)
{
    if (bytes_check(v))
        return true;
    exc_raise_format(&exc_TypeError,
                     "a bytes-like object is required, not '%s'", tname(v));
    return false;
}

static bool is_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}
static bool is_lower(unsigned char c)
{
    return c >= 'a' && c <= 'z';
}
static bool is_upper(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}
static bool is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

// A search argument: bytes, or an int naming one byte. `one` holds it.
static bool needle_arg(Value v, char *one, const char **data, int64_t *size)
{
    if (int_check(v)) {
        int64_t c;
        if (!int_as_i64(v, &c) || c < 0 || c > 255) {
            exc_raise_format(&exc_ValueError, "byte must be in range(0, 256)");
            return false;
        }
        *one = (char)c;
        *data = one;
        *size = 1;
        return true;
    }
    if (!bytes_check(v)) {
        exc_raise_format(&exc_TypeError,
                         "argument should be integer or bytes-like object, "
                         "not '%s'",
                         tname(v));
        return false;
    }
    *data = B(v)->data;
    *size = B(v)->size;
    return true;
}

// ------------------------------------------------------------ searching

typedef enum Search { S_FIND, S_RFIND, S_COUNT } Search;

// find/rfind: index or -1; count: the count; -2 on error.
static int64_t search(const char *fname, Value self, const Value *args,
                      size_t nargs, Object *kw, Search how)
{
    Value a[3];
    BytesObject *b = B(self);
    int64_t start, end, nsize;
    const char *needle;
    char one;
    if (!args_positional(fname, nargs, kw, 1, 3) ||
        !args_parse(fname, args, nargs, NULL, "sub,start,end", 3, 1, a) ||
        !needle_arg(a[0], &one, &needle, &nsize) ||
        !args_text_range(a[1], a[2], b->size, &start, &end))
        return -2;
    if (start > b->size || start > end)
        return how == S_COUNT ? 0 : -1;
    if (how == S_COUNT)
        return nsize == 0 ? end - start + 1
                          : text_count(b->data, start, end, needle, nsize);
    return how == S_RFIND ? text_rfind(b->data, start, end, needle, nsize)
                          : text_find(b->data, start, end, needle, nsize);
}

static Value found(int64_t at, bool must)
{
    if (at == -2)
        return VALUE_NULL;
    if (at == -1 && must) {
        exc_raise_format(&exc_ValueError, "subsection not found");
        return VALUE_NULL;
    }
    return value_from_int(at);
}

static Value m_find(Value self, const Value *args, size_t nargs, Object *kw)
{
    return found(search("find", self, args, nargs, kw, S_FIND), false);
}
static Value m_rfind(Value self, const Value *args, size_t nargs, Object *kw)
{
    return found(search("rfind", self, args, nargs, kw, S_RFIND), false);
}
static Value m_index(Value self, const Value *args, size_t nargs, Object *kw)
{
    return found(search("index", self, args, nargs, kw, S_FIND), true);
}
static Value m_rindex(Value self, const Value *args, size_t nargs, Object *kw)
{
    return found(search("rindex", self, args, nargs, kw, S_RFIND), true);
}
static Value m_count(Value self, const Value *args, size_t nargs, Object *kw)
{
    return found(search("count", self, args, nargs, kw, S_COUNT), false);
}

static bool tail_match(const BytesObject *b, const BytesObject *sub,
                       int64_t start, int64_t end, bool at_end)
{
    if (start > b->size || end - start < sub->size)
        return false;
    int64_t at = at_end ? end - sub->size : start;
    return memcmp(b->data + at, sub->data, (size_t)sub->size) == 0;
}

static Value affix_test(const char *fname, Value self, const Value *args,
                        size_t nargs, Object *kw, bool at_end)
{
    Value a[3];
    int64_t start, end;
    if (!args_positional(fname, nargs, kw, 1, 3) ||
        !args_parse(fname, args, nargs, NULL, "prefix,start,end", 3, 1, a) ||
        !args_text_range(a[1], a[2], B(self)->size, &start, &end))
        return VALUE_NULL;
    if (bytes_check(a[0]))
        return value_bool(tail_match(B(self), B(a[0]), start, end, at_end));
    if (!value_isinstance(a[0], &tuple_type)) {
        exc_raise_format(&exc_TypeError,
                         "%s first arg must be bytes or a tuple of bytes, "
                         "not %s",
                         fname, tname(a[0]));
        return VALUE_NULL;
    }
    TupleObject *t = (TupleObject *)value_as_object(a[0]);
    for (int64_t i = 0; i < t->size; i++) {
        BytesObject *sub = bytearray_bytes_like(t->items[i]);
        if (sub == NULL) {
            need_bytes(t->items[i]); // raises: not bytes
            return VALUE_NULL;
        }
        bool match = tail_match(B(self), sub, start, end, at_end);
        refcount_dec(&sub->header);
        if (match)
            return VALUE_TRUE;
    }
    return VALUE_FALSE;
}

static Value m_startswith(Value self, const Value *args, size_t nargs,
                          Object *kw)
{
    return affix_test("startswith", self, args, nargs, kw, false);
}
static Value m_endswith(Value self, const Value *args, size_t nargs, Object *kw)
{
    return affix_test("endswith", self, args, nargs, kw, true);
}

// ------------------------------------------------------------ splitting

typedef struct Pieces {
    const BytesObject *b;
    ListObject *list;
    bool reverse;
} Pieces;

static void add_piece(void *ctx, int64_t from, int64_t to)
{
    Pieces *p = ctx;
    BytesObject *piece = bytes_from(p->b->data + from, to - from);
    if (p->reverse)
        list_insert(p->list, 0, value_steal(&piece->header));
    else
        list_append(p->list, value_steal(&piece->header));
}

static int space_at(const char *p, const char *end)
{
    (void)end;
    return is_space((unsigned char)*p);
}

static Value split_impl(const char *fname, Value self, const Value *args,
                        size_t nargs, Object *kw, bool reverse)
{
    Value a[2];
    int64_t maxsplit = -1;
    if (!args_parse(fname, args, nargs, kw, "sep,maxsplit", 0, 0, a) ||
        (a[1] != VALUE_NULL && !value_as_index(a[1], &maxsplit)))
        return VALUE_NULL;
    bool ws = a[0] == VALUE_NULL || value_is_none(a[0]);
    if (!ws && !need_bytes(a[0]))
        return VALUE_NULL;
    if (!ws && B(a[0])->size == 0) {
        exc_raise_format(&exc_ValueError, "empty separator");
        return VALUE_NULL;
    }
    BytesObject *b = B(self);
    Pieces p = {b, list_new(0), reverse};
    const char *sep = ws ? NULL : B(a[0])->data;
    int64_t nsep = ws ? 0 : B(a[0])->size;
    text_split_by(b->data, b->size, sep, nsep, maxsplit, reverse, space_at,
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
    int64_t keep = 0;
    if (!args_parse("splitlines", args, nargs, kw, "keepends", 0, 0, a) ||
        (a[0] != VALUE_NULL && !value_as_index(a[0], &keep)))
        return VALUE_NULL;
    BytesObject *b = B(self);
    Pieces p = {b, list_new(0), false};
    int64_t start = 0, off = 0;
    while (off < b->size) {
        int br = text_line_break(b->data + off, b->data + b->size, false);
        if (br == 0) {
            off++;
            continue;
        }
        add_piece(&p, start, keep ? off + br : off);
        start = off += br;
    }
    if (start < b->size)
        add_piece(&p, start, b->size);
    return value_steal(&p.list->header);
}

static Value partition_impl(Value self, const Value *args, size_t nargs,
                            Object *kw, bool reverse)
{
    const char *fname = reverse ? "rpartition" : "partition";
    if (!args_positional(fname, nargs, kw, 1, 1) || !need_bytes(args[0]))
        return VALUE_NULL;
    BytesObject *b = B(self), *sep = B(args[0]);
    if (sep->size == 0) {
        exc_raise_format(&exc_ValueError, "empty separator");
        return VALUE_NULL;
    }
    int64_t at = reverse ? text_rfind(b->data, 0, b->size, sep->data, sep->size)
                         : text_find(b->data, 0, b->size, sep->data, sep->size);
    Value parts[3];
    if (at < 0) {
        Value empty = ret(bytes_alloc(0));
        parts[0] = reverse ? empty : self;
        parts[1] = empty;
        parts[2] = reverse ? self : empty;
        TupleObject *t = tuple_pack(3, parts);
        value_decref(empty);
        return value_steal(&t->header);
    }
    parts[0] = ret(bytes_from(b->data, at));
    parts[1] = args[0];
    parts[2] =
        ret(bytes_from(b->data + at + sep->size, b->size - at - sep->size));
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

// ------------------------------------------------------------ building

static Value m_join(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (!args_positional("join", nargs, kw, 1, 1))
        return VALUE_NULL;
    Value it = op_iter(args[0]);
    if (it == VALUE_NULL) {
        if (exc_matches(&exc_TypeError)) {
            exc_clear();
            exc_raise_format(&exc_TypeError, "can only join an iterable");
        }
        return VALUE_NULL;
    }
    StrBuf buf;
    strbuf_init(&buf);
    Value v;
    for (int64_t i = 0; (v = op_next(it)) != VALUE_NULL; i++) {
        BytesObject *item = bytearray_bytes_like(v);
        if (item == NULL)
            exc_raise_format(&exc_TypeError,
                             "sequence item %lld: expected a bytes-like "
                             "object, %s found",
                             (long long)i, tname(v));
        value_decref(v);
        if (item == NULL)
            break;
        if (i > 0)
            strbuf_append(&buf, B(self)->data, (size_t)B(self)->size);
        strbuf_append(&buf, item->data, (size_t)item->size);
        refcount_dec(&item->header);
    }
    value_decref(it);
    BytesObject *r = NULL;
    if (exc_occurred() == NULL)
        r = bytes_from(buf.data, (int64_t)buf.size);
    strbuf_discard(&buf);
    return ret(r);
}

static Value strip_impl(const char *fname, Value self, const Value *args,
                        size_t nargs, Object *kw, int side)
{
    if (!args_positional(fname, nargs, kw, 0, 1))
        return VALUE_NULL;
    const BytesObject *chars = NULL;
    if (nargs == 1 && !value_is_none(args[0])) {
        if (!need_bytes(args[0]))
            return VALUE_NULL;
        chars = B(args[0]);
    }
    BytesObject *b = B(self);
    int64_t from = 0, to = b->size;
#define STRIPPABLE(c)                                                          \
    (chars ? memchr(chars->data, (c), (size_t)chars->size) != NULL             \
           : is_space((unsigned char)(c)))
    if (side & 1)
        while (from < to && STRIPPABLE(b->data[from]))
            from++;
    if (side & 2)
        while (to > from && STRIPPABLE(b->data[to - 1]))
            to--;
#undef STRIPPABLE
    return ret(bytes_from(b->data + from, to - from));
}

static Value m_strip(Value self, const Value *args, size_t nargs, Object *kw)
{
    return strip_impl("strip", self, args, nargs, kw, 3);
}
static Value m_lstrip(Value self, const Value *args, size_t nargs, Object *kw)
{
    return strip_impl("lstrip", self, args, nargs, kw, 1);
}
static Value m_rstrip(Value self, const Value *args, size_t nargs, Object *kw)
{
    return strip_impl("rstrip", self, args, nargs, kw, 2);
}

static Value m_replace(Value self, const Value *args, size_t nargs, Object *kw)
{
    int64_t count = -1;
    if (!args_positional("replace", nargs, kw, 2, 3) || !need_bytes(args[0]) ||
        !need_bytes(args[1]) ||
        (nargs == 3 && !value_as_index(args[2], &count)))
        return VALUE_NULL;
    BytesObject *b = B(self), *old = B(args[0]), *new_ = B(args[1]);
    if (count < 0)
        count = INT64_MAX;
    StrBuf buf;
    strbuf_init(&buf);
    int64_t from = 0;
    if (old->size == 0) { // new_ before every byte and at the end
        for (; count > 0 && from <= b->size; count--) {
            strbuf_append(&buf, new_->data, (size_t)new_->size);
            if (from < b->size)
                strbuf_append_char(&buf, b->data[from]);
            from++;
        }
    } else {
        int64_t at;
        for (; count > 0 && (at = text_find(b->data, from, b->size, old->data,
                                            old->size)) >= 0;
             count--) {
            strbuf_append(&buf, b->data + from, (size_t)(at - from));
            strbuf_append(&buf, new_->data, (size_t)new_->size);
            from = at + old->size;
        }
    }
    if (from < b->size)
        strbuf_append(&buf, b->data + from, (size_t)(b->size - from));
    BytesObject *r = bytes_from(buf.data, (int64_t)buf.size);
    strbuf_discard(&buf);
    return ret(r);
}

static Value affix_remove(const char *fname, Value self, const Value *args,
                          size_t nargs, Object *kw, bool suffix)
{
    if (!args_positional(fname, nargs, kw, 1, 1) || !need_bytes(args[0]))
        return VALUE_NULL;
    BytesObject *b = B(self), *a = B(args[0]);
    if (!tail_match(b, a, 0, b->size, suffix) || a->size == 0)
        return value_new_ref(value_as_object(self));
    return ret(bytes_from(b->data + (suffix ? 0 : a->size), b->size - a->size));
}

static Value m_removeprefix(Value self, const Value *args, size_t nargs,
                            Object *kw)
{
    return affix_remove("removeprefix", self, args, nargs, kw, false);
}
static Value m_removesuffix(Value self, const Value *args, size_t nargs,
                            Object *kw)
{
    return affix_remove("removesuffix", self, args, nargs, kw, true);
}

// ------------------------------------------------------------ case, tests

typedef enum BCase { B_UPPER, B_LOWER, B_SWAP, B_TITLE, B_CAPITALIZE } BCase;

static Value change_case(const char *fname, Value self, size_t nargs,
                         Object *kw, BCase how)
{
    if (!args_positional(fname, nargs, kw, 0, 0))
        return VALUE_NULL;
    BytesObject *b = B(self), *r = bytes_from(b->data, b->size);
    bool prev_cased = false;
    for (int64_t i = 0; i < r->size; i++) {
        unsigned char c = (unsigned char)r->data[i];
        bool up = how == B_UPPER || (how == B_SWAP && is_lower(c)) ||
                  (how == B_TITLE && !prev_cased) ||
                  (how == B_CAPITALIZE && i == 0);
        bool cased = is_lower(c) || is_upper(c);
        if (up && is_lower(c))
            r->data[i] = (char)(c - 32);
        else if (!up && is_upper(c) && how != B_UPPER)
            r->data[i] = (char)(c + 32);
        prev_cased = cased;
    }
    return ret(r);
}

#define CASE_METHOD(name, how)                                                 \
    static Value m_##name(Value self, const Value *args, size_t nargs,         \
                          Object *kw)                                          \
    {                                                                          \
        (void)args;                                                            \
        return change_case("bytes." #name, self, nargs, kw, how);              \
    }
CASE_METHOD(upper, B_UPPER)
CASE_METHOD(lower, B_LOWER)
CASE_METHOD(swapcase, B_SWAP)
CASE_METHOD(title, B_TITLE)
CASE_METHOD(capitalize, B_CAPITALIZE)
#undef CASE_METHOD

typedef bool (*ByteTest)(unsigned char c);
static bool is_alpha(unsigned char c)
{
    return is_lower(c) || is_upper(c);
}
static bool is_alnum(unsigned char c)
{
    return is_alpha(c) || is_digit(c);
}

static bool all_bytes(const BytesObject *b, ByteTest test)
{
    for (int64_t i = 0; i < b->size; i++)
        if (!test((unsigned char)b->data[i]))
            return false;
    return b->size > 0;
}

// isupper/islower: some cased byte and none of the other case.
static bool case_test(const BytesObject *b, bool upper)
{
    bool cased = false;
    for (int64_t i = 0; i < b->size; i++) {
        unsigned char c = (unsigned char)b->data[i];
        if (upper ? is_lower(c) : is_upper(c))
            return false;
        cased |= upper ? is_upper(c) : is_lower(c);
    }
    return cased;
}

// istitle: some cased byte; upper case only after uncased bytes, lower
// case only after cased ones.
static bool title_test(const BytesObject *b)
{
    bool cased = false, prev_cased = false;
    for (int64_t i = 0; i < b->size; i++) {
        unsigned char c = (unsigned char)b->data[i];
        if ((is_upper(c) && prev_cased) || (is_lower(c) && !prev_cased))
            return false;
        prev_cased = is_upper(c) || is_lower(c);
        cased |= prev_cased;
    }
    return cased;
}

static bool ascii_only(const BytesObject *b)
{
    for (int64_t i = 0; i < b->size; i++)
        if ((unsigned char)b->data[i] >= 0x80)
            return false;
    return true;
}

#define TEST_METHOD(name, expr)                                                \
    static Value m_##name(Value self, const Value *args, size_t nargs,         \
                          Object *kw)                                          \
    {                                                                          \
        (void)args;                                                            \
        if (!args_positional("bytes." #name, nargs, kw, 0, 0))                 \
            return VALUE_NULL;                                                 \
        const BytesObject *b = B(self);                                        \
        return value_bool(expr);                                               \
    }
TEST_METHOD(isalpha, all_bytes(b, is_alpha))
TEST_METHOD(isalnum, all_bytes(b, is_alnum))
TEST_METHOD(isdigit, all_bytes(b, is_digit))
TEST_METHOD(isspace, all_bytes(b, is_space))
TEST_METHOD(isupper, case_test(b, true))
TEST_METHOD(islower, case_test(b, false))
TEST_METHOD(istitle, title_test(b))
TEST_METHOD(isascii, ascii_only(b))
#undef TEST_METHOD

// ------------------------------------------------------------ padding

static Value justify(const char *fname, Value self, const Value *args,
                     size_t nargs, Object *kw, int how)
{
    int64_t width;
    char fill = ' ';
    if (!args_positional(fname, nargs, kw, 1, 2) ||
        !value_as_index(args[0], &width))
        return VALUE_NULL;
    if (nargs == 2) {
        if (!bytes_check(args[1]) || B(args[1])->size != 1) {
            exc_raise_format(&exc_TypeError,
                             "%s() argument 2 must be a byte string of length "
                             "1, not %s",
                             fname, tname(args[1]));
            return VALUE_NULL;
        }
        fill = B(args[1])->data[0];
    }
    BytesObject *b = B(self);
    int64_t marg = width - b->size;
    if (marg <= 0)
        return value_new_ref(value_as_object(self));
    int64_t left = how == 0   ? 0
                   : how == 1 ? marg
                              : marg / 2 + (marg & width & 1);
    BytesObject *r = bytes_alloc(width);
    memset(r->data, fill, (size_t)width);
    memcpy(r->data + left, b->data, (size_t)b->size);
    return ret(r);
}

static Value m_ljust(Value self, const Value *args, size_t nargs, Object *kw)
{
    return justify("ljust", self, args, nargs, kw, 0);
}
static Value m_rjust(Value self, const Value *args, size_t nargs, Object *kw)
{
    return justify("rjust", self, args, nargs, kw, 1);
}
static Value m_center(Value self, const Value *args, size_t nargs, Object *kw)
{
    return justify("center", self, args, nargs, kw, 2);
}

static Value m_zfill(Value self, const Value *args, size_t nargs, Object *kw)
{
    int64_t width;
    if (!args_positional("zfill", nargs, kw, 1, 1) ||
        !value_as_index(args[0], &width))
        return VALUE_NULL;
    BytesObject *b = B(self);
    int64_t fill = width - b->size;
    if (fill <= 0)
        return value_new_ref(value_as_object(self));
    BytesObject *r = bytes_alloc(width);
    memset(r->data, '0', (size_t)fill);
    memcpy(r->data + fill, b->data, (size_t)b->size);
    if (b->size > 0 && (b->data[0] == '+' || b->data[0] == '-')) {
        r->data[0] = b->data[0]; // the sign goes before the zeros
        r->data[fill] = '0';
    }
    return ret(r);
}

static Value m_expandtabs(Value self, const Value *args, size_t nargs,
                          Object *kw)
{
    Value a[1];
    int64_t tabsize = 8;
    if (!args_parse("expandtabs", args, nargs, kw, "tabsize", 0, 0, a) ||
        (a[0] != VALUE_NULL && !value_as_index(a[0], &tabsize)))
        return VALUE_NULL;
    BytesObject *b = B(self);
    StrBuf buf;
    strbuf_init(&buf);
    int64_t column = 0;
    for (int64_t i = 0; i < b->size; i++) {
        char c = b->data[i];
        if (c == '\t') {
            int64_t pad = tabsize > 0 ? tabsize - column % tabsize : 0;
            for (int64_t k = 0; k < pad; k++)
                strbuf_append_char(&buf, ' ');
            column += pad;
            continue;
        }
        strbuf_append_char(&buf, c);
        column = c == '\n' || c == '\r' ? 0 : column + 1;
    }
    BytesObject *r = bytes_from(buf.data, (int64_t)buf.size);
    strbuf_discard(&buf);
    return ret(r);
}

// ------------------------------------------------------------ translation

static Value m_translate(Value self, const Value *args, size_t nargs,
                         Object *kw)
{
    Value a[2];
    if (!args_parse("translate", args, nargs, kw, "table,delete", 1, 1, a))
        return VALUE_NULL;
    bool identity = value_is_none(a[0]);
    if (!identity && !need_bytes(a[0]))
        return VALUE_NULL;
    if (!identity && B(a[0])->size != 256) {
        exc_raise_format(&exc_ValueError,
                         "translation table must be 256 characters long");
        return VALUE_NULL;
    }
    if (a[1] != VALUE_NULL && !need_bytes(a[1]))
        return VALUE_NULL;
    bool drop[256] = {false};
    for (int64_t i = 0; a[1] != VALUE_NULL && i < B(a[1])->size; i++)
        drop[(unsigned char)B(a[1])->data[i]] = true;
    BytesObject *b = B(self), *r = bytes_alloc(b->size);
    int64_t n = 0;
    for (int64_t i = 0; i < b->size; i++) {
        unsigned char c = (unsigned char)b->data[i];
        if (!drop[c])
            r->data[n++] = identity ? (char)c : B(a[0])->data[c];
    }
    r->size = n;
    r->data[n] = '\0';
    return ret(r);
}

static Value m_maketrans(Value unused, const Value *args, size_t nargs,
                         Object *kw)
{
    (void)unused;
    if (!args_positional("maketrans", nargs, kw, 2, 2) ||
        !need_bytes(args[0]) || !need_bytes(args[1]))
        return VALUE_NULL;
    BytesObject *from = B(args[0]), *to = B(args[1]);
    if (from->size != to->size) {
        exc_raise_format(&exc_ValueError,
                         "maketrans arguments must have same length");
        return VALUE_NULL;
    }
    BytesObject *r = bytes_alloc(256);
    for (int i = 0; i < 256; i++)
        r->data[i] = (char)i;
    for (int64_t i = 0; i < from->size; i++)
        r->data[(unsigned char)from->data[i]] = to->data[i];
    return ret(r);
}

// ------------------------------------------------------------ conversion

static Value m_hex(Value self, const Value *args, size_t nargs, Object *kw)
{
    Value a[2];
    if (!args_parse("hex", args, nargs, kw, "sep,bytes_per_sep", 0, 0, a))
        return VALUE_NULL;
    int64_t per = 1;
    const char *sep = NULL;
    if (a[0] != VALUE_NULL) {
        StrObject *s =
            str_check(a[0]) ? (StrObject *)value_as_object(a[0]) : NULL;
        if ((s && s->length != 1) || (!s && !bytes_check(a[0])) ||
            (!s && B(a[0])->size != 1)) {
            exc_raise_format(&exc_ValueError, "sep must be length 1.");
            return VALUE_NULL;
        }
        sep = s ? s->data : B(a[0])->data;
        if (s && !str_is_ascii(s)) {
            exc_raise_format(&exc_ValueError, "sep must be ASCII.");
            return VALUE_NULL;
        }
    }
    if (a[1] != VALUE_NULL && !value_as_index(a[1], &per))
        return VALUE_NULL;
    BytesObject *b = B(self);
    StrBuf out;
    strbuf_init(&out);
    int64_t every = per < 0 ? -per : per;
    for (int64_t i = 0; i < b->size; i++) {
        // Separators count groups from the right (per > 0) or left.
        int64_t k = per > 0 ? b->size - i : i;
        if (sep && i > 0 && every > 0 && k % every == 0)
            strbuf_append_char(&out, *sep);
        strbuf_printf(&out, "%02x", (unsigned char)b->data[i]);
    }
    return value_steal(&strbuf_finish(&out)->header);
}

static int hex_digit(char c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

static Value m_fromhex(Value cls, const Value *args, size_t nargs, Object *kw)
{
    (void)cls;
    if (!args_positional("fromhex", nargs, kw, 1, 1))
        return VALUE_NULL;
    if (!str_check(args[0])) {
        exc_raise_format(&exc_TypeError,
                         "fromhex() argument must be str, not %s",
                         tname(args[0]));
        return VALUE_NULL;
    }
    const StrObject *s = (StrObject *)value_as_object(args[0]);
    BytesObject *r = bytes_alloc(s->size / 2);
    int64_t n = 0;
    for (int64_t i = 0; i < s->size;) {
        if (is_space((unsigned char)s->data[i])) {
            i++;
            continue;
        }
        int hi = hex_digit(s->data[i]);
        int lo = i + 1 < s->size ? hex_digit(s->data[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            int64_t at = hi < 0 ? i : i + 1;
            refcount_dec(&r->header);
            // Positions count code points, as in CPython.
            StrObject *head = str_from_trusted_utf8(s->data, at);
            exc_raise_format(&exc_ValueError,
                             "non-hexadecimal number found in fromhex() arg "
                             "at position %lld",
                             (long long)head->length);
            refcount_dec(&head->header);
            return VALUE_NULL;
        }
        r->data[n++] = (char)(hi << 4 | lo);
        i += 2;
    }
    r->size = n;
    r->data[n] = '\0';
    return ret(r);
}

static bool text_arg(Value v, const char *what, const char **out)
{
    if (v == VALUE_NULL)
        return true;
    if (!str_check(v)) {
        exc_raise_format(&exc_TypeError,
                         "decode() argument '%s' must be str, not %s", what,
                         tname(v));
        return false;
    }
    *out = ((StrObject *)value_as_object(v))->data;
    return true;
}

static Value m_decode(Value self, const Value *args, size_t nargs, Object *kw)
{
    Value a[2];
    const char *encoding = "utf-8", *errors = NULL;
    if (!args_parse("decode", args, nargs, kw, "encoding,errors", 0, 0, a) ||
        !text_arg(a[0], "encoding", &encoding) ||
        !text_arg(a[1], "errors", &errors))
        return VALUE_NULL;
    StrObject *s = codec_decode(B(self)->data, B(self)->size, encoding, errors);
    return s ? value_steal(&s->header) : VALUE_NULL;
}

// ------------------------------------------------------------ exports

// Calls `fn` with every bytearray argument (positional or keyword)
// replaced by a bytes snapshot of it.
static Value with_bytes_args(CallFn fn, Value self, const Value *args,
                             size_t nargs, Object *kw)
{
    size_t total = nargs + (kw ? (size_t)((TupleObject *)kw)->size : 0);
    bool any = false;
    for (size_t i = 0; i < total; i++)
        any |= bytearray_check(args[i]);
    if (!any || total > 8) // no method takes more than 3 arguments
        return fn(self, args, nargs, kw);
    Value conv[8];
    for (size_t i = 0; i < total; i++) {
        BytesObject *b = bytearray_check(args[i])
                             ? bytearray_snapshot(bytearray_of(args[i]))
                             : NULL;
        conv[i] = b ? value_steal(&b->header) : args[i];
    }
    Value r = fn(self, conv, nargs, kw);
    for (size_t i = 0; i < total; i++)
        if (conv[i] != args[i])
            value_decref(conv[i]);
    return r;
}

#define BYTES_METHOD(name)                                                     \
    Value bytes_method_##name(Value self, const Value *args, size_t nargs,     \
                              Object *kw)                                      \
    {                                                                          \
        return with_bytes_args(m_##name, self, args, nargs, kw);               \
    }
#define BYTES_CLASSMETHOD(name) BYTES_METHOD(name)
#define BYTES_STATICMETHOD(name) BYTES_METHOD(name)
#include "vm/objects/bytes_methods.def"
#undef BYTES_METHOD
#undef BYTES_CLASSMETHOD
#undef BYTES_STATICMETHOD

const MethodDef bytes_methods[] = {
#define BYTES_METHOD(name) {#name, bytes_method_##name, 0},
#define BYTES_CLASSMETHOD(name) {#name, bytes_method_##name, METHOD_CLASS},
#define BYTES_STATICMETHOD(name) {#name, bytes_method_##name, METHOD_STATIC},
#include "vm/objects/bytes_methods.def"
#undef BYTES_METHOD
#undef BYTES_CLASSMETHOD
#undef BYTES_STATICMETHOD
    {NULL, NULL, 0},
};
