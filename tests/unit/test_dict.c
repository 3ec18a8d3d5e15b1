// test_dict.c: dict storage semantics (CPython's results for the same
// operations), reference ownership, and lock-free reads under writes.
#include <stdio.h>

#include "tests/unit/support.h"
#include "vm/objects/dict.h"
#include "vm/objects/str.h"

TestSuite(dict, .init = runtime_setup, .fini = runtime_teardown);

static Value s(const char *text)
{
    return value_steal(&str_from_cstr(text)->header);
}

static Value i(int64_t n)
{
    return value_from_int(n);
}

static int64_t get_int(DictObject *d, Value key)
{
    Value v;
    int r = dict_get(d, key, &v);
    value_decref(key);
    cr_assert_eq(r, 1);
    return value_as_int(v);
}

Test(dict, set_get_overwrite_delete)
{
    DictObject *d = dict_new();
    cr_assert_eq(dict_set(d, s("a"), i(1)), 0);
    cr_assert_eq(dict_set(d, s("b"), i(2)), 0);
    cr_assert_eq(dict_set(d, i(7), i(3)), 0);
    cr_assert_eq(dict_set(d, s("a"), i(10)), 0); // overwrite
    cr_assert_eq(dict_len(d), 3);
    cr_assert_eq(get_int(d, s("a")), 10);
    cr_assert_eq(get_int(d, i(7)), 3);
    Value v, missing = s("zz");
    cr_assert_eq(dict_get(d, missing, &v), 0);
    cr_assert_eq(dict_del(d, missing), 0);
    value_decref(missing);
    Value b = s("b");
    cr_assert_eq(dict_del(d, b), 1);
    cr_assert_eq(dict_get(d, b, &v), 0);
    value_decref(b);
    cr_assert_eq(dict_len(d), 2);
    refcount_dec(&d->header);
}

// Python: d = {'a':1,'b':2,'c':3}; d['a'] = 9; del d['b']; d['b'] = 4
//         list(d.items()) == [('a', 9), ('c', 3), ('b', 4)]
Test(dict, keeps_insertion_order_like_python)
{
    DictObject *d = dict_new();
    dict_set(d, s("a"), i(1));
    dict_set(d, s("b"), i(2));
    dict_set(d, s("c"), i(3));
    dict_set(d, s("a"), i(9));
    Value b = s("b");
    dict_del(d, b);
    value_decref(b);
    dict_set(d, s("b"), i(4));
    const char *keys[] = {"a", "c", "b"};
    int64_t values[] = {9, 3, 4};
    int64_t pos = 0, n = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
        StrObject *ks = (StrObject *)value_as_object(k);
        cr_assert_str_eq(ks->data, keys[n]);
        cr_assert_eq(value_as_int(v), values[n]);
        value_decref(k);
        n++;
    }
    cr_assert_eq(n, 3);
    refcount_dec(&d->header);
}

Test(dict, grows_to_many_keys_and_equal_keys_are_one_entry)
{
    DictObject *d = dict_new();
    char name[32];
    for (int n = 0; n < 50000; n++) {
        snprintf(name, sizeof name, "k%d", n);
        dict_set(d, s(name), i(n));
        dict_set(d, i(n), i(-n));
    }
    cr_assert_eq(dict_len(d), 100000);
    for (int n = 0; n < 50000; n += 997) {
        snprintf(name, sizeof name, "k%d", n);
        cr_assert_eq(get_int(d, s(name)), n); // a distinct but equal str
        cr_assert_eq(get_int(d, i(n)), -n);
    }
    dict_clear(d);
    cr_assert_eq(dict_len(d), 0);
    dict_set(d, s("again"), i(1));
    cr_assert_eq(get_int(d, s("again")), 1);
    refcount_dec(&d->header);
}

static int64_t unhashable(Object *self)
{
    (void)self;
    return -1;
}

static TypeObject unhashable_type = {
    .header = OBJ_HEADER_IMMORTAL(NULL),
    .name = "unhashable",
    .basic_size = sizeof(Object),
    .dealloc = object_free,
    .hash = unhashable,
};

