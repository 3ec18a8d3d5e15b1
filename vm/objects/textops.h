// textops.h: byte-level searching and splitting shared by str and bytes.
// Positions are byte offsets; str callers convert code point indices to
// offsets and back (a UTF-8 match can only start at a character
// boundary, so byte search finds exactly the character matches).
//
// Concurrency: pure functions over immutable data.
#ifndef FTPY_VM_OBJECTS_TEXTOPS_H
#define FTPY_VM_OBJECTS_TEXTOPS_H

#include <stdbool.h>
#include <stdint.h>

// A piece of text found by a splitter: bytes [from, to) of the input.
typedef void (*PieceFn)(void *ctx, int64_t from, int64_t to);
// The length of the whitespace character at p (< end), or 0.
typedef int (*SpaceFn)(const char *p, const char *end);

// Offset of the first / last `needle` within hay[from, to), or -1.
int64_t text_find(const char *hay, int64_t from, int64_t to, const char *needle,
                  int64_t nsize);
int64_t text_rfind(const char *hay, int64_t from, int64_t to,
                   const char *needle, int64_t nsize);
// Non-overlapping occurrences of a non-empty `needle` in hay[from, to).
int64_t text_count(const char *hay, int64_t from, int64_t to,
                   const char *needle, int64_t nsize);

// s.split(sep, maxsplit) / s.rsplit: calls `piece` for each piece, left
// to right for split and right to left for rsplit. `sep` must not be
// empty; maxsplit < 0 means no limit.
void text_split(const char *s, int64_t size, const char *sep, int64_t nsep,
                int64_t maxsplit, PieceFn piece, void *ctx);
void text_rsplit(const char *s, int64_t size, const char *sep, int64_t nsep,
                 int64_t maxsplit, PieceFn piece, void *ctx);
// The same splitting on runs of whitespace (sep=None).
void text_split_ws(const char *s, int64_t size, int64_t maxsplit, SpaceFn space,
                   PieceFn piece, void *ctx);
void text_rsplit_ws(const char *s, int64_t size, int64_t maxsplit,
                    SpaceFn space, PieceFn piece, void *ctx);
// Whichever of the four above s.split / s.rsplit (`reverse`) call for:
// `sep` NULL splits on whitespace as `space` sees it, else on `sep`.
void text_split_by(const char *s, int64_t size, const char *sep, int64_t nsep,
                   int64_t maxsplit, bool reverse, SpaceFn space, PieceFn piece,
                   void *ctx);

// The byte length of the line break at p (< end) as str.splitlines sees
// it (\n \r \r\n \v \f \x1c \x1d \x1e \x85 U+2028 U+2029; `unicode`
// false: bytes.splitlines, only \n \r \r\n), or 0.
int text_line_break(const char *p, const char *end, bool unicode);

#endif // FTPY_VM_OBJECTS_TEXTOPS_H
