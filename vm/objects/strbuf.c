// strbuf.c: the str builder of strbuf.h.
#include "vm/objects/strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "alloc/alloc.h"

void strbuf_init(StrBuf *b)
{
    b->data = b->inline_space;
    b->size = 0;
    b->capacity = sizeof b->inline_space;
}

static void strbuf_reserve(StrBuf *b, size_t extra)
{
    if (b->size + extra <= b->capacity)
        return;
    size_t cap = b->capacity * 2;
    while (cap < b->size + extra)
        cap *= 2;
    char *grown = alloc_raw(cap);
    memcpy(grown, b->data, b->size);
    if (b->data != b->inline_space)
        alloc_free(b->data);
    b->data = grown;
    b->capacity = cap;
}

void strbuf_append(StrBuf *b, const char *bytes, size_t n)
{
    strbuf_reserve(b, n);
    memcpy(b->data + b->size, bytes, n);
    b->size += n;
}

void strbuf_append_cstr(StrBuf *b, const char *text)
{
    strbuf_append(b, text, strlen(text));
}

void strbuf_append_str(StrBuf *b, const StrObject *s)
{
    strbuf_append(b, s->data, (size_t)s->size);
}

void strbuf_append_char(StrBuf *b, char c)
{
    strbuf_append(b, &c, 1);
}

static void strbuf_vprintf(StrBuf *b, const char *fmt, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    strbuf_reserve(b, (size_t)n + 1);
    vsnprintf(b->data + b->size, (size_t)n + 1, fmt, again);
    va_end(again);
    b->size += (size_t)n;
}

void strbuf_printf(StrBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(b, fmt, ap);
    va_end(ap);
}

StrObject *strbuf_finish(StrBuf *b)
{
    StrObject *s = str_from_trusted_utf8(b->data, (int64_t)b->size);
    strbuf_discard(b);
    return s;
}

void strbuf_discard(StrBuf *b)
{
    if (b->data != b->inline_space)
        alloc_free(b->data);
    strbuf_init(b);
}

StrObject *str_from_format(const char *fmt, ...)
{
    StrBuf b;
    strbuf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(&b, fmt, ap);
    va_end(ap);
    return strbuf_finish(&b);
}

bool str_equal_cstr(const StrObject *s, const char *text)
{
    size_t n = strlen(text);
    return (size_t)s->size == n && memcmp(s->data, text, n) == 0;
}
