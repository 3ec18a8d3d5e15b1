// pyexpect.c: see pyexpect.h.
#include "tests/unit/pyexpect.h"

#include <stdio.h>
#include <string.h>

#include "tests/unit/harness.h"
#include "vm/exc.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

static StrObject *plain_int_repr(Value v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", (long long)value_as_int(v));
    return str_from_cstr(buf);
}

static StrObject *plain_str_repr(Value v)
{
    StrObject *s = (StrObject *)value_as_object(v);
    char buf[256];
    snprintf(buf, sizeof buf, "'%s'", s->data);
    return str_from_cstr(buf);
}

void pyexpect_init(void)
{
    if (int_type.repr == NULL)
        int_type.repr = plain_int_repr;
    if (str_type.repr == NULL)
        str_type.repr = plain_str_repr;
}

void expect_repr(Value v, const char *text)
{
    StrObject *s = op_repr(v);
    cr_assert(s != NULL, "repr raised (expected %s)", text);
    cr_assert_str_eq(s ? s->data : "", text);
    if (s)
        refcount_dec(&s->header);
}

void expect_repr_steal(Value v, const char *text)
{
    cr_assert(v != VALUE_NULL, "no value (expected %s)", text);
    expect_repr(v, text);
    value_decref(v);
}

void expect_error(TypeObject *type, const char *message)
{
    ExceptionObject *e = exc_fetch();
    cr_assert(e != NULL, "no exception (expected %s)", type->name);
    if (e == NULL)
        return;
    cr_assert_str_eq(object_type(&e->header)->name, type->name);
    if (message) {
        // The message argument, or str(e) for exceptions built from
        // several arguments (OSError's errno, strerror, filename).
        const char *text = exception_message(e);
        StrObject *got = text ? NULL : op_str((Value)&e->header);
        cr_assert(text || got, "no message (expected %s)", message);
        cr_assert_str_eq(text ? text : (got ? got->data : ""), message);
        if (got)
            refcount_dec(&got->header);
    }
    refcount_dec(&e->header);
}

Value str_value(const char *text)
{
    return value_steal(&str_from_cstr(text)->header);
}

Value int_list(size_t n, const int64_t *items)
{
    ListObject *l = list_new((int64_t)n);
    for (size_t i = 0; i < n; i++)
        list_append(l, value_from_int(items[i]));
    return value_steal(&l->header);
}

Value call_kw(Value self, const char *name, size_t nargs, const Value *args,
              size_t nkw, const char *const *kwnames)
{
    Value m = op_getattr(self, str_intern_cstr(name));
    if (m == VALUE_NULL)
        return VALUE_NULL;
    TupleObject *names = NULL;
    if (nkw > 0) {
        names = tuple_new((int64_t)nkw);
        for (size_t i = 0; i < nkw; i++)
            tuple_init_item(names, (int64_t)i,
                            value_steal(&str_intern_cstr(kwnames[i])->header));
    }
    Value r = op_call(m, args, nargs - nkw, names ? &names->header : NULL);
    value_decref(m);
    if (names)
        refcount_dec(&names->header);
    return r;
}

Value call(Value self, const char *name, size_t nargs, const Value *args)
{
    return call_kw(self, name, nargs, args, 0, NULL);
}

void call_none(Value self, const char *name, size_t nargs, const Value *args)
{
    Value r = call(self, name, nargs, args);
    cr_assert(r != VALUE_NULL, "%s() raised", name);
    cr_assert(value_is_none(r), "%s() did not return None", name);
}
