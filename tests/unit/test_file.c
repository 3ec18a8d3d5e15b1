// test_file.c: open() and file objects against python3's results for the
// same operations (a temporary file per test).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tests/unit/text_support.h"
#include "vm/objects/file.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

TestSuite(file, .init = text_setup, .fini = text_teardown);

static char path[64];

static const char *temp_path(void)
{
    snprintf(path, sizeof path, "/tmp/ftpy_file_test_%d", (int)getpid());
    return path;
}

static Value open_kw(const char *mode, const char *kwname, Value kwvalue)
{
    Value args[3] = {S(temp_path()), S(mode), kwvalue};
    Object *kw = NULL;
    if (kwname) {
        TupleObject *names = tuple_new(1);
        tuple_init_item(names, 0, value_steal(&str_from_cstr(kwname)->header));
        kw = &names->header;
    }
    Value f = file_open(args, 2, kw);
    if (kw)
        refcount_dec(kw);
    return keep(f);
}

static Value open_mode(const char *mode)
{
    return open_kw(mode, NULL, VALUE_NULL);
}

static void write_raw(const char *data)
{
    FILE *fp = fopen(temp_path(), "wb");
    fputs(data, fp);
    fclose(fp);
}

Test(file, text_round_trip_and_repr)
{
    Value f = open_mode("w");
    char want[128];
    snprintf(want, sizeof want,
             "<_io.TextIOWrapper name='%s' mode='w' encoding='UTF-8'>",
             temp_path());
    cr_expect_str_eq(R(f), want);
    cr_expect_eq(M(f, "write", S("h\xc3\xa9llo\n")), I(6));
    cr_expect_eq(M(f, "close"), VALUE_NONE);
    cr_expect_eq(M(f, "close"), VALUE_NONE); // closing twice is fine
    f = open_mode("r");
    cr_expect_str_eq(T(M(f, "read")), "h\xc3\xa9llo\n");
    cr_expect_str_eq(T(M(f, "read")), "");
    M(f, "close");
    cr_expect(M(f, "read") == VALUE_NULL);
    expect_error(&exc_ValueError, "I/O operation on closed file.");
    unlink(temp_path());
}

Test(file, universal_newlines)
{
    write_raw("a\nb\r\nc\rd\xc3\xa9\n");
    Value f = open_mode("r");
    cr_expect_str_eq(T(M(f, "readline")), "a\n");
    cr_expect_str_eq(T(M(f, "read", I(3))), "b\nc");
    cr_expect_str_eq(J(M(f, "readlines")), "\n|d\xc3\xa9\n");
    M(f, "close");
    f = open_kw("r", "newline", S(""));
    cr_expect_str_eq(T(M(f, "read")), "a\nb\r\nc\rd\xc3\xa9\n");
    M(f, "close");
    f = open_mode("r");
    Value it = keep(op_iter(f));
    const char *want[] = {"a\n", "b\n", "c\n", "d\xc3\xa9\n"};
    for (int i = 0; i < 4; i++)
        cr_expect_str_eq(T(keep(op_next(it))), want[i]);
    cr_expect(op_next(it) == VALUE_NULL && exc_occurred() == NULL);
    cr_expect_eq(M(f, "tell"), I(11));
    M(f, "close");
    unlink(temp_path());
}

Test(file, binary_files)
{
    write_raw("a\nb\r\n");
    Value f = open_mode("rb");
    cr_expect_str_eq(value_type(f)->name, "BufferedReader");
    cr_expect_str_eq(R(keep(op_getattr(f, str_intern_cstr("mode")))), "'rb'");
    cr_expect_str_eq(R(M(f, "read", I(2))), "b'a\\n'");
    cr_expect_str_eq(R(M(f, "readline")), "b'b\\r\\n'");
    M(f, "close");
    f = open_mode("ab");
    cr_expect_str_eq(value_type(f)->name, "BufferedWriter");
    cr_expect_eq(M(f, "write", B("xyz")), I(3));
    cr_expect(M(f, "write", S("x")) == VALUE_NULL);
    expect_error(&exc_TypeError, "a bytes-like object is required, not 'str'");
    M(f, "close");
    f = open_mode("r+b");
    cr_expect_str_eq(value_type(f)->name, "BufferedRandom");
    cr_expect_eq(M(f, "seek", I(-3), I(2)), I(5));
    cr_expect_str_eq(R(M(f, "read")), "b'xyz'");
    M(f, "close");
    unlink(temp_path());
}

