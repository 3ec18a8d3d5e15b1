// sys.c: the sys module: argv, path, modules, the standard streams,
// exit, the recursion limit, version facts, the exception being handled
// (exc_info, exception), frames (_getframe), getsizeof and the free-threading
// queries of CPython 3.13 (sys._is_gil_enabled).
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "vm/args.h"
#include "vm/base/atomic.h"
#include "vm/critical.h"
#include "vm/exc.h"
#include "vm/frame.h"
#include "vm/interp.h"
#include "vm/objects/builtin.h"
#include "vm/objects/bytearray.h"
#include "vm/objects/bytes.h"
#include "vm/objects/dict.h"
#include "vm/objects/file.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/set.h"
#include "vm/objects/str.h"
#include "vm/objects/traceback.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"
#include "vm/state.h"

#define FN(name)                                                               \
    static Value sys_##name(Value self, const Value *args, size_t nargs,       \
                            Object *kwnames)

FN(exit)
{
    if (!args_positional("exit", nargs, kwnames, 0, 1))
        return VALUE_NULL;
    TupleObject *t = tuple_pack((int64_t)nargs, args);
    exc_raise(exception_new(&exc_SystemExit, value_steal(&t->header)));
    return VALUE_NULL;
}

FN(getrecursionlimit)
{
    if (!args_positional("getrecursionlimit", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    return value_from_int(atomic_load_i32_relaxed(&runtime.recursion_limit));
}

FN(setrecursionlimit)
{
    int64_t n;
    if (!args_positional("setrecursionlimit", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    if (!int_check(args[0])) {
        exc_raise_format(&exc_TypeError,
                         "'%s' object cannot be interpreted as an integer",
                         value_type(args[0])->name);
        return VALUE_NULL;
    }
    if (!value_as_index(args[0], &n))
        return VALUE_NULL;
    if (n < 1) {
        exc_raise_format(&exc_ValueError,
                         "recursion limit must be greater or equal than 1");
        return VALUE_NULL;
    }
    if (n > INT32_MAX)
        n = INT32_MAX;
    // Read relaxed by frame_push: no ordering needed.
    atomic_store_i32_relaxed(&runtime.recursion_limit, (int32_t)n);
    return VALUE_NONE;
}

FN(intern)
{
    if (!args_positional("intern", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    if (value_type(args[0]) != &str_type) {
        exc_raise_format(&exc_TypeError,
                         "intern() argument must be str, not %s",
                         value_type(args[0])->name);
        return VALUE_NULL;
    }
    StrObject *s = (StrObject *)value_as_object(args[0]);
    refcount_inc(&s->header);
    return value_new_ref(&str_intern(s)->header);
}

// The exception an `except` block (or a `finally` on the exception path)
// is handling on this thread, borrowed; VALUE_NULL if none.
static Value handled(void)
{
    return (Value)thread_current()->handled;
}

FN(exc_info)
{
    if (!args_positional("exc_info", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    Value e = handled();
    if (e == VALUE_NULL) {
        Value none[3] = {VALUE_NONE, VALUE_NONE, VALUE_NONE};
        return value_steal(&tuple_pack(3, none)->header);
    }
    ExceptionObject *x = (ExceptionObject *)value_as_object(e);
    Value items[3] = {(Value)&object_type(&x->header)->header, e,
                      x->traceback ? x->traceback : VALUE_NONE};
    return value_steal(&tuple_pack(3, items)->header);
}

FN(exception)
{
    if (!args_positional("exception", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    Value e = handled();
    return e ? value_new_ref(value_as_object(e)) : VALUE_NONE;
}

// sys._getframe(depth=0): a snapshot of the calling frame, or of the one
// `depth` calls further out, with f_back leading outwards.
FN(getframe)
{
    int64_t depth = 0;
    if (!args_positional("_getframe", nargs, kwnames, 0, 1) ||
        (nargs && !value_as_index(args[0], &depth)))
        return VALUE_NULL;
    Frame *f = thread_current()->frame;
    while (f && depth-- > 0)
        f = f->previous;
    if (f == NULL) {
        exc_raise_format(&exc_ValueError, "call stack is not deep enough");
        return VALUE_NULL;
    }
    return frame_object_new(f);
}

FN(is_gil_enabled)
{
    if (!args_positional("_is_gil_enabled", nargs, kwnames, 0, 0))
        return VALUE_NULL;
    return value_bool(runtime.config.gil_enabled);
}

// ------------------------------------------------------------ getsizeof

// The bytes a container's separately allocated storage takes, read under
// its critical section (the storage may be replaced meanwhile).
static size_t storage_size(Object *op)
{
    TypeObject *t = object_type(op);
    size_t bytes = 0;
    // Pairs with the container's writers, which replace its storage
    // under the same critical section.
    CRITICAL_BEGIN(op);
    if (type_is_subtype(t, &list_type)) {
        ListArray *a = ((ListObject *)op)->array;
        bytes = a ? sizeof *a + (size_t)a->capacity * sizeof(Value) : 0;
    } else if (type_is_subtype(t, &dict_type)) {
        DictKeys *k = ((DictObject *)op)->keys;
        bytes = sizeof *k + (size_t)k->nslots * sizeof(int64_t) +
                (size_t)k->usable * sizeof(DictEntry);
    } else if (type_is_subtype(t, &set_type) ||
               type_is_subtype(t, &frozenset_type)) {
        SetObject *s = (SetObject *)op;
        bytes =
            s->table == s->small ? 0 : (size_t)(s->mask + 1) * sizeof(SetEntry);
    } else if (type_is_subtype(t, &bytearray_type)) {
        bytes = (size_t)((ByteArrayObject *)op)->capacity;
    }
    CRITICAL_END(op);
    return bytes;
}

// What `v` occupies in ftpy: the object's own block (its type's size, or
// the inline items of str, bytes, tuple and big ints) plus the storage a
// container allocates apart. A small int is not an object (vm/value.h):
// it counts as the int object it would be.
static int64_t builtin_size(Value v)
{
    if (value_is_int(v))
        return (int64_t)(sizeof(IntObject) + sizeof(mp_limb_t));
    Object *op = value_as_object(v);
    TypeObject *t = object_type(op);
    size_t size = t->basic_size;
    if (t == &int_type) {
        IntObject *i = (IntObject *)op;
        size += (size_t)i->value->_mp_alloc * sizeof(mp_limb_t);
    } else if (type_is_subtype(t, &str_type)) {
        size = sizeof(StrObject) + (size_t)((StrObject *)op)->size + 1;
    } else if (type_is_subtype(t, &bytes_type)) {
        size = sizeof(BytesObject) + (size_t)((BytesObject *)op)->size + 1;
    } else if (type_is_subtype(t, &tuple_type)) {
        size += (size_t)((TupleObject *)op)->size * sizeof(Value);
    } else {
        size += storage_size(op);
    }
    return (int64_t)size;
}

// The result of a __sizeof__ method as CPython checks it: TypeError "an
// integer is required", ValueError for negative sizes.
static Value checked_size(Value r)
{
    int64_t n;
    bool is_int = int_check(r);
    bool ok = is_int && value_as_index(r, &n);
    value_decref(r);
    if (!is_int) {
        exc_raise_format(&exc_TypeError, "an integer is required");
        return VALUE_NULL;
    }
    if (ok && n < 0) {
        exc_raise_format(&exc_ValueError, "__sizeof__() should return >= 0");
        return VALUE_NULL;
    }
    return ok ? value_from_int(n) : VALUE_NULL;
}

// Calls `v`'s __sizeof__ if its class defines one (class instances,
// array.array, struct.Struct); else measures the builtin object.
static Value size_of(Value v)
{
    StrObject *name = str_intern_cstr("__sizeof__");
    if (type_lookup(value_type(v), name) == VALUE_NULL)
        return int_from_i64(builtin_size(v));
    Value method = op_getattr(v, name);
    if (method == VALUE_NULL)
        return VALUE_NULL;
    Value r = op_call(method, NULL, 0, NULL);
    value_decref(method);
    return r == VALUE_NULL ? VALUE_NULL : checked_size(r);
}

FN(getsizeof)
{
    Value a[2];
    if (!args_parse("getsizeof", args, nargs, kwnames, "object,default", 0, 1,
                    a))
        return VALUE_NULL;
    Value r = size_of(a[0]);
    // A TypeError (no usable __sizeof__) gives the default, if there is
    // one; other errors propagate.
    if (r == VALUE_NULL && a[1] != VALUE_NULL && exc_matches(&exc_TypeError)) {
        exc_clear();
        value_incref(a[1]);
        return a[1];
    }
    return r;
}

static const MethodDef sys_functions[] = {
    {"exit", sys_exit, 0},
    {"getrecursionlimit", sys_getrecursionlimit, 0},
    {"setrecursionlimit", sys_setrecursionlimit, 0},
    {"intern", sys_intern, 0},
    {"exc_info", sys_exc_info, 0},
    {"exception", sys_exception, 0},
    {"_getframe", sys_getframe, 0},
    {"getsizeof", sys_getsizeof, 0},
    {"_is_gil_enabled", sys_is_gil_enabled, 0},
    {NULL, NULL, 0},
};

static Value str_list(int n, char **items)
{
    ListObject *l = list_new(n);
    for (int i = 0; i < n; i++)
        list_append(l, value_steal(&str_from_cstr(items[i])->header));
    return value_steal(&l->header);
}

static Value version_info(void)
{
    Value items[5] = {value_from_int(3), value_from_int(11), value_from_int(7),
                      value_steal(&str_from_cstr("final")->header),
                      value_from_int(0)};
    TupleObject *t = tuple_pack(5, items);
    value_decref(items[3]);
    return value_steal(&t->header);
}

// sys.path: the script's directory (absolute, symbolic links resolved,
// as CPython gives it; '' for -c, - and the prompt), then lib/.
static Value search_path(int argc, char **argv)
{
    char dir[PATH_MAX] = "";
    if (argc > 0 && argv[0][0] != '-' && argv[0][0] != '\0') {
        if (realpath(argv[0], dir) == NULL)
            snprintf(dir, sizeof dir, "%s", argv[0]);
        char *slash = strrchr(dir, '/');
        if (slash)
            *slash = '\0';
        else
            dir[0] = '\0';
    }
    char *entries[2] = {dir, FTPY_LIBDIR};
    return str_list(2, entries);
}

static void add_streams(ModuleObject *m)
{
    module_add(m, "stdin", file_from_fd_stdio(stdin, "<stdin>", "r"));
    module_add(m, "stdout", file_from_fd_stdio(stdout, "<stdout>", "w"));
    module_add(m, "stderr", file_from_fd_stdio(stderr, "<stderr>", "w"));
    module_add(m, "__stdin__", file_from_fd_stdio(stdin, "<stdin>", "r"));
    module_add(m, "__stdout__", file_from_fd_stdio(stdout, "<stdout>", "w"));
    module_add(m, "__stderr__", file_from_fd_stdio(stderr, "<stderr>", "w"));
}

ModuleObject *sys_module_create(int argc, char **argv)
{
    ModuleObject *m = module_new("sys");
    for (const MethodDef *d = sys_functions; d->name; d++)
        module_add(m, d->name, builtin_new(d, VALUE_NULL));
    module_add(m, "argv", str_list(argc, argv));
    module_add(m, "path", search_path(argc, argv));
    module_add(m, "modules", value_new_ref(interp.modules));
    module_add(
        m, "version",
        value_steal(
            &str_from_cstr("3.11.7 (ftpy " PACKAGE_VERSION ")")->header));
    module_add(m, "version_info", version_info());
    module_add(m, "hexversion", value_from_int(0x030b07f0));
    module_add(m, "platform", value_steal(&str_from_cstr("linux")->header));
    module_add(m, "byteorder", value_steal(&str_from_cstr("little")->header));
    module_add(m, "maxsize", int_from_i64(INT64_MAX));
    add_streams(m);
    return m;
}
