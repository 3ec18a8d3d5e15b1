// struct.c: the struct module: pack, unpack, calcsize, pack_into,
// unpack_from, iter_unpack, the Struct class and struct.error, following
// CPython 3.11 (its _struct module: the names in messages are its own).
// Formats compile with struct_codec.c.
//
// Buffers: bytes, bytearray and array.array are read through a snapshot
// taken under the object's lock; pack_into writes into a bytearray or an
// array under its critical section, checking the offset against the
// length seen under that lock.
//
// Concurrency: a Struct is immutable; an unpack_iterator advances under
// its own critical section.
#include <string.h>

#include "alloc/alloc.h"
#include "vm/args.h"
#include "vm/critical.h"
#include "vm/exc.h"
#include "vm/modules/array.h"
#include "vm/modules/modules.h"
#include "vm/modules/struct_impl.h"
#include "vm/objects/builtin.h"
#include "vm/objects/bytearray.h"
#include "vm/objects/bytes.h"
#include "vm/objects/int.h"
#include "vm/objects/sequtil.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

typedef struct StructObject {
    ObjHeader header;
    StructLayout *layout; // immutable
    StrObject *format;    // the format as text
} StructObject;

typedef struct UnpackIterObject {
    ObjHeader header;
    StructObject *st;  // a reference
    BytesObject *data; // a reference: the buffer's snapshot
    int64_t offset;    // under the iterator's critical section
} UnpackIterObject;

static TypeObject struct_type, unpack_iterator_type;

static StructObject *as_struct(Value v)
{
    return (StructObject *)value_as_object(v);
}

static bool fail(const char *message)
{
    exc_raise_format(&exc_StructError, "%s", message);
    return false;
}

// ------------------------------------------------------------ buffers

// The bytes of a bytes-like object (bytes, bytearray, array) as a new
// bytes object; TypeError otherwise.
static BytesObject *read_buffer(Value v)
{
    BytesObject *b = bytearray_bytes_like(v);
    if (b == NULL && array_check(v))
        b = array_to_bytes(array_of(v));
    if (b == NULL)
        exc_raise_format(&exc_TypeError,
                         "a bytes-like object is required, not '%s'",
                         type_name(value_type(v)));
    return b;
}

// pack_into's offset rules for `size` bytes in a `len`-byte buffer: the
// absolute offset, or -1 with struct.error.
static int64_t pack_offset(int64_t offset, int64_t size, int64_t len)
{
    if (offset < 0) {
        if (offset + size > 0) {
            exc_raise_format(&exc_StructError,
                             "no space to pack %lld bytes at offset %lld",
                             (long long)size, (long long)offset);
            return -1;
        }
        if (offset + len < 0) {
            exc_raise_format(&exc_StructError,
                             "offset %lld out of range for %lld-byte buffer",
                             (long long)offset, (long long)len);
            return -1;
        }
        offset += len;
    }
    if (len - offset < size) {
        exc_raise_format(&exc_StructError,
                         "pack_into requires a buffer of at least %lld bytes "
                         "for packing %lld bytes at offset %lld (actual "
                         "buffer size is %lld)",
                         (long long)(size + offset), (long long)size,
                         (long long)offset, (long long)len);
        return -1;
    }
    return offset;
}

// unpack_from's rules, as pack_offset.
static int64_t unpack_offset(int64_t offset, int64_t size, int64_t len)
{
    if (offset < 0) {
        if (offset + size > 0) {
            exc_raise_format(&exc_StructError,
                             "not enough data to unpack %lld bytes at offset "
                             "%lld",
                             (long long)size, (long long)offset);
            return -1;
        }
        if (offset + len < 0) {
            exc_raise_format(&exc_StructError,
                             "offset %lld out of range for %lld-byte buffer",
                             (long long)offset, (long long)len);
            return -1;
        }
        offset += len;
    }
    if (len - offset < size) {
        exc_raise_format(&exc_StructError,
                         "unpack_from requires a buffer of at least %lld "
                         "bytes for unpacking %lld bytes at offset %lld "
                         "(actual buffer size is %lld)",
                         (long long)(size + offset), (long long)size,
                         (long long)offset, (long long)len);
        return -1;
    }
    return offset;
}

