// codec.c: UTF-8, ASCII and Latin-1 encoding and decoding with Python's
// error handlers and messages (codec.h).
#include "vm/objects/codec.h"

#include <ctype.h>
#include <string.h>

#include "vm/exc.h"
#include "vm/objects/utf8.h"

// ------------------------------------------------------------ names

// Lower-cases `name` and turns '_' and ' ' into '-', as Python's
// encodings.normalize_encoding roughly does.
static void normalise(const char *name, char *out, size_t cap)
{
    size_t i = 0;
    for (; name[i] && i + 1 < cap; i++) {
        char c = (char)tolower((unsigned char)name[i]);
        out[i] = c == '_' || c == ' ' ? '-' : c;
    }
    out[i] = '\0';
}

int codec_lookup(const char *name)
{
    static const struct {
        const char *name;
        Codec codec;
    } names[] = {
        {"utf-8", CODEC_UTF8},        {"utf8", CODEC_UTF8},
        {"u8", CODEC_UTF8},           {"utf", CODEC_UTF8},
        {"cp65001", CODEC_UTF8},      {"ascii", CODEC_ASCII},
        {"us-ascii", CODEC_ASCII},    {"646", CODEC_ASCII},
        {"latin-1", CODEC_LATIN1},    {"latin1", CODEC_LATIN1},
        {"latin", CODEC_LATIN1},      {"l1", CODEC_LATIN1},
        {"iso-8859-1", CODEC_LATIN1}, {"iso8859-1", CODEC_LATIN1},
        {"8859", CODEC_LATIN1},       {"cp819", CODEC_LATIN1},
        {"iso-ir-100", CODEC_LATIN1},
    };
    char key[32];
    normalise(name, key, sizeof key);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(key, names[i].name) == 0)
            return (int)names[i].codec;
    exc_raise_format(&exc_LookupError, "unknown encoding: %s", name);
    return -1;
}

const char *codec_name(Codec c)
{
    return c == CODEC_UTF8 ? "utf-8" : c == CODEC_ASCII ? "ascii" : "latin-1";
}

typedef enum Handler {
    H_STRICT,
    H_IGNORE,
    H_REPLACE,
    H_BACKSLASH,
    H_XMLCHARREF,
    H_SURROGATEESCAPE,
    H_SURROGATEPASS,
} Handler;

// The handler named `errors`, or -1 with LookupError. Python looks the
// name up only when an error happens, and so do the callers.
static int handler_lookup(const char *errors)
{
    static const char *const names[] = {
        "strict",
        "ignore",
        "replace",
        "backslashreplace",
        "xmlcharrefreplace",
        "surrogateescape",
        "surrogatepass",
    };
    if (errors == NULL)
        return H_STRICT;
    for (int i = 0; i < (int)(sizeof names / sizeof names[0]); i++)
        if (strcmp(errors, names[i]) == 0)
            return i;
    exc_raise_format(&exc_LookupError, "unknown error handler name '%s'",
                     errors);
    return -1;
}

// ------------------------------------------------------------ encoding

// The largest code point `c` encodes (UTF-8: all but surrogates).
static bool encodable(Codec c, uint32_t cp)
{
    if (c == CODEC_ASCII)
        return cp < 0x80;
    if (c == CODEC_LATIN1)
        return cp < 0x100;
    return cp < 0xD800 || cp > 0xDFFF;
}

static const char *encode_reason(Codec c)
{
    return c == CODEC_ASCII    ? "ordinal not in range(128)"
           : c == CODEC_LATIN1 ? "ordinal not in range(256)"
                               : "surrogates not allowed";
}

// UnicodeEncodeError for code points [start, end) of `s`; its message
// comes from the attributes (exception.c).
static void raise_encode(Codec c, const StrObject *s, int64_t start,
                         int64_t end)
{
    exception_raise_unicode(&exc_UnicodeEncodeError, codec_name(c),
                            (Value)&s->header | VALUE_TAG_BORROWED, start, end,
                            encode_reason(c));
}

static void add_encoded(StrBuf *b, Codec c, uint32_t cp)
{
    if (c == CODEC_UTF8)
        strbuf_append_code_point(b, cp);
    else
        strbuf_append_char(b, (char)cp);
}

// Applies handler `h` to the unencodable code point `cp`. False if the
// handler does not apply (the caller raises).
static bool encode_error(StrBuf *b, Codec c, Handler h, uint32_t cp)
{
    switch (h) {
    case H_IGNORE:
        return true;
    case H_REPLACE:
        strbuf_append_char(b, '?');
        return true;
    case H_BACKSLASH:
        strbuf_printf(b,
                      cp < 0x100     ? "\\x%02x"
                      : cp < 0x10000 ? "\\u%04x"
                                     : "\\U%08x",
                      cp);
        return true;
    case H_XMLCHARREF:
        strbuf_printf(b, "&#%u;", cp);
        return true;
    case H_SURROGATEPASS:
        if (c != CODEC_UTF8 || cp < 0xD800 || cp > 0xDFFF)
            return false;
        strbuf_append_code_point(b, cp);
        return true;
    case H_SURROGATEESCAPE:
        if (cp < 0xDC80 || cp > 0xDCFF)
            return false;
        strbuf_append_char(b, (char)(cp - 0xDC00));
        return true;
    default:
        return false;
    }
}

