// run.c: running __main__ (see run.h).
#include <stdio.h>
#include <string.h>

#include "alloc/alloc.h"
#include "vm/compile/compiler.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/exc.h"
#include "vm/interp.h"
#include "vm/objects/dict.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"
#include "vm/run.h"

char *run_read_stream(FILE *f, size_t *len)
{
    size_t cap = 8192, n = 0, got;
    char *text = alloc_raw(cap + 1);
    while ((got = fread(text + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap)
            text = alloc_resize(text, (cap *= 2) + 1);
    }
    if (ferror(f)) {
        alloc_free(text);
        return NULL;
    }
    text[n] = '\0';
    *len = n;
    return text;
}

// Calls sys.stdout.flush() and sys.stderr.flush(), ignoring errors.
void run_flush_streams(void)
{
    static const char *const names[] = {"stdout", "stderr"};
    for (int i = 0; i < 2; i++) {
        Value f;
        if (op_lookup_attr((Value)&interp.sys->header,
                           str_intern_cstr(names[i]), &f) != 1) {
            exc_clear();
            continue;
        }
        Value m = op_getattr(f, str_intern_cstr("flush"));
        Value r = m ? op_call(m, NULL, 0, NULL) : VALUE_NULL;
        if (r == VALUE_NULL)
            exc_clear();
        value_decref(r);
        value_decref(m);
        value_decref(f);
    }
    fflush(stdout);
}

// SystemExit(code): None is 0, an int is itself, anything else is
// printed and gives 1.
static int system_exit_status(ExceptionObject *e)
{
    TupleObject *args = (TupleObject *)value_as_object(e->args);
    Value code = args->size == 0   ? VALUE_NONE
                 : args->size == 1 ? args->items[0]
                                   : (Value)&args->header;
    if (value_is_none(code))
        return 0;
    int64_t status;
    if (int_check(code) && int_as_i64(code, &status))
        return (int)(status & 0xff);
    StrObject *s = op_str(code);
    run_flush_streams();
    if (s) {
        fprintf(stderr, "%s\n", s->data);
        refcount_dec(&s->header);
    }
    return 1;
}

int run_report_exception(void)
{
    ExceptionObject *e = exc_fetch();
    if (e == NULL) { // an internal failure that set no exception
        run_flush_streams();
        fputs("SystemError: error return without exception set\n", stderr);
        return 1;
    }
    int status;
    if (exception_is(e, &exc_SystemExit)) {
        status = system_exit_status(e);
    } else {
        run_flush_streams();
        errors_print_exception(stderr, e);
        status = 1;
    }
    refcount_dec(&e->header);
    return status;
}

ModuleObject *run_main_module(const char *filename)
{
    ModuleObject *m = module_new("__main__");
    module_add(m, "__builtins__", value_new_ref(&interp.builtins->header));
    if (filename[0] != '<')
        module_add(m, "__file__",
                   value_steal(&str_from_cstr(filename)->header));
    module_add(m, "__doc__", VALUE_NONE);
    refcount_inc(&m->header);
    Value key = value_new_ref(&m->name->header);
    dict_set((DictObject *)interp.modules, key, value_steal(&m->header));
    return m;
}

int run_source(const char *src, size_t len, const char *filename, bool dis)
{
    SyntaxErrorInfo err;
    CodeObject *code = compile_source(src, len, filename, &err);
    if (code == NULL) {
        fflush(stdout);
        errors_print_syntax_error(stderr, &err, src, len);
        return 1;
    }
    if (dis) {
        dis_code(stdout, code);
        refcount_dec(&code->header);
        return 0;
    }
    ModuleObject *m = run_main_module(filename);
    Value r = eval_module(code, m->dict, interp.builtins->dict);
    refcount_dec(&code->header);
    int status = r == VALUE_NULL ? run_report_exception() : 0;
    value_decref(r);
    run_flush_streams();
    refcount_dec(&m->header);
    return status;
}
