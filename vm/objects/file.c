// file.c: text and binary file objects over stdio (file.h).
//
// Concurrency: each method body runs in the file's critical section
// (see locked()); reads from files the object does not own detach while
// they block.
#include "vm/objects/file.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "alloc/alloc.h"
#include "vm/args.h"
#include "vm/critical.h"
#include "vm/exc.h"
#include "vm/objects/bytes.h"
#include "vm/objects/codec.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/type.h"
#include "vm/ops.h"
#include "vm/thread.h"

static inline FileObject *F(Value v)
{
    return (FileObject *)value_as_object(v);
}

static bool is_file(Value v)
{
    if (!value_is_object(v))
        return false;
    TypeObject *t = object_type(value_as_object(v));
    return t == &textio_type || t == &buffered_reader_type ||
           t == &buffered_writer_type || t == &buffered_random_type;
}

static char *dup_cstr(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(alloc_raw(n), s, n);
}

static void file_dealloc(Object *op)
{
    FileObject *f = (FileObject *)op;
    if (f->fp != NULL && f->owns_fp)
        fclose(f->fp);
    else if (f->fp != NULL)
        fflush(f->fp);
    value_decref(f->name);
    alloc_free(f->errors);
    alloc_free(f->encoding);
    object_free(op);
}

// ------------------------------------------------------------ checks

static bool check_open(const FileObject *f)
{
    if (f->fp != NULL)
        return true;
    exc_raise_format(&exc_ValueError, "I/O operation on closed file.");
    return false;
}

static bool check_can(const FileObject *f, bool write)
{
    if (!check_open(f))
        return false;
    if (write ? f->writable : f->readable)
        return true;
    exc_raise_format(&exc_UnsupportedOperation,
                     write ? "not writable" : "not readable");
    return false;
}

static Value os_error(const char *filename)
{
    exception_raise_errno(errno, filename);
    return VALUE_NULL;
}

// ------------------------------------------------------------ reading

// One byte, or EOF; detaches while blocking on streams it does not own.
static int next_byte(FileObject *f)
{
    if (f->owns_fp)
        return getc(f->fp);
    int c;
    THREAD_BLOCK_BEGIN();
    c = getc(f->fp);
    THREAD_BLOCK_END();
    return c;
}

// Appends one line's bytes (through '\n'; for universal newlines also a
// lone '\r' or "\r\n", given back as '\n') to b; at most `limit` bytes
// if limit >= 0. False at end of file with nothing read.
static bool read_line_bytes(FileObject *f, StrBuf *b, int64_t limit)
{
    bool any = false;
    int c;
    for (int64_t n = 0; limit < 0 || n < limit; n++) {
        if ((c = next_byte(f)) == EOF)
            break;
        any = true;
        if (c == '\r' && !f->binary && f->newline == 0) {
            int d = next_byte(f);
            if (d != '\n' && d != EOF)
                ungetc(d, f->fp);
            strbuf_append_char(b, '\n');
            break;
        }
        strbuf_append_char(b, (char)c);
        if (c == '\n')
            break;
    }
    return any;
}

// Reads `count` bytes (all if < 0) into b, or `count` characters of a
// UTF-8 text file.
static void read_bytes(FileObject *f, StrBuf *b, int64_t count)
{
    bool utf8 = !f->binary && f->codec == CODEC_UTF8;
    int c;
    for (int64_t n = 0; count < 0 || n < count; n++) {
        if ((c = next_byte(f)) == EOF)
            break;
        if (c == '\r' && !f->binary && f->newline == 0) {
            int d = next_byte(f); // "\r\n" and a lone '\r' read as '\n'
            if (d != '\n' && d != EOF)
                ungetc(d, f->fp);
            c = '\n';
        }
        strbuf_append_char(b, (char)c);
        if (utf8 && c >= 0xC0) { // the rest of the character
            int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
            for (int k = 0; k < more && (c = next_byte(f)) != EOF; k++)
                strbuf_append_char(b, (char)c);
        }
    }
}

