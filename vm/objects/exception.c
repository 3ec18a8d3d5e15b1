// exception.c: exception objects and the static builtin exception types
// (the hierarchy itself is vm/objects/exceptions.def).
#include "vm/objects/exception.h"
#include "vm/objects/type.h"

#include "vm/objects/str.h"
#include <errno.h>
#include <string.h>

#include "vm/args.h"
#include "vm/compile/syntax_error.h"
#include "vm/exc.h"
#include "vm/objects/bytes.h"
#include "vm/objects/codec.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception_group.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/traceback.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

static void exception_dealloc(Object *op);
static StrObject *exception_repr(Value self);
static StrObject *exception_str(Value self);
static Value exception_new_slot(TypeObject *t, const Value *args, size_t nargs,
                                Object *kwnames);
static Value exception_getattr(Value self, StrObject *name);
static int exception_setattr(Value self, StrObject *name, Value v);
static Value oserror_new(TypeObject *t, const Value *args, size_t nargs,
                         Object *kwnames);
static StrObject *oserror_str(Value self);
static const GetSetDef system_exit_getsets[], stop_iteration_getsets[];
static const MethodDef exception_methods[];
static const GetSetDef name_getsets[];
static const GetSetDef exception_getsets[];
static StrObject *key_error_str(Value self);
static Value unicode_error_new(TypeObject *t, const Value *args, size_t nargs,
                               Object *kwnames);
static StrObject *unicode_error_str(Value self);

TypeObject exc_BaseException = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "BaseException",
    .basic_size = sizeof(ExceptionObject),
    .dealloc = exception_dealloc,
    .repr = exception_repr,
    .str = exception_str,
    .new = exception_new_slot,
    .getattr = exception_getattr,
    .setattr = exception_setattr,
    .methods = exception_methods,
    .getsets = exception_getsets,
    .flags = TYPE_FLAG_BASETYPE,
};

#define EXCEPTION(name_, base_)                                                \
    TypeObject exc_##name_ = {                                                 \
        .header = OBJ_HEADER_IMMORTAL(&type_type),                             \
        .name = #name_,                                                        \
        .basic_size = sizeof(ExceptionObject),                                 \
        .dealloc = exception_dealloc,                                          \
        .flags = TYPE_FLAG_BASETYPE,                                           \
        .base = &exc_##base_,                                                  \
    };
#include "vm/objects/exceptions.def"
#undef EXCEPTION

// io.UnsupportedOperation derives from OSError and ValueError.
TypeObject exc_UnsupportedOperation = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "UnsupportedOperation",
    .basic_size = sizeof(ExceptionObject),
    .dealloc = exception_dealloc,
    .flags = TYPE_FLAG_BASETYPE,
    .base = &exc_OSError,
    .base2 = &exc_ValueError,
};

static StrObject *syntax_error_str(Value self);
static Value syntax_error_new(TypeObject *t, const Value *args, size_t nargs,
                              Object *kwnames);

void exceptions_init(void)
{
    // KeyError shows its key as repr (so KeyError('') prints as '').
    exc_KeyError.str = key_error_str;
    exc_SyntaxError.str = syntax_error_str;
    exc_SyntaxError.new = syntax_error_new;
    exc_OSError.new = oserror_new;
    exc_OSError.str = oserror_str;
    exc_SystemExit.getsets = system_exit_getsets;
    exc_StopIteration.getsets = stop_iteration_getsets;
    exc_AttributeError.getsets = exc_NameError.getsets = name_getsets;
    exc_UnicodeEncodeError.new = exc_UnicodeDecodeError.new = unicode_error_new;
    exc_UnicodeEncodeError.str = exc_UnicodeDecodeError.str = unicode_error_str;
    exception_group_init();
#define EXCEPTION(name, base)
#define EXCEPTION_BASE2(name, second) exc_##name.base2 = &exc_##second;
#include "vm/objects/exceptions.def"
#undef EXCEPTION_BASE2
#undef EXCEPTION
    type_ready(&exc_BaseException);
#define EXCEPTION(name, base) type_ready(&exc_##name);
#include "vm/objects/exceptions.def"
#undef EXCEPTION
    type_ready(&exc_UnsupportedOperation);
}

