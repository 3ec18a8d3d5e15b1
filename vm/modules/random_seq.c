// random_seq.c: the random module's functions over sequences: choice,
// shuffle, sample (with counts) and choices (with weights or
// cum_weights). Each follows CPython 3.11's random.py step for step, so
// that the same generator state picks the same items.
//
// Concurrency: the draws lock the generator themselves (random.c); the
// items are read and written through the generic operations, outside
// any lock, so shuffling a list another thread mutates behaves as it
// does in CPython (each item operation is atomic, the whole is not).
#include <math.h>
#include <string.h>

#include "alloc/alloc.h"
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/modules/random_impl.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/str.h"
#include "vm/ops.h"

#define FN(name)                                                               \
    static Value random_##name(Value self, const Value *args, size_t nargs,    \
                               Object *kwnames)

// population[i]
static Value item_at(Value seq, int64_t i)
{
    Value key = int_from_i64(i);
    Value r = op_getitem(seq, key);
    value_decref(key);
    return r;
}

// ------------------------------------------------------------ choice

FN(choice)
{
    (void)self;
    Value a[1];
    if (!args_parse("choice", args, nargs, kwnames, "seq", 0, 1, a))
        return VALUE_NULL;
    int64_t n = op_len(a[0]);
    if (n < 0)
        return VALUE_NULL;
    if (n == 0) {
        exc_raise_format(&exc_IndexError,
                         "Cannot choose from an empty sequence");
        return VALUE_NULL;
    }
    return item_at(a[0], (int64_t)random_below_u64((uint64_t)n));
}

// ------------------------------------------------------------ shuffle

// x[i], x[j] = x[j], x[i]
static bool swap(Value x, int64_t i, int64_t j)
{
    Value vi = item_at(x, i);
    Value vj = vi ? item_at(x, j) : VALUE_NULL;
    Value ki = int_from_i64(i), kj = int_from_i64(j);
    bool ok = vj && op_setitem(x, ki, vj) == 0 && op_setitem(x, kj, vi) == 0;
    value_decref(vi);
    value_decref(vj);
    value_decref(ki);
    value_decref(kj);
    return ok;
}

FN(shuffle)
{
    (void)self;
    Value a[1];
    if (!args_parse("shuffle", args, nargs, kwnames, "x", 0, 1, a))
        return VALUE_NULL;
    int64_t n = op_len(a[0]);
    if (n < 0)
        return VALUE_NULL;
    for (int64_t i = n - 1; i > 0; i--) {
        int64_t j = (int64_t)random_below_u64((uint64_t)i + 1);
        if (!swap(a[0], i, j))
            return VALUE_NULL;
    }
    return VALUE_NONE;
}

// ------------------------------------------------------------ sample

// A set of int64 indices (open addressing; capacity a power of two).
typedef struct IndexSet {
    int64_t *slots; // -1 = empty
    uint64_t mask;
} IndexSet;

// Adds i; false if it was already there.
static bool index_set_add(IndexSet *s, int64_t i)
{
    uint64_t h = ((uint64_t)i * 0x9e3779b97f4a7c15ULL) & s->mask;
    while (s->slots[h] != -1) {
        if (s->slots[h] == i)
            return false;
        h = (h + 1) & s->mask;
    }
    s->slots[h] = i;
    return true;
}

// The `k` indices sample() picks from a population of `n`: a partial
// Fisher-Yates over a pool when that is smaller than a set of k, else
// rejection of repeats (CPython's rule for choosing, so the draws match).
static void sample_indices(int64_t n, int64_t k, int64_t *out)
{
    int64_t setsize = 21;
    if (k > 5) {
        double e = ceil(log((double)(k * 3)) / log(4.0));
        setsize = e >= 31 ? INT64_MAX : setsize + ((int64_t)1 << (2 * (int)e));
    }
    if (n <= setsize) {
        int64_t *pool = alloc_raw((size_t)(n ? n : 1) * sizeof *pool);
        for (int64_t i = 0; i < n; i++)
            pool[i] = i;
        for (int64_t i = 0; i < k; i++) {
            int64_t j = (int64_t)random_below_u64((uint64_t)(n - i));
            out[i] = pool[j];
            pool[j] = pool[n - i - 1];
        }
        alloc_free(pool);
        return;
    }
    uint64_t cap = 8;
    while (cap < 2 * (uint64_t)k)
        cap *= 2;
    IndexSet s = {alloc_raw(cap * sizeof(int64_t)), cap - 1};
    memset(s.slots, 0xff, cap * sizeof(int64_t));
    for (int64_t i = 0; i < k; i++) {
        int64_t j;
        do
            j = (int64_t)random_below_u64((uint64_t)n);
        while (!index_set_add(&s, j));
        out[i] = j;
    }
    alloc_free(s.slots);
}