// The buffer as the file's result type (str or bytes); releases it.
static Value finish(FileObject *f, StrBuf *b)
{
    if (f->binary) {
        BytesObject *r = bytes_from(b->data, (int64_t)b->size);
        strbuf_discard(b);
        return value_steal(&r->header);
    }
    StrObject *s = codec_decode(b->data, (int64_t)b->size,
                                codec_name((Codec)f->codec), f->errors);
    strbuf_discard(b);
    return s ? value_steal(&s->header) : VALUE_NULL;
}

static Value do_read(FileObject *f, int64_t count)
{
    if (!check_can(f, false))
        return VALUE_NULL;
    StrBuf b;
    strbuf_init(&b);
    read_bytes(f, &b, count);
    return finish(f, &b);
}

static Value do_readline(FileObject *f, int64_t limit)
{
    if (!check_can(f, false))
        return VALUE_NULL;
    StrBuf b;
    strbuf_init(&b);
    read_line_bytes(f, &b, limit);
    return finish(f, &b);
}

static Value do_readlines(FileObject *f)
{
    if (!check_can(f, false))
        return VALUE_NULL;
    ListObject *l = list_new(0);
    for (;;) {
        StrBuf b;
        strbuf_init(&b);
        if (!read_line_bytes(f, &b, -1)) {
            strbuf_discard(&b);
            break;
        }
        Value line = finish(f, &b);
        if (line == VALUE_NULL) {
            refcount_dec(&l->header);
            return VALUE_NULL;
        }
        list_append(l, line);
    }
    return value_steal(&l->header);
}

// ------------------------------------------------------------ writing

static bool put(FileObject *f, const char *data, size_t n)
{
    if (n > 0 && fwrite(data, 1, n, f->fp) != n) {
        os_error(NULL);
        return false;
    }
    return true;
}

// Writes text, turning '\n' into the file's newline.
static bool put_text(FileObject *f, const char *data, size_t n)
{
    if (f->newline != 'r' && f->newline != 'R')
        return put(f, data, n);
    const char *nl = f->newline == 'r' ? "\r" : "\r\n";
    for (size_t i = 0, start = 0; i <= n; i++) {
        if (i == n || data[i] == '\n') {
            if (!put(f, data + start, i - start) ||
                (i < n && !put(f, nl, strlen(nl))))
                return false;
            start = i + 1;
        }
    }
    return true;
}

static Value do_write(FileObject *f, Value v)
{
    if (!check_can(f, true))
        return VALUE_NULL;
    if (f->binary) {
        if (!bytes_check(v)) {
            exc_raise_format(&exc_TypeError,
                             "a bytes-like object is required, not '%s'",
                             type_name(value_type(v)));
            return VALUE_NULL;
        }
        BytesObject *b = bytes_of(v);
        return put(f, b->data, (size_t)b->size) ? value_from_int(b->size)
                                                : VALUE_NULL;
    }
    if (!str_check(v)) {
        exc_raise_format(&exc_TypeError, "write() argument must be str, not %s",
                         type_name(value_type(v)));
        return VALUE_NULL;
    }
    StrObject *s = (StrObject *)value_as_object(v);
    BytesObject *enc = codec_encode(s, codec_name((Codec)f->codec), f->errors);
    if (enc == NULL)
        return VALUE_NULL;
    bool ok = put_text(f, enc->data, (size_t)enc->size);
    refcount_dec(&enc->header);
    if (ok && !f->owns_fp && f->fp == stderr)
        fflush(f->fp); // stderr is unbuffered in Python too
    return ok ? value_from_int(s->length) : VALUE_NULL;
}

static Value do_close(FileObject *f)
{
    if (f->fp == NULL)
        return VALUE_NONE;
    FILE *fp = f->fp;
    atomic_store_ptr_relaxed(&f->fp, NULL); // `closed` reads it unlocked
    int rc;
    if (f->owns_fp)
        rc = fclose(fp);
    else
        rc = fflush(fp);
    return rc == 0 ? VALUE_NONE : os_error(NULL);
}