ExceptionObject *exception_new(TypeObject *type, Value args)
{
    ExceptionObject *e = (ExceptionObject *)object_new(type);
    e->args = args;
    return e;
}

ExceptionObject *exception_new_message(TypeObject *type, const char *message)
{
    Value text = value_steal(&str_from_cstr(message)->header);
    TupleObject *args = tuple_new(1);
    tuple_init_item(args, 0, text);
    return exception_new(type, value_steal(&args->header));
}

const char *exception_message(const ExceptionObject *e)
{
    TupleObject *args = (TupleObject *)value_as_object(e->args);
    if (args == NULL || args->size != 1 || !value_is_object(args->items[0]))
        return NULL;
    Object *first = value_as_object(args->items[0]);
    return object_type(first) == &str_type ? ((StrObject *)first)->data : NULL;
}

static void exception_dealloc(Object *op)
{
    ExceptionObject *e = (ExceptionObject *)op;
    value_decref(e->args);
    value_decref(e->cause);
    value_decref(e->context);
    value_decref(e->traceback);
    refcount_xdec(e->dict);
    object_free(op);
}

// ------------------------------------------------------------ Python API

static TupleObject *args_of(Value self)
{
    return (TupleObject *)value_as_object(
        ((ExceptionObject *)value_as_object(self))->args);
}

static StrObject *exception_repr(Value self)
{
    TupleObject *args = args_of(self);
    // The class name without its module, as the repr of an exception
    // class defined in Python shows it (json.decoder.JSONDecodeError).
    const char *name = value_type(self)->name, *dot = strrchr(name, '.');
    name = dot ? dot + 1 : name;
    StrObject *inner = args->size == 1 ? op_repr(args->items[0])
                                       : op_repr((Value)&args->header);
    if (inner == NULL)
        return NULL;
    StrObject *r = args->size == 1
                       ? str_from_format("%s(%s)", name, inner->data)
                       : str_from_format("%s%s", name, inner->data);
    refcount_dec(&inner->header);
    return r;
}

static StrObject *exception_str(Value self)
{
    TupleObject *args = args_of(self);
    if (args->size == 0)
        return str_intern_cstr("");
    if (args->size == 1)
        return op_str(args->items[0]);
    return op_str((Value)&args->header);
}

static StrObject *key_error_str(Value self)
{
    TupleObject *args = args_of(self);
    if (args->size == 1)
        return op_repr(args->items[0]);
    return exception_str(self);
}

static Value exception_new_slot(TypeObject *t, const Value *args, size_t nargs,
                                Object *kwnames)
{
    if (kwnames) {
        exc_raise_format(&exc_TypeError, "%s() takes no keyword arguments",
                         t->name);
        return VALUE_NULL;
    }
    TupleObject *tuple = tuple_pack((int64_t)nargs, args);
    return value_steal(&exception_new(t, value_steal(&tuple->header))->header);
}

static Value get_args(Value self)
{
    Value args = ((ExceptionObject *)value_as_object(self))->args;
    value_incref(args);
    return args;
}

static Value or_none(Value v)
{
    if (v == VALUE_NULL)
        return VALUE_NONE;
    value_incref(v);
    return v;
}

static Value get_cause(Value self)
{
    return or_none(((ExceptionObject *)value_as_object(self))->cause);
}

static Value get_context(Value self)
{
    return or_none(((ExceptionObject *)value_as_object(self))->context);
}

static Value get_traceback(Value self)
{
    return or_none(((ExceptionObject *)value_as_object(self))->traceback);
}

// __traceback__ accepts a traceback or None.
static int set_traceback(Value self, Value v)
{
    ExceptionObject *e = (ExceptionObject *)value_as_object(self);
    if (!value_is_none(v) && value_type(v) != &traceback_type) {
        exc_raise_format(&exc_TypeError,
                         "__traceback__ must be a traceback or None");
        return -1;
    }
    Value old = e->traceback;
    e->traceback =
        value_is_none(v) ? VALUE_NULL : value_new_ref(value_as_object(v));
    value_decref(old);
    return 0;
}

static Value get_suppress_context(Value self)
{
    return value_bool(
        ((ExceptionObject *)value_as_object(self))->suppress_context);
}