static bool is_sequence(Value v)
{
    static const char *const names[] = {"list",  "tuple", "str",
                                        "range", "bytes", "bytearray"};
    const char *name = value_type(v)->name;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(name, names[i]) == 0)
            return true;
    exc_raise_format(&exc_TypeError,
                     "Population must be a sequence.  For dicts or sets, use "
                     "sorted(d).");
    return false;
}

// list(accumulate(iterable)): the running sums (generic +).
static Value accumulate(Value iterable)
{
    Value it = op_iter(iterable);
    if (it == VALUE_NULL)
        return VALUE_NULL;
    ListObject *l = list_new(0);
    Value total = VALUE_NULL;
    for (Value x; (x = op_next(it)) != VALUE_NULL;) {
        Value next = total ? op_binary(total, x, BINOP_ADD) : x;
        if (total)
            value_decref(x);
        value_decref(total);
        total = next;
        if (total == VALUE_NULL)
            break;
        value_incref(total);
        list_append(l, total);
    }
    value_decref(it);
    value_decref(total);
    if (exc_occurred()) {
        refcount_dec(&l->header);
        return VALUE_NULL;
    }
    return value_steal(&l->header);
}

// bisect.bisect_right(a[lo:hi], x)
static int64_t bisect_right(ListObject *a, Value x, int64_t lo, int64_t hi)
{
    while (lo < hi) {
        int64_t mid = (lo + hi) / 2;
        Value v;
        if (!list_get(a, mid, &v))
            return -1;
        int lt = op_compare_bool(x, v, CMP_LT);
        value_decref(v);
        if (lt < 0)
            return -1;
        if (lt)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

// The total of sample()'s counts (the last running sum), checked as
// CPython checks it.
static bool counts_total(ListObject *cum, int64_t n, int64_t *total)
{
    Value last = VALUE_NULL;
    if (list_len(cum) != n) {
        exc_raise_format(&exc_ValueError,
                         "The number of counts does not match the "
                         "population");
        return false;
    }
    if (n == 0 || !list_get(cum, n - 1, &last))
        return false;
    bool ok = int_check(last);
    if (!ok)
        exc_raise_format(&exc_TypeError, "Counts must be integers");
    else if (!(ok = value_as_index(last, total)))
        ;
    else if (*total <= 0) {
        exc_raise_format(&exc_ValueError,
                         "Total of counts must be greater than zero");
        ok = false;
    }
    value_decref(last);
    return ok;
}

// Fills `result` with the population items at the sampled indices; with
// counts, an index s picks population[bisect_right(cum, s)].
static bool fill_sample(ListObject *result, Value pop, const int64_t *idx,
                        int64_t k, ListObject *cum)
{
    for (int64_t i = 0; i < k; i++) {
        int64_t at = idx[i];
        if (cum) {
            Value s = int_from_i64(at);
            at = bisect_right(cum, s, 0, list_len(cum));
            value_decref(s);
            if (at < 0)
                return false;
        }
        Value v = item_at(pop, at);
        if (v == VALUE_NULL)
            return false;
        list_append(result, v);
    }
    return true;
}

static Value sample(Value pop, int64_t k, ListObject *cum)
{
    int64_t n = op_len(pop), total = n;
    if (n < 0 || (cum && !counts_total(cum, n, &total)))
        return VALUE_NULL;
    if (k < 0 || k > total) {
        exc_raise_format(&exc_ValueError,
                         "Sample larger than population or is negative");
        return VALUE_NULL;
    }
    int64_t *idx = alloc_raw((size_t)(k ? k : 1) * sizeof *idx);
    sample_indices(total, k, idx);
    ListObject *result = list_new(k);
    bool ok = fill_sample(result, pop, idx, k, cum);
    alloc_free(idx);
    if (!ok) {
        refcount_dec(&result->header);
        return VALUE_NULL;
    }
    return value_steal(&result->header);
}

FN(sample)
{
    (void)self;
    Value a[3];
    int64_t k;
    if (!args_parse("sample", args, nargs, kwnames, "population,k,$counts", 0,
                    2, a) ||
        !is_sequence(a[0]) || !value_as_index(a[1], &k))
        return VALUE_NULL;
    if (a[2] == VALUE_NULL || value_is_none(a[2]))
        return sample(a[0], k, NULL);
    Value cum = accumulate(a[2]);
    if (cum == VALUE_NULL)
        return VALUE_NULL;
    Value r = sample(a[0], k, (ListObject *)value_as_object(cum));
    value_decref(cum);
    return r;
}

// ------------------------------------------------------------ choices

// k items chosen uniformly: population[floor(random() * n)].
static Value choices_uniform(Value pop, int64_t n, int64_t k)
{
    ListObject *l = list_new(k);
    for (int64_t i = 0; i < k; i++) {
        Value v = item_at(pop, (int64_t)floor(random_double() * (double)n));
        if (v == VALUE_NULL) {
            refcount_dec(&l->header);
            return VALUE_NULL;
        }
        list_append(l, v);
    }
    return value_steal(&l->header);
}

// The float total of the cumulative weights, checked as CPython does.
static bool weights_total(ListObject *cum, int64_t n, double *total)
{
    if (list_len(cum) != n) {
        exc_raise_format(&exc_ValueError,
                         "The number of weights does not match the "
                         "population");
        return false;
    }
    Value last, sum;
    if (!list_get(cum, n - 1, &last))
        return false;
    sum = op_binary(last, float_new(0.0), BINOP_ADD);
    value_decref(last);
    if (sum == VALUE_NULL || !value_as_double(sum, total)) {
        value_decref(sum);
        return false;
    }
    value_decref(sum);
    if (!(*total > 0.0))
        exc_raise_format(&exc_ValueError,
                         "Total of weights must be greater than zero");
    else if (!isfinite(*total))
        exc_raise_format(&exc_ValueError, "Total of weights must be finite");
    return *total > 0.0 && isfinite(*total);
}

static Value choices_weighted(Value pop, int64_t n, int64_t k, ListObject *cum)
{
    double total;
    if (!weights_total(cum, n, &total))
        return VALUE_NULL;
    ListObject *l = list_new(k);
    for (int64_t i = 0; i < k; i++) {
        Value x = float_new(random_double() * total);
        int64_t at = bisect_right(cum, x, 0, n - 1);
        value_decref(x);
        Value v = at < 0 ? VALUE_NULL : item_at(pop, at);
        if (v == VALUE_NULL) {
            refcount_dec(&l->header);
            return VALUE_NULL;
        }
        list_append(l, v);
    }
    return value_steal(&l->header);
}

// The cumulative weights of choices(): cum_weights as a list, or the
// running sums of weights; NULL with CPython's errors.
static Value cumulative(Value weights, Value cum_weights)
{
    if (cum_weights != VALUE_NULL) {
        if (weights != VALUE_NULL) {
            exc_raise_format(&exc_TypeError,
                             "Cannot specify both weights and cumulative "
                             "weights");
            return VALUE_NULL;
        }
        return list_from_iterable(cum_weights);
    }
    if (int_check(weights)) {
        StrObject *s = op_repr(weights);
        exc_raise_format(&exc_TypeError,
                         "The number of choices must be a keyword argument: "
                         "k=%s",
                         s ? s->data : "?");
        refcount_xdec(s ? &s->header : NULL);
        return VALUE_NULL;
    }
    return accumulate(weights);
}

FN(choices)
{
    (void)self;
    Value a[4];
    int64_t k = 1;
    if (!args_parse("choices", args, nargs, kwnames,
                    "population,weights,$cum_weights,$k", 0, 1, a) ||
        (a[3] && !value_as_index(a[3], &k)))
        return VALUE_NULL;
    int64_t n = op_len(a[0]);
    if (n < 0)
        return VALUE_NULL;
    if (k < 0)
        k = 0;
    Value w = a[1] && !value_is_none(a[1]) ? a[1] : VALUE_NULL;
    Value cw = a[2] && !value_is_none(a[2]) ? a[2] : VALUE_NULL;
    if (w == VALUE_NULL && cw == VALUE_NULL)
        return choices_uniform(a[0], n, k);
    Value cum = cumulative(w, cw);
    if (cum == VALUE_NULL)
        return VALUE_NULL;
    Value r = choices_weighted(a[0], n, k, (ListObject *)value_as_object(cum));
    value_decref(cum);
    return r;
}

const MethodDef random_seq_functions[] = {
    {"choice", random_choice, 0},
    {"choices", random_choices, 0},
    {"sample", random_sample, 0},
    {"shuffle", random_shuffle, 0},
    {NULL, NULL, 0},
};
