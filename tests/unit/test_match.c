// test_match.c: the run-time side of match statements (vm/match.h): which
// builtin values sequence and mapping patterns accept, MATCH_KEYS and
// COPY_DICT_WITHOUT_KEYS on dicts (also while another thread writes
// them), and MATCH_CLASS on builtin types with CPython's messages.
#include <stdio.h>

#include "alloc/qsbr.h"
#include "tests/unit/support.h"
#include "vm/exc.h"
#include "vm/match.h"
#include "vm/objects/bytes.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/set.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

TestSuite(match, .init = runtime_setup, .fini = runtime_teardown);

static Value str(const char *s)
{
    return value_steal(&str_intern_cstr(s)->header);
}

// A tuple of new references to items[0..n).
static Value tuple_of(int64_t n, const Value *items)
{
    return value_steal(&tuple_pack(n, items)->header);
}

static void expect_error(TypeObject *type, const char *message)
{
    ExceptionObject *e = exc_fetch();
    cr_assert(e != NULL);
    if (e == NULL)
        return;
    cr_expect_eq(object_type(&e->header), type);
    cr_expect_str_eq(exception_message(e), message);
    value_decref(value_steal(&e->header));
}

Test(match, builtin_sequences_and_mappings)
{
    Value seqs[] = {value_steal(&list_new(0)->header),
                    value_new_ref(&tuple_empty()->header),
                    value_steal(&dict_new()->header)};
    cr_expect(match_is_sequence(seqs[0]));
    cr_expect(match_is_sequence(seqs[1]));
    cr_expect(!match_is_sequence(seqs[2]));
    cr_expect(match_is_mapping(seqs[2]));
    cr_expect(!match_is_mapping(seqs[0]));
    // str, bytes, sets and numbers are neither.
    Value others[] = {str("ab"), value_steal(&bytes_from("ab", 2)->header),
                      value_steal(&set_new(&set_type)->header),
                      value_from_int(3), VALUE_NONE};
    for (size_t i = 0; i < sizeof others / sizeof *others; i++) {
        cr_expect(!match_is_sequence(others[i]), "item %zu", i);
        cr_expect(!match_is_mapping(others[i]), "item %zu", i);
        value_decref(others[i]);
    }
    for (size_t i = 0; i < 3; i++)
        value_decref(seqs[i]);
}

Test(match, keys_found_missing_and_repeated)
{
    DictObject *d = dict_new();
    dict_set(d, str("a"), value_from_int(1));
    dict_set(d, str("b"), value_from_int(2));
    Value m = value_steal(&d->header);
    Value ba[] = {str("b"), str("a")};
    Value keys = tuple_of(2, ba);
    Value got = match_keys(m, keys);
    cr_assert(value_type(got) == &tuple_type);
    TupleObject *t = (TupleObject *)value_as_object(got);
    cr_expect_eq(t->items[0], value_from_int(2));
    cr_expect_eq(t->items[1], value_from_int(1));
    value_decref(got);
    value_decref(keys);

    Value az[] = {str("a"), str("z")};
    keys = tuple_of(2, az);
    cr_expect_eq(match_keys(m, keys), VALUE_NONE);
    value_decref(keys);

    Value aa[] = {str("a"), str("a")};
    keys = tuple_of(2, aa);
    cr_expect_eq(match_keys(m, keys), VALUE_NULL);
    expect_error(&exc_ValueError, "mapping pattern checks duplicate key ('a')");
    value_decref(keys);

    Value unhashable[] = {value_steal(&list_new(0)->header)};
    keys = tuple_of(1, unhashable);
    cr_expect_eq(match_keys(m, keys), VALUE_NULL);
    expect_error(&exc_TypeError, "unhashable type: 'list'");
    value_decref(keys);
    value_decref(unhashable[0]);
    value_decref(m);
}

Test(match, rest_is_a_new_dict_without_the_keys)
{
    DictObject *d = dict_new();
    dict_set(d, str("a"), value_from_int(1));
    dict_set(d, str("b"), value_from_int(2));
    dict_set(d, str("c"), value_from_int(3));
    Value m = value_steal(&d->header);
    Value b[] = {str("b")};
    Value keys = tuple_of(1, b);
    Value rest = match_copy_without_keys(m, keys);
    cr_assert(value_type(rest) == &dict_type);
    StrObject *r = op_repr(rest);
    cr_expect_str_eq(r->data, "{'a': 1, 'c': 3}");
    refcount_dec(&r->header);
    cr_expect_eq(dict_len(d), 3);
    value_decref(rest);
    value_decref(keys);
    value_decref(m);
}

