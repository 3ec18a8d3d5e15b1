// strops.c: str method algorithms (see strops.h). Searching works on the
// UTF-8 bytes (a UTF-8 match can only start at a code point boundary);
// results are converted back to code point indices.
#define _GNU_SOURCE // memmem
#include "vm/objects/strops.h"

#include <string.h>

#include "alloc/alloc.h"
#include "vm/objects/utf8.h"

// ------------------------------------------------------------ helpers

int64_t str_byte_offset(const StrObject *s, int64_t index)
{
    if (index >= s->length)
        return s->size;
    if (str_is_ascii(s))
        return index;
    int64_t off = 0;
    for (; index > 0; index--)
        off += utf8_seq_len((unsigned char)s->data[off]);
    return off;
}

int64_t str_cp_index(const StrObject *s, int64_t off)
{
    if (str_is_ascii(s))
        return off;
    int64_t n = 0;
    for (int64_t i = 0; i < off; i += utf8_seq_len((unsigned char)s->data[i]))
        n++;
    return n;
}

// Byte offset of `sub` in data[from, to), or -1.
static int64_t search(const char *data, int64_t from, int64_t to,
                      const StrObject *sub)
{
    if (sub->size == 0)
        return from <= to ? from : -1;
    const char *hit =
        memmem(data + from, (size_t)(to - from), sub->data, (size_t)sub->size);
    return hit ? hit - data : -1;
}

static void clamp(int64_t *start, int64_t *end, int64_t length)
{
    if (*end > length)
        *end = length;
    if (*end < 0 && (*end += length) < 0)
        *end = 0;
    if (*start < 0 && (*start += length) < 0)
        *start = 0;
}

// ------------------------------------------------------------ searching

int64_t str_find(const StrObject *s, const StrObject *sub, int64_t start,
                 int64_t end)
{
    clamp(&start, &end, s->length);
    if (start > end || start > s->length)
        return -1;
    int64_t from = str_byte_offset(s, start), to = str_byte_offset(s, end);
    int64_t at = search(s->data, from, to, sub);
    return at < 0 ? -1 : str_cp_index(s, at);
}

int64_t str_count(const StrObject *s, const StrObject *sub)
{
    if (sub->size == 0)
        return s->length + 1;
    int64_t n = 0;
    for (int64_t at = 0; (at = search(s->data, at, s->size, sub)) >= 0;
         at += sub->size)
        n++;
    return n;
}

bool str_startswith(const StrObject *s, const StrObject *prefix)
{
    return prefix->size <= s->size &&
           memcmp(s->data, prefix->data, (size_t)prefix->size) == 0;
}

bool str_endswith(const StrObject *s, const StrObject *suffix)
{
    return suffix->size <= s->size &&
           memcmp(s->data + s->size - suffix->size, suffix->data,
                  (size_t)suffix->size) == 0;
}

// ------------------------------------------------------------ building

typedef struct Buf {
    char *data;
    int64_t size, cap;
} Buf;

static void buf_add(Buf *b, const char *bytes, int64_t n)
{
    if (b->size + n > b->cap) {
        b->cap = (b->size + n) * 2 + 16;
        b->data = alloc_resize(b->data, (size_t)b->cap);
    }
    memcpy(b->data + b->size, bytes, (size_t)n);
    b->size += n;
}

// The buffer as a str; frees the buffer.
static StrObject *buf_finish(Buf *b)
{
    StrObject *s = str_from_trusted_utf8(b->data ? b->data : "", b->size);
    alloc_free(b->data);
    return s;
}

