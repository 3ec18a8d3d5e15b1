// listsort.c: the stable sort behind list.sort and sorted(): binary
// insertion sort of short runs, then bottom-up merging. Every comparison
// is Python's `<` (op_compare_bool), so it may run user code and raise;
// whatever happens, the arrays always hold a permutation of their items,
// so no reference is lost or duplicated.
//
// Concurrency: works on private arrays (list_sort has taken the items out
// of the list).
#include <string.h>

#include "alloc/alloc.h"
#include "vm/objects/list.h"
#include "vm/ops.h"

#define RUN 32

typedef struct Sorter {
    Value *keys, *items; // items == keys without a key function
    Value *tmp_keys, *tmp_items;
} Sorter;

static bool has_items(const Sorter *s)
{
    return s->items != s->keys;
}

static void move(Sorter *s, int64_t to, int64_t from, int64_t n)
{
    memmove(&s->keys[to], &s->keys[from], (size_t)n * sizeof(Value));
    if (has_items(s))
        memmove(&s->items[to], &s->items[from], (size_t)n * sizeof(Value));
}

// Sorts [lo, hi) by binary insertion.
static int insertion_sort(Sorter *s, int64_t lo, int64_t hi)
{
    for (int64_t i = lo + 1; i < hi; i++) {
        Value key = s->keys[i], item = s->items[i];
        int64_t l = lo, r = i;
        while (l < r) { // first position whose key is > key (stable)
            int64_t m = l + (r - l) / 2;
            int lt = op_compare_bool(key, s->keys[m], CMP_LT);
            if (lt < 0)
                return -1;
            if (lt)
                r = m;
            else
                l = m + 1;
        }
        move(s, l + 1, l, i - l);
        s->keys[l] = key;
        s->items[l] = item;
    }
    return 0;
}

// Merges the sorted runs [lo, mid) and [mid, hi). The left run is copied
// out; on an error its rest is copied back into the gap, which is exactly
// its size.
static int merge(Sorter *s, int64_t lo, int64_t mid, int64_t hi)
{
    int64_t nl = mid - lo, i = 0, j = mid, w = lo;
    memcpy(s->tmp_keys, &s->keys[lo], (size_t)nl * sizeof(Value));
    if (has_items(s))
        memcpy(s->tmp_items, &s->items[lo], (size_t)nl * sizeof(Value));
    int rc = 0;
    while (i < nl && j < hi) {
        int lt = op_compare_bool(s->keys[j], s->tmp_keys[i], CMP_LT);
        if (lt < 0) {
            rc = -1;
            break;
        }
        int64_t from = lt ? j++ : -1;
        if (from >= 0) {
            s->keys[w] = s->keys[from];
            s->items[w] = s->items[from];
        } else {
            s->keys[w] = s->tmp_keys[i];
            if (has_items(s))
                s->items[w] = s->tmp_items[i];
            i++;
        }
        w++;
    }
    memcpy(&s->keys[w], &s->tmp_keys[i], (size_t)(nl - i) * sizeof(Value));
    if (has_items(s))
        memcpy(&s->items[w], &s->tmp_items[i],
               (size_t)(nl - i) * sizeof(Value));
    return rc;
}

// Merges neighbouring runs of `width` over the whole array.
static int merge_pass(Sorter *s, int64_t n, int64_t width)
{
    for (int64_t lo = 0; lo + width < n; lo += 2 * width) {
        int64_t mid = lo + width, hi = mid + width < n ? mid + width : n;
        // Already in order: nothing to merge.
        int lt = op_compare_bool(s->keys[mid], s->keys[mid - 1], CMP_LT);
        if (lt < 0 || (lt && merge(s, lo, mid, hi) < 0))
            return -1;
    }
    return 0;
}

int list_sort_array(Value *keys, Value *items, int64_t n)
{
    if (n < 2)
        return 0;
    Sorter s = {keys, items, NULL, NULL};
    for (int64_t lo = 0; lo < n; lo += RUN)
        if (insertion_sort(&s, lo, lo + RUN < n ? lo + RUN : n) < 0)
            return -1;
    if (n <= RUN)
        return 0;
    s.tmp_keys = alloc_raw((size_t)n * sizeof(Value));
    s.tmp_items = keys != items ? alloc_raw((size_t)n * sizeof(Value)) : NULL;
    int rc = 0;
    for (int64_t width = RUN; rc == 0 && width < n; width *= 2)
        rc = merge_pass(&s, n, width);
    alloc_free(s.tmp_keys);
    alloc_free(s.tmp_items);
    return rc;
}
