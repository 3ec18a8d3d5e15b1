// str_case.c: case mappings and predicates of str (str_case.h).
#include "vm/objects/str_case.h"

#include "alloc/alloc.h"
#include "vm/objects/unicode.h"
#include "vm/objects/utf8.h"

#define CAPITAL_SIGMA 0x3A3
#define SMALL_SIGMA 0x3C3
#define FINAL_SIGMA 0x3C2

// The code points of `s` in a fresh array (the caller frees it).
static uint32_t *code_points(const StrObject *s)
{
    uint32_t *cps = alloc_raw(sizeof *cps * (size_t)(s->length + 1));
    int n;
    int64_t i = 0;
    for (int64_t off = 0; off < s->size; off += n)
        cps[i++] = utf8_decode_at(s->data + off, &n);
    return cps;
}

static bool is_cased(uint32_t cp)
{
    return unicode_has(cp, UNICODE_CASED);
}

static bool is_ignorable(uint32_t cp)
{
    return unicode_has(cp, UNICODE_CASE_IGNORABLE);
}

// Unicode's Final_Sigma condition for the capital sigma at cps[i]: a
// cased letter before it and none after it (case-ignorable characters
// skipped on both sides).
static bool final_sigma(const uint32_t *cps, int64_t n, int64_t i)
{
    int64_t j = i - 1;
    while (j >= 0 && is_ignorable(cps[j]))
        j--;
    if (j < 0 || !is_cased(cps[j]))
        return false;
    j = i + 1;
    while (j < n && is_ignorable(cps[j]))
        j++;
    return j == n || !is_cased(cps[j]);
}

static void append_mapped(StrBuf *b, const uint32_t *cps, int64_t n, int64_t i,
                          CaseKind kind)
{
    if (cps[i] == CAPITAL_SIGMA && kind == CASE_LOWER) {
        strbuf_append_code_point(b, final_sigma(cps, n, i) ? FINAL_SIGMA
                                                           : SMALL_SIGMA);
        return;
    }
    uint32_t out[3];
    int k = unicode_case(cps[i], kind, out);
    for (int j = 0; j < k; j++)
        strbuf_append_code_point(b, out[j]);
}

// The mapping applied to code point i under `op`, given whether the
// previous character was cased (title) or i is the first (capitalize).
static CaseKind kind_for(StrCaseOp op, uint32_t cp, int64_t i, bool prev_cased)
{
    switch (op) {
    case STR_UPPER:
        return CASE_UPPER;
    case STR_LOWER:
        return CASE_LOWER;
    case STR_CASEFOLD:
        return CASE_FOLD;
    case STR_SWAPCASE:
        return unicode_has(cp, UNICODE_UPPER)   ? CASE_LOWER
               : unicode_has(cp, UNICODE_LOWER) ? CASE_UPPER
                                                : CASE_FOLD + 1;
    case STR_TITLE:
        return prev_cased ? CASE_LOWER : CASE_TITLE;
    default:
        return i == 0 ? CASE_TITLE : CASE_LOWER;
    }
}

StrObject *str_change_case(const StrObject *s, StrCaseOp op)
{
    if (str_is_ascii(s) && op <= STR_CASEFOLD) { // the common fast path
        StrObject *r = str_from_trusted_utf8(s->data, s->size);
        for (int64_t i = 0; i < r->size; i++) {
            char c = r->data[i];
            if (op == STR_UPPER && c >= 'a' && c <= 'z')
                r->data[i] = (char)(c - 32);
            else if (op != STR_UPPER && c >= 'A' && c <= 'Z')
                r->data[i] = (char)(c + 32);
        }
        return r;
    }
    uint32_t *cps = code_points(s);
    StrBuf b;
    strbuf_init(&b);
    bool prev_cased = false;
    for (int64_t i = 0; i < s->length; i++) {
        CaseKind kind = kind_for(op, cps[i], i, prev_cased);
        if (kind > CASE_FOLD) // swapcase of an uncased character
            strbuf_append_code_point(&b, cps[i]);
        else
            append_mapped(&b, cps, s->length, i, kind);
        prev_cased = is_cased(cps[i]);
    }
    alloc_free(cps);
    return strbuf_finish(&b);
}

// ------------------------------------------------------------ predicates

// Whether every code point has one of `flags` (false for '').
static bool all_have(const StrObject *s, unsigned flags)
{
    int n;
    for (int64_t off = 0; off < s->size; off += n)
        if ((unicode_flags(utf8_decode_at(s->data + off, &n)) & flags) == 0)
            return false;
    return s->size > 0;
}

// isupper (upper true) / islower: some cased character, and none of the
// other case or titlecase.
static bool case_test(const StrObject *s, bool upper)
{
    unsigned want = upper ? UNICODE_UPPER : UNICODE_LOWER;
    unsigned bad = (upper ? UNICODE_LOWER : UNICODE_UPPER) | UNICODE_TITLE;
    bool cased = false;
    int n;
    for (int64_t off = 0; off < s->size; off += n) {
        unsigned f = unicode_flags(utf8_decode_at(s->data + off, &n));
        if (f & bad)
            return false;
        cased |= (f & want) != 0;
    }
    return cased;
}

static bool title_test(const StrObject *s)
{
    bool cased = false, prev_cased = false;
    int n;
    for (int64_t off = 0; off < s->size; off += n) {
        unsigned f = unicode_flags(utf8_decode_at(s->data + off, &n));
        if (f & (UNICODE_UPPER | UNICODE_TITLE)) {
            if (prev_cased)
                return false;
            prev_cased = cased = true;
        } else if (f & UNICODE_LOWER) {
            if (!prev_cased)
                return false;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return cased;
}

static bool identifier_test(const StrObject *s)
{
    if (s->size == 0)
        return false;
    int n;
    if (!unicode_has(utf8_decode_at(s->data, &n), UNICODE_XID_START))
        return false;
    for (int64_t off = n; off < s->size; off += n)
        if (!unicode_has(utf8_decode_at(s->data + off, &n),
                         UNICODE_XID_CONTINUE))
            return false;
    return true;
}

bool str_test(const StrObject *s, StrPredicate p)
{
    switch (p) {
    case STR_ISALPHA:
        return all_have(s, UNICODE_ALPHA);
    case STR_ISALNUM:
        return all_have(s, UNICODE_ALPHA | UNICODE_DECIMAL | UNICODE_DIGIT |
                               UNICODE_NUMERIC);
    case STR_ISDECIMAL:
        return all_have(s, UNICODE_DECIMAL);
    case STR_ISDIGIT:
        return all_have(s, UNICODE_DIGIT);
    case STR_ISNUMERIC:
        return all_have(s, UNICODE_NUMERIC);
    case STR_ISSPACE:
        return all_have(s, UNICODE_SPACE);
    case STR_ISPRINTABLE:
        return s->size == 0 || all_have(s, UNICODE_PRINTABLE);
    case STR_ISASCII:
        return str_is_ascii(s);
    case STR_ISUPPER:
        return case_test(s, true);
    case STR_ISLOWER:
        return case_test(s, false);
    case STR_ISTITLE:
        return title_test(s);
    default:
        return identifier_test(s);
    }
}