static int set_suppress_context(Value self, Value v)
{
    int t = op_truth(v);
    if (t < 0)
        return -1;
    ((ExceptionObject *)value_as_object(self))->suppress_context = t;
    return 0;
}

// __cause__ and __context__ accept None or an exception.
static int set_link(Value *field, Value v, const char *what)
{
    if (!value_is_none(v) && !value_isinstance(v, &exc_BaseException)) {
        exc_raise_format(&exc_TypeError,
                         "exception %s must be None or derive from "
                         "BaseException",
                         what);
        return -1;
    }
    Value old = *field;
    if (value_is_none(v)) {
        *field = VALUE_NULL;
    } else {
        value_incref(v);
        *field = v;
    }
    value_decref(old);
    return 0;
}

static int set_cause(Value self, Value v)
{
    ExceptionObject *e = (ExceptionObject *)value_as_object(self);
    e->suppress_context = true;
    return set_link(&e->cause, v, "cause");
}

static int set_context(Value self, Value v)
{
    return set_link(&((ExceptionObject *)value_as_object(self))->context, v,
                    "context");
}

void exception_set_args(ExceptionObject *e, const Value *args, size_t nargs)
{
    Value old = e->args;
    e->args = value_steal(&tuple_pack((int64_t)nargs, args)->header);
    value_decref(old);
}

// BaseException.__init__(self, *args): what super().__init__(msg) runs.
static Value exception_init_method(Value self, const Value *args, size_t nargs,
                                   Object *kwnames)
{
    exception_set_args((ExceptionObject *)value_as_object(self), args, nargs);
    return VALUE_NONE;
}

static Value exception_str_method(Value self, const Value *args, size_t nargs,
                                  Object *kwnames)
{
    StrObject *s = exception_str(self);
    return s ? value_steal(&s->header) : VALUE_NULL;
}

static Value exception_repr_method(Value self, const Value *args, size_t nargs,
                                   Object *kwnames)
{
    StrObject *s = exception_repr(self);
    return s ? value_steal(&s->header) : VALUE_NULL;
}

static Value exception_with_traceback(Value self, const Value *args,
                                      size_t nargs, Object *kwnames)
{
    if (!args_positional("with_traceback", nargs, kwnames, 1, 1) ||
        set_traceback(self, args[0]) < 0)
        return VALUE_NULL;
    value_incref(self);
    return self;
}

// e.add_note(note): appends to e.__notes__, a list made on first use.
static Value exception_add_note(Value self, const Value *args, size_t nargs,
                                Object *kwnames)
{
    if (nargs != 1 || kwnames) {
        exc_raise_format(&exc_TypeError,
                         "BaseException.add_note() takes exactly one "
                         "argument (%zu given)",
                         nargs);
        return VALUE_NULL;
    }
    if (!str_check(args[0])) {
        exc_raise_format(&exc_TypeError, "note must be a str, not '%s'",
                         value_type(args[0])->name);
        return VALUE_NULL;
    }
    StrObject *name = str_intern_cstr("__notes__");
    Value notes = VALUE_NULL;
    int found = op_lookup_attr(self, name, &notes);
    if (found == 0) {
        notes = value_steal(&list_new(0)->header);
        if (op_setattr(self, name, notes) < 0)
            found = -1;
    }
    if (found < 0) {
        value_decref(notes);
        return VALUE_NULL;
    }
    bool ok = list_check(notes);
    if (ok) {
        value_incref(args[0]);
        list_append((ListObject *)value_as_object(notes), args[0]);
    } else {
        exc_raise_format(&exc_TypeError,
                         "Cannot add note: __notes__ is not a list");
    }
    value_decref(notes);
    return ok ? VALUE_NONE : VALUE_NULL;
}

static const MethodDef exception_methods[] = {
    {"__init__", exception_init_method, 0},
    {"__str__", exception_str_method, 0},
    {"__repr__", exception_repr_method, 0},
    {"with_traceback", exception_with_traceback, 0},
    {"add_note", exception_add_note, 0},
    {NULL, NULL, 0},
};

