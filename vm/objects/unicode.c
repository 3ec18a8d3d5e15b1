// unicode.c: lookups in the generated character tables (unicode.def).
#include "vm/objects/unicode.h"

#include <stddef.h>
#include <string.h>

#include "vm/objects/utf8.h"

typedef struct PropRun {
    uint32_t first;
    uint16_t flags;
} PropRun;

static const PropRun props[] = {
#define PROP(first, flags) {first, flags},
#include "vm/objects/unicode.def"
#undef PROP
};

typedef struct CaseRun {
    uint32_t first, last;
    int32_t delta[3]; // upper, lower, title
} CaseRun;

static const CaseRun cases[] = {
#define CASE(first, last, u, l, t) {first, last, {u, l, t}},
#include "vm/objects/unicode.def"
#undef CASE
};

typedef struct Special {
    uint32_t cp;
    const char *text[4]; // UTF-8: upper, lower, title, casefold
} Special;

static const Special specials[] = {
#define SPECIAL(cp, u, l, t, f) {cp, {u, l, t, f}},
#include "vm/objects/unicode.def"
#undef SPECIAL
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

unsigned unicode_flags(uint32_t cp)
{
    size_t lo = 0, hi = COUNT(props); // props[lo].first <= cp
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (props[mid].first <= cp)
            lo = mid;
        else
            hi = mid;
    }
    return props[lo].flags;
}

int unicode_decimal(uint32_t cp)
{
    if (cp >= '0' && cp <= '9')
        return (int)(cp - '0');
    if (!unicode_has(cp, UNICODE_DECIMAL))
        return -1;
    // Decimal digits come in runs that start at zero (checked by the
    // generator); find the run's start.
    uint32_t first = cp;
    while (first > 0 && unicode_has(first - 1, UNICODE_DECIMAL))
        first--;
    return (int)((cp - first) % 10);
}

static const Special *find_special(uint32_t cp)
{
    size_t lo = 0, hi = COUNT(specials);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (specials[mid].cp == cp)
            return &specials[mid];
        if (specials[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

static int decode_all(const char *text, uint32_t out[3])
{
    int n = 0, len;
    for (const char *p = text; *p && n < 3; p += len)
        out[n++] = utf8_decode_at(p, &len);
    return n;
}

static uint32_t simple_case(uint32_t cp, int kind)
{
    size_t lo = 0, hi = COUNT(cases);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp > cases[mid].last)
            lo = mid + 1;
        else if (cp < cases[mid].first)
            hi = mid;
        else
            return (uint32_t)((int32_t)cp + cases[mid].delta[kind]);
    }
    return cp;
}

int unicode_case(uint32_t cp, CaseKind kind, uint32_t out[3])
{
    if (cp < 0x80) {
        bool up = cp >= 'A' && cp <= 'Z', low = cp >= 'a' && cp <= 'z';
        if (kind == CASE_LOWER || kind == CASE_FOLD)
            out[0] = up ? cp + 32 : cp;
        else
            out[0] = low ? cp - 32 : cp;
        return 1;
    }
    const Special *sp = find_special(cp);
    if (sp != NULL)
        return decode_all(sp->text[kind], out);
    out[0] = simple_case(cp, kind == CASE_FOLD ? CASE_LOWER : (int)kind);
    return 1;
}
