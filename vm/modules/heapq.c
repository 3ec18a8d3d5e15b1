// heapq.c: the heapq module: heappush, heappop, heapify, heapreplace,
// heappushpop with CPython's sift algorithms (so lists end up in the
// same layout), nlargest/nsmallest (their results are those of
// CPython's heapq.py: the n items a stable sort puts first) and merge
// (an iterator yielding what CPython's merge generator yields, in the
// same order, reading the inputs in the same order; it picks the head
// by a scan rather than CPython's heap, so it may compare other pairs,
// which shows only in comparisons that raise or have side effects).
//
// Thread safety: the heap is read and written with list_get/list_set,
// each atomic; as in CPython, a heap shared by threads needs the
// caller's own lock for whole operations. Comparisons may run code that
// changes the list: a size change raises RuntimeError as CPython does.
#include "vm/modules/heapq.h"

#include "alloc/alloc.h"
#include "vm/args.h"
#include "vm/critical.h"
#include "vm/exc.h"
#include "vm/modules/modules.h"
#include "vm/objects/builtin.h"
#include "vm/objects/list.h"
#include "vm/objects/sequtil.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

static ListObject *heap_arg(const char *fname, const char *which, Value v)
{
    if (list_check(v))
        return (ListObject *)value_as_object(v);
    exc_raise_format(&exc_TypeError, "%s() argument%s must be list, not %s",
                     fname, which, type_name(value_type(v)));
    return NULL;
}

static bool changed(void)
{
    exc_raise_format(&exc_RuntimeError, "list changed size during iteration");
    return false;
}

// heap[i] < heap[j]: 1 / 0 / -1; the list must keep size n.
static int less(ListObject *heap, int64_t i, int64_t j, int64_t n)
{
    Value a, b;
    if (!list_get(heap, i, &a))
        return changed() - 1;
    if (!list_get(heap, j, &b)) {
        value_decref(a);
        return changed() - 1;
    }
    int r = op_compare_bool(a, b, CMP_LT);
    value_decref(a);
    value_decref(b);
    if (r >= 0 && list_len(heap) != n)
        return changed() - 1;
    return r;
}

static bool swap(ListObject *heap, int64_t i, int64_t j)
{
    Value a, b;
    if (!list_get(heap, i, &a))
        return changed();
    if (!list_get(heap, j, &b)) {
        value_decref(a);
        return changed();
    }
    return (list_set(heap, i, b) && list_set(heap, j, a)) || changed();
}

// CPython's siftdown: moves heap[pos] up towards startpos.
static bool siftdown(ListObject *heap, int64_t startpos, int64_t pos)
{
    int64_t n = list_len(heap);
    while (pos > startpos) {
        int64_t parentpos = (pos - 1) >> 1;
        int lt = less(heap, pos, parentpos, n);
        if (lt < 0)
            return false;
        if (lt == 0)
            break;
        if (!swap(heap, pos, parentpos))
            return false;
        pos = parentpos;
    }
    return true;
}

// CPython's siftup: moves the smaller child up until a leaf, then sifts
// the item at `pos` back down.
static bool siftup(ListObject *heap, int64_t pos)
{
    int64_t endpos = list_len(heap), startpos = pos, limit = endpos / 2;
    while (pos < limit) {
        int64_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            int lt = less(heap, childpos, childpos + 1, endpos);
            if (lt < 0)
                return false;
            childpos += lt ^ 1;
        }
        if (!swap(heap, pos, childpos))
            return false;
        pos = childpos;
    }
    return siftdown(heap, startpos, pos);
}

static Value heapq_heappush(Value self, const Value *args, size_t nargs,
                            Object *kwnames)
{
    (void)self;
    if (!args_positional("heappush", nargs, kwnames, 2, 2))
        return VALUE_NULL;
    ListObject *heap = heap_arg("heappush", " 1", args[0]);
    if (heap == NULL)
        return VALUE_NULL;
    value_incref(args[1]);
    list_append(heap, args[1]);
    return siftdown(heap, 0, list_len(heap) - 1) ? VALUE_NONE : VALUE_NULL;
}

static Value index_error(void)
{
    exc_raise_format(&exc_IndexError, "index out of range");
    return VALUE_NULL;
}