StrObject *str_replace(const StrObject *s, const StrObject *old,
                       const StrObject *new_, int64_t count)
{
    if (count < 0)
        count = INT64_MAX;
    Buf b = {0};
    if (old->size == 0) {
        // Python inserts `new_` before every code point and at the end.
        int64_t i = 0;
        for (; count > 0 && i < s->size; count--) {
            int n = utf8_seq_len((unsigned char)s->data[i]);
            buf_add(&b, new_->data, new_->size);
            buf_add(&b, s->data + i, n);
            i += n;
        }
        if (count > 0)
            buf_add(&b, new_->data, new_->size);
        buf_add(&b, s->data + i, s->size - i);
        return buf_finish(&b);
    }
    int64_t from = 0, at;
    for (; count > 0 && (at = search(s->data, from, s->size, old)) >= 0;
         count--) {
        buf_add(&b, s->data + from, at - from);
        buf_add(&b, new_->data, new_->size);
        from = at + old->size;
    }
    buf_add(&b, s->data + from, s->size - from);
    return buf_finish(&b);
}

StrObject *str_join(const StrObject *sep, ListObject *items)
{
    Buf b = {0};
    int64_t n = list_len(items);
    for (int64_t i = 0; i < n; i++) {
        Value v;
        if (!list_get(items, i, &v))
            break; // shrunk meanwhile: join what is there
        if (i > 0)
            buf_add(&b, sep->data, sep->size);
        StrObject *item = (StrObject *)value_as_object(v);
        buf_add(&b, item->data, item->size);
        value_decref(v);
    }
    return buf_finish(&b);
}

// ------------------------------------------------------------ whitespace

bool str_code_point_is_space(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20);
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// The code point at byte `off` (lenient: strs may hold surrogates).
static uint32_t cp_at(const StrObject *s, int64_t off, int *len)
{
    return utf8_decode_at(s->data + off, len);
}

// Byte offset of the code point before byte `off`.
static int64_t prev_offset(const StrObject *s, int64_t off)
{
    do
        off--;
    while (off > 0 && ((unsigned char)s->data[off] & 0xC0) == 0x80);
    return off;
}

static bool in_chars(uint32_t cp, const StrObject *chars)
{
    if (chars == NULL)
        return str_code_point_is_space(cp);
    for (int64_t off = 0; off < chars->size;) {
        int n;
        if (cp_at(chars, off, &n) == cp)
            return true;
        off += n;
    }
    return false;
}

// ------------------------------------------------------------ split, strip

static void append_piece(ListObject *l, const StrObject *s, int64_t from,
                         int64_t to)
{
    StrObject *piece = str_from_trusted_utf8(s->data + from, to - from);
    list_append(l, value_steal(&piece->header));
}

// Byte offset of the first non-whitespace code point at or after `off`.
static int64_t skip_space(const StrObject *s, int64_t off, bool space)
{
    int n;
    while (off < s->size && str_code_point_is_space(cp_at(s, off, &n)) == space)
        off += n;
    return off;
}

static ListObject *split_whitespace(const StrObject *s, int64_t maxsplit)
{
    ListObject *l = list_new(0);
    int64_t at = skip_space(s, 0, true);
    for (; at < s->size; maxsplit--) {
        if (maxsplit == 0) { // the rest, trailing whitespace included
            append_piece(l, s, at, s->size);
            break;
        }
        int64_t end = skip_space(s, at, false);
        append_piece(l, s, at, end);
        at = skip_space(s, end, true);
    }
    return l;
}

ListObject *str_split(const StrObject *s, const StrObject *sep,
                      int64_t maxsplit)
{
    if (sep == NULL)
        return split_whitespace(s, maxsplit);
    ListObject *l = list_new(0);
    int64_t from = 0, at;
    for (; maxsplit != 0 && (at = search(s->data, from, s->size, sep)) >= 0;
         maxsplit--) {
        append_piece(l, s, from, at);
        from = at + sep->size;
    }
    append_piece(l, s, from, s->size);
    return l;
}

StrObject *str_strip(const StrObject *s, const StrObject *chars, StripSide side)
{
    int64_t from = 0, to = s->size;
    int n;
    if (side & STRIP_LEFT)
        while (from < to && in_chars(cp_at(s, from, &n), chars))
            from += n;
    if (side & STRIP_RIGHT)
        while (to > from && in_chars(cp_at(s, prev_offset(s, to), &n), chars))
            to = prev_offset(s, to);
    return str_from_trusted_utf8(s->data + from, to - from);
}
