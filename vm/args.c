// args.c: argument unpacking for builtins and the index conversions of
// vm/args.h.
#include "vm/args.h"

#include <string.h>

#include "vm/exc.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

static size_t kwcount(Object *kwnames)
{
    return kwnames ? (size_t)((TupleObject *)kwnames)->size : 0;
}

bool args_positional(const char *fname, size_t nargs, Object *kwnames,
                     size_t min, size_t max)
{
    if (kwcount(kwnames)) {
        exc_raise_format(&exc_TypeError, "%s() takes no keyword arguments",
                         fname);
        return false;
    }
    if (nargs >= min && nargs <= max)
        return true;
    if (min == 1 && max == 1)
        exc_raise_format(&exc_TypeError,
                         "%s() takes exactly one argument (%zu given)", fname,
                         nargs);
    else if (max == 0)
        exc_raise_format(&exc_TypeError, "%s() takes no arguments (%zu given)",
                         fname, nargs);
    else if (min == max)
        exc_raise_format(&exc_TypeError, "%s expected %zu arguments, got %zu",
                         fname, min, nargs);
    else if (nargs > max)
        exc_raise_format(&exc_TypeError,
                         "%s expected at most %zu argument%s, got %zu", fname,
                         max, max == 1 ? "" : "s", nargs);
    else
        exc_raise_format(&exc_TypeError,
                         "%s expected at least %zu argument%s, got %zu", fname,
                         min, min == 1 ? "" : "s", nargs);
    return false;
}

#define ARGS_MAX 16

typedef struct ParamList {
    const char *name[ARGS_MAX];
    size_t len[ARGS_MAX];
    bool kwonly[ARGS_MAX];
    size_t count, positional;
} ParamList;

static void params_split(const char *names, ParamList *p)
{
    p->count = p->positional = 0;
    while (*names && p->count < ARGS_MAX) {
        bool kwonly = *names == '$';
        if (kwonly)
            names++;
        const char *end = strchr(names, ',');
        size_t len = end ? (size_t)(end - names) : strlen(names);
        p->name[p->count] = names;
        p->len[p->count] = len;
        p->kwonly[p->count] = kwonly;
        if (!kwonly)
            p->positional = p->count + 1;
        p->count++;
        names += len + (end ? 1 : 0);
    }
}

static bool assign_keyword(const char *fname, const ParamList *p,
                           size_t posonly, StrObject *key, Value v, Value *out)
{
    for (size_t j = posonly; j < p->count; j++) {
        if ((size_t)key->size != p->len[j] ||
            memcmp(key->data, p->name[j], p->len[j]) != 0)
            continue;
        if (out[j] != VALUE_NULL) {
            exc_raise_format(&exc_TypeError,
                             "argument for %s() given by name ('%s') and "
                             "position (%zu)",
                             fname, key->data, j + 1);
            return false;
        }
        out[j] = v;
        return true;
    }
    exc_raise_format(&exc_TypeError,
                     "%s() got an unexpected keyword argument '%s'", fname,
                     key->data);
    return false;
}

bool args_clinic_keywords(const char *fname, Object *kwnames, const char *names)
{
    ParamList p;
    params_split(names, &p);
    const TupleObject *kw = (const TupleObject *)kwnames;
    for (size_t k = 0; k < kwcount(kwnames); k++) {
        const StrObject *key = (StrObject *)value_as_object(kw->items[k]);
        bool known = false;
        for (size_t j = 0; j < p.count && !known; j++)
            known = (size_t)key->size == p.len[j] &&
                    memcmp(key->data, p.name[j], p.len[j]) == 0;
        if (!known) {
            exc_raise_format(&exc_TypeError,
                             "'%s' is an invalid keyword argument for %s()",
                             key->data, fname);
            return false;
        }
    }
    return true;
}

bool args_parse(const char *fname, const Value *args, size_t nargs,
                Object *kwnames, const char *names, size_t posonly,
                size_t required, Value *out)
{
    ParamList p;
    params_split(names, &p);
    // Argument Clinic's checks: the total first, then the positionals.
    size_t given = nargs + kwcount(kwnames);
    if (given > p.count || nargs > p.positional) {
        bool total = given > p.count;
        size_t most = total ? p.count : p.positional;
        const char *kind = total                    ? (nargs ? "" : "keyword ")
                           : p.positional < p.count ? "positional "
                                                    : "";
        exc_raise_format(
            &exc_TypeError, "%s() takes at most %zu %sargument%s (%zu given)",
            fname, most, kind, most == 1 ? "" : "s", total ? given : nargs);
        return false;
    }
    for (size_t i = 0; i < p.count; i++)
        out[i] = i < nargs ? args[i] : VALUE_NULL;
    TupleObject *kw = (TupleObject *)kwnames;
    for (size_t k = 0; k < kwcount(kwnames); k++) {
        StrObject *key = (StrObject *)value_as_object(kw->items[k]);
        if (!assign_keyword(fname, &p, posonly, key, args[nargs + k], out))
            return false;
    }
    for (size_t j = 0; j < required; j++) {
        if (out[j] == VALUE_NULL) {
            exc_raise_format(&exc_TypeError,
                             "%s() missing required argument '%.*s' (pos "
                             "%zu)",
                             fname, (int)p.len[j], p.name[j], j + 1);
            return false;
        }
    }
    return true;
}

