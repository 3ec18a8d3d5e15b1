// traceback.c: the _traceback module, what lib/traceback.py builds on:
// the formatting of vm/errors.c (the same text an uncaught exception
// prints, in the same chunks as CPython's traceback.format_* lists) and
// the raw facts of tracebacks and live stacks.
//
//   format_exception_only(exc) -> [str]
//   format_group(group, tb, limit, chain, max_group_width,
//                max_group_depth, root) -> [str]   the group's frame, once
//                                    the chain of `root` reached it
//   format_list(entries) -> [str]    entries: (filename, lineno, name,
//                                    line, end_lineno, colno, end_colno)
//   extract_tb(tb, limit=None) -> [(filename, lineno, name, end_lineno,
//                                   colno, end_colno)], outermost first
//   extract_stack(skip) -> the same for the calling thread's frames,
//                          without the `skip` innermost
//   getline(filename, lineno) -> the source line with its newline, or ''
//
// Stateless; the source-line cache it reads is errors.c's (locked).
#include <string.h>

#include "alloc/alloc.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/exc.h"
#include "vm/frame.h"
#include "vm/modules/modules.h"
#include "vm/objects/builtin.h"
#include "vm/objects/codec.h"
#include "vm/objects/exception_group.h"
#include "vm/objects/list.h"
#include "vm/objects/str.h"
#include "vm/objects/traceback.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

#define FN(name)                                                               \
    static Value traceback_##name(Value self, const Value *args, size_t nargs, \
                                  Object *kwnames)

// Text as a str; source lines may hold bytes that are not UTF-8.
static Value text_value(const char *text, size_t len)
{
    StrObject *s = codec_decode(text, (int64_t)len, "utf-8", "replace");
    return s ? value_steal(&s->header) : VALUE_NULL;
}

static void list_sink(void *ctx, const char *text, size_t len)
{
    Value v = text_value(text, len);
    if (v == VALUE_NULL)
        exc_clear();
    else
        list_append((ListObject *)ctx, v);
}

static ExceptionObject *exception_arg(Value v, const char *fname)
{
    if (value_is_object(v) && value_isinstance(v, &exc_BaseException))
        return (ExceptionObject *)value_as_object(v);
    exc_raise_format(&exc_TypeError, "%s() argument must be an exception",
                     fname);
    return NULL;
}

// limit=None is no limit.
static bool limit_arg(Value v, int *limit)
{
    int64_t n;
    *limit = ERRORS_NO_LIMIT;
    if (v == VALUE_NULL || value_is_none(v))
        return true;
    if (!value_as_index(v, &n))
        return false;
    *limit = n > INT32_MAX ? INT32_MAX : n < -INT32_MAX ? -INT32_MAX : (int)n;
    return true;
}