static Value do_flush(FileObject *f)
{
    if (!check_open(f))
        return VALUE_NULL;
    return fflush(f->fp) == 0 ? VALUE_NONE : os_error(NULL);
}

static Value do_seek(FileObject *f, int64_t offset, int64_t whence)
{
    if (!check_open(f))
        return VALUE_NULL;
    if (whence < 0 || whence > 2) {
        exc_raise_format(&exc_ValueError,
                         "invalid whence (%lld, should be 0, 1 or 2)",
                         (long long)whence);
        return VALUE_NULL;
    }
    if (fseeko(f->fp, (off_t)offset, (int)whence) != 0)
        return os_error(NULL);
    return value_from_int((int64_t)ftello(f->fp));
}

static Value do_tell(FileObject *f)
{
    if (!check_open(f))
        return VALUE_NULL;
    off_t at = ftello(f->fp);
    return at < 0 ? os_error(NULL) : value_from_int((int64_t)at);
}

// ------------------------------------------------------------ methods

typedef enum FileOp {
    OP_READ,
    OP_READLINE,
    OP_READLINES,
    OP_WRITE,
    OP_CLOSE,
    OP_FLUSH,
    OP_SEEK,
    OP_TELL,
} FileOp;

// Runs one operation inside the file's critical section.
static Value locked(Value self, FileOp op, Value arg, int64_t n, int64_t m)
{
    FileObject *f = F(self);
    Value r = VALUE_NULL;
    CRITICAL_BEGIN(&f->header);
    switch (op) {
    case OP_READ:
        r = do_read(f, n);
        break;
    case OP_READLINE:
        r = do_readline(f, n);
        break;
    case OP_READLINES:
        r = do_readlines(f);
        break;
    case OP_WRITE:
        r = do_write(f, arg);
        break;
    case OP_CLOSE:
        r = do_close(f);
        break;
    case OP_FLUSH:
        r = do_flush(f);
        break;
    case OP_SEEK:
        r = do_seek(f, n, m);
        break;
    case OP_TELL:
        r = do_tell(f);
        break;
    }
    CRITICAL_END(&f->header);
    return r;
}

// An optional size argument: None or absent is -1.
static bool size_arg(const char *fname, const Value *args, size_t nargs,
                     Object *kw, int64_t *n)
{
    return args_positional(fname, nargs, kw, 0, 1) &&
           value_as_index_or_none(nargs ? args[0] : VALUE_NULL, -1, n);
}

static Value m_read(Value self, const Value *args, size_t nargs, Object *kw)
{
    int64_t n;
    if (!size_arg("read", args, nargs, kw, &n))
        return VALUE_NULL;
    return locked(self, OP_READ, VALUE_NULL, n, 0);
}

static Value m_readline(Value self, const Value *args, size_t nargs, Object *kw)
{
    int64_t n;
    if (!size_arg("readline", args, nargs, kw, &n))
        return VALUE_NULL;
    return locked(self, OP_READLINE, VALUE_NULL, n, 0);
}

static Value m_readlines(Value self, const Value *args, size_t nargs,
                         Object *kw)
{
    int64_t hint;
    if (!size_arg("readlines", args, nargs, kw, &hint))
        return VALUE_NULL;
    return locked(self, OP_READLINES, VALUE_NULL, 0, 0);
}

static Value m_write(Value self, const Value *args, size_t nargs, Object *kw)
{
    if (!args_positional("write", nargs, kw, 1, 1))
        return VALUE_NULL;
    return locked(self, OP_WRITE, args[0], 0, 0);
}

