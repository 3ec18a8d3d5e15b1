// strbuf.c: the growable buffer behind str and bytes results (strbuf.h).
#include "vm/objects/strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "alloc/alloc.h"

static void reserve(StrBuf *b, int64_t extra)
{
    if (b->size + extra <= b->cap)
        return;
    b->cap = (b->size + extra) * 2 + 16;
    b->data = alloc_resize(b->data, (size_t)b->cap);
}

void strbuf_add(StrBuf *b, const char *bytes, int64_t n)
{
    if (n <= 0)
        return;
    reserve(b, n);
    memcpy(b->data + b->size, bytes, (size_t)n);
    b->size += n;
}

void strbuf_add_cstr(StrBuf *b, const char *text)
{
    strbuf_add(b, text, (int64_t)strlen(text));
}

void strbuf_add_char(StrBuf *b, char c)
{
    reserve(b, 1);
    b->data[b->size++] = c;
}

void strbuf_add_code_point(StrBuf *b, uint32_t cp)
{
    char out[4];
    int n;
    if (cp < 0x80) {
        out[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        out[0] = (char)(0xC0 | cp >> 6);
        out[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        out[0] = (char)(0xE0 | cp >> 12);
        out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        out[0] = (char)(0xF0 | cp >> 18);
        out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
        out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
        out[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    strbuf_add(b, out, n);
}

void strbuf_add_repeat(StrBuf *b, uint32_t cp, int64_t n)
{
    for (; n > 0; n--)
        strbuf_add_code_point(b, cp);
}

void strbuf_add_str(StrBuf *b, const StrObject *s)
{
    strbuf_add(b, s->data, s->size);
}

void strbuf_printf(StrBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    reserve(b, n + 1);
    va_start(ap, fmt);
    vsnprintf(b->data + b->size, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->size += n;
}

StrObject *strbuf_finish(StrBuf *b)
{
    StrObject *s = str_from_trusted_utf8(b->data ? b->data : "", b->size);
    strbuf_release(b);
    return s;
}

void strbuf_release(StrBuf *b)
{
    alloc_free(b->data);
    b->data = NULL;
    b->size = b->cap = 0;
}