static Value heapq_heappop(Value self, const Value *args, size_t nargs,
                           Object *kwnames)
{
    (void)self;
    if (!args_positional("heappop", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    ListObject *heap = heap_arg("heappop", "", args[0]);
    if (heap == NULL)
        return VALUE_NULL;
    Value last, top;
    if (!list_pop(heap, -1, &last))
        return index_error();
    if (list_len(heap) == 0)
        return last;
    if (!list_get(heap, 0, &top)) {
        value_decref(last);
        return index_error();
    }
    list_set(heap, 0, last);
    if (!siftup(heap, 0)) {
        value_decref(top);
        return VALUE_NULL;
    }
    return top;
}

// heap[0] = item; siftup. Gives the old heap[0].
static Value replace_top(ListObject *heap, Value item)
{
    Value top;
    if (!list_get(heap, 0, &top))
        return index_error();
    value_incref(item);
    list_set(heap, 0, item);
    if (!siftup(heap, 0)) {
        value_decref(top);
        return VALUE_NULL;
    }
    return top;
}

static Value heapq_heapreplace(Value self, const Value *args, size_t nargs,
                               Object *kwnames)
{
    (void)self;
    if (!args_positional("heapreplace", nargs, kwnames, 2, 2))
        return VALUE_NULL;
    ListObject *heap = heap_arg("heapreplace", " 1", args[0]);
    return heap ? replace_top(heap, args[1]) : VALUE_NULL;
}

static Value heapq_heappushpop(Value self, const Value *args, size_t nargs,
                               Object *kwnames)
{
    (void)self;
    if (!args_positional("heappushpop", nargs, kwnames, 2, 2))
        return VALUE_NULL;
    ListObject *heap = heap_arg("heappushpop", " 1", args[0]);
    if (heap == NULL)
        return VALUE_NULL;
    Value top;
    if (!list_get(heap, 0, &top)) {
        value_incref(args[1]);
        return args[1];
    }
    int lt = op_compare_bool(top, args[1], CMP_LT);
    value_decref(top);
    if (lt < 0)
        return VALUE_NULL;
    if (lt == 0) {
        value_incref(args[1]);
        return args[1];
    }
    if (list_len(heap) == 0)
        return index_error();
    return replace_top(heap, args[1]);
}

static Value heapq_heapify(Value self, const Value *args, size_t nargs,
                           Object *kwnames)
{
    (void)self;
    if (!args_positional("heapify", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    ListObject *heap = heap_arg("heapify", "", args[0]);
    if (heap == NULL)
        return VALUE_NULL;
    for (int64_t i = list_len(heap) / 2 - 1; i >= 0; i--)
        if (!siftup(heap, i))
            return VALUE_NULL;
    return VALUE_NONE;
}

// nsmallest/nlargest: sorted(iterable, key=key, reverse=largest)[:n].
static Value select_n(const char *fname, const Value *args, size_t nargs,
                      Object *kwnames, bool largest)
{
    Value a[3];
    if (!args_parse(fname, args, nargs, kwnames, "n,iterable,key", 0, 2, a))
        return VALUE_NULL;
    Value items = list_from_iterable(a[1]);
    if (items == VALUE_NULL)
        return VALUE_NULL;
    ListObject *l = (ListObject *)value_as_object(items);
    int64_t n;
    if (!value_as_index(a[0], &n) ||
        list_sort(l, a[2] ? a[2] : VALUE_NULL, largest) < 0) {
        value_decref(items);
        return VALUE_NULL;
    }
    if (n < 0)
        n = 0;
    if (n < list_len(l))
        list_splice(l, n, list_len(l), NULL, 0);
    return items;
}

static Value heapq_nsmallest(Value self, const Value *args, size_t nargs,
                             Object *kwnames)
{
    (void)self;
    return select_n("nsmallest", args, nargs, kwnames, false);
}

static Value heapq_nlargest(Value self, const Value *args, size_t nargs,
                            Object *kwnames)
{
    (void)self;
    return select_n("nlargest", args, nargs, kwnames, true);
}

// ---- merge(*iterables, key=None, reverse=False) ----------------------------

// The inputs, then (once started) their iterators and current heads.
// State changes under the merge object's critical section.
typedef struct MergeObject {
    ObjHeader header;
    TupleObject *iterables;
    Value key; // VALUE_NULL: the items themselves
    bool reverse;
    bool started;
    int64_t n;
    Value *iters;    // n; VALUE_NULL once exhausted
    Value *heads;    // n current items (VALUE_NULL: none)
    Value *keys;     // n keys of the heads
    int64_t pending; // input whose head was just yielded, or -1
} MergeObject;

static Value merge_new(TypeObject *type, const Value *args, size_t nargs,
                       Object *kwnames)
{
    TupleObject *names = (TupleObject *)kwnames;
    Value key = VALUE_NULL;
    int reverse = 0;
    for (int64_t k = 0; names && k < names->size; k++) {
        StrObject *name = (StrObject *)value_as_object(names->items[k]);
        Value v = args[nargs + (size_t)k];
        if (str_equal_cstr(name, "key")) {
            key = value_is_none(v) ? VALUE_NULL : v;
        } else if (str_equal_cstr(name, "reverse")) {
            if ((reverse = op_truth(v)) < 0)
                return VALUE_NULL;
        } else {
            exc_raise_format(&exc_TypeError,
                             "merge() got an unexpected keyword argument '%s'",
                             name->data);
            return VALUE_NULL;
        }
    }
    MergeObject *m = (MergeObject *)object_new(type);
    m->iterables = tuple_pack((int64_t)nargs, args);
    value_incref(key);
    m->key = key;
    m->reverse = reverse;
    m->pending = -1;
    return value_steal(&m->header);
}

// Reads input i's next head (and its key); false on error.
static bool merge_advance(MergeObject *m, int64_t i)
{
    value_decref(m->heads[i]);
    value_decref(m->keys[i]);
    m->heads[i] = m->keys[i] = VALUE_NULL;
    Value v = op_next(m->iters[i]);
    if (v == VALUE_NULL) {
        value_decref(m->iters[i]);
        m->iters[i] = VALUE_NULL;
        return !exc_occurred();
    }
    Value k = m->key ? op_call(m->key, &v, 1, NULL) : v;
    if (k == VALUE_NULL) {
        value_decref(v);
        return false;
    }
    if (!m->key)
        value_incref(k);
    m->heads[i] = v;
    m->keys[i] = k;
    return true;
}

static bool merge_start(MergeObject *m)
{
    m->started = true;
    m->n = m->iterables->size;
    size_t size = (size_t)(m->n > 0 ? m->n : 1) * sizeof(Value);
    m->iters = alloc_zeroed(size);
    m->heads = alloc_zeroed(size);
    m->keys = alloc_zeroed(size);
    for (int64_t i = 0; i < m->n; i++)
        if ((m->iters[i] = op_iter(m->iterables->items[i])) == VALUE_NULL)
            return false;
    for (int64_t i = 0; i < m->n; i++)
        if (!merge_advance(m, i))
            return false;
    return true;
}

// The input with the smallest (largest with reverse) head, the earliest
// among equals; -1 when all are exhausted, -2 on error.
static int64_t merge_pick(MergeObject *m)
{
    int64_t best = -1;
    for (int64_t i = 0; i < m->n; i++) {
        if (m->heads[i] == VALUE_NULL)
            continue;
        if (best < 0) {
            best = i;
            continue;
        }
        int lt = m->reverse
                     ? op_compare_bool(m->keys[best], m->keys[i], CMP_LT)
                     : op_compare_bool(m->keys[i], m->keys[best], CMP_LT);
        if (lt < 0)
            return -2;
        if (lt)
            best = i;
    }
    return best;
}

static Value merge_step(Value self)
{
    MergeObject *m = (MergeObject *)value_as_object(self);
    if (!m->started && !merge_start(m))
        return VALUE_NULL;
    if (m->pending >= 0 && !merge_advance(m, m->pending))
        return VALUE_NULL;
    m->pending = -1;
    int64_t i = merge_pick(m);
    if (i < 0)
        return VALUE_NULL;
    m->pending = i;
    value_incref(m->heads[i]);
    return m->heads[i];
}

static Value merge_next(Value self)
{
    Value r;
    CRITICAL_BEGIN(value_as_object(self))
    r = merge_step(self);
    CRITICAL_END(value_as_object(self))
    return r;
}

static void merge_dealloc(Object *op)
{
    MergeObject *m = (MergeObject *)op;
    for (int64_t i = 0; m->started && i < m->n; i++) {
        value_decref(m->iters[i]);
        value_decref(m->heads[i]);
        value_decref(m->keys[i]);
    }
    alloc_free(m->iters);
    alloc_free(m->heads);
    alloc_free(m->keys);
    refcount_dec(&m->iterables->header);
    value_decref(m->key);
    object_free(op);
}

TypeObject merge_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "heapq.merge",
    .basic_size = sizeof(MergeObject),
    .dealloc = merge_dealloc,
    .iter = iter_self,
    .next = merge_next,
    .new = merge_new,
};

static const MethodDef heapq_functions[] = {
    {"heappush", heapq_heappush, 0},
    {"heappop", heapq_heappop, 0},
    {"heapify", heapq_heapify, 0},
    {"heapreplace", heapq_heapreplace, 0},
    {"heappushpop", heapq_heappushpop, 0},
    {"nlargest", heapq_nlargest, 0},
    {"nsmallest", heapq_nsmallest, 0},
    {NULL, NULL, 0},
};

ModuleObject *heapq_module_create(void)
{
    ModuleObject *m = module_new("heapq");
    for (const MethodDef *d = heapq_functions; d->name; d++)
        module_add(m, d->name, builtin_new(d, VALUE_NULL));
    module_add(m, "merge", value_new_ref(&merge_type.header));
    return m;
}
