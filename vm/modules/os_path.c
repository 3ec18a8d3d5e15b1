// os_path.c: the posixpath module, which os exposes as os.path: pure
// path manipulation with CPython's posixpath semantics (join, split,
// dirname, basename, splitext, normpath, abspath, isabs) and the file
// tests over stat (exists, lexists, isfile, isdir, islink, getsize).
//
// Paths are str; '/', '.' and the other bytes examined are ASCII, so the
// functions work on the UTF-8 bytes directly and slice at byte offsets
// that always fall on code-point boundaries.
//
// Concurrency: no state; every function is pure or a single system call.
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc/alloc.h"
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/modules/modules.h"
#include "vm/modules/os_impl.h"
#include "vm/objects/builtin.h"
#include "vm/objects/int.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

#define FN(name)                                                               \
    static Value path_##name(Value self, const Value *args, size_t nargs,      \
                             Object *kwnames)

// ------------------------------------------------------------ helpers

static Value text(const char *bytes, size_t n)
{
    return value_steal(&str_from_trusted_utf8(bytes, (int64_t)n)->header);
}

// The one str argument of a posixpath function, through os.fspath.
static StrObject *one_path(const char *fname, const Value *args, size_t nargs,
                           Object *kwnames)
{
    StrObject *s;
    if (!args_positional(fname, nargs, kwnames, 1, 1) ||
        !os_fspath(args[0], &s))
        return NULL;
    return s;
}

// The index just after the last '/' (0 when there is none).
static size_t tail_start(const StrObject *s)
{
    size_t i = (size_t)s->size;
    while (i > 0 && s->data[i - 1] != '/')
        i--;
    return i;
}

// split()'s head: p[:i] with trailing slashes removed unless it is all
// slashes.
static size_t head_end(const StrObject *s, size_t i)
{
    size_t end = i;
    while (end > 0 && s->data[end - 1] == '/')
        end--;
    return end == 0 ? i : end;
}

static Value pair(Value a, Value b)
{
    TupleObject *t = tuple_new(2);
    tuple_init_item(t, 0, a);
    tuple_init_item(t, 1, b);
    return value_steal(&t->header);
}

// ------------------------------------------------------------ pure

static void join_component(StrBuf *b, const StrObject *p)
{
    if (p->size > 0 && p->data[0] == '/')
        b->size = 0;
    else if (b->size > 0 && b->data[b->size - 1] != '/')
        strbuf_append_char(b, '/');
    strbuf_append(b, p->data, (size_t)p->size);
}

FN(join)
{
    (void)self;
    StrObject *a;
    if (!args_positional("join", nargs, kwnames, 1, SIZE_MAX) ||
        !os_fspath(args[0], &a))
        return VALUE_NULL;
    for (size_t i = 1; i < nargs; i++) {
        if (!str_check(args[i])) {
            exc_raise_format(&exc_TypeError,
                             "join() argument must be str, bytes, or "
                             "os.PathLike object, not '%s'",
                             value_type(args[i])->name);
            return VALUE_NULL;
        }
    }
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_str(&b, a);
    for (size_t i = 1; i < nargs; i++)
        join_component(&b, (StrObject *)value_as_object(args[i]));
    return value_steal(&strbuf_finish(&b)->header);
}

FN(split)
{
    (void)self;
    StrObject *s = one_path("split", args, nargs, kwnames);
    if (s == NULL)
        return VALUE_NULL;
    size_t i = tail_start(s);
    return pair(text(s->data, head_end(s, i)),
                text(s->data + i, (size_t)s->size - i));
}

FN(dirname)
{
    (void)self;
    StrObject *s = one_path("dirname", args, nargs, kwnames);
    if (s == NULL)
        return VALUE_NULL;
    return text(s->data, head_end(s, tail_start(s)));
}

FN(basename)
{
    (void)self;
    StrObject *s = one_path("basename", args, nargs, kwnames);
    if (s == NULL)
        return VALUE_NULL;
    size_t i = tail_start(s);
    return text(s->data + i, (size_t)s->size - i);
}