Test(file, errors_like_python)
{
    unlink(temp_path());
    cr_expect(open_mode("r") == VALUE_NULL);
    char msg[128];
    snprintf(msg, sizeof msg, "[Errno 2] No such file or directory: '%s'",
             temp_path());
    ExceptionObject *e = exc_fetch();
    cr_assert(e != NULL);
    if (e == NULL)
        return;
    cr_expect_eq(object_type(&e->header), &exc_FileNotFoundError);
    StrObject *text = op_str((Value)&e->header); // what the traceback shows
    cr_expect_str_eq(text->data, msg);
    refcount_dec(&text->header);
    refcount_dec(&e->header);
    cr_expect(open_mode("z") == VALUE_NULL);
    expect_error(&exc_ValueError, "invalid mode: 'z'");
    cr_expect(open_mode("rw") == VALUE_NULL);
    expect_error(&exc_ValueError,
                 "must have exactly one of create/read/write/append mode");
    cr_expect(open_mode("rbt") == VALUE_NULL);
    expect_error(&exc_ValueError, "can't have text and binary mode at once");
    cr_expect(open_kw("wb", "encoding", S("utf-8")) == VALUE_NULL);
    expect_error(&exc_ValueError,
                 "binary mode doesn't take an encoding argument");
    cr_expect(open_kw("w", "newline", S("x")) == VALUE_NULL);
    expect_error(&exc_ValueError, "illegal newline value: x");
    Value f = open_mode("w");
    cr_expect(M(f, "write", B("x")) == VALUE_NULL);
    expect_error(&exc_TypeError, "write() argument must be str, not bytes");
    cr_expect(M(f, "read") == VALUE_NULL);
    expect_error(&exc_UnsupportedOperation, "not readable");
    M(f, "close");
    cr_expect(open_mode("x") == VALUE_NULL);
    snprintf(msg, sizeof msg, "[Errno 17] File exists: '%s'", temp_path());
    expect_error(&exc_FileExistsError, msg);
    f = open_kw("w", "encoding", S("ascii"));
    cr_expect(M(f, "write", S("\xc3\xa9")) == VALUE_NULL);
    expect_error(&exc_UnicodeEncodeError,
                 "'ascii' codec can't encode character '\\xe9' in position 0: "
                 "ordinal not in range(128)");
    M(f, "close");
    unlink(temp_path());
}

Test(file, context_manager_and_fast_paths)
{
    Value f = open_mode("w");
    cr_expect_eq(M(f, "__enter__"), f);
    StrObject *s = (StrObject *)value_as_object(S("line\n"));
    cr_expect_eq(file_write_str(f, s), 0);
    cr_expect_eq(file_flush(f), 0);
    cr_expect_eq(M(f, "__exit__", VALUE_NONE, VALUE_NONE, VALUE_NONE),
                 VALUE_NONE);
    cr_expect_eq(keep(op_getattr(f, str_intern_cstr("closed"))), VALUE_TRUE);
    cr_expect_eq(file_flush(f), -1);
    expect_error(&exc_ValueError, "I/O operation on closed file.");
    f = open_mode("r");
    cr_expect_str_eq(T(M(f, "read")), "line\n");
    M(f, "close");
    Value out = keep(file_from_fd_stdio(stdout, "<stdout>", "w"));
    cr_expect_str_eq(R(out), "<_io.TextIOWrapper name='<stdout>' mode='w' "
                             "encoding='utf-8'>");
    unlink(temp_path());
}