static Value m_writelines(Value self, const Value *args, size_t nargs,
                          Object *kw)
{
    if (!args_positional("writelines", nargs, kw, 1, 1))
        return VALUE_NULL;
    Value it = op_iter(args[0]);
    if (it == VALUE_NULL)
        return VALUE_NULL;
    Value line, r = VALUE_NONE;
    while ((line = op_next(it)) != VALUE_NULL) {
        r = locked(self, OP_WRITE, line, 0, 0);
        value_decref(line);
        if (r == VALUE_NULL)
            break;
        r = VALUE_NONE;
    }
    value_decref(it);
    return exc_occurred() ? VALUE_NULL : r;
}

static Value m_close(Value self, const Value *args, size_t nargs, Object *kw)
{
    (void)args;
    if (!args_positional("close", nargs, kw, 0, 0))
        return VALUE_NULL;
    return locked(self, OP_CLOSE, VALUE_NULL, 0, 0);
}

static Value m_flush(Value self, const Value *args, size_t nargs, Object *kw)
{
    (void)args;
    if (!args_positional("flush", nargs, kw, 0, 0))
        return VALUE_NULL;
    return locked(self, OP_FLUSH, VALUE_NULL, 0, 0);
}

static Value m_seek(Value self, const Value *args, size_t nargs, Object *kw)
{
    int64_t offset, whence = 0;
    if (!args_positional("seek", nargs, kw, 1, 2) ||
        !value_as_index(args[0], &offset) ||
        (nargs == 2 && !value_as_index(args[1], &whence)))
        return VALUE_NULL;
    return locked(self, OP_SEEK, VALUE_NULL, offset, whence);
}

static Value m_tell(Value self, const Value *args, size_t nargs, Object *kw)
{
    (void)args;
    if (!args_positional("tell", nargs, kw, 0, 0))
        return VALUE_NULL;
    return locked(self, OP_TELL, VALUE_NULL, 0, 0);
}

// readable(), writable(), seekable(), fileno(): ValueError once closed.
static Value query(Value self, size_t nargs, Object *kw, const char *fname,
                   int what)
{
    if (!args_positional(fname, nargs, kw, 0, 0))
        return VALUE_NULL;
    FileObject *f = F(self);
    Value r = VALUE_NULL;
    CRITICAL_BEGIN(&f->header);
    if (check_open(f))
        r = what == 0   ? value_bool(f->readable)
            : what == 1 ? value_bool(f->writable)
            : what == 2 ? value_bool(fseeko(f->fp, 0, SEEK_CUR) == 0)
                        : value_from_int(fileno(f->fp));
    CRITICAL_END(&f->header);
    return r;
}

static Value m_readable(Value self, const Value *args, size_t nargs, Object *kw)
{
    (void)args;
    return query(self, nargs, kw, "readable", 0);
}
static Value m_writable(Value self, const Value *args, size_t nargs, Object *kw)
{
    (void)args;
    return query(self, nargs, kw, "writable", 1);
}
static Value m_seekable(Value self, const Value *args, size_t nargs, Object *kw)
{
    (void)args;
    return query(self, nargs, kw, "seekable", 2);
}
static Value m_fileno(Value self, const Value *args, size_t nargs, Object *kw)
{
    (void)args;
    return query(self, nargs, kw, "fileno", 3);
}

static Value m_enter(Value self, const Value *args, size_t nargs, Object *kw)
{
    (void)args;
    if (!args_positional("__enter__", nargs, kw, 0, 0))
        return VALUE_NULL;
    FileObject *f = F(self);
    bool open;
    CRITICAL_BEGIN(&f->header);
    open = check_open(f);
    CRITICAL_END(&f->header);
    return open ? value_new_ref(&f->header) : VALUE_NULL;
}

static Value m_exit(Value self, const Value *args, size_t nargs, Object *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    Value r = locked(self, OP_CLOSE, VALUE_NULL, 0, 0);
    return r == VALUE_NULL ? VALUE_NULL : VALUE_NONE;
}