// genericpath._splitext: the extension starts at the last dot of the
// last component, unless the component is only leading dots before it.
static size_t ext_start(const StrObject *s)
{
    size_t n = (size_t)s->size, name = tail_start(s);
    const char *dot = s->data + n;
    while (dot > s->data + name && dot[-1] != '.')
        dot--;
    if (dot == s->data + name)
        return n;
    dot--; // at the last '.'
    for (const char *p = s->data + name; p < dot; p++)
        if (*p != '.')
            return (size_t)(dot - s->data);
    return n;
}

FN(splitext)
{
    (void)self;
    StrObject *s = one_path("splitext", args, nargs, kwnames);
    if (s == NULL)
        return VALUE_NULL;
    size_t i = ext_start(s);
    return pair(text(s->data, i), text(s->data + i, (size_t)s->size - i));
}

FN(isabs)
{
    (void)self;
    StrObject *s = one_path("isabs", args, nargs, kwnames);
    if (s == NULL)
        return VALUE_NULL;
    return value_bool(s->size > 0 && s->data[0] == '/');
}

// The components of a path as (offset, length) pairs.
typedef struct Comp {
    size_t at, len;
} Comp;

static bool comp_is(const char *p, Comp c, const char *word)
{
    return c.len == strlen(word) && memcmp(p + c.at, word, c.len) == 0;
}

// posixpath.normpath over text[0..n) into b.
static void normalize(const char *p, size_t n, StrBuf *b)
{
    if (n == 0) {
        strbuf_append_char(b, '.');
        return;
    }
    int slashes = p[0] == '/';
    if (n >= 2 && p[0] == '/' && p[1] == '/' && !(n >= 3 && p[2] == '/'))
        slashes = 2;
    Comp *comps = alloc_raw((n / 2 + 1) * sizeof *comps);
    size_t count = 0;
    for (size_t i = 0; i <= n;) {
        size_t j = i;
        while (j < n && p[j] != '/')
            j++;
        Comp c = {i, j - i};
        i = j + 1;
        if (c.len == 0 || comp_is(p, c, "."))
            continue;
        if (!comp_is(p, c, "..") || (!slashes && count == 0) ||
            (count > 0 && comp_is(p, comps[count - 1], "..")))
            comps[count++] = c;
        else if (count > 0)
            count--;
    }
    for (int k = 0; k < slashes; k++)
        strbuf_append_char(b, '/');
    for (size_t k = 0; k < count; k++) {
        if (k > 0)
            strbuf_append_char(b, '/');
        strbuf_append(b, p + comps[k].at, comps[k].len);
    }
    if (b->size == 0)
        strbuf_append_char(b, '.');
    alloc_free(comps);
}

FN(normpath)
{
    (void)self;
    StrObject *s = one_path("normpath", args, nargs, kwnames);
    if (s == NULL)
        return VALUE_NULL;
    StrBuf b;
    strbuf_init(&b);
    normalize(s->data, (size_t)s->size, &b);
    return value_steal(&strbuf_finish(&b)->header);
}

FN(abspath)
{
    (void)self;
    StrObject *s = one_path("abspath", args, nargs, kwnames);
    if (s == NULL)
        return VALUE_NULL;
    StrBuf joined, b;
    strbuf_init(&joined);
    if (s->size == 0 || s->data[0] != '/') {
        char cwd[4096];
        if (getcwd(cwd, sizeof cwd) == NULL) {
            strbuf_discard(&joined);
            exception_raise_errno(errno, NULL);
            return VALUE_NULL;
        }
        strbuf_append_cstr(&joined, cwd);
    }
    join_component(&joined, s);
    strbuf_init(&b);
    normalize(joined.data, joined.size, &b);
    strbuf_discard(&joined);
    return value_steal(&strbuf_finish(&b)->header);
}

// ------------------------------------------------------------ stat

