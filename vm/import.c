// import.c: the import system (see import.h).
#define _GNU_SOURCE // memrchr
#include "vm/import.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "alloc/alloc.h"
#include "vm/args.h"
#include "vm/base/atomic.h"
#include "vm/base/mutex.h"
#include "vm/base/tid.h"
#include "vm/compile/compiler.h"
#include "vm/eval.h"
#include "vm/exc.h"
#include "vm/interp.h"
#include "vm/modules/modules.h"
#include "vm/objects/dict.h"
#include "vm/objects/list.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"
#include "vm/run.h"

// ------------------------------------------------------------ the lock

static struct {
    Mutex mutex;
    uintptr_t owner; // thread_id() of the holder, 0 when free; atomic
    int depth;       // the holder's nesting; holder only
} import_lock;

static void import_lock_acquire(void)
{
    uintptr_t me = thread_id();
    // Only the holder stores its own id here, so reading our id back
    // needs no ordering; any other value means "not ours".
    if (atomic_load_uptr_relaxed(&import_lock.owner) == me) {
        import_lock.depth++;
        return;
    }
    mutex_lock(&import_lock.mutex); // detaches while waiting
    atomic_store_uptr_relaxed(&import_lock.owner, me);
    import_lock.depth = 1;
}

static void import_lock_release(void)
{
    if (--import_lock.depth > 0)
        return;
    atomic_store_uptr_relaxed(&import_lock.owner, 0);
    mutex_unlock(&import_lock.mutex); // pairs with mutex_lock above
}

// ------------------------------------------------------------ lookups

static Value cached(StrObject *name)
{
    Value v;
    if (dict_get((DictObject *)interp.modules, (Value)&name->header, &v) == 1)
        return v;
    return VALUE_NULL;
}

static void register_module(StrObject *name, Value m)
{
    refcount_inc(&name->header);
    value_incref(m);
    dict_set((DictObject *)interp.modules, value_steal(&name->header), m);
}

static void forget_module(StrObject *name)
{
    dict_del((DictObject *)interp.modules, (Value)&name->header);
}

typedef ModuleObject *(*ModuleCtor)(void);

static const struct {
    const char *name;
    ModuleCtor create;
} builtin_modules[] = {
#define MODULE(name, ctor) {#name, ctor},
#include "vm/modules/modules.def"
#undef MODULE
    {NULL, NULL},
};

static ModuleCtor builtin_constructor(const char *name)
{
    for (size_t i = 0; builtin_modules[i].name; i++)
        if (strcmp(builtin_modules[i].name, name) == 0)
            return builtin_modules[i].create;
    return NULL;
}

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

// Looks for `leaf` as a package (leaf/__init__.py) or a module (leaf.py)
// in each directory of `dirs` (a list of str).
static bool find_source(Value dirs, const char *leaf, char *path, size_t size,
                        bool *package)
{
    if (value_type(dirs) != &list_type)
        return false;
    ListObject *l = (ListObject *)value_as_object(dirs);
    for (int64_t i = 0; i < list_len(l); i++) {
        Value d;
        if (!list_get(l, i, &d))
            break;
        bool ok = value_type(d) == &str_type;
        const char *dir = ok ? ((StrObject *)value_as_object(d))->data : "";
        const char *sep = dir[0] ? "/" : "";
        if (ok) {
            snprintf(path, size, "%s%s%s/__init__.py", dir, sep, leaf);
            *package = true;
            if (!is_file(path)) {
                snprintf(path, size, "%s%s%s.py", dir, sep, leaf);
                *package = false;
                ok = is_file(path);
            }
        }
        value_decref(d);
        if (ok)
            return true;
    }
    return false;
}

// ------------------------------------------------------------ loading

static void set_package_attrs(ModuleObject *m, const char *path, bool package)
{
    module_add(m, "__file__", value_steal(&str_from_cstr(path)->header));
    module_add(m, "__builtins__", value_new_ref(&interp.builtins->header));
    StrObject *name = m->name;
    if (package) {
        char dir[4096];
        snprintf(dir, sizeof dir, "%s", path);
        char *slash = strrchr(dir, '/');
        if (slash)
            *slash = '\0';
        ListObject *p = list_new(1);
        list_append(p, value_steal(&str_from_cstr(dir)->header));
        module_add(m, "__path__", value_steal(&p->header));
        module_add(m, "__package__", value_new_ref(&name->header));
        return;
    }
    const char *dot = strrchr(name->data, '.');
    StrObject *pkg =
        dot ? str_from_trusted_utf8(name->data, (int64_t)(dot - name->data))
            : str_from_cstr("");
    module_add(m, "__package__", value_steal(&pkg->header));
}