// Writes src[0, n) into bytearray `ba` at `offset` (pack_into's rules),
// checking against the length under the bytearray's lock.
static bool write_bytearray(ByteArrayObject *ba, int64_t offset,
                            const unsigned char *src, int64_t n)
{
    int64_t len, at;
    // Pairs with the bytearray's own writers: data and size are read and
    // written only under its critical section (bytearray.h).
    CRITICAL_BEGIN(&ba->header);
    len = ba->size;
    at = offset < 0 ? offset + len : offset;
    bool inside = at >= 0 && at <= len - n;
    if (inside && n > 0)
        memcpy(ba->data + at, src, (size_t)n);
    if (!inside)
        at = -1;
    CRITICAL_END(&ba->header);
    return at >= 0 || pack_offset(offset, n, len) >= 0;
}

static bool writable(Value target)
{
    if (bytearray_check(target) || array_check(target))
        return true;
    exc_raise_format(&exc_TypeError,
                     "argument must be read-write bytes-like object, not %s",
                     type_name(value_type(target)));
    return false;
}

// Writes into a writable() target, or raises pack_into's offset errors.
static bool write_buffer(Value target, int64_t offset, const unsigned char *src,
                         int64_t n)
{
    if (bytearray_check(target))
        return write_bytearray(bytearray_of(target), offset, src, n);
    int64_t len;
    return array_write_bytes(array_of(target), offset, src, n, &len) ||
           pack_offset(offset, n, len) >= 0;
}

// ------------------------------------------------------------ Struct

// Struct(format): compiles a str or bytes format.
static StructObject *struct_compile_value(Value fmt)
{
    const char *text;
    int64_t len;
    if (str_check(fmt)) {
        StrObject *s = (StrObject *)value_as_object(fmt);
        if (!str_is_ascii(s)) {
            int64_t at = 0;
            while (str_code_point_at(s, at) < 0x80)
                at++;
            exception_raise_unicode(&exc_UnicodeEncodeError, "ascii", fmt, at,
                                    at + 1, "ordinal not in range(128)");
            return NULL;
        }
        text = s->data;
        len = s->size;
    } else if (bytes_check(fmt)) {
        text = bytes_of(fmt)->data;
        len = bytes_of(fmt)->size;
    } else {
        exc_raise_format(&exc_TypeError,
                         "Struct() argument 1 must be a str or bytes object, "
                         "not %s",
                         type_name(value_type(fmt)));
        return NULL;
    }
    StructLayout *l = struct_compile(text, len);
    if (l == NULL)
        return NULL;
    StructObject *st = (StructObject *)object_new(&struct_type);
    st->layout = l;
    // bytes formats are ASCII here: anything else failed to compile.
    st->format = str_from_trusted_utf8(text, len);
    return st;
}

static void struct_dealloc(Object *op)
{
    StructObject *st = (StructObject *)op;
    alloc_free(st->layout);
    refcount_xdec(st->format ? &st->format->header : NULL);
    object_free(op);
}

static Value struct_new_slot(TypeObject *type, const Value *args, size_t nargs,
                             Object *kwnames)
{
    (void)type;
    Value fmt;
    if (!args_parse("Struct", args, nargs, kwnames, "format", 0, 1, &fmt))
        return VALUE_NULL;
    StructObject *st = struct_compile_value(fmt);
    return st ? value_steal(&st->header) : VALUE_NULL;
}

// Whether a layout is too large to pack: beyond 1 TiB, pack raises
// MemoryError at once instead of aborting in the allocator.
#define STRUCT_MAX_SIZE ((int64_t)1 << 40)
static bool too_large(const StructLayout *l)
{
    if (l->size <= STRUCT_MAX_SIZE)
        return false;
    exc_raise_format(&exc_MemoryError, "%s", "");
    return true;
}

static bool item_count(const char *what, const StructLayout *l, size_t n)
{
    if ((int64_t)n == l->nitems)
        return true;
    exc_raise_format(&exc_StructError,
                     "%s expected %lld items for packing (got %zu)", what,
                     (long long)l->nitems, n);
    return false;
}

static Value do_pack(StructObject *st, const Value *items, size_t n)
{
    const StructLayout *l = st->layout;
    if (!item_count("pack", l, n) || too_large(l))
        return VALUE_NULL;
    BytesObject *b = bytes_alloc(l->size);
    memset(b->data, 0, (size_t)l->size);
    if (!struct_pack_items(l, items, (unsigned char *)b->data)) {
        refcount_dec(&b->header);
        return VALUE_NULL;
    }
    return value_steal(&b->header);
}