// stat (or lstat) of a str path or an int file descriptor, as os.stat
// reads its argument; 1 on success, 0 when the call fails, -1 on a bad
// argument type.
static int stat_arg(const char *fname, Value v, bool follow, struct stat *st)
{
    if (int_check(v)) {
        int64_t fd;
        if (!int_as_i64(v, &fd) || fd < 0 || fd > INT32_MAX)
            return 0;
        return fstat((int)fd, st) == 0;
    }
    StrObject *s;
    if (!os_path_arg(fname, v, "string, bytes, os.PathLike or integer", &s)) {
        if (exc_matches(&exc_ValueError)) {
            exc_clear();
            return 0;
        }
        return -1;
    }
    return (follow ? stat(s->data, st) : lstat(s->data, st)) == 0;
}

// The file tests: whether stat succeeds and the mode passes `test`.
static Value file_test(const char *fname, const Value *args, size_t nargs,
                       Object *kwnames, bool follow, int kind)
{
    struct stat st;
    if (!args_positional(fname, nargs, kwnames, 1, 1))
        return VALUE_NULL;
    int r = stat_arg(follow ? "stat" : "lstat", args[0], follow, &st);
    if (r < 0)
        return VALUE_NULL;
    if (r == 0 || kind == 0)
        return value_bool(r == 1);
    return value_bool((st.st_mode & S_IFMT) == (mode_t)kind);
}

FN(exists)
{
    (void)self;
    return file_test("exists", args, nargs, kwnames, true, 0);
}

FN(lexists)
{
    (void)self;
    return file_test("lexists", args, nargs, kwnames, false, 0);
}

FN(isfile)
{
    (void)self;
    return file_test("isfile", args, nargs, kwnames, true, S_IFREG);
}

FN(isdir)
{
    (void)self;
    return file_test("isdir", args, nargs, kwnames, true, S_IFDIR);
}

FN(islink)
{
    (void)self;
    return file_test("islink", args, nargs, kwnames, false, S_IFLNK);
}

FN(getsize)
{
    (void)self;
    struct stat st;
    StrObject *s;
    if (!args_positional("getsize", nargs, kwnames, 1, 1) ||
        !os_path_arg("stat", args[0], "string, bytes, os.PathLike or integer",
                     &s))
        return VALUE_NULL;
    if (stat(s->data, &st) != 0) {
        exception_raise_errno(errno, s->data);
        return VALUE_NULL;
    }
    return int_from_i64((int64_t)st.st_size);
}

// ------------------------------------------------------------ the module

static const MethodDef path_functions[] = {
    {"abspath", path_abspath, 0},
    {"basename", path_basename, 0},
    {"dirname", path_dirname, 0},
    {"exists", path_exists, 0},
    {"getsize", path_getsize, 0},
    {"isabs", path_isabs, 0},
    {"isdir", path_isdir, 0},
    {"isfile", path_isfile, 0},
    {"islink", path_islink, 0},
    {"join", path_join, 0},
    {"lexists", path_lexists, 0},
    {"normpath", path_normpath, 0},
    {"split", path_split, 0},
    {"splitext", path_splitext, 0},
    {NULL, NULL, 0},
};

static void add_str(ModuleObject *m, const char *name, const char *value)
{
    module_add(m, name, value_steal(&str_from_cstr(value)->header));
}

ModuleObject *posixpath_module_create(void)
{
    ModuleObject *m = module_new("posixpath");
    for (const MethodDef *d = path_functions; d->name; d++)
        module_add(m, d->name, builtin_new(d, VALUE_NULL));
    add_str(m, "sep", "/");
    add_str(m, "curdir", ".");
    add_str(m, "pardir", "..");
    add_str(m, "extsep", ".");
    add_str(m, "pathsep", ":");
    add_str(m, "defpath", "/bin:/usr/bin");
    add_str(m, "devnull", "/dev/null");
    module_add(m, "altsep", VALUE_NONE);
    return m;
}