static Value exec_source(StrObject *name, const char *path, bool package)
{
    FILE *fp = fopen(path, "rb");
    if (fp == NULL) {
        exception_raise_errno(errno, path);
        return VALUE_NULL;
    }
    size_t len;
    char *src = run_read_stream(fp, &len);
    fclose(fp);
    if (src == NULL) {
        exc_raise_format(&exc_ImportError, "cannot read '%s'", path);
        return VALUE_NULL;
    }
    SyntaxErrorInfo err;
    CodeObject *code = compile_source(src, len, path, &err);
    if (code == NULL) {
        err.no_text = false; // CPython reads the line back from the file
        exception_raise_syntax_error(&err, src, len);
        alloc_free(src);
        return VALUE_NULL;
    }
    alloc_free(src);
    ModuleObject *m = module_new(name->data);
    set_package_attrs(m, path, package);
    Value mv = value_steal(&m->header);
    register_module(name, mv); // visible first: circular imports see it
    Value r = eval_module(code, m->dict, interp.builtins->dict);
    refcount_dec(&code->header);
    if (r == VALUE_NULL) {
        forget_module(name);
        value_decref(mv);
        return VALUE_NULL;
    }
    value_decref(r);
    return mv;
}

static Value not_found(StrObject *name)
{
    exc_raise_format(&exc_ModuleNotFoundError, "No module named '%s'",
                     name->data);
    exception_set_attr(exc_occurred(), "name", (Value)&name->header);
    return VALUE_NULL;
}

// Imports `name` with the lock held; its parent package first.
static Value load(StrObject *name)
{
    Value m = cached(name);
    if (m != VALUE_NULL)
        return m;
    const char *dot = strrchr(name->data, '.');
    Value dirs, parent = VALUE_NULL;
    if (dot) {
        StrObject *pname =
            str_from_trusted_utf8(name->data, (int64_t)(dot - name->data));
        parent = import_module(pname);
        refcount_dec(&pname->header);
        if (parent == VALUE_NULL)
            return VALUE_NULL;
        m = cached(name); // registered by the parent (os registers os.path)
        if (m != VALUE_NULL) {
            value_decref(parent);
            return m;
        }
        if (op_lookup_attr(parent, str_intern_cstr("__path__"), &dirs) != 1) {
            value_decref(parent);
            return not_found(name);
        }
    } else {
        ModuleCtor ctor = builtin_constructor(name->data);
        if (ctor) {
            m = value_steal(&ctor()->header);
            register_module(name, m);
            return m;
        }
        dirs = op_getattr((Value)&interp.sys->header, str_intern_cstr("path"));
        if (dirs == VALUE_NULL)
            return VALUE_NULL;
    }
    char path[4096];
    bool package = false;
    const char *leaf = dot ? dot + 1 : name->data;
    if (find_source(dirs, leaf, path, sizeof path, &package))
        m = exec_source(name, path, package);
    else
        m = not_found(name);
    value_decref(dirs);
    if (m != VALUE_NULL && parent != VALUE_NULL) // package.leaf = module
        op_setattr(parent, str_intern_cstr(leaf), m);
    value_decref(parent);
    return m;
}

Value import_module(StrObject *name)
{
    Value m = cached(name);
    if (m != VALUE_NULL)
        return m;
    import_lock_acquire();
    m = load(name);
    import_lock_release();
    return m;
}

// ------------------------------------------------------------ opcodes

// A str-or-whatever item of the globals dict: a new reference, or
// VALUE_NULL when it is absent or None.
static Value globals_item(DictObject *g, const char *name)
{
    Value v = VALUE_NULL;
    if (dict_get(g, (Value)&str_intern_cstr(name)->header, &v) != 1)
        return VALUE_NULL;
    if (!value_is_none(v))
        return v;
    value_decref(v);
    return VALUE_NULL;
}

static StrObject *globals_error(TypeObject *type, const char *message)
{
    exc_raise_format(type, "%s", message);
    return NULL;
}

