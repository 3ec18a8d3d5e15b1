// strbuf.h: a growable byte buffer for building str and bytes results
// (repr, format, join, case mapping, codecs).
//
// Usage: `StrBuf b = {0};` then strbuf_* appends, then exactly one of
// strbuf_finish (a str; the bytes must be str text: UTF-8, surrogates
// allowed) or strbuf_release (just free). The buffer is private to one
// thread; nothing is shared until the result is returned.
#ifndef FTPY_VM_OBJECTS_STRBUF_H
#define FTPY_VM_OBJECTS_STRBUF_H

#include <stdint.h>

#include "vm/objects/str.h"

typedef struct StrBuf {
    char *data; // NULL until the first append
    int64_t size, cap;
} StrBuf;

void strbuf_add(StrBuf *b, const char *bytes, int64_t n);
void strbuf_add_cstr(StrBuf *b, const char *text);
void strbuf_add_char(StrBuf *b, char c);
// `n` copies of code point `cp`.
void strbuf_add_repeat(StrBuf *b, uint32_t cp, int64_t n);
// One code point as UTF-8 (surrogates allowed).
void strbuf_add_code_point(StrBuf *b, uint32_t cp);
void strbuf_add_str(StrBuf *b, const StrObject *s);
// printf-style formatted text.
void strbuf_printf(StrBuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

// The contents as a new str (counted, not validated); frees the buffer.
StrObject *strbuf_finish(StrBuf *b);
// Frees the buffer without making a str.
void strbuf_release(StrBuf *b);

// UTF-8 helpers shared by the str files. The length of the sequence led
// by byte `c`, and the code point starting at `p` (a valid boundary of
// str text) with its length in *len.
static inline int utf8_seq_len(unsigned char c)
{
    return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
}
static inline uint32_t utf8_decode_at(const char *p, int *len)
{
    const unsigned char *u = (const unsigned char *)p;
    int n = utf8_seq_len(u[0]);
    uint32_t cp = n == 1 ? u[0] : u[0] & (0x7Fu >> n);
    for (int i = 1; i < n; i++)
        cp = cp << 6 | (u[i] & 0x3Fu);
    *len = n;
    return cp;
}

#endif // FTPY_VM_OBJECTS_STRBUF_H
