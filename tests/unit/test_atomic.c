// test_atomic.c: the atomic wrapper's contracts (return values, CAS
// failure reporting) and atomicity under two threads.
#include "tests/unit/support.h"

Test(atomic, cas_reports_the_current_value_on_failure)
{
    uint8_t b = 3, eb = 4;
    cr_assert(!atomic_cas_u8_seq_cst(&b, &eb, 9));
    cr_assert_eq(eb, 3);
    cr_assert(atomic_cas_u8_seq_cst(&b, &eb, 9));
    cr_assert_eq(b, 9);

    uint32_t w = 10, ew = 11;
    cr_assert(!atomic_cas_u32_seq_cst(&w, &ew, 1));
    cr_assert_eq(ew, 10);

    int64_t s = -8, es = -8;
    cr_assert(atomic_cas_i64_seq_cst(&s, &es, -12));
    cr_assert_eq(s, -12);

    int x, y, *p = &x, *ep = &y;
    cr_assert(!atomic_cas_ptr_seq_cst(&p, &ep, &y));
    cr_assert_eq(ep, &x);
    cr_assert(atomic_cas_ptr_seq_cst(&p, &ep, &y));
    cr_assert_eq(p, &y);
}

Test(atomic, fetch_add_returns_the_old_value_and_wraps)
{
    uint32_t w = UINT32_MAX;
    cr_assert_eq(atomic_fetch_add_u32_relaxed(&w, 1), UINT32_MAX);
    cr_assert_eq(w, 0);
    int64_t s = 0;
    cr_assert_eq(atomic_fetch_add_i64_relaxed(&s, -4), 0);
    cr_assert_eq(s, -4);
    uint64_t bits = 0;
    atomic_or_u64_seq_cst(&bits, 5);
    atomic_and_u64_seq_cst(&bits, ~(uint64_t)1);
    cr_assert_eq(bits, 4);
}

#define ADDS 500000

static void *add_many(void *arg)
{
    for (int i = 0; i < ADDS; i++)
        atomic_fetch_add_u64_relaxed(arg, 1);
    return NULL;
}

Test(atomic, concurrent_adds_lose_nothing)
{
    uint64_t total = 0;
    OsThread a, b;
    cr_assert(osthread_start(&a, add_many, &total));
    cr_assert(osthread_start(&b, add_many, &total));
    osthread_join(&a);
    osthread_join(&b);
    cr_assert_eq(total, 2 * ADDS);
}
