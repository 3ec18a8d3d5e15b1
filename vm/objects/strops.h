// strops.h: the algorithms behind str methods (find, count, replace,
// split, join, strip, startswith, endswith), on StrObjects, with Python's
// results including the edge cases (empty separators and needles,
// maxsplit, non-ASCII text). Indices are code points, as in Python.
//
// Whitespace is Python's str.isspace() set for ASCII and Latin-1 plus the
// Unicode space separators (U+1680, U+2000..U+200A, U+2028, U+2029,
// U+202F, U+205F, U+3000).
//
// Concurrency: pure functions of immutable strings; results are new
// objects owned by the caller.
#ifndef FTPY_VM_OBJECTS_STROPS_H
#define FTPY_VM_OBJECTS_STROPS_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/objects/list.h"
#include "vm/objects/str.h"

// Index of the first `sub` in s[start:end] (code points), or -1.
int64_t str_find(const StrObject *s, const StrObject *sub, int64_t start,
                 int64_t end);
// Non-overlapping occurrences of `sub` (len(s) + 1 for an empty `sub`).
int64_t str_count(const StrObject *s, const StrObject *sub);
bool str_startswith(const StrObject *s, const StrObject *prefix);
bool str_endswith(const StrObject *s, const StrObject *suffix);
// s.replace(old, new, count); count < 0 means all.
StrObject *str_replace(const StrObject *s, const StrObject *old,
                       const StrObject *new_, int64_t count);
// s.split(sep, maxsplit): sep NULL splits on runs of whitespace; an empty
// `sep` is the caller's ValueError ("empty separator").
ListObject *str_split(const StrObject *s, const StrObject *sep,
                      int64_t maxsplit);
// sep.join(items): every item must be a str (the caller checks).
StrObject *str_join(const StrObject *sep, ListObject *items);

typedef enum StripSide {
    STRIP_LEFT = 1,
    STRIP_RIGHT = 2,
    STRIP_BOTH = 3,
} StripSide;
// s.strip(chars) / lstrip / rstrip: chars NULL strips whitespace.
StrObject *str_strip(const StrObject *s, const StrObject *chars,
                     StripSide side);

bool str_code_point_is_space(uint32_t cp);

// Byte offset of code point `index` (0 <= index; clamped to the end).
int64_t str_byte_offset(const StrObject *s, int64_t index);
// Code point index of byte offset `off` (a character boundary).
int64_t str_cp_index(const StrObject *s, int64_t off);

#endif // FTPY_VM_OBJECTS_STROPS_H