Test(match, class_patterns_on_builtins)
{
    Value int_cls = value_new_ref(&int_type.header);
    Value none = value_new_ref(&tuple_empty()->header);
    // int(x) matches the subject itself.
    Value got = match_class(value_from_int(5), int_cls, 1, none);
    cr_assert(value_type(got) == &tuple_type);
    cr_expect_eq(((TupleObject *)value_as_object(got))->items[0],
                 value_from_int(5));
    value_decref(got);
    // Not an instance: no match, no error.
    Value s = str("x");
    cr_expect_eq(match_class(s, int_cls, 0, none), VALUE_NONE);
    cr_expect(exc_occurred() == NULL);
    // Keyword sub-patterns read attributes; a missing one is no match.
    Value names[] = {str("real"), str("nope")};
    Value kw = tuple_of(1, names);
    got = match_class(value_from_int(7), int_cls, 0, kw);
    cr_assert(value_type(got) == &tuple_type);
    value_decref(got);
    value_decref(kw);
    kw = tuple_of(2, names);
    cr_expect_eq(match_class(value_from_int(7), int_cls, 0, kw), VALUE_NONE);
    cr_expect(exc_occurred() == NULL);
    value_decref(kw);
    // CPython's errors.
    cr_expect_eq(match_class(value_from_int(7), int_cls, 2, none), VALUE_NULL);
    expect_error(&exc_TypeError, "int() accepts 1 positional sub-pattern "
                                 "(2 given)");
    cr_expect_eq(match_class(value_from_int(7), s, 0, none), VALUE_NULL);
    expect_error(&exc_TypeError, "called match pattern must be a type");
    value_decref(none);
}

#ifdef FTPY_FREE_THREADING
// ------------------------------------------------------------ races

#define KEYS 8
#define WRITES 20000

typedef struct Race {
    DictObject *dict;
    Value keys; // a tuple of two names
    Value names[KEYS];
    uint32_t stop, readers_ready;
    uint64_t matches, bad;
} Race;

static void *write_constantly(void *arg)
{
    Race *r = arg;
    ThreadState *ts = enter_thread();
    while (atomic_load_u32_acquire(&r->readers_ready) < 2)
        thread_poll(ts);
    uint32_t x = 5;
    for (int n = 0; n < WRITES; n++) {
        x = x * 1103515245 + 12345;
        Value key = r->names[(x >> 8) % KEYS];
        if ((x >> 20) % 3 == 0)
            dict_del(r->dict, key);
        else
            dict_set(r->dict, key, value_steal(object_new(&counted_type)));
        if (n % 16 == 0)
            thread_poll(ts);
    }
    atomic_store_u32_release(&r->stop, 1);
    leave_thread(ts);
    return NULL;
}

// Every result is a tuple of live values, or None; every rest a dict.
static void *match_constantly(void *arg)
{
    Race *r = arg;
    ThreadState *ts = enter_thread();
    atomic_fetch_add_u32_seq_cst(&r->readers_ready, 1);
    Value m = (Value)&r->dict->header;
    uint64_t matches = 0, bad = 0;
    while (!atomic_load_u32_acquire(&r->stop)) {
        Value got = match_keys(m, r->keys);
        if (value_type(got) == &tuple_type) {
            TupleObject *t = (TupleObject *)value_as_object(got);
            for (int64_t i = 0; i < t->size; i++)
                bad +=
                    object_type(value_as_object(t->items[i])) != &counted_type;
            matches++;
        } else {
            bad += got != VALUE_NONE;
        }
        value_decref(got);
        // A key the writer removed meanwhile is a KeyError, as in CPython.
        Value rest = match_copy_without_keys(m, r->keys);
        if (rest == VALUE_NULL) {
            bad += !exc_matches(&exc_KeyError);
            exc_clear();
        } else {
            bad += value_type(rest) != &dict_type;
            value_decref(rest);
        }
        thread_poll(ts);
    }
    atomic_fetch_add_u64_seq_cst(&r->matches, matches);
    atomic_fetch_add_u64_seq_cst(&r->bad, bad);
    leave_thread(ts);
    return NULL;
}

Test(match, keys_while_another_thread_writes)
{
    Race r = {.dict = dict_new()};
    char name[16];
    for (int n = 0; n < KEYS; n++) {
        snprintf(name, sizeof name, "key%d", n);
        r.names[n] = str(name);
    }
    r.keys = tuple_of(2, r.names);
    OsThread w = spawn(write_constantly, &r);
    OsThread a = spawn(match_constantly, &r);
    OsThread b = spawn(match_constantly, &r);
    join_detached(&w);
    join_detached(&a);
    join_detached(&b);
    cr_expect_eq(r.bad, 0);
    value_decref(r.keys);
    refcount_dec(&r.dict->header);
    while (qsbr_process(main_ts->qsbr)) {
    }
    thread_poll(main_ts);
}
#endif
