// utf8.h: UTF-8 helpers for the str code: stepping through str text
// (valid UTF-8 that may encode lone surrogates) and appending code points
// to a StrBuf.
#ifndef FTPY_VM_OBJECTS_UTF8_H
#define FTPY_VM_OBJECTS_UTF8_H

#include <stdint.h>

#include "vm/objects/strbuf.h"

// The length of the sequence led by byte `c`.
static inline int utf8_seq_len(unsigned char c)
{
    return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
}

// The code point starting at `p` (a character boundary of str text); its
// byte length goes to *len.
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

// Writes `cp` (<= U+10FFFF, surrogates allowed) at out; returns bytes.
static inline int utf8_encode(uint32_t cp, char out[4])
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | cp >> 6);
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | cp >> 12);
        out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | cp >> 18);
    out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

static inline void strbuf_append_code_point(StrBuf *b, uint32_t cp)
{
    char out[4];
    strbuf_append(b, out, (size_t)utf8_encode(cp, out));
}

// `n` copies of `cp`.
static inline void strbuf_append_repeat(StrBuf *b, uint32_t cp, int64_t n)
{
    for (; n > 0; n--)
        strbuf_append_code_point(b, cp);
}

#endif // FTPY_VM_OBJECTS_UTF8_H