// pack_into(buffer, offset, *v) with args[0] = buffer.
static Value do_pack_into(StructObject *st, const Value *args, size_t nargs)
{
    const StructLayout *l = st->layout;
    if (nargs < 2) {
        fail(nargs == 0 ? "pack_into expected buffer argument"
                        : "pack_into expected offset argument");
        return VALUE_NULL;
    }
    int64_t offset;
    if (!item_count("pack_into", l, nargs - 2) || !writable(args[0]) ||
        !value_as_index(args[1], &offset))
        return VALUE_NULL;
    // No buffer is that large: write_buffer raises the offset error
    // without reading `src`.
    if (l->size > STRUCT_MAX_SIZE) {
        write_buffer(args[0], offset, NULL, l->size);
        return VALUE_NULL;
    }
    // As in CPython, a bad offset is reported before a bad value, and a
    // bad value leaves the field zeroed after the values before it.
    unsigned char *tmp = alloc_zeroed((size_t)l->size + 1);
    bool packed = struct_pack_items(l, args + 2, tmp);
    ExceptionObject *bad_value = packed ? NULL : exc_fetch();
    bool wrote = write_buffer(args[0], offset, tmp, l->size);
    alloc_free(tmp);
    if (bad_value && wrote)
        exc_restore(bad_value);
    else if (bad_value)
        refcount_dec(&bad_value->header);
    return wrote && packed ? VALUE_NONE : VALUE_NULL;
}

static Value do_unpack(StructObject *st, Value buffer)
{
    BytesObject *b = read_buffer(buffer);
    if (b == NULL)
        return VALUE_NULL;
    Value r = VALUE_NULL;
    if (b->size != st->layout->size)
        exc_raise_format(&exc_StructError,
                         "unpack requires a buffer of %lld bytes",
                         (long long)st->layout->size);
    else
        r = value_steal(
            &struct_unpack_items(st->layout, (unsigned char *)b->data)->header);
    refcount_dec(&b->header);
    return r;
}

static Value do_unpack_from(StructObject *st, Value buffer, Value voffset)
{
    int64_t offset = 0;
    if (voffset != VALUE_NULL && !value_as_index(voffset, &offset))
        return VALUE_NULL;
    BytesObject *b = read_buffer(buffer);
    if (b == NULL)
        return VALUE_NULL;
    int64_t at = unpack_offset(offset, st->layout->size, b->size);
    Value r = VALUE_NULL;
    if (at >= 0)
        r = value_steal(
            &struct_unpack_items(st->layout, (unsigned char *)b->data + at)
                 ->header);
    refcount_dec(&b->header);
    return r;
}

static Value do_iter_unpack(StructObject *st, Value buffer)
{
    int64_t size = st->layout->size;
    if (size == 0) {
        fail("cannot iteratively unpack with a struct of length 0");
        return VALUE_NULL;
    }
    BytesObject *b = read_buffer(buffer);
    if (b == NULL)
        return VALUE_NULL;
    if (b->size % size != 0) {
        refcount_dec(&b->header);
        exc_raise_format(&exc_StructError,
                         "iterative unpacking requires a buffer of a "
                         "multiple of %lld bytes",
                         (long long)size);
        return VALUE_NULL;
    }
    UnpackIterObject *it =
        (UnpackIterObject *)object_new(&unpack_iterator_type);
    refcount_inc(&st->header);
    it->st = st;
    it->data = b;
    return value_steal(&it->header);
}

#define METHOD(name)                                                           \
    static Value struct_##name(Value self, const Value *args, size_t nargs,    \
                               Object *kwnames)

METHOD(pack)
{
    if (args_has_keywords(kwnames)) {
        exc_raise_format(&exc_TypeError,
                         "Struct.pack() takes no keyword arguments");
        return VALUE_NULL;
    }
    return do_pack(as_struct(self), args, nargs);
}

METHOD(pack_into)
{
    if (args_has_keywords(kwnames)) {
        exc_raise_format(&exc_TypeError,
                         "Struct.pack_into() takes no keyword arguments");
        return VALUE_NULL;
    }
    return do_pack_into(as_struct(self), args, nargs);
}

