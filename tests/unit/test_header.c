// test_header.c: the object header's size and layout in each build, and
// tagged values.
#include <stddef.h>

#include "tests/unit/support.h"
#include "vm/value.h"

#ifdef FTPY_FREE_THREADING
Test(header, free_threaded_header_is_32_bytes_with_cpython_layout)
{
    cr_assert_eq(sizeof(ObjHeader), 32);
    cr_assert_eq(offsetof(ObjHeader, ob_tid), 0);
    cr_assert_eq(offsetof(ObjHeader, ob_flags), 8);
    cr_assert_eq(offsetof(ObjHeader, ob_mutex), 10);
    cr_assert_eq(offsetof(ObjHeader, ob_gc_bits), 11);
    cr_assert_eq(offsetof(ObjHeader, ob_ref_local), 12);
    cr_assert_eq(offsetof(ObjHeader, ob_ref_shared), 16);
    cr_assert_eq(offsetof(ObjHeader, ob_type), 24);
}
#else
Test(header, classic_header_is_16_bytes)
{
    cr_assert_eq(sizeof(ObjHeader), 16);
    cr_assert_eq(offsetof(ObjHeader, ob_refcnt), 0);
    cr_assert_eq(offsetof(ObjHeader, ob_type), 8);
}
#endif

Test(value, small_ints_round_trip_at_the_edges)
{
    int64_t samples[] = {0,
                         1,
                         -1,
                         42,
                         -42,
                         VALUE_INT_MAX,
                         VALUE_INT_MIN,
                         (int64_t)1 << 61,
                         -((int64_t)1 << 61)};
    for (size_t i = 0; i < sizeof samples / sizeof *samples; i++) {
        cr_assert(value_fits_int(samples[i]));
        Value v = value_from_int(samples[i]);
        cr_assert(value_is_int(v));
        cr_assert(!value_is_object(v));
        cr_assert_eq(value_as_int(v), samples[i]);
    }
    cr_assert(!value_fits_int(VALUE_INT_MAX + 1));
    cr_assert(!value_fits_int(VALUE_INT_MIN - 1));
}

Test(value, small_ints_carry_no_refcount, .init = runtime_setup,
     .fini = runtime_teardown)
{
    Value v = value_from_int(7);
    value_incref(v); // must not dereference anything
    value_decref(v);
    value_decref(v);
    cr_assert_eq(value_as_int(v), 7);
}

Test(value, counted_and_borrowed_references, .init = runtime_setup,
     .fini = runtime_teardown)
{
    Object *plain = object_new(&counted_type);
    Value v = value_new_ref(plain); // counted: +1
    cr_assert(!value_is_borrowed(v));
    cr_assert_eq(value_as_object(v), plain);
    cr_assert_eq(refcount_total(plain), 2);
    value_decref(v);
    cr_assert_eq(refcount_total(plain), 1);

    Object *immortal = object_new(&counted_type);
    refcount_set_immortal(immortal);
    Value b = value_new_ref(immortal); // borrowed: no count
    cr_assert(value_is_borrowed(b));
    cr_assert_eq(value_as_object(b), immortal);
    value_decref(b);
    cr_assert_eq(frees(), 0);
    refcount_dec(plain);
    cr_assert_eq(frees(), 1);
    object_free(immortal);
}