static const GetSetDef exception_getsets[] = {
    {"args", get_args, NULL},
    {"__cause__", get_cause, set_cause},
    {"__context__", get_context, set_context},
    {"__traceback__", get_traceback, set_traceback},
    {"__suppress_context__", get_suppress_context, set_suppress_context},
    {NULL, NULL, NULL},
};

// SystemExit.code and StopIteration.value: what the args say.
static Value get_code(Value self)
{
    TupleObject *args = args_of(self);
    if (args->size == 0)
        return VALUE_NONE;
    Value v = args->size == 1 ? args->items[0] : (Value)&args->header;
    value_incref(v);
    return v;
}

static Value get_value(Value self)
{
    TupleObject *args = args_of(self);
    if (args->size == 0)
        return VALUE_NONE;
    value_incref(args->items[0]);
    return args->items[0];
}

static const GetSetDef system_exit_getsets[] = {
    {"code", get_code, NULL},
    {NULL, NULL, NULL},
};

static const GetSetDef stop_iteration_getsets[] = {
    {"value", get_value, NULL},
    {NULL, NULL, NULL},
};

// ------------------------------------------------------------ attributes

static Value dict_lookup(ExceptionObject *e, StrObject *name)
{
    Value v;
    if (e->dict &&
        dict_get((DictObject *)e->dict, (Value)&name->header, &v) == 1)
        return v;
    return VALUE_NULL;
}

// Computed attributes first, then the instance's own, then the class's.
// __dict__ (the instance attributes: __notes__, errno ...) is made on
// first use.
static Value exception_getattr(Value self, StrObject *name)
{
    ExceptionObject *e = (ExceptionObject *)value_as_object(self);
    if (str_equal_cstr(name, "__dict__")) {
        if (e->dict == NULL)
            e->dict = &dict_new()->header;
        return value_new_ref(e->dict);
    }
    Value found = type_lookup(value_type(self), name);
    if (found == VALUE_NULL || value_type(found) != &getset_descr_type) {
        Value v = dict_lookup(e, name);
        if (v != VALUE_NULL)
            return v;
    }
    return generic_getattr(self, name);
}

static int exception_setattr(Value self, StrObject *name, Value v)
{
    ExceptionObject *e = (ExceptionObject *)value_as_object(self);
    Value found = type_lookup(value_type(self), name);
    if (found != VALUE_NULL && value_type(found) == &getset_descr_type)
        return getset_descr_set(found, self, v);
    if (e->dict == NULL)
        e->dict = &dict_new()->header;
    if (v == VALUE_NULL) {
        int r = dict_del((DictObject *)e->dict, (Value)&name->header);
        if (r == 0)
            exc_raise_format(&exc_AttributeError, "%s", name->data);
        return r == 1 ? 0 : -1;
    }
    refcount_inc(&name->header);
    value_incref(v);
    return dict_set((DictObject *)e->dict, value_steal(&name->header), v);
}

static void set_attr(ExceptionObject *e, const char *name, Value v)
{
    exception_setattr((Value)&e->header, str_intern_cstr(name), v);
}

void exception_set_attr(ExceptionObject *e, const char *name, Value v)
{
    set_attr(e, name, v);
}

// AttributeError.name and NameError.name: None until set.
static Value get_name(Value self)
{
    ExceptionObject *e = (ExceptionObject *)value_as_object(self);
    Value v = dict_lookup(e, str_intern_cstr("name"));
    return v != VALUE_NULL ? v : VALUE_NONE;
}

static int set_name(Value self, Value v)
{
    ExceptionObject *e = (ExceptionObject *)value_as_object(self);
    if (e->dict == NULL)
        e->dict = &dict_new()->header;
    value_incref(v);
    return dict_set((DictObject *)e->dict,
                    value_new_ref(&str_intern_cstr("name")->header), v);
}

static const GetSetDef name_getsets[] = {
    {"name", get_name, set_name},
    {NULL, NULL, NULL},
};

