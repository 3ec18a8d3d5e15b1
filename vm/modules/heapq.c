// heapq.c: the heapq module: heappush, heappop, heapify, heapreplace,
// heappushpop with CPython's sift algorithms (so lists end up in the
// same layout), and nlargest/nsmallest (their results are those of
// CPython's heapq.py: the n items a stable sort puts first).
//
// Thread safety: the heap is read and written with list_get/list_set,
// each atomic; as in CPython, a heap shared by threads needs the
// caller's own lock for whole operations. Comparisons may run code that
// changes the list: a size change raises RuntimeError as CPython does.
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/modules/modules.h"
#include "vm/objects/builtin.h"
#include "vm/objects/list.h"
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
    return m;
}