// Index just past the run of unencodable code points starting at byte
// `off` (code point `index`), for the message's position range.
static int64_t bad_run_end(const StrObject *s, Codec c, int64_t off,
                           int64_t index)
{
    int n;
    while (off < s->size && !encodable(c, utf8_decode_at(s->data + off, &n))) {
        off += n;
        index++;
    }
    return index;
}

BytesObject *codec_encode(const StrObject *s, const char *encoding,
                          const char *errors)
{
    int c = codec_lookup(encoding ? encoding : "utf-8");
    if (c < 0)
        return NULL;
    if (str_is_ascii(s)) // ASCII text encodes as itself in every codec
        return bytes_from(s->data, s->size);
    StrBuf b;
    strbuf_init(&b);
    int h = -2, n;
    int64_t index = 0;
    for (int64_t off = 0; off < s->size; off += n, index++) {
        uint32_t cp = utf8_decode_at(s->data + off, &n);
        if (encodable((Codec)c, cp)) {
            add_encoded(&b, (Codec)c, cp);
            continue;
        }
        if (h == -2 && (h = handler_lookup(errors)) < 0)
            break;
        if (!encode_error(&b, (Codec)c, (Handler)h, cp)) {
            raise_encode((Codec)c, s, index,
                         bad_run_end(s, (Codec)c, off, index));
            h = -1;
            break;
        }
    }
    if (h == -1) {
        strbuf_discard(&b);
        return NULL;
    }
    BytesObject *r = bytes_from(b.data, (int64_t)b.size);
    strbuf_discard(&b);
    return r;
}

// ------------------------------------------------------------ decoding

// Checks the UTF-8 sequence at p[0, avail). Returns its length if valid
// (code point in *cp); otherwise 0, with the number of bytes in error
// (*bad) and the reason.
static int utf8_check(const unsigned char *p, int64_t avail, uint32_t *cp,
                      int *bad, const char **why)
{
    unsigned char c = p[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (c < 0xC2 || c > 0xF4) {
        *bad = 1;
        *why = "invalid start byte";
        return 0;
    }
    // Allowed range of the second byte: excludes overlongs, surrogates
    // and code points past U+10FFFF.
    unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    uint32_t v = c & (0x7Fu >> n);
    for (int i = 1; i < n; i++) {
        if (i >= avail) {
            *bad = i;
            *why = "unexpected end of data";
            return 0;
        }
        unsigned char lo_i = i == 1 ? lo : 0x80, hi_i = i == 1 ? hi : 0xBF;
        if (p[i] < lo_i || p[i] > hi_i) {
            *bad = i;
            *why = "invalid continuation byte";
            return 0;
        }
        v = v << 6 | (p[i] & 0x3Fu);
    }
    *cp = v;
    return n;
}

// UnicodeDecodeError for bytes [at, at + bad) of data[0, size).
static void raise_decode(Codec c, const unsigned char *data, int64_t size,
                         int64_t at, int bad, const char *why)
{
    BytesObject *object = bytes_from((const char *)data, size);
    exception_raise_unicode(&exc_UnicodeDecodeError, codec_name(c),
                            (Value)&object->header, at, at + bad, why);
    refcount_dec(&object->header);
}

// Applies handler `h` to the `bad` undecodable bytes at p.
static bool decode_error(StrBuf *b, Handler h, const unsigned char *p, int bad)
{
    switch (h) {
    case H_IGNORE:
        return true;
    case H_REPLACE:
        strbuf_append_code_point(b, 0xFFFD);
        return true;
    case H_BACKSLASH:
        for (int i = 0; i < bad; i++)
            strbuf_printf(b, "\\x%02x", p[i]);
        return true;
    case H_SURROGATEESCAPE:
        for (int i = 0; i < bad; i++)
            strbuf_append_code_point(b, 0xDC00u + p[i]);
        return true;
    default:
        return false;
    }
}

// Decodes one unit at data[at]: returns the bytes consumed (> 0), or 0
// with *bad and *why describing an error.
static int decode_unit(Codec c, const unsigned char *p, int64_t avail,
                       uint32_t *cp, int *bad, const char **why)
{
    if (c == CODEC_UTF8)
        return utf8_check(p, avail, cp, bad, why);
    *cp = p[0];
    if (c == CODEC_ASCII && p[0] >= 0x80) {
        *bad = 1;
        *why = "ordinal not in range(128)";
        return 0;
    }
    return 1;
}

StrObject *codec_decode(const char *data, int64_t size, const char *encoding,
                        const char *errors)
{
    int c = codec_lookup(encoding ? encoding : "utf-8");
    if (c < 0)
        return NULL;
    const unsigned char *p = (const unsigned char *)data;
    StrBuf b;
    strbuf_init(&b);
    int h = -2;
    for (int64_t at = 0; at < size;) {
        uint32_t cp;
        int bad = 0;
        const char *why = NULL;
        int n = decode_unit((Codec)c, p + at, size - at, &cp, &bad, &why);
        if (n > 0) {
            strbuf_append_code_point(&b, cp);
            at += n;
            continue;
        }
        if ((h == -2 && (h = handler_lookup(errors)) < 0) ||
            !decode_error(&b, (Handler)h, p + at, bad)) {
            if (h >= 0)
                raise_decode((Codec)c, p, size, at, bad, why);
            strbuf_discard(&b);
            return NULL;
        }
        at += bad;
    }
    return strbuf_finish(&b);
}
