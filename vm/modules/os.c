// os.c: the os module, a POSIX subset: environ (a dict snapshot of the
// environment taken at import), getenv, getcwd, listdir, mkdir, rmdir,
// remove/unlink, rename, getpid/getppid, strerror, fspath, cpu_count,
// and the constants sep, linesep, name, curdir, pardir, extsep, altsep,
// pathsep, devnull. os.path is the posixpath module (os_path.c), also
// registered in sys.modules as "os.path".
//
// Failing system calls raise the OSError subclass for errno
// (exception_raise_errno), with the file name, as CPython does.
//
// Concurrency: the module holds no C state. environ is an ordinary dict
// (its own locking); getenv reads the dict it is bound to, so changes to
// os.environ are seen by getenv (but, unlike CPython, not passed to the
// process environment).
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/import.h"
#include "vm/interp.h"
#include "vm/modules/modules.h"
#include "vm/modules/os_impl.h"
#include "vm/objects/builtin.h"
#include "vm/objects/dict.h"
#include "vm/objects/list.h"
#include "vm/objects/strbuf.h"
#include "vm/ops.h"

extern char **environ;

#define FN(name)                                                               \
    static Value os_##name(Value self, const Value *args, size_t nargs,        \
                           Object *kwnames)

// ------------------------------------------------------------ arguments

bool os_path_arg(const char *fname, Value v, const char *what, StrObject **out)
{
    if (!str_check(v)) {
        exc_raise_format(&exc_TypeError, "%s: path should be %s, not %s", fname,
                         what ? what : "string, bytes or os.PathLike",
                         value_type(v)->name);
        return false;
    }
    *out = (StrObject *)value_as_object(v);
    if (strlen((*out)->data) != (size_t)(*out)->size) {
        exc_raise_format(&exc_ValueError, "embedded null byte");
        return false;
    }
    return true;
}

bool os_fspath(Value v, StrObject **out)
{
    if (!str_check(v)) {
        exc_raise_format(&exc_TypeError,
                         "expected str, bytes or os.PathLike object, not %s",
                         value_type(v)->name);
        return false;
    }
    *out = (StrObject *)value_as_object(v);
    return true;
}

static Value str_value(const char *text)
{
    return value_steal(&str_from_cstr(text)->header);
}

// Raises for errno after a failed call on `path`; returns VALUE_NULL.
static Value os_error(const char *path)
{
    exception_raise_errno(errno, path);
    return VALUE_NULL;
}

// ------------------------------------------------------------ environment

FN(getenv)
{
    Value a[2];
    if (!args_parse("getenv", args, nargs, kwnames, "key,default", 0, 1, a))
        return VALUE_NULL;
    if (!str_check(a[0])) {
        exc_raise_format(&exc_TypeError, "str expected, not %s",
                         value_type(a[0])->name);
        return VALUE_NULL;
    }
    Value v;
    int r = dict_get((DictObject *)value_as_object(self), a[0], &v);
    if (r < 0)
        return VALUE_NULL;
    if (r == 1)
        return v;
    Value dflt = a[1] ? a[1] : VALUE_NONE;
    value_incref(dflt);
    return dflt;
}

// os.environ: NAME=value strings split at the first '='.
static DictObject *environ_snapshot(void)
{
    DictObject *d = dict_new();
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL || eq == *e)
            continue;
        int64_t bad;
        StrObject *k = str_from_utf8(*e, eq - *e, &bad);
        StrObject *v = str_from_utf8(eq + 1, (int64_t)strlen(eq + 1), &bad);
        if (k && v)
            dict_set(d, value_steal(&k->header), value_steal(&v->header));
        else {
            refcount_xdec(k ? &k->header : NULL);
            refcount_xdec(v ? &v->header : NULL);
        }
    }
    return d;
}

// ------------------------------------------------------------ files

