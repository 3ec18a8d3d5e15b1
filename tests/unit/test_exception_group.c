// test_exception_group.c: exception groups and the two steps of except*
// (vm/objects/exception_group.h) driven from C.
#include "tests/unit/support.h"
#include "vm/exc.h"
#include "vm/objects/exception_group.h"
#include "vm/objects/list.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

TestSuite(exception_group, .init = runtime_setup, .fini = runtime_teardown);

static Value error(TypeObject *t, const char *message)
{
    return value_steal(&exception_new_message(t, message)->header);
}

// ExceptionGroup-or-BaseExceptionGroup(message, [items...]).
static Value group(const char *message, Value *items, int n)
{
    ListObject *list = list_from_array(items, n);
    Value args[2] = {value_steal(&str_from_cstr(message)->header),
                     value_steal(&list->header)};
    Value g = op_call((Value)&exc_BaseExceptionGroup.header, args, 2, NULL);
    value_decref(args[0]);
    value_decref(args[1]);
    return g;
}

static int64_t size_of(Value group)
{
    return ((TupleObject *)value_as_object(exception_group_items(group)))->size;
}

Test(exception_group, the_base_class_picks_exception_group)
{
    Value items[2] = {error(&exc_ValueError, "v"), error(&exc_TypeError, "t")};
    Value g = group("plain", items, 2);
    cr_assert_eq(value_type(g), &exc_ExceptionGroup);
    cr_assert_eq(size_of(g), 2);
    value_decref(g);
    value_decref(items[1]);
    items[1] = error(&exc_KeyboardInterrupt, "k");
    g = group("base", items, 2);
    cr_assert_eq(value_type(g), &exc_BaseExceptionGroup);
    cr_assert(exception_group_check(g));
    cr_assert(!exception_group_check(items[0]));
    value_decref(g);
    value_decref(items[0]);
    value_decref(items[1]);
}

Test(exception_group, match_wraps_a_naked_exception)
{
    Value e = error(&exc_ValueError, "naked"), match, rest;
    cr_assert_eq(
        exception_group_match(e, (Value)&exc_ValueError.header, &match, &rest),
        1);
    cr_assert(value_is_none(rest));
    cr_assert_eq(value_type(match), &exc_ExceptionGroup);
    cr_assert(value_same(
        ((TupleObject *)value_as_object(exception_group_items(match)))
            ->items[0],
        e));
    value_decref(match);
    cr_assert_eq(
        exception_group_match(e, (Value)&exc_KeyError.header, &match, &rest),
        0);
    cr_assert_eq(exception_group_match(
                     VALUE_NONE, (Value)&exc_ValueError.header, &match, &rest),
                 0);
    value_decref(e);
}

Test(exception_group, match_refuses_group_types)
{
    Value e = error(&exc_ValueError, "x"), match, rest;
    cr_assert_eq(exception_group_match(e, (Value)&exc_ExceptionGroup.header,
                                       &match, &rest),
                 -1);
    cr_assert(exc_matches(&exc_TypeError));
    exc_clear();
    value_decref(e);
}

Test(exception_group, match_splits_a_group)
{
    Value items[3] = {error(&exc_ValueError, "1"), error(&exc_TypeError, "2"),
                      error(&exc_ValueError, "3")};
    Value g = group("g", items, 3), match, rest;
    cr_assert_eq(
        exception_group_match(g, (Value)&exc_ValueError.header, &match, &rest),
        1);
    cr_assert_eq(size_of(match), 2);
    cr_assert_eq(size_of(rest), 1);
    value_decref(match);
    value_decref(rest);
    value_decref(g);
    for (int i = 0; i < 3; i++)
        value_decref(items[i]);
}

Test(exception_group, nothing_left_to_reraise_is_none)
{
    ListObject *excs = list_new(0);
    list_append(excs, VALUE_NONE);
    Value orig = error(&exc_ValueError, "handled");
    Value r = exception_group_prep_reraise(orig, (Value)&excs->header);
    cr_assert(value_is_none(r));
    refcount_dec(&excs->header);
    value_decref(orig);
}