// ------------------------------------------------------------ OSError

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): args
// keeps the first two; errno, strerror, filename and filename2 are
// attributes.
static Value oserror_new(TypeObject *t, const Value *args, size_t nargs,
                         Object *kwnames)
{
    Value r = exception_new_slot(t, args, nargs, kwnames);
    if (r == VALUE_NULL || nargs < 2 || nargs > 5)
        return r;
    ExceptionObject *e = (ExceptionObject *)value_as_object(r);
    set_attr(e, "errno", args[0]);
    set_attr(e, "strerror", args[1]);
    set_attr(e, "filename", nargs >= 3 ? args[2] : VALUE_NONE);
    set_attr(e, "filename2", nargs >= 5 ? args[4] : VALUE_NONE);
    if (nargs >= 3) {
        value_decref(e->args);
        e->args = value_steal(&tuple_pack(2, args)->header);
    }
    return r;
}

static StrObject *oserror_str(Value self)
{
    ExceptionObject *e = (ExceptionObject *)value_as_object(self);
    Value no = dict_lookup(e, str_intern_cstr("errno"));
    Value msg = dict_lookup(e, str_intern_cstr("strerror"));
    Value file = dict_lookup(e, str_intern_cstr("filename"));
    Value file2 = dict_lookup(e, str_intern_cstr("filename2"));
    StrObject *r = NULL;
    if (no && msg) {
        StrObject *ns = op_str(no), *ms = op_str(msg);
        StrObject *fs = file && !value_is_none(file) ? op_repr(file) : NULL;
        StrObject *f2 =
            fs && file2 && !value_is_none(file2) ? op_repr(file2) : NULL;
        if (ns && ms && f2)
            r = str_from_format("[Errno %s] %s: %s -> %s", ns->data, ms->data,
                                fs->data, f2->data);
        else if (ns && ms)
            r = fs ? str_from_format("[Errno %s] %s: %s", ns->data, ms->data,
                                     fs->data)
                   : str_from_format("[Errno %s] %s", ns->data, ms->data);
        refcount_xdec(ns ? &ns->header : NULL);
        refcount_xdec(ms ? &ms->header : NULL);
        refcount_xdec(fs ? &fs->header : NULL);
        refcount_xdec(f2 ? &f2->header : NULL);
    } else {
        r = exception_str(self);
    }
    value_decref(no);
    value_decref(msg);
    value_decref(file);
    value_decref(file2);
    return r;
}

void exception_raise_errno(int err, const char *filename)
{
    exception_raise_errno2(err, filename, NULL);
}

void exception_raise_errno2(int err, const char *filename,
                            const char *filename2)
{
    TypeObject *t = err == ENOENT                   ? &exc_FileNotFoundError
                    : err == EEXIST                 ? &exc_FileExistsError
                    : err == EISDIR                 ? &exc_IsADirectoryError
                    : err == ENOTDIR                ? &exc_NotADirectoryError
                    : err == EACCES || err == EPERM ? &exc_PermissionError
                                                    : &exc_OSError;
    Value args[5] = {
        value_from_int(err), value_steal(&str_from_cstr(strerror(err))->header),
        filename ? value_steal(&str_from_cstr(filename)->header) : VALUE_NONE,
        VALUE_NONE,
        filename2 ? value_steal(&str_from_cstr(filename2)->header)
                  : VALUE_NONE};
    Value e = oserror_new(t, args, filename2 ? 5 : filename ? 3 : 2, NULL);
    value_decref(args[1]);
    value_decref(args[2]);
    value_decref(args[4]);
    if (e != VALUE_NULL)
        exc_raise((ExceptionObject *)value_as_object(e));
}

// ------------------------------------------------------------ Unicode errors

// UnicodeEncodeError/UnicodeDecodeError(encoding, object, start, end,
// reason): args keeps all five, and each is an attribute too.
static Value unicode_error_new(TypeObject *t, const Value *args, size_t nargs,
                               Object *kwnames)
{
    Value r = exception_new_slot(t, args, nargs, kwnames);
    if (r == VALUE_NULL || nargs != 5)
        return r;
    ExceptionObject *e = (ExceptionObject *)value_as_object(r);
    static const char *const names[] = {"encoding", "object", "start", "end",
                                        "reason"};
    for (size_t i = 0; i < 5; i++)
        set_attr(e, names[i], args[i]);
    return r;
}