// The package a relative import from `globals` (VALUE_NULL: not given)
// is relative to, as CPython's resolve_name finds it: __package__, else
// __name__ (itself when the globals have __path__, else its parent).
// A new reference, or NULL with KeyError, TypeError or ImportError.
static StrObject *package_of(Value globals)
{
    if (globals == VALUE_NULL)
        return globals_error(&exc_KeyError, "'__name__' not in globals");
    if (!dict_check(globals))
        return globals_error(&exc_TypeError, "globals must be a dict");
    DictObject *g = (DictObject *)value_as_object(globals);
    Value pkg = globals_item(g, "__package__");
    if (pkg != VALUE_NULL && !str_check(pkg)) {
        value_decref(pkg);
        return globals_error(&exc_TypeError, "package must be a string");
    }
    if (pkg != VALUE_NULL)
        return (StrObject *)value_as_object(pkg);
    Value name = globals_item(g, "__name__");
    if (name == VALUE_NULL)
        return globals_error(&exc_KeyError, "'__name__' not in globals");
    if (!str_check(name)) {
        value_decref(name);
        return globals_error(&exc_TypeError, "__name__ must be a string");
    }
    Value path = globals_item(g, "__path__");
    if (path != VALUE_NULL) {
        value_decref(path);
        return (StrObject *)value_as_object(name);
    }
    StrObject *n = (StrObject *)value_as_object(name);
    const char *dot = memrchr(n->data, '.', (size_t)n->size);
    StrObject *parent =
        str_from_trusted_utf8(n->data, dot ? (int64_t)(dot - n->data) : 0);
    value_decref(name);
    return parent;
}

// The package a relative import from `globals` starts from, `level`
// dots up; NULL with an exception.
static StrObject *relative_base(Value globals, int64_t level)
{
    StrObject *base = package_of(globals);
    if (base == NULL)
        return NULL;
    const char *text = base->data;
    size_t n = (size_t)base->size;
    for (int64_t i = 1; i < level && n > 0; i++) {
        const char *dot = memrchr(text, '.', n);
        if (dot == NULL) {
            refcount_dec(&base->header);
            return globals_error(&exc_ImportError,
                                 "attempted relative import beyond "
                                 "top-level package");
        }
        n = (size_t)(dot - text);
    }
    if (n == 0) {
        refcount_dec(&base->header);
        return globals_error(&exc_ImportError,
                             "attempted relative import with no known "
                             "parent package");
    }
    StrObject *r = str_from_trusted_utf8(text, (int64_t)n);
    refcount_dec(&base->header);
    return r;
}

// What `import` and __import__ do with a name: import it (relative to
// `globals`' package when level > 0) and return the module itself when
// `has_from`, else the module its first component names.
static Value import_level(StrObject *name, Value globals, int64_t level,
                          bool has_from)
{
    StrObject *full = name;
    refcount_inc(&full->header);
    if (level > 0) {
        StrObject *base = relative_base(globals, level);
        refcount_dec(&full->header);
        if (base == NULL)
            return VALUE_NULL;
        full = name->size ? str_from_format("%s.%s", base->data, name->data)
                          : base;
        if (full != base)
            refcount_dec(&base->header);
    }
    Value m = import_module(full);
    const char *dot = strchr(name->data, '.');
    if (m != VALUE_NULL && !has_from && dot) {
        // the first component of `name`: full minus what follows it
        int64_t rest = name->size - (int64_t)(dot - name->data);
        StrObject *top = str_from_trusted_utf8(full->data, full->size - rest);
        value_decref(m);
        m = import_module(top);
        refcount_dec(&top->header);
    }
    refcount_dec(&full->header);
    return m;
}

Value import_name(Frame *f, StrObject *name, Value fromlist, Value level)
{
    int64_t lvl = value_is_int(level) ? value_as_int(level) : 0;
    bool has_from = fromlist != VALUE_NULL && !value_is_none(fromlist);
    return import_level(name, (Value)f->globals, lvl, has_from);
}

// ------------------------------------------------------------ __import__

static bool handle_fromlist(Value module, Value fromlist, bool in_all);

// One fromlist item `x` of a package: imports module.x unless the
// package has that attribute already; a missing module.x is no error.
static bool import_from_item(Value module, StrObject *mname, StrObject *x)
{
    Value v;
    int r = op_lookup_attr(module, x, &v);
    if (r != 0) {
        value_decref(r > 0 ? v : VALUE_NULL);
        return r > 0;
    }
    StrObject *sub = str_from_format("%s.%s", mname->data, x->data);
    v = import_module(sub);
    bool ok = v != VALUE_NULL;
    value_decref(v);
    if (!ok && exc_matches(&exc_ModuleNotFoundError)) {
        Value missing;
        Value exc = (Value)&exc_occurred()->header;
        if (op_lookup_attr(exc, str_intern_cstr("name"), &missing) == 1) {
            ok = op_equal(missing, (Value)&sub->header) == 1;
            value_decref(missing);
        }
        if (ok)
            exc_clear();
    }
    refcount_dec(&sub->header);
    return ok;
}

