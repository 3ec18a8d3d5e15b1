// str.h: the str object's storage: immutable Unicode text kept as UTF-8,
// plus the intern table.
//
// Layout: the header, the length in code points, the size in bytes, a
// cached hash, flags, then the UTF-8 bytes inline (NUL-terminated, so
// they can be handed to C APIs). ASCII strings (the vast majority of
// identifiers and keys) index in O(1); other strings index by scanning
// (a cached index is a later optimisation).
//
// Text may contain lone surrogates (U+D800..U+DFFF), which Python allows
// in str; they are stored in the generalized UTF-8 form. str_from_utf8 is
// the strict decoder for outside bytes (source files, bytes.decode) and
// rejects them.
//
// Concurrency: a str never changes after construction, except its hash
// cache, which racing threads fill with the same value (relaxed atomics).
// The intern table is guarded by one leaf mutex; interned strings are
// immortal, so looking one up never touches a refcount other threads see.
#ifndef FTPY_VM_OBJECTS_STR_H
#define FTPY_VM_OBJECTS_STR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/object.h"

#define STR_FLAG_ASCII 1
#define STR_FLAG_INTERNED 2

typedef struct StrObject {
    ObjHeader header;
    int64_t length; // code points
    int64_t size;   // bytes of UTF-8, without the NUL
    int64_t hash;   // -1 until computed; atomic
    uint32_t flags; // STR_FLAG_*; fixed at construction, except INTERNED
    char data[];    // size bytes + NUL
} StrObject;

extern TypeObject str_type;

// Strict decoding of outside bytes. On invalid UTF-8 returns NULL and
// stores the offset of the first bad byte in *bad_offset.
StrObject *str_from_utf8(const char *bytes, int64_t size, int64_t *bad_offset);
// From bytes that are already str text (slices and joins of strs, which
// may hold surrogates): counted, not validated.
StrObject *str_from_trusted_utf8(const char *bytes, int64_t size);
// From NUL-terminated text the program itself wrote (must be valid).
StrObject *str_from_cstr(const char *text);
// From code points (any value up to U+10FFFF, surrogates included).
StrObject *str_from_code_points(const uint32_t *cps, int64_t count);

static inline bool str_is_ascii(const StrObject *s)
{
    return (s->flags & STR_FLAG_ASCII) != 0;
}

// The code point at index `i` (0 <= i < length).
uint32_t str_code_point_at(const StrObject *s, int64_t i);
// Code points [start, end) as a new str (0 <= start <= end <= length).
StrObject *str_substring(const StrObject *s, int64_t start, int64_t end);
StrObject *str_concat(const StrObject *a, const StrObject *b);

int64_t str_hash(StrObject *s);
bool str_equal(const StrObject *a, const StrObject *b);
// <0, 0, >0 by code point order (which UTF-8 byte order preserves).
int str_compare(const StrObject *a, const StrObject *b);

// ------------------------------------------------------------ the type
// str's slots follow CPython: + and * (with an int on either side) build
// new strings, comparisons are by code point, s[i] and s[a:b:c] index by
// code point, `x in s` is a substring test, iteration yields one-character
// strs. str(obj) is op_str(obj); str(b, encoding, errors) decodes.

// str or a subclass.
bool str_check(uintptr_t v);
// s * n (n <= 0 gives ''); NULL with OverflowError if too long.
StrObject *str_repeat(const StrObject *s, int64_t n);
// repr(s) as CPython writes it: single quotes unless the text has ' and
// no "; backslash escapes for \, the quote, \t \n \r, \xNN for other
// control characters, and \xNN, \uNNNN or \UNNNNNNNN for characters
// that are not printable (str.isprintable).
StrObject *str_repr(StrObject *s);
// ascii(v): repr(v) with every non-ASCII character escaped.
StrObject *ascii_repr(uintptr_t v);

// The iterator types: CPython names the one over ASCII text
// str_ascii_iterator. Both are safe to share between threads (each item
// goes to exactly one caller).
extern TypeObject str_iterator_type, str_ascii_iterator_type;
// The Python-visible methods (str_methods.c).
extern const MethodDef str_methods[];

// The canonical, immortal copy of `s`'s text. Takes over the caller's
// reference to `s` and returns a reference the caller may keep forever.
StrObject *str_intern(StrObject *s);
StrObject *str_intern_cstr(const char *text);
// Frees the table (at shutdown; interned strings stay allocated until the
// process exits, as immortal objects do).
void str_intern_fini(void);

#endif // FTPY_VM_OBJECTS_STR_H