void exception_raise_unicode(TypeObject *type, const char *encoding,
                             Value object, int64_t start, int64_t end,
                             const char *reason)
{
    Value args[5] = {value_steal(&str_from_cstr(encoding)->header), object,
                     value_from_int(start), value_from_int(end),
                     value_steal(&str_from_cstr(reason)->header)};
    Value e = unicode_error_new(type, args, 5, NULL);
    value_decref(args[0]);
    value_decref(args[4]);
    if (e != VALUE_NULL)
        exc_raise((ExceptionObject *)value_as_object(e));
}

// The one character or byte in error, as CPython's message shows it:
// "character '\xe9'" or "byte 0xff".
static StrObject *bad_unit(Value object, int64_t at)
{
    if (str_check(object)) {
        StrObject *s = (StrObject *)value_as_object(object);
        if (at < 0 || at >= s->length)
            return NULL;
        uint32_t cp = str_code_point_at(s, at);
        return cp < 0x100     ? str_from_format("character '\\x%02x'", cp)
               : cp < 0x10000 ? str_from_format("character '\\u%04x'", cp)
                              : str_from_format("character '\\U%08x'", cp);
    }
    if (bytes_check(object) && at >= 0 && at < bytes_of(object)->size)
        return str_from_format("byte 0x%02x",
                               (unsigned char)bytes_of(object)->data[at]);
    return NULL;
}

// CPython derives the message from the attributes:
// "'ascii' codec can't encode character '\xe9' in position 0: ordinal
// not in range(128)", "... can't decode bytes in position 0-1: ...".
static StrObject *unicode_error_str(Value self)
{
    ExceptionObject *e = (ExceptionObject *)value_as_object(self);
    Value v[5];
    static const char *const names[] = {"encoding", "object", "start", "end",
                                        "reason"};
    bool ok = true;
    for (size_t i = 0; i < 5; i++)
        ok &= (v[i] = dict_lookup(e, str_intern_cstr(names[i]))) != VALUE_NULL;
    int64_t start = 0, end = 0;
    ok = ok && str_check(v[0]) && str_check(v[4]) && int_check(v[2]) &&
         int_check(v[3]) && int_as_i64(v[2], &start) && int_as_i64(v[3], &end);
    StrObject *r = NULL;
    if (ok) {
        bool encode = exception_is(e, &exc_UnicodeEncodeError);
        const char *enc = ((StrObject *)value_as_object(v[0]))->data;
        const char *why = ((StrObject *)value_as_object(v[4]))->data;
        const char *verb = encode ? "encode" : "decode";
        StrObject *unit = end == start + 1 ? bad_unit(v[1], start) : NULL;
        r = unit ? str_from_format("'%s' codec can't %s %s in position %lld: "
                                   "%s",
                                   enc, verb, unit->data, (long long)start, why)
                 : str_from_format("'%s' codec can't %s %s in position "
                                   "%lld-%lld: %s",
                                   enc, verb, encode ? "characters" : "bytes",
                                   (long long)start, (long long)end - 1, why);
        refcount_xdec(unit ? &unit->header : NULL);
    }
    for (size_t i = 0; i < 5; i++)
        value_decref(v[i]);
    return r ? r : exception_str(self);
}

// ------------------------------------------------------------ SyntaxError