METHOD(unpack)
{
    if (!args_one("Struct.unpack", nargs, kwnames))
        return VALUE_NULL;
    return do_unpack(as_struct(self), args[0]);
}

METHOD(unpack_from)
{
    Value a[2];
    if (!args_parse("unpack_from", args, nargs, kwnames, "buffer,offset", 0, 1,
                    a))
        return VALUE_NULL;
    return do_unpack_from(as_struct(self), a[0], a[1]);
}

METHOD(iter_unpack)
{
    if (!args_one("Struct.iter_unpack", nargs, kwnames))
        return VALUE_NULL;
    return do_iter_unpack(as_struct(self), args[0]);
}

METHOD(sizeof)
{
    if (!args_none("Struct.__sizeof__", nargs, kwnames))
        return VALUE_NULL;
    const StructLayout *l = as_struct(self)->layout;
    return value_from_int((int64_t)(sizeof(StructObject) + sizeof *l +
                                    (size_t)l->ncodes * sizeof(StructCode)));
}

static Value get_format(Value self)
{
    StrObject *f = as_struct(self)->format;
    refcount_inc(&f->header);
    return value_steal(&f->header);
}

static Value get_size(Value self)
{
    return int_from_i64(as_struct(self)->layout->size);
}

static const MethodDef struct_methods[] = {
    {"pack", struct_pack, 0},
    {"pack_into", struct_pack_into, 0},
    {"unpack", struct_unpack, 0},
    {"unpack_from", struct_unpack_from, 0},
    {"iter_unpack", struct_iter_unpack, 0},
    {"__sizeof__", struct_sizeof, 0},
    {NULL, NULL, 0},
};

static const GetSetDef struct_getsets[] = {
    {"format", get_format, NULL},
    {"size", get_size, NULL},
    {NULL, NULL, NULL},
};

static TypeObject struct_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "_struct.Struct",
    .basic_size = sizeof(StructObject),
    .dealloc = struct_dealloc,
    .new = struct_new_slot,
    .methods = struct_methods,
    .getsets = struct_getsets,
    .doc = "Struct(format)\n--\n\nCreate a compiled struct object.\n\n"
           "Return a new Struct object which writes and reads binary data "
           "according to\nthe format string.\n\nSee help(struct) for more "
           "on format strings.",
};

// ------------------------------------------------------------ iterator

static void unpack_iter_dealloc(Object *op)
{
    UnpackIterObject *it = (UnpackIterObject *)op;
    refcount_dec(&it->st->header);
    refcount_dec(&it->data->header);
    object_free(op);
}

static Value unpack_iter_next(Value self)
{
    UnpackIterObject *it = (UnpackIterObject *)value_as_object(self);
    int64_t size = it->st->layout->size, at = -1;
    // Pairs with other threads calling next() on the same iterator: each
    // offset is handed out once.
    CRITICAL_BEGIN(&it->header);
    if (it->offset + size <= it->data->size) {
        at = it->offset;
        it->offset += size;
    }
    CRITICAL_END(&it->header);
    if (at < 0)
        return VALUE_NULL;
    const unsigned char *p = (const unsigned char *)it->data->data + at;
    return value_steal(&struct_unpack_items(it->st->layout, p)->header);
}

static Value unpack_iter_length_hint(Value self, const Value *args,
                                     size_t nargs, Object *kwnames)
{
    (void)args;
    if (!args_none("unpack_iterator.__length_hint__", nargs, kwnames))
        return VALUE_NULL;
    UnpackIterObject *it = (UnpackIterObject *)value_as_object(self);
    int64_t left;
    CRITICAL_BEGIN(&it->header); // pairs with unpack_iter_next
    left = (it->data->size - it->offset) / it->st->layout->size;
    CRITICAL_END(&it->header);
    return value_from_int(left);
}

static const MethodDef unpack_iter_methods[] = {
    {"__length_hint__", unpack_iter_length_hint, 0},
    {NULL, NULL, 0},
};

static TypeObject unpack_iterator_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "_struct.unpack_iterator",
    .basic_size = sizeof(UnpackIterObject),
    .dealloc = unpack_iter_dealloc,
    .iter = iter_self,
    .next = unpack_iter_next,
    .methods = unpack_iter_methods,
};

// ------------------------------------------------------------ functions

