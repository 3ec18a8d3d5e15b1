// strbuf.h: building str objects piece by piece (reprs, joins, messages)
// and comparing them with C text.
//
// A StrBuf is a growable UTF-8 buffer private to one thread; strbuf_finish
// turns it into a str and releases it.
#ifndef FTPY_VM_OBJECTS_STRBUF_H
#define FTPY_VM_OBJECTS_STRBUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/objects/str.h"

typedef struct StrBuf {
    char *data;
    size_t size, capacity;
    char inline_space[120];
} StrBuf;

void strbuf_init(StrBuf *b);
void strbuf_append(StrBuf *b, const char *bytes, size_t n);
void strbuf_append_cstr(StrBuf *b, const char *text);
void strbuf_append_str(StrBuf *b, const StrObject *s);
void strbuf_append_char(StrBuf *b, char c);
void strbuf_printf(StrBuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
// The text as a str (counted, trusted UTF-8); the buffer is released.
StrObject *strbuf_finish(StrBuf *b);
// Releases the buffer without building a str (error paths).
void strbuf_discard(StrBuf *b);

// A new str from printf-style formatting of program-written text.
StrObject *str_from_format(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
// Whether `s` spells exactly `text`.
bool str_equal_cstr(const StrObject *s, const char *text);

#endif // FTPY_VM_OBJECTS_STRBUF_H
