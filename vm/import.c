// import.c: the import system (see import.h).
#define _GNU_SOURCE // memrchr
#include "vm/import.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "alloc/alloc.h"
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

// The package a relative import in `globals` starts from, `level` dots
// up; NULL with ImportError.
static StrObject *relative_base(Object *globals, int64_t level)
{
    Value pkg;
    StrObject *base = NULL;
    Value key = value_new_ref(&str_intern_cstr("__package__")->header);
    if (dict_get((DictObject *)globals, key, &pkg) == 1 &&
        value_type(pkg) == &str_type &&
        ((StrObject *)value_as_object(pkg))->size > 0)
        base = (StrObject *)value_as_object(pkg);
    else
        value_decref(pkg == VALUE_NULL ? VALUE_NULL : pkg);
    if (base == NULL) {
        exc_raise_format(&exc_ImportError,
                         "attempted relative import with no known parent "
                         "package");
        return NULL;
    }
    const char *text = base->data;
    size_t n = (size_t)base->size;
    for (int64_t i = 1; i < level; i++) {
        const char *dot = memrchr(text, '.', n);
        if (dot == NULL) {
            refcount_dec(&base->header);
            exc_raise_format(&exc_ImportError,
                             "attempted relative import beyond top-level "
                             "package");
            return NULL;
        }
        n = (size_t)(dot - text);
    }
    StrObject *r = str_from_trusted_utf8(text, (int64_t)n);
    refcount_dec(&base->header);
    return r;
}

Value import_name(Frame *f, StrObject *name, Value fromlist, Value level)
{
    int64_t lvl = value_is_int(level) ? value_as_int(level) : 0;
    StrObject *full = name;
    refcount_inc(&full->header);
    if (lvl > 0) {
        StrObject *base = relative_base(f->globals, lvl);
        refcount_dec(&full->header);
        if (base == NULL)
            return VALUE_NULL;
        full = name->size ? str_from_format("%s.%s", base->data, name->data)
                          : base;
        if (full != base)
            refcount_dec(&base->header);
    }
    Value m = import_module(full);
    bool want_top =
        lvl == 0 && (fromlist == VALUE_NULL || value_is_none(fromlist));
    const char *dot = strchr(full->data, '.');
    if (m != VALUE_NULL && want_top && dot) {
        StrObject *top =
            str_from_trusted_utf8(full->data, (int64_t)(dot - full->data));
        value_decref(m);
        m = import_module(top);
        refcount_dec(&top->header);
    }
    refcount_dec(&full->header);
    return m;
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