// The Struct for a module function's format argument (a new reference).
static StructObject *format_arg(size_t nargs, const Value *args)
{
    if (nargs == 0) {
        exc_raise_format(&exc_TypeError, "missing format argument");
        return NULL;
    }
    return struct_compile_value(args[0]);
}

static bool no_keywords(const char *fname, Object *kwnames)
{
    if (!args_has_keywords(kwnames))
        return true;
    exc_raise_format(&exc_TypeError, "_struct.%s() takes no keyword arguments",
                     fname);
    return false;
}

// Calls fn(struct, rest...) with a temporary Struct for args[0].
static Value with_struct(const Value *args, size_t nargs,
                         Value (*fn)(StructObject *, const Value *, size_t))
{
    StructObject *st = format_arg(nargs, args);
    if (st == NULL)
        return VALUE_NULL;
    Value r = fn(st, args + 1, nargs - 1);
    refcount_dec(&st->header);
    return r;
}

static Value pack_rest(StructObject *st, const Value *args, size_t nargs)
{
    return do_pack(st, args, nargs);
}

static Value unpack_rest(StructObject *st, const Value *args, size_t nargs)
{
    (void)nargs;
    return do_unpack(st, args[0]);
}

static Value iter_unpack_rest(StructObject *st, const Value *args, size_t nargs)
{
    (void)nargs;
    return do_iter_unpack(st, args[0]);
}

#define FN(name)                                                               \
    static Value mod_##name(Value self, const Value *args, size_t nargs,       \
                            Object *kwnames)

FN(pack)
{
    (void)self;
    if (!no_keywords("pack", kwnames))
        return VALUE_NULL;
    return with_struct(args, nargs, pack_rest);
}

FN(pack_into)
{
    (void)self;
    if (!no_keywords("pack_into", kwnames))
        return VALUE_NULL;
    return with_struct(args, nargs, do_pack_into);
}

FN(unpack)
{
    (void)self;
    if (!no_keywords("unpack", kwnames) ||
        !args_positional("unpack", nargs, NULL, 2, 2))
        return VALUE_NULL;
    return with_struct(args, nargs, unpack_rest);
}

FN(iter_unpack)
{
    (void)self;
    if (!no_keywords("iter_unpack", kwnames) ||
        !args_positional("iter_unpack", nargs, NULL, 2, 2))
        return VALUE_NULL;
    return with_struct(args, nargs, iter_unpack_rest);
}

FN(unpack_from)
{
    (void)self;
    Value a[3];
    if (nargs == 0) {
        exc_raise_format(&exc_TypeError, "unpack_from() takes at least 1 "
                                         "positional argument (0 given)");
        return VALUE_NULL;
    }
    if (!args_parse("unpack_from", args, nargs, kwnames, "format,buffer,offset",
                    1, 2, a))
        return VALUE_NULL;
    StructObject *st = struct_compile_value(a[0]);
    if (st == NULL)
        return VALUE_NULL;
    Value r = do_unpack_from(st, a[1], a[2]);
    refcount_dec(&st->header);
    return r;
}

FN(calcsize)
{
    (void)self;
    if (!args_positional("_struct.calcsize", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    StructObject *st = struct_compile_value(args[0]);
    if (st == NULL)
        return VALUE_NULL;
    int64_t size = st->layout->size;
    refcount_dec(&st->header);
    return int_from_i64(size);
}

static const MethodDef struct_functions[] = {
    {"pack", mod_pack, 0},
    {"pack_into", mod_pack_into, 0},
    {"unpack", mod_unpack, 0},
    {"unpack_from", mod_unpack_from, 0},
    {"iter_unpack", mod_iter_unpack, 0},
    {"calcsize", mod_calcsize, 0},
    {NULL, NULL, 0},
};

ModuleObject *struct_module_create(void)
{
    // Readied here, under the import lock, before any thread can see
    // them (as json readies its error type).
    type_ready(&exc_StructError);
    type_ready(&struct_type);
    type_ready(&unpack_iterator_type);
    ModuleObject *m = module_new("struct");
    for (const MethodDef *d = struct_functions; d->name; d++)
        module_add(m, d->name, builtin_new(d, VALUE_NULL));
    module_add(m, "Struct", value_new_ref(&struct_type.header));
    module_add(m, "error", value_new_ref(&exc_StructError.header));
    return m;
}