static const MethodDef file_methods[] = {
    {"read", m_read, 0},
    {"readline", m_readline, 0},
    {"readlines", m_readlines, 0},
    {"write", m_write, 0},
    {"writelines", m_writelines, 0},
    {"close", m_close, 0},
    {"flush", m_flush, 0},
    {"seek", m_seek, 0},
    {"tell", m_tell, 0},
    {"readable", m_readable, 0},
    {"writable", m_writable, 0},
    {"seekable", m_seekable, 0},
    {"fileno", m_fileno, 0},
    {"__enter__", m_enter, 0},
    {"__exit__", m_exit, 0},
    {NULL, NULL, 0},
};

// ------------------------------------------------------------ attributes

static Value get_closed(Value self)
{
    return value_bool(atomic_load_ptr_relaxed(&F(self)->fp) == NULL);
}

static Value get_name(Value self)
{
    value_incref(F(self)->name);
    return F(self)->name;
}

static Value get_mode(Value self)
{
    return value_steal(&str_from_cstr(F(self)->mode)->header);
}

static Value get_encoding(Value self)
{
    return value_steal(&str_from_cstr(F(self)->encoding)->header);
}

static Value get_errors(Value self)
{
    return value_steal(&str_from_cstr(F(self)->errors)->header);
}

static const GetSetDef text_getsets[] = {
    {"closed", get_closed, NULL}, {"name", get_name, NULL},
    {"mode", get_mode, NULL},     {"encoding", get_encoding, NULL},
    {"errors", get_errors, NULL}, {NULL, NULL, NULL},
};

static const GetSetDef binary_getsets[] = {
    {"closed", get_closed, NULL},
    {"name", get_name, NULL},
    {"mode", get_mode, NULL},
    {NULL, NULL, NULL},
};

static StrObject *file_repr(Value self)
{
    FileObject *f = F(self);
    StrObject *name = op_repr(f->name);
    if (name == NULL)
        return NULL;
    StrObject *r =
        f->binary ? str_from_format("<_io.%s name=%s>",
                                    object_type(&f->header)->name, name->data)
                  : str_from_format("<_io.TextIOWrapper name=%s mode='%s' "
                                    "encoding='%s'>",
                                    name->data, f->mode, f->encoding);
    refcount_dec(&name->header);
    return r;
}

static Value file_iter(Value self)
{
    value_incref(self);
    return self;
}

// The next line; VALUE_NULL with no exception at end of file.
static Value file_next(Value self)
{
    Value line = locked(self, OP_READLINE, VALUE_NULL, -1, 0);
    if (line == VALUE_NULL)
        return VALUE_NULL;
    int64_t n = op_len(line);
    if (n == 0) {
        value_decref(line);
        return VALUE_NULL;
    }
    return line;
}

#define FILE_TYPE(sym, pyname, gs)                                             \
    TypeObject sym = {                                                         \
        .header = OBJ_HEADER_IMMORTAL(&type_type),                             \
        .name = pyname,                                                        \
        .basic_size = sizeof(FileObject),                                      \
        .dealloc = file_dealloc,                                               \
        .repr = file_repr,                                                     \
        .iter = file_iter,                                                     \
        .next = file_next,                                                     \
        .methods = file_methods,                                               \
        .getsets = gs,                                                         \
    };
FILE_TYPE(textio_type, "TextIOWrapper", text_getsets)
FILE_TYPE(buffered_reader_type, "BufferedReader", binary_getsets)
FILE_TYPE(buffered_writer_type, "BufferedWriter", binary_getsets)
FILE_TYPE(buffered_random_type, "BufferedRandom", binary_getsets)
#undef FILE_TYPE

// ------------------------------------------------------------ open()

typedef struct OpenMode {
    char kind; // 'r' 'w' 'a' 'x'
    bool plus, binary;
} OpenMode;

static bool mode_error(const char *msg)
{
    exc_raise_format(&exc_ValueError, "%s", msg);
    return false;
}

