// text_support.c: helpers of text_support.h.
#include "tests/unit/text_support.h"

#include <string.h>

#include "vm/objects/file.h"
#include "vm/objects/list.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

static Value kept[1024];
static int n_kept;

void text_setup(void)
{
    runtime_setup();
    // Types not in vm/objects/types.def yet.
    TypeObject *types[] = {&bytes_type,           &bytes_iterator_type,
                           &str_iterator_type,    &str_ascii_iterator_type,
                           &textio_type,          &buffered_reader_type,
                           &buffered_writer_type, &buffered_random_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (!(types[i]->flags & TYPE_FLAG_READY))
            type_ready(types[i]);
}

void text_teardown(void)
{
    if (exc_occurred())
        exc_clear();
    while (n_kept > 0)
        value_decref(kept[--n_kept]);
    runtime_teardown();
}

Value keep(Value v)
{
    if (v != VALUE_NULL && n_kept < 1024)
        kept[n_kept++] = v;
    return v;
}

Value S(const char *utf8)
{
    return keep(value_steal(&str_from_cstr(utf8)->header));
}

Value Bn(const char *data, int64_t size)
{
    return keep(value_steal(&bytes_from(data, size)->header));
}

Value B(const char *data)
{
    return Bn(data, (int64_t)strlen(data));
}

Value I(int64_t i)
{
    return value_from_int(i);
}

static const MethodDef *find_method(TypeObject *t, const char *name)
{
    for (; t != NULL; t = t->base)
        for (const MethodDef *m = t->methods; m && m->name; m++)
            if (strcmp(m->name, name) == 0)
                return m;
    return NULL;
}

Value call_method_kw(Value self, const char *name, size_t n, const Value *args,
                     size_t nkw, const char *const *kwnames)
{
    TypeObject *t = value_type(self);
    if (value_is_object(self) &&
        object_type(value_as_object(self)) == &type_type) // a classmethod call
        t = (TypeObject *)value_as_object(self);
    const MethodDef *m = find_method(t, name);
    cr_assert(m != NULL, "no method %s", name);
    Object *kw = NULL;
    if (nkw > 0) {
        TupleObject *names = tuple_new((int64_t)nkw);
        for (size_t i = 0; i < nkw; i++)
            tuple_init_item(names, (int64_t)i,
                            value_steal(&str_from_cstr(kwnames[i])->header));
        kw = &names->header;
    }
    Value r = m->fn(self, args, n, kw);
    if (kw)
        refcount_dec(kw);
    return keep(r);
}

Value call_method(Value self, const char *name, size_t n, const Value *args)
{
    return call_method_kw(self, name, n, args, 0, NULL);
}

const char *R(Value v)
{
    cr_assert(v != VALUE_NULL, "unexpected exception: %s",
              exc_occurred() ? exception_message(exc_occurred()) : "?");
    StrObject *s = op_repr(v);
    cr_assert(s != NULL);
    keep(value_steal(&s->header));
    return s->data;
}

const char *T(Value v)
{
    cr_assert(v != VALUE_NULL, "unexpected exception: %s",
              exc_occurred() ? exception_message(exc_occurred()) : "?");
    cr_assert(str_check(v));
    return ((StrObject *)value_as_object(v))->data;
}

const char *J(Value list)
{
    cr_assert(list != VALUE_NULL, "unexpected exception: %s",
              exc_occurred() ? exception_message(exc_occurred()) : "?");
    bool tuple = value_type(list) == &tuple_type;
    ListObject *l = (ListObject *)value_as_object(list);
    TupleObject *t = (TupleObject *)value_as_object(list);
    int64_t n = tuple ? t->size : list_len(l);
    StrBuf b;
    strbuf_init(&b);
    for (int64_t i = 0; i < n; i++) {
        Value v;
        if (tuple) {
            v = t->items[i];
            value_incref(v);
        } else {
            list_get(l, i, &v);
        }
        if (i > 0)
            strbuf_append_char(&b, '|');
        if (bytes_check(v))
            strbuf_append(&b, bytes_of(v)->data, (size_t)bytes_of(v)->size);
        else
            strbuf_append_str(&b, (StrObject *)value_as_object(v));
        value_decref(v);
    }
    return T(keep(value_steal(&strbuf_finish(&b)->header)));
}