static StrObject *syntax_error_str(Value self)
{
    ExceptionObject *e = (ExceptionObject *)value_as_object(self);
    Value msg = dict_lookup(e, str_intern_cstr("msg"));
    Value file = dict_lookup(e, str_intern_cstr("filename"));
    Value line = dict_lookup(e, str_intern_cstr("lineno"));
    StrObject *r;
    if (msg && value_type(msg) == &str_type && file &&
        value_type(file) == &str_type && line && value_is_int(line)) {
        const char *path = ((StrObject *)value_as_object(file))->data;
        const char *slash = strrchr(path, '/');
        r = str_from_format(
            "%s (%s, line %lld)", ((StrObject *)value_as_object(msg))->data,
            slash ? slash + 1 : path, (long long)value_as_int(line));
    } else {
        r = exception_str(self);
    }
    value_decref(msg);
    value_decref(file);
    value_decref(line);
    return r;
}

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
// end_offset])): args as given, and the attributes from them (None when
// absent), as CPython's SyntaxError.__init__ sets them; the details may
// be any sequence of 4 to 6 items.
static Value syntax_error_new(TypeObject *t, const Value *args, size_t nargs,
                              Object *kwnames)
{
    static const char *const names[] = {"filename", "lineno",     "offset",
                                        "text",     "end_lineno", "end_offset"};
    Value tuple = nargs == 2 ? tuple_from_iterable(args[1]) : VALUE_NULL;
    TupleObject *info = (TupleObject *)value_as_object(tuple);
    if (nargs == 2 && (info == NULL || info->size < 4 || info->size > 6)) {
        if (info)
            exc_raise_format(
                &exc_TypeError, "function takes at %s 4 arguments (%lld given)",
                info->size < 4 ? "least" : "most", (long long)info->size);
        value_decref(tuple);
        return VALUE_NULL;
    }
    Value r = exception_new_slot(t, args, nargs, kwnames);
    if (r != VALUE_NULL) {
        ExceptionObject *e = (ExceptionObject *)value_as_object(r);
        set_attr(e, "msg", nargs >= 1 ? args[0] : VALUE_NONE);
        for (int64_t i = 0; i < 6; i++)
            set_attr(e, names[i],
                     info && i < info->size ? info->items[i] : VALUE_NONE);
        set_attr(e, "print_file_and_line", VALUE_NONE);
    }
    value_decref(tuple);
    return r;
}

// Line `line` of src[0..len) with its newline, as SyntaxError.text, or
// None.
static Value source_line_text(const char *src, size_t len, int line,
                              bool without_newline)
{
    const char *p = src, *end = src + len;
    for (int i = 1; i < line && p; i++) {
        p = memchr(p, '\n', (size_t)(end - p));
        p = p ? p + 1 : NULL;
    }
    if (line == 0) // an error before the first line (empty input)
        return value_new_ref(&str_intern_cstr("")->header);
    if (p == NULL || line < 1 || (p == end && line > 1))
        return VALUE_NONE;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl && !without_newline ? (size_t)(nl + 1 - p)
               : nl                   ? (size_t)(nl - p)
                                      : (size_t)(end - p);
    // The error may be about this very line: undecodable bytes show as
    // U+FFFD, as CPython shows them.
    StrObject *s = codec_decode(p, (int64_t)n, "utf-8", "replace");
    if (s == NULL) {
        exc_clear();
        return VALUE_NONE;
    }
    return value_steal(&s->header);
}

void exception_raise_syntax_error(const SyntaxErrorInfo *info, const char *src,
                                  size_t len)
{
    TypeObject *t = info->kind == TAB_ERROR           ? &exc_TabError
                    : info->kind == INDENTATION_ERROR ? &exc_IndentationError
                                                      : &exc_SyntaxError;
    Value msg = value_steal(&str_from_cstr(info->message)->header);
    Value detail[6] = {VALUE_NONE, VALUE_NONE, VALUE_NONE,
                       VALUE_NONE, VALUE_NONE, VALUE_NONE};
    if (!info->no_location) {
        detail[0] = value_steal(&str_from_cstr(info->filename)->header);
        detail[1] = value_from_int(info->lineno);
        detail[2] = value_from_int(info->offset);
        if (src && !info->no_text)
            detail[3] = source_line_text(src, len, info->lineno,
                                         info->text_without_newline);
        detail[4] = value_from_int(info->end_lineno);
        if (info->end_offset != SYNTAX_NO_END_OFFSET)
            detail[5] = value_from_int(info->end_offset);
    }
    TupleObject *tuple = tuple_pack(6, detail);
    Value args[2] = {msg, value_steal(&tuple->header)};
    // Errors CPython locates after parsing keep only the message in args.
    bool bare = info->no_location || info->bare_args;
    Value e = syntax_error_new(t, args, bare ? 1 : 2, NULL);
    if (e != VALUE_NULL && bare) {
        ExceptionObject *x = (ExceptionObject *)value_as_object(e);
        static const char *const names[] = {
            "filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
        for (size_t i = 0; i < 6; i++)
            set_attr(x, names[i], detail[i]);
    }
    for (size_t i = 0; i < 2; i++)
        value_decref(args[i]);
    for (size_t i = 0; i < 6; i++)
        value_decref(detail[i]);
    if (e != VALUE_NULL)
        exc_raise((ExceptionObject *)value_as_object(e));
}
