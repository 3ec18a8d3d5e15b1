// textops.c: byte-level search and split shared by str and bytes
// (textops.h).
#define _GNU_SOURCE // memmem
#include "vm/objects/textops.h"

#include <string.h>

static bool is_continuation(char c)
{
    return ((unsigned char)c & 0xC0) == 0x80;
}

int64_t text_find(const char *hay, int64_t from, int64_t to, const char *needle,
                  int64_t nsize)
{
    if (from > to)
        return -1;
    if (nsize == 0)
        return from;
    const char *hit =
        memmem(hay + from, (size_t)(to - from), needle, (size_t)nsize);
    return hit ? hit - hay : -1;
}

int64_t text_rfind(const char *hay, int64_t from, int64_t to,
                   const char *needle, int64_t nsize)
{
    if (from > to)
        return -1;
    for (int64_t at = to - nsize; at >= from; at--)
        if (memcmp(hay + at, needle, (size_t)nsize) == 0)
            return at;
    return -1;
}

int64_t text_count(const char *hay, int64_t from, int64_t to,
                   const char *needle, int64_t nsize)
{
    int64_t n = 0;
    for (int64_t at = from; (at = text_find(hay, at, to, needle, nsize)) >= 0;
         at += nsize)
        n++;
    return n;
}

void text_split(const char *s, int64_t size, const char *sep, int64_t nsep,
                int64_t maxsplit, PieceFn piece, void *ctx)
{
    int64_t from = 0, at;
    for (; maxsplit != 0 && (at = text_find(s, from, size, sep, nsep)) >= 0;
         maxsplit--) {
        piece(ctx, from, at);
        from = at + nsep;
    }
    piece(ctx, from, size);
}

void text_rsplit(const char *s, int64_t size, const char *sep, int64_t nsep,
                 int64_t maxsplit, PieceFn piece, void *ctx)
{
    int64_t to = size, at;
    for (; maxsplit != 0 && (at = text_rfind(s, 0, to, sep, nsep)) >= 0;
         maxsplit--) {
        piece(ctx, at + nsep, to);
        to = at;
    }
    piece(ctx, 0, to);
}

// The offset of the first byte at or after `off` that is (space true) /
// is not (space false) the start of a whitespace character.
static int64_t skip(const char *s, int64_t size, int64_t off, bool want,
                    SpaceFn space)
{
    while (off < size) {
        int n = space(s + off, s + size);
        if ((n > 0) != want)
            break;
        off += n > 0 ? n : 1;
        while (!want && off < size && is_continuation(s[off]))
            off++; // continuation bytes of a non-space character
    }
    return off;
}

void text_split_ws(const char *s, int64_t size, int64_t maxsplit, SpaceFn space,
                   PieceFn piece, void *ctx)
{
    int64_t at = skip(s, size, 0, true, space);
    for (; at < size; maxsplit--) {
        if (maxsplit == 0) { // the rest, trailing whitespace included
            piece(ctx, at, size);
            return;
        }
        int64_t end = skip(s, size, at, false, space);
        piece(ctx, at, end);
        at = skip(s, size, end, true, space);
    }
}

// The start of the UTF-8 character ending at `off`; for bytes that are
// not UTF-8, simply off - 1.
static int64_t char_before(const char *s, int64_t off)
{
    int64_t p = off - 1;
    while (p > 0 && is_continuation(s[p]) && off - p < 4)
        p--;
    return (unsigned char)s[p] >= 0xC0 ? p : off - 1;
}

// The start of the whitespace character that ends just before `off`, or
// -1 if the character there is not whitespace.
static int64_t space_before(const char *s, int64_t size, int64_t off,
                            SpaceFn space)
{
    int64_t start = char_before(s, off);
    int n = space(s + start, s + size);
    return n > 0 && start + n == off ? start : -1;
}

// Moves `off` left over characters that are (want) / are not whitespace.
static int64_t rskip(const char *s, int64_t size, int64_t off, bool want,
                     SpaceFn space)
{
    while (off > 0) {
        int64_t start = space_before(s, size, off, space);
        if ((start >= 0) != want)
            break;
        off = start >= 0 ? start : char_before(s, off);
    }
    return off;
}

void text_rsplit_ws(const char *s, int64_t size, int64_t maxsplit,
                    SpaceFn space, PieceFn piece, void *ctx)
{
    int64_t at = rskip(s, size, size, true, space);
    for (; at > 0; maxsplit--) {
        if (maxsplit == 0) {
            piece(ctx, 0, at);
            return;
        }
        int64_t start = rskip(s, size, at, false, space);
        piece(ctx, start, at);
        at = rskip(s, size, start, true, space);
    }
}

void text_split_by(const char *s, int64_t size, const char *sep, int64_t nsep,
                   int64_t maxsplit, bool reverse, SpaceFn space, PieceFn piece,
                   void *ctx)
{
    if (sep == NULL && reverse)
        text_rsplit_ws(s, size, maxsplit, space, piece, ctx);
    else if (sep == NULL)
        text_split_ws(s, size, maxsplit, space, piece, ctx);
    else if (reverse)
        text_rsplit(s, size, sep, nsep, maxsplit, piece, ctx);
    else
        text_split(s, size, sep, nsep, maxsplit, piece, ctx);
}

int text_line_break(const char *p, const char *end, bool unicode)
{
    unsigned char c = (unsigned char)p[0];
    if (c == '\r')
        return end - p > 1 && p[1] == '\n' ? 2 : 1;
    if (c == '\n')
        return 1;
    if (!unicode)
        return 0;
    if (c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E))
        return 1;
    if (c == 0xC2 && end - p > 1 && (unsigned char)p[1] == 0x85)
        return 2;
    if (c == 0xE2 && end - p > 2 && (unsigned char)p[1] == 0x80 &&
        ((unsigned char)p[2] == 0xA8 || (unsigned char)p[2] == 0xA9))
        return 3;
    return 0;
}
