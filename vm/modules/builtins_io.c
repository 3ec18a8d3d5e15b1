// builtins_io.c: print(), input() and open(): the builtins that talk to
// files (sys.stdout, sys.stdin, files on disk).
#include <stdio.h>
#include <string.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/interp.h"
#include "vm/modules/builtins_impl.h"
#include "vm/objects/file.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/ops.h"
#include "vm/thread.h"

// sys.<name> (borrowed semantics: a new reference), or VALUE_NULL with
// RuntimeError "lost sys.stdout".
static Value sys_stream(const char *name)
{
    Value v;
    if (op_lookup_attr(value_new_ref(&interp.sys->header),
                       str_intern_cstr(name), &v) == 1)
        return v;
    if (!exc_occurred())
        exc_raise_format(&exc_RuntimeError, "lost sys.%s", name);
    return VALUE_NULL;
}

static int call_method(Value obj, const char *name, Value arg)
{
    Value m = op_getattr(obj, str_intern_cstr(name));
    if (m == VALUE_NULL)
        return -1;
    Value r = op_call(m, &arg, arg ? 1 : 0, NULL);
    value_decref(m);
    value_decref(r);
    return r == VALUE_NULL ? -1 : 0;
}

// sep= and end=: None or a str.
static bool text_option(Value v, const char *what, const char *dflt,
                        const char **text, size_t *len)
{
    if (v == VALUE_NULL || value_is_none(v)) {
        *text = dflt;
        *len = strlen(dflt);
        return true;
    }
    if (!str_check(v)) {
        exc_raise_format(&exc_TypeError, "%s must be None or a string, not %s",
                         what, value_type(v)->name);
        return false;
    }
    StrObject *s = (StrObject *)value_as_object(v);
    *text = s->data;
    *len = (size_t)s->size;
    return true;
}

static StrObject *print_text(const Value *args, size_t nargs, Value sepv,
                             Value endv)
{
    const char *sep, *end;
    size_t seplen, endlen;
    if (!text_option(sepv, "sep", " ", &sep, &seplen) ||
        !text_option(endv, "end", "\n", &end, &endlen))
        return NULL;
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < nargs; i++) {
        StrObject *s = op_str(args[i]);
        if (s == NULL) {
            strbuf_discard(&b);
            return NULL;
        }
        if (i)
            strbuf_append(&b, sep, seplen);
        strbuf_append_str(&b, s);
        refcount_dec(&s->header);
    }
    strbuf_append(&b, end, endlen);
    return strbuf_finish(&b);
}

Value builtin_print(Value self, const Value *args, size_t nargs,
                    Object *kwnames)
{
    // Every positional argument is printed; only keywords are parsed
    // (their values follow the positionals).
    Value kw[4];
    if (!args_parse("print", args + nargs, 0, kwnames, "$sep,$end,$file,$flush",
                    0, 0, kw))
        return VALUE_NULL;
    StrObject *text = print_text(args, nargs, kw[0], kw[1]);
    if (text == NULL)
        return VALUE_NULL;
    Value file = kw[2];
    if (file == VALUE_NULL || value_is_none(file))
        file = sys_stream("stdout");
    else
        value_incref(file);
    int r = 0;
    if (file != VALUE_NULL && !value_is_none(file)) {
        r = call_method(file, "write", (Value)&text->header);
        int flush = kw[3] ? op_truth(kw[3]) : 0;
        if (r == 0 && flush)
            r = call_method(file, "flush", VALUE_NULL);
        if (flush < 0)
            r = -1;
    } else if (file == VALUE_NULL) {
        r = -1;
    }
    value_decref(file);
    refcount_dec(&text->header);
    return r < 0 ? VALUE_NULL : VALUE_NONE;
}

Value builtin_input(Value self, const Value *args, size_t nargs,
                    Object *kwnames)
{
    if (!args_positional("input", nargs, kwnames, 0, 1))
        return VALUE_NULL;
    Value out = sys_stream("stdout"), in = sys_stream("stdin");
    Value r = VALUE_NULL;
    if (out != VALUE_NULL && in != VALUE_NULL) {
        if (nargs == 1) {
            StrObject *prompt = op_str(args[0]);
            int w =
                prompt ? call_method(out, "write", (Value)&prompt->header) : -1;
            if (prompt)
                refcount_dec(&prompt->header);
            if (w < 0 || call_method(out, "flush", VALUE_NULL) < 0)
                goto done;
        }
        Value m = op_getattr(in, str_intern_cstr("readline"));
        Value line = m ? op_call(m, NULL, 0, NULL) : VALUE_NULL;
        value_decref(m);
        if (line == VALUE_NULL)
            goto done;
        StrObject *s = (StrObject *)value_as_object(line);
        if (s->size == 0) {
            exc_raise_format(&exc_EOFError, "EOF when reading a line");
        } else if (s->data[s->size - 1] == '\n') {
            r = value_steal(&str_substring(s, 0, s->length - 1)->header);
        } else {
            value_incref(line);
            r = line;
        }
        value_decref(line);
    }
done:
    value_decref(out);
    value_decref(in);
    return r;
}

Value builtin_open(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    return file_open(args, nargs, kwnames);
}