static bool parse_mode(const char *mode, OpenMode *m)
{
    bool seen[128] = {false}, text = false;
    int kinds = 0;
    *m = (OpenMode){0};
    for (const char *p = mode; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c >= 128 || !strchr("rwxab+t", c) || seen[c]) {
            exc_raise_format(&exc_ValueError, "invalid mode: '%s'", mode);
            return false;
        }
        seen[c] = true;
        if (strchr("rwxa", c)) {
            m->kind = (char)c;
            kinds++;
        }
        m->plus |= c == '+';
        m->binary |= c == 'b';
        text |= c == 't';
    }
    if (text && m->binary)
        return mode_error("can't have text and binary mode at once");
    if (kinds > 1)
        return mode_error("must have exactly one of create/read/write/append "
                          "mode");
    if (kinds == 0)
        return mode_error("Must have exactly one of create/read/write/append "
                          "mode and at most one plus");
    return true;
}

// The newline argument as FileObject.newline, or false with ValueError.
static bool parse_newline(Value v, char *out)
{
    *out = 0;
    if (v == VALUE_NULL || value_is_none(v))
        return true;
    if (!str_check(v)) {
        exc_raise_format(&exc_TypeError,
                         "open() argument 'newline' must be str or None, not "
                         "%s",
                         type_name(value_type(v)));
        return false;
    }
    const char *s = ((StrObject *)value_as_object(v))->data;
    if (strcmp(s, "") == 0 || strcmp(s, "\n") == 0)
        *out = 'n';
    else if (strcmp(s, "\r") == 0)
        *out = 'r';
    else if (strcmp(s, "\r\n") == 0)
        *out = 'R';
    else {
        exc_raise_format(&exc_ValueError, "illegal newline value: %s", s);
        return false;
    }
    return true;
}

static bool opt_text(Value v, const char *what, const char **out)
{
    if (v == VALUE_NULL || value_is_none(v))
        return true;
    if (!str_check(v)) {
        exc_raise_format(&exc_TypeError,
                         "open() argument '%s' must be str or None, not %s",
                         what, type_name(value_type(v)));
        return false;
    }
    *out = ((StrObject *)value_as_object(v))->data;
    return true;
}

static TypeObject *binary_type(const OpenMode *m)
{
    return m->plus          ? &buffered_random_type
           : m->kind == 'r' ? &buffered_reader_type
                            : &buffered_writer_type;
}

static FileObject *file_new(TypeObject *t, FILE *fp, Value name,
                            const OpenMode *m)
{
    FileObject *f = (FileObject *)object_new(t);
    f->fp = fp;
    f->name =
        value_is_object(name) ? value_new_ref(value_as_object(name)) : name;
    f->binary = m->binary;
    f->readable = m->kind == 'r' || m->plus;
    f->writable = m->kind != 'r' || m->plus;
    f->owns_fp = true;
    return f;
}

// fopen's mode for an open() mode.
static const char *stdio_mode(const OpenMode *m)
{
    switch (m->kind) {
    case 'r':
        return m->plus ? "r+" : "r";
    case 'w':
        return m->plus ? "w+" : "w";
    case 'a':
        return m->plus ? "a+" : "a";
    default:
        return m->plus ? "w+x" : "wx";
    }
}

static FILE *open_stream(Value file, const OpenMode *m)
{
    const char *how = stdio_mode(m);
    if (int_check(file)) {
        int64_t fd;
        if (!value_as_index(file, &fd))
            return NULL;
        FILE *fp =
            fdopen((int)fd, m->kind == 'x' ? (m->plus ? "w+" : "w") : how);
        if (fp == NULL)
            os_error(NULL);
        return fp;
    }
    const char *path = ((StrObject *)value_as_object(file))->data;
    FILE *fp = fopen(path, how);
    if (fp == NULL) {
        os_error(path);
        return NULL;
    }
    struct stat st;
    if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(fp);
        errno = EISDIR;
        os_error(path);
        return NULL;
    }
    return fp;
}

// Checks the arguments binary files refuse.
static bool binary_args_ok(const char *encoding, const char *errors,
                           Value newline)
{
    const char *what = encoding ? "an encoding"
                       : errors ? "an errors"
                       : newline != VALUE_NULL && !value_is_none(newline)
                           ? "a newline"
                           : NULL;
    if (what == NULL)
        return true;
    exc_raise_format(&exc_ValueError, "binary mode doesn't take %s argument",
                     what);
    return false;
}