FN(getcwd)
{
    (void)self;
    (void)args;
    if (!args_positional("getcwd", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    char buf[4096];
    if (getcwd(buf, sizeof buf) == NULL)
        return os_error(NULL);
    return str_value(buf);
}

// The names in directory `path`, without "." and "..".
static Value list_directory(const char *path)
{
    DIR *dir = opendir(path);
    if (dir == NULL)
        return os_error(path);
    ListObject *l = list_new(0);
    for (struct dirent *ent; (ent = readdir(dir)) != NULL;) {
        const char *n = ent->d_name;
        if (strcmp(n, ".") == 0 || strcmp(n, "..") == 0)
            continue;
        int64_t bad;
        StrObject *s = str_from_utf8(n, (int64_t)strlen(n), &bad);
        if (s)
            list_append(l, value_steal(&s->header));
    }
    closedir(dir);
    return value_steal(&l->header);
}

FN(listdir)
{
    (void)self;
    Value a[1];
    StrObject *path;
    if (!args_parse("listdir", args, nargs, kwnames, "path", 0, 0, a))
        return VALUE_NULL;
    if (a[0] == VALUE_NULL || value_is_none(a[0]))
        return list_directory(".");
    if (!os_path_arg("listdir", a[0],
                     "string, bytes, os.PathLike, integer or None", &path))
        return VALUE_NULL;
    return list_directory(path->data);
}

// f(path) for remove, unlink and rmdir.
static Value path_call(const char *fname, const Value *args, size_t nargs,
                       Object *kwnames, int (*f)(const char *))
{
    Value a[1];
    StrObject *path;
    if (!args_parse(fname, args, nargs, kwnames, "path", 0, 1, a) ||
        !os_path_arg(fname, a[0], NULL, &path))
        return VALUE_NULL;
    if (f(path->data) != 0)
        return os_error(path->data);
    return VALUE_NONE;
}

FN(remove)
{
    (void)self;
    return path_call("remove", args, nargs, kwnames, unlink);
}

FN(unlink)
{
    (void)self;
    return path_call("unlink", args, nargs, kwnames, unlink);
}

FN(rmdir)
{
    (void)self;
    return path_call("rmdir", args, nargs, kwnames, rmdir);
}

FN(mkdir)
{
    (void)self;
    Value a[2];
    StrObject *path;
    int64_t mode = 0777;
    if (!args_parse("mkdir", args, nargs, kwnames, "path,mode", 0, 1, a) ||
        !os_path_arg("mkdir", a[0], NULL, &path) ||
        (a[1] && !value_as_index(a[1], &mode)))
        return VALUE_NULL;
    if (mkdir(path->data, (mode_t)mode) != 0)
        return os_error(path->data);
    return VALUE_NONE;
}

FN(rename)
{
    (void)self;
    Value a[2];
    StrObject *src, *dst;
    if (!args_parse("rename", args, nargs, kwnames, "src,dst", 0, 2, a) ||
        !os_path_arg("rename", a[0], NULL, &src) ||
        !os_path_arg("rename", a[1], NULL, &dst))
        return VALUE_NULL;
    if (rename(src->data, dst->data) != 0) {
        exception_raise_errno2(errno, src->data, dst->data);
        return VALUE_NULL;
    }
    return VALUE_NONE;
}

// ------------------------------------------------------------ process

FN(getpid)
{
    (void)self;
    (void)args;
    if (!args_positional("getpid", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    return value_from_int(getpid());
}

FN(getppid)
{
    (void)self;
    (void)args;
    if (!args_positional("getppid", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    return value_from_int(getppid());
}

FN(cpu_count)
{
    (void)self;
    (void)args;
    if (!args_positional("cpu_count", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? value_from_int(n) : VALUE_NONE;
}

FN(strerror)
{
    (void)self;
    int64_t code;
    if (!args_positional("strerror", nargs, kwnames, 1, 1) ||
        !value_as_index(args[0], &code))
        return VALUE_NULL;
    return str_value(strerror((int)code));
}

FN(fspath_fn)
{
    (void)self;
    Value a[1];
    StrObject *s;
    if (!args_parse("fspath", args, nargs, kwnames, "path", 0, 1, a) ||
        !os_fspath(a[0], &s))
        return VALUE_NULL;
    return value_new_ref(&s->header);
}

// ------------------------------------------------------------ the module

static const MethodDef os_functions[] = {
    {"cpu_count", os_cpu_count, 0},
    {"fspath", os_fspath_fn, 0},
    {"getcwd", os_getcwd, 0},
    {"getpid", os_getpid, 0},
    {"getppid", os_getppid, 0},
    {"listdir", os_listdir, 0},
    {"mkdir", os_mkdir, 0},
    {"remove", os_remove, 0},
    {"rename", os_rename, 0},
    {"rmdir", os_rmdir, 0},
    {"strerror", os_strerror, 0},
    {"unlink", os_unlink, 0},
    {NULL, NULL, 0},
};

static const MethodDef getenv_def = {"getenv", os_getenv, 0};

static void add_constants(ModuleObject *m)
{
    module_add(m, "name", str_value("posix"));
    module_add(m, "sep", str_value("/"));
    module_add(m, "altsep", VALUE_NONE);
    module_add(m, "linesep", str_value("\n"));
    module_add(m, "curdir", str_value("."));
    module_add(m, "pardir", str_value(".."));
    module_add(m, "extsep", str_value("."));
    module_add(m, "pathsep", str_value(":"));
    module_add(m, "devnull", str_value("/dev/null"));
}

// os.path: the posixpath module, also known to sys.modules as "os.path"
// so `import os.path` finds it.
static bool add_path(ModuleObject *m)
{
    Value path = import_module(str_intern_cstr("posixpath"));
    if (path == VALUE_NULL)
        return false;
    value_incref(path);
    dict_set((DictObject *)interp.modules,
             value_new_ref(&str_intern_cstr("os.path")->header), path);
    module_add(m, "path", path);
    return true;
}

ModuleObject *os_module_create(void)
{
    ModuleObject *m = module_new("os");
    for (const MethodDef *d = os_functions; d->name; d++)
        module_add(m, d->name, builtin_new(d, VALUE_NULL));
    Value env = value_steal(&environ_snapshot()->header);
    module_add(m, "getenv", builtin_new(&getenv_def, env));
    module_add(m, "environ", env);
    add_constants(m);
    if (!add_path(m))
        exc_clear(); // posixpath is built in: cannot fail
    return m;
}