// One item of a fromlist (or of __all__ when `in_all`).
static bool fromlist_item(Value module, StrObject *mname, Value x, bool in_all)
{
    if (!str_check(x)) {
        exc_raise_format(&exc_TypeError, "Item in %s%s must be str, not %s",
                         in_all ? mname->data : "``from list''",
                         in_all ? ".__all__" : "", value_type(x)->name);
        return false;
    }
    StrObject *name = (StrObject *)value_as_object(x);
    if (!str_equal_cstr(name, "*"))
        return import_from_item(module, mname, name);
    Value all;
    int r =
        in_all ? 0 : op_lookup_attr(module, str_intern_cstr("__all__"), &all);
    if (r <= 0)
        return r == 0;
    bool ok = handle_fromlist(module, all, true);
    value_decref(all);
    return ok;
}

// importlib's _handle_fromlist: the submodules a package's fromlist
// names are imported.
static bool handle_fromlist(Value module, Value fromlist, bool in_all)
{
    Value name = op_getattr(module, str_intern_cstr("__name__"));
    if (name == VALUE_NULL)
        return false;
    Value it = str_check(name) ? op_iter(fromlist) : VALUE_NULL;
    bool ok = it != VALUE_NULL;
    if (!str_check(name))
        exc_raise_format(&exc_TypeError, "module name must be a string");
    for (Value x; ok && (x = op_next(it)) != VALUE_NULL; value_decref(x))
        ok = fromlist_item(module, (StrObject *)value_as_object(name), x,
                           in_all);
    ok = ok && !exc_occurred();
    value_decref(it);
    value_decref(name);
    return ok;
}

#define IMPORT_PARAMS "name,globals,locals,fromlist,level"

Value import_builtin(Value self, const Value *args, size_t nargs,
                     Object *kwnames)
{
    (void)self;
    Value a[5];
    int64_t level = 0;
    if (!args_clinic_keywords("__import__", kwnames, IMPORT_PARAMS) ||
        !args_parse("__import__", args, nargs, kwnames, IMPORT_PARAMS, 0, 1,
                    a) ||
        (a[4] != VALUE_NULL && !value_as_index(a[4], &level)))
        return VALUE_NULL;
    const char *err =
        !str_check(a[0]) ? "module name must be a string"
        : level < 0      ? "level must be >= 0"
        : level == 0 && ((StrObject *)value_as_object(a[0]))->size == 0
            ? "Empty module name"
            : NULL;
    if (err) {
        exc_raise_format(str_check(a[0]) ? &exc_ValueError : &exc_TypeError,
                         "%s", err);
        return VALUE_NULL;
    }
    int has_from = 0;
    if (a[3] != VALUE_NULL && !value_is_none(a[3]) &&
        (has_from = op_truth(a[3])) < 0)
        return VALUE_NULL;
    Value m =
        import_level((StrObject *)value_as_object(a[0]), a[1], level, has_from);
    Value path;
    if (m == VALUE_NULL || !has_from ||
        op_lookup_attr(m, str_intern_cstr("__path__"), &path) != 1)
        return m;
    value_decref(path);
    if (handle_fromlist(m, a[3], false))
        return m;
    value_decref(m);
    return VALUE_NULL;
}

static void cannot_import(Value module, StrObject *name)
{
    StrObject *mname = module_name(module);
    Value file;
    StrObject *where = NULL;
    if (op_lookup_attr(module, str_intern_cstr("__file__"), &file) == 1)
        where = (StrObject *)value_as_object(file);
    exc_clear();
    exc_raise_format(&exc_ImportError, "cannot import name '%s' from '%s' (%s)",
                     name->data, mname ? mname->data : "?",
                     where && value_type(file) == &str_type
                         ? where->data
                         : "unknown location");
    if (where)
        value_decref(file);
}

Value import_from(Value module, StrObject *name)
{
    Value v;
    int r = op_lookup_attr(module, name, &v);
    if (r != 0)
        return r == 1 ? v : VALUE_NULL;
    StrObject *mname = module_name(module);
    Value path;
    if (mname &&
        op_lookup_attr(module, str_intern_cstr("__path__"), &path) == 1) {
        value_decref(path);
        StrObject *sub = str_from_format("%s.%s", mname->data, name->data);
        v = import_module(sub);
        refcount_dec(&sub->header);
        if (v != VALUE_NULL || !exc_matches(&exc_ModuleNotFoundError))
            return v;
        exc_clear();
    }
    cannot_import(module, name);
    return VALUE_NULL;
}