Test(dict, unhashable_keys_are_refused_and_released)
{
    DictObject *d = dict_new();
    Value bad = value_steal(object_new(&unhashable_type));
    Value v;
    cr_assert_eq(dict_get(d, bad, &v), -1);
    value_incref(bad);
    cr_assert_eq(dict_set(d, bad, value_steal(object_new(&counted_type))), -1);
    cr_assert_eq(frees(), 1, "the value was released");
    cr_assert_eq(refcount_total(value_as_object(bad)), 1);
    value_decref(bad);
    cr_assert_eq(dict_len(d), 0);
    refcount_dec(&d->header);
}

Test(dict, keys_and_values_are_released_exactly_once)
{
    DictObject *d = dict_new();
    for (int n = 0; n < 100; n++)
        dict_set(d, i(n), value_steal(object_new(&counted_type)));
    dict_set(d, i(0), i(0)); // overwrite drops one object
    cr_assert_eq(frees(), 1);
    dict_del(d, i(1));
    cr_assert_eq(frees(), 2);
    refcount_dec(&d->header); // dealloc drops the other 98
    cr_assert_eq(frees(), 100);
}

#ifdef FTPY_FREE_THREADING
// ------------------------------------------------------------ races

#define KEYS 32
#define WRITES 20000

typedef struct Race {
    DictObject *dict;
    Value names[KEYS]; // interned: immortal keys shared by all threads
    uint32_t stop, made, readers_ready;
    uint64_t hits, bad;
} Race;

static void *write_constantly(void *arg)
{
    Race *r = arg;
    ThreadState *ts = enter_thread();
    while (atomic_load_u32_acquire(&r->readers_ready) < 2)
        thread_poll(ts); // race against readers that are really running
    uint32_t x = 3;
    for (int n = 0; n < WRITES; n++) {
        x = x * 1103515245 + 12345;
        Value key = r->names[(x >> 8) % KEYS];
        if ((x >> 20) % 4 == 0) {
            dict_del(r->dict, key);
        } else {
            r->made++;
            dict_set(r->dict, key, value_steal(object_new(&counted_type)));
        }
        if (n % 16 == 0)
            thread_poll(ts);
    }
    atomic_store_u32_release(&r->stop, 1);
    leave_thread(ts);
    return NULL;
}

static void *read_constantly(void *arg)
{
    Race *r = arg;
    ThreadState *ts = enter_thread();
    atomic_fetch_add_u32_seq_cst(&r->readers_ready, 1);
    uint32_t x = 11;
    uint64_t hits = 0, bad = 0;
    while (!atomic_load_u32_acquire(&r->stop)) {
        x = x * 1103515245 + 12345;
        Value v;
        if (dict_get(r->dict, r->names[(x >> 8) % KEYS], &v) == 1) {
            hits++;
            if (object_type(value_as_object(v)) != &counted_type)
                bad++;
            value_decref(v);
        }
        thread_poll(ts);
    }
    atomic_fetch_add_u64_seq_cst(&r->hits, hits);
    atomic_fetch_add_u64_seq_cst(&r->bad, bad);
    leave_thread(ts);
    return NULL;
}

Test(dict, lock_free_readers_never_see_freed_values)
{
    Race r = {.dict = dict_new()};
    char name[16];
    for (int n = 0; n < KEYS; n++) {
        snprintf(name, sizeof name, "name%d", n);
        r.names[n] = value_steal(&str_intern_cstr(name)->header);
    }
    OsThread w = spawn(write_constantly, &r);
    OsThread a = spawn(read_constantly, &r);
    OsThread b = spawn(read_constantly, &r);
    join_detached(&w);
    join_detached(&a);
    join_detached(&b);
    cr_assert_gt(r.hits, 0);
    cr_assert_eq(r.bad, 0);
    refcount_dec(&r.dict->header);
    while (qsbr_process(main_ts->qsbr)) {
    }
    thread_poll(main_ts);
    cr_assert_eq(frees(), r.made, "freed %u of %u", frees(), r.made);
}
#endif