bool value_as_index(Value v, int64_t *out)
{
    if (value_is_int(v)) {
        *out = value_as_int(v);
        return true;
    }
    if (!int_check(v)) {
        exc_raise_format(&exc_TypeError,
                         "'%s' object cannot be interpreted as an integer",
                         value_type(v)->name);
        return false;
    }
    if (int_as_i64(v, out))
        return true;
    exc_raise_format(&exc_OverflowError,
                     "Python int too large to convert to C ssize_t");
    return false;
}

bool value_as_index_or_none(Value v, int64_t dflt, int64_t *out)
{
    if (v == VALUE_NULL || value_is_none(v)) {
        *out = dflt;
        return true;
    }
    return value_as_index(v, out);
}

// A bound of args_text_range: huge ints clamp to +-INT64_MAX / 2, so
// adding a length cannot overflow.
static bool text_bound(Value v, int64_t dflt, int64_t *out)
{
    if (v == VALUE_NULL || value_is_none(v)) {
        *out = dflt;
        return true;
    }
    if (!int_check(v)) {
        exc_raise_format(&exc_TypeError,
                         "slice indices must be integers or None or have an "
                         "__index__ method");
        return false;
    }
    if (!int_as_i64(v, out))
        *out = int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    return true;
}

bool args_text_range(Value vstart, Value vend, int64_t length, int64_t *start,
                     int64_t *end)
{
    if (!text_bound(vstart, 0, start) || !text_bound(vend, length, end))
        return false;
    if (*end > length)
        *end = length;
    else if (*end < 0 && (*end += length) < 0)
        *end = 0;
    if (*start < 0 && (*start += length) < 0)
        *start = 0;
    return true;
}

// A slice bound: ints of any size, clamped to int64 as CPython clamps to
// Py_ssize_t.
static bool slice_index(Value v, int64_t *out)
{
    if (value_is_int(v)) {
        *out = value_as_int(v);
        return true;
    }
    if (!int_check(v)) {
        exc_raise_format(&exc_TypeError,
                         "slice indices must be integers or None or have an "
                         "__index__ method");
        return false;
    }
    if (!int_as_i64(v, out))
        *out = int_sign(v) < 0 ? -INT64_MAX : INT64_MAX;
    return true;
}

static int64_t clamp_bound(int64_t x, int64_t length, int64_t step)
{
    if (x < 0) {
        x += length;
        if (x < 0)
            x = step < 0 ? -1 : 0;
    } else if (x >= length) {
        x = step < 0 ? length - 1 : length;
    }
    return x;
}

int64_t slice_adjust(Value start, Value stop, Value step, int64_t length,
                     int64_t *ostart, int64_t *ostop, int64_t *ostep)
{
    int64_t st = 1, b, e;
    if (step != VALUE_NULL && !value_is_none(step)) {
        if (!slice_index(step, &st))
            return -1;
        if (st == 0) {
            exc_raise_format(&exc_ValueError, "slice step cannot be zero");
            return -1;
        }
    }
    if (start == VALUE_NULL || value_is_none(start))
        b = st < 0 ? INT64_MAX : 0;
    else if (!slice_index(start, &b))
        return -1;
    if (stop == VALUE_NULL || value_is_none(stop))
        e = st < 0 ? -INT64_MAX : INT64_MAX;
    else if (!slice_index(stop, &e))
        return -1;
    b = clamp_bound(b, length, st);
    e = clamp_bound(e, length, st);
    *ostart = b;
    *ostop = e;
    *ostep = st;
    if (st < 0)
        return e < b ? (b - e - 1) / (-st) + 1 : 0;
    return b < e ? (e - b - 1) / st + 1 : 0;
}

int64_t index_normalize(Value index, int64_t length, const char *what)
{
    int64_t i;
    if (!value_as_index(index, &i))
        return -1;
    if (i < 0)
        i += length;
    if (i < 0 || i >= length) {
        exc_raise_format(&exc_IndexError, "%s index out of range", what);
        return -1;
    }
    return i;
}