static void set_binary_mode(FileObject *f, const OpenMode *m)
{
    char kind = m->kind == 'w' && m->plus ? 'r' : m->kind;
    snprintf(f->mode, sizeof f->mode, "%cb%s", kind, m->plus ? "+" : "");
}

Value file_open(const Value *args, size_t nargs, Object *kwnames)
{
    Value a[6];
    OpenMode m;
    const char *mode = "r", *encoding = NULL, *errors = NULL;
    char newline;
    if (!args_parse("open", args, nargs, kwnames,
                    "file,mode,buffering,encoding,errors,newline", 0, 1, a) ||
        !opt_text(a[1], "mode", &mode) ||
        !opt_text(a[3], "encoding", &encoding) ||
        !opt_text(a[4], "errors", &errors) || !parse_newline(a[5], &newline) ||
        !parse_mode(mode, &m))
        return VALUE_NULL;
    if (!str_check(a[0]) && !int_check(a[0])) {
        exc_raise_format(&exc_TypeError,
                         "expected str, bytes or os.PathLike object, not %s",
                         type_name(value_type(a[0])));
        return VALUE_NULL;
    }
    if (m.binary && !binary_args_ok(encoding, errors, a[5]))
        return VALUE_NULL;
    int codec = CODEC_UTF8;
    if (!m.binary && encoding && (codec = codec_lookup(encoding)) < 0)
        return VALUE_NULL;
    FILE *fp = open_stream(a[0], &m);
    if (fp == NULL)
        return VALUE_NULL;
    FileObject *f =
        file_new(m.binary ? binary_type(&m) : &textio_type, fp, a[0], &m);
    if (m.binary) {
        set_binary_mode(f, &m);
    } else {
        snprintf(f->mode, sizeof f->mode, "%s", mode);
        f->codec = codec;
        f->encoding = dup_cstr(encoding ? encoding : "UTF-8");
        f->errors = dup_cstr(errors ? errors : "strict");
        f->newline = newline;
    }
    return value_steal(&f->header);
}

Value file_from_fd_stdio(FILE *fp, const char *name, const char *mode)
{
    OpenMode m = {.kind = mode[0] == 'r' ? 'r' : 'w'};
    Value v = value_steal(&str_from_cstr(name)->header);
    FileObject *f = file_new(&textio_type, fp, v, &m);
    value_decref(v);
    f->owns_fp = false;
    snprintf(f->mode, sizeof f->mode, "%s", mode);
    f->codec = CODEC_UTF8;
    f->encoding = dup_cstr("utf-8");
    f->errors = dup_cstr(fp == stderr ? "backslashreplace" : "strict");
    return value_steal(&f->header);
}

// file.name(*args) through the object's own method.
static int call_named(Value file, const char *name, Value arg)
{
    Value r = VALUE_NULL, method = op_getattr(file, str_intern_cstr(name));
    if (method != VALUE_NULL) {
        r = op_call(method, &arg, arg == VALUE_NULL ? 0 : 1, NULL);
        value_decref(method);
    }
    value_decref(r);
    return r == VALUE_NULL ? -1 : 0;
}

int file_write_str(Value file, StrObject *s)
{
    Value v = value_new_ref(&s->header);
    int rc;
    if (is_file(file)) {
        Value r = locked(file, OP_WRITE, v, 0, 0);
        rc = r == VALUE_NULL ? -1 : 0;
    } else {
        rc = call_named(file, "write", v);
    }
    value_decref(v);
    return rc;
}

int file_flush(Value file)
{
    if (is_file(file))
        return locked(file, OP_FLUSH, VALUE_NULL, 0, 0) == VALUE_NULL ? -1 : 0;
    return call_named(file, "flush", VALUE_NULL);
}