FN(format_exception_only)
{
    if (!args_positional("format_exception_only", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    ExceptionObject *e = exception_arg(args[0], "format_exception_only");
    if (e == NULL)
        return VALUE_NULL;
    ListObject *out = list_new(0);
    errors_format_exception_only(list_sink, out, e, true);
    return value_steal(&out->header);
}

// A group width or depth: None is no limit.
static bool bound_arg(Value v, int *n)
{
    int64_t i;
    *n = INT32_MAX;
    if (value_is_none(v))
        return true;
    if (!value_as_index(v, &i))
        return false;
    *n = i > INT32_MAX ? INT32_MAX : i < -1 ? -1 : (int)i;
    return true;
}

FN(format_group)
{
    ErrorsGroupOptions opt;
    int chain;
    if (!args_positional("format_group", nargs, kwnames, 7, 7))
        return VALUE_NULL;
    ExceptionObject *e = exception_arg(args[0], "format_group");
    ExceptionObject *root = exception_arg(args[6], "format_group");
    if (e == NULL || root == NULL || !limit_arg(args[2], &opt.limit) ||
        (chain = op_truth(args[3])) < 0 ||
        !bound_arg(args[4], &opt.max_width) ||
        !bound_arg(args[5], &opt.max_depth))
        return VALUE_NULL;
    if (!exception_group_check(args[0]) ||
        (!value_is_none(args[1]) && value_type(args[1]) != &traceback_type)) {
        exc_raise_format(&exc_TypeError, "format_group() takes an exception "
                                         "group and a traceback or None");
        return VALUE_NULL;
    }
    opt.chain = chain;
    opt.root = root;
    ListObject *out = list_new(0);
    errors_format_group(list_sink, out, e,
                        value_is_none(args[1]) ? VALUE_NULL : args[1], &opt);
    return value_steal(&out->header);
}

// ------------------------------------------------------------ entries

static Value int_or_none(int32_t v)
{
    return v < 0 ? VALUE_NONE : value_from_int(v);
}

// (filename, lineno, name, end_lineno, colno, end_colno)
static Value entry_tuple(const TraceEntry *t)
{
    Value items[6] = {
        value_steal(&str_from_cstr(t->filename)->header),
        int_or_none(t->span.line),
        value_steal(&str_from_cstr(t->name)->header),
        int_or_none(t->span.end_line),
        int_or_none(t->span.col),
        int_or_none(t->span.end_col),
    };
    TupleObject *tuple = tuple_pack(6, items);
    value_decref(items[0]);
    value_decref(items[2]);
    return value_steal(&tuple->header);
}

static Value entry_list(const TraceEntry *entries, size_t n)
{
    ListObject *out = list_new((int64_t)n);
    for (size_t i = 0; i < n; i++)
        list_append(out, entry_tuple(&entries[i]));
    return value_steal(&out->header);
}

FN(extract_tb)
{
    Value a[2];
    int limit;
    if (!args_parse("extract_tb", args, nargs, kwnames, "tb,limit", 0, 1, a) ||
        !limit_arg(a[1], &limit))
        return VALUE_NULL;
    if (value_is_none(a[0]))
        return value_steal(&list_new(0)->header);
    if (value_type(a[0]) != &traceback_type) {
        exc_raise_format(&exc_TypeError, "extract_tb() argument must be a "
                                         "traceback or None");
        return VALUE_NULL;
    }
    size_t n;
    TraceEntry *entries = errors_traceback_entries(a[0], limit, &n);
    Value r = entry_list(entries, n);
    alloc_free(entries);
    return r;
}

FN(extract_stack)
{
    int64_t skip = 0;
    if (!args_positional("extract_stack", nargs, kwnames, 0, 1) ||
        (nargs && !value_as_index(args[0], &skip)))
        return VALUE_NULL;
    Frame *top = thread_current()->frame;
    for (; top && skip > 0; skip--)
        top = top->previous;
    size_t n = 0;
    for (Frame *f = top; f; f = f->previous)
        n++;
    TraceEntry *entries = alloc_zeroed((n ? n : 1) * sizeof *entries);
    size_t i = n;
    for (Frame *f = top; f; f = f->previous) {
        const CodeObject *co = f->code;
        entries[--i] = (TraceEntry){.filename = co->filename->data,
                                    .name = co->name->data,
                                    .span = co->spans[frame_index(f)]};
    }
    Value r = entry_list(entries, n);
    alloc_free(entries);
    return r;
}

// One entry given as a sequence; strings borrowed from `item`. The
// positions default to unknown, the line to the file's.
static bool entry_of(Value item, TraceEntry *t)
{
    TupleObject *tup = value_isinstance(item, &tuple_type)
                           ? (TupleObject *)value_as_object(item)
                           : NULL;
    if (tup == NULL || tup->size < 3 || !str_check(tup->items[0]) ||
        !str_check(tup->items[2])) {
        exc_raise_format(&exc_TypeError,
                         "format_list() entries must be (filename, lineno, "
                         "name, ...) tuples");
        return false;
    }
    int32_t pos[4] = {-1, -1, -1, -1}; // lineno, end_lineno, col, end_col
    static const int64_t at[4] = {1, 4, 5, 6};
    for (size_t k = 0; k < 4; k++) {
        Value v = at[k] < tup->size ? tup->items[at[k]] : VALUE_NONE;
        if (value_is_int(v))
            pos[k] = (int32_t)value_as_int(v);
    }
    t->filename = ((StrObject *)value_as_object(tup->items[0]))->data;
    t->name = ((StrObject *)value_as_object(tup->items[2]))->data;
    t->span = (SourceSpan){pos[0], pos[1], pos[2], pos[3]};
    Value line = tup->size > 3 ? tup->items[3] : VALUE_NONE;
    t->line = NULL;
    if (str_check(line)) {
        StrObject *s = (StrObject *)value_as_object(line);
        t->line = s->data;
        t->line_len = (size_t)s->size;
    }
    return true;
}

FN(format_list)
{
    if (!args_positional("format_list", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    Value seq = list_from_iterable(args[0]);
    if (seq == VALUE_NULL)
        return VALUE_NULL;
    ListObject *l = (ListObject *)value_as_object(seq);
    int64_t n = list_len(l);
    TraceEntry *entries = alloc_zeroed((size_t)(n ? n : 1) * sizeof *entries);
    Value r = VALUE_NULL;
    bool ok = true;
    for (int64_t i = 0; ok && i < n; i++) {
        Value item;
        list_get(l, i, &item);
        ok = entry_of(item, &entries[i]);
        value_decref(item); // the list still holds it
    }
    if (ok) {
        ListObject *out = list_new(n);
        errors_format_entries(list_sink, out, entries, (size_t)n);
        r = value_steal(&out->header);
    }
    alloc_free(entries);
    value_decref(seq);
    return r;
}

FN(getline)
{
    int64_t lineno;
    if (!args_positional("getline", nargs, kwnames, 2, 2) ||
        !value_as_index(args[1], &lineno))
        return VALUE_NULL;
    if (!str_check(args[0])) {
        exc_raise_format(&exc_TypeError, "getline() filename must be str");
        return VALUE_NULL;
    }
    const char *name = ((StrObject *)value_as_object(args[0]))->data;
    const char *line;
    size_t len;
    if (lineno < 1 || lineno > INT32_MAX ||
        !errors_source_line(name, (int)lineno, &line, &len))
        return value_new_ref(&str_intern_cstr("")->header);
    char *copy = alloc_raw(len + 1);
    memcpy(copy, line, len);
    copy[len] = '\n';
    Value r = text_value(copy, len + 1);
    alloc_free(copy);
    return r;
}

static const MethodDef traceback_functions[] = {
    {"format_exception_only", traceback_format_exception_only, 0},
    {"format_group", traceback_format_group, 0},
    {"format_list", traceback_format_list, 0},
    {"extract_tb", traceback_extract_tb, 0},
    {"extract_stack", traceback_extract_stack, 0},
    {"getline", traceback_getline, 0},
    {NULL, NULL, 0},
};

ModuleObject *traceback_module_create(void)
{
    ModuleObject *m = module_new("_traceback");
    for (const MethodDef *d = traceback_functions; d->name; d++)
        module_add(m, d->name, builtin_new(d, VALUE_NULL));
    return m;
}
