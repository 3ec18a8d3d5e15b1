// list.c: list storage and its free-threaded protocol (see list.h for the
// rules; facts H2-B for why delayed decrefs make lock-free reads safe).
//
// Concurrency: mutations hold the list's critical section; `size`,
// `array` and the item slots are written with release stores so that the
// lock-free readers in list_get see initialised data.
#include "vm/objects/list.h"
#include "vm/objects/type.h"

#include "alloc/alloc.h"
#include "vm/critical.h"
#include "vm/objects/container.h"
#include "vm/objects/tuple.h"

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/objects/int.h"
#include "vm/objects/reprutil.h"
#include "vm/objects/sequtil.h"
#include "vm/objects/slice.h"
#include "vm/objects/str.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

static void list_dealloc(Object *op);

static ListArray *array_new(int64_t capacity)
{
    ListArray *a = alloc_zeroed(sizeof *a + (size_t)capacity * sizeof(Value));
    a->capacity = capacity;
    return a;
}

static Value slot_load(ListArray *a, int64_t i)
{
    // Acquire: pairs with slot_store, so the item's fields are visible.
    return (Value)atomic_load_ptr_acquire(&a->items[i]);
}

static void slot_store(ListArray *a, int64_t i, Value v)
{
    atomic_store_ptr_release(&a->items[i], (void *)v);
}

// ------------------------------------------------------------ sharing
// The rules are container.h's; these adapt them to ListObject.

#ifdef FTPY_FREE_THREADING
static bool is_shared(ListObject *l)
{
    return container_is_shared(&l->header);
}
#endif

static void note_access(ListObject *l)
{
    container_note_access(&l->header);
}

static void drop_item(ListObject *l, Value v)
{
    container_drop_value(&l->header, v);
}

static void drop_array(ListObject *l, ListArray *a)
{
    size_t bytes = a ? sizeof *a + (size_t)a->capacity * sizeof(Value) : 0;
    container_drop_memory(&l->header, a, bytes);
}

// ------------------------------------------------------------ storage

ListObject *list_new(int64_t capacity)
{
    ListObject *l = (ListObject *)object_new(&list_type);
    if (capacity > 0)
        l->array = array_new(capacity);
    return l;
}

static ListObject *new_of_type(TypeObject *type, int64_t capacity)
{
    ListObject *l = (ListObject *)object_new(type);
    if (capacity > 0)
        l->array = array_new(capacity);
    return l;
}

// Under the lock: makes room for `need` items (CPython's growth pattern,
// about 1/8 over-allocation).
static ListArray *reserve(ListObject *l, int64_t need)
{
    ListArray *old = l->array;
    if (old && need <= old->capacity)
        return old;
    int64_t cap = need + (need >> 3) + (need < 9 ? 3 : 6);
    ListArray *a = array_new(cap);
    int64_t n = l->size;
    for (int64_t i = 0; i < n; i++)
        a->items[i] = old->items[i]; // `a` is not published yet
    // Release: readers that load the new array see its items.
    atomic_store_ptr_release(&l->array, a);
    drop_array(l, old);
    return a;
}

static void set_size(ListObject *l, int64_t n)
{
    // Release: the slot stores before it are visible to a reader that
    // sees the new size (readers that see a stale size simply miss or
    // retry, see read_unlocked).
    atomic_store_i64_release(&l->size, n);
}

static bool normalize(int64_t *index, int64_t size)
{
    if (*index < 0)
        *index += size;
    return *index >= 0 && *index < size;
}

void list_append(ListObject *l, Value v)
{
    CRITICAL_BEGIN(&l->header);
    note_access(l);
    int64_t n = l->size;
    ListArray *a = reserve(l, n + 1);
    slot_store(a, n, v);
    set_size(l, n + 1);
    CRITICAL_END(&l->header);
}

void list_insert(ListObject *l, int64_t index, Value v)
{
    CRITICAL_BEGIN(&l->header);
    note_access(l);
    int64_t n = l->size;
    if (index < 0)
        index = index + n < 0 ? 0 : index + n;
    if (index > n)
        index = n;
    ListArray *a = reserve(l, n + 1);
    // Shift right from the end: a racing reader sees an item twice at
    // worst, never a hole.
    for (int64_t i = n; i > index; i--)
        slot_store(a, i, a->items[i - 1]);
    slot_store(a, index, v);
    set_size(l, n + 1);
    CRITICAL_END(&l->header);
}

// ------------------------------------------------------------ reading

#ifdef FTPY_FREE_THREADING
// The lock-free read: valid for the owner, and for anyone once the list
// is shared. Returns 1 (found), 0 (out of range) or -1 (raced with a
// shrink: retry under the lock).
static int read_unlocked(ListObject *l, int64_t index, Value *out)
{
    int64_t n = list_len(l);
    if (!normalize(&index, n))
        return 0;
    ListArray *a = atomic_load_ptr_acquire(&l->array);
    if (a == NULL || index >= a->capacity)
        return -1;
    Value v = slot_load(a, index);
    if (v == VALUE_NULL)
        return -1;
    value_incref(v); // alive: the list's reference is dropped via QSBR
    *out = v;
    return 1;
}
#endif

static bool read_locked(ListObject *l, int64_t index, Value *out)
{
    bool found;
    CRITICAL_BEGIN(&l->header);
    note_access(l);
    found = normalize(&index, l->size);
    if (found) {
        *out = slot_load(l->array, index);
        value_incref(*out);
    }
    CRITICAL_END(&l->header);
    return found;
}

bool list_get(ListObject *l, int64_t index, Value *out)
{
#ifdef FTPY_FREE_THREADING
    if (is_shared(l) || refcount_is_owner(&l->header)) {
        int r = read_unlocked(l, index, out);
        if (r >= 0)
            return r == 1;
    }
#endif
    return read_locked(l, index, out);
}

// ------------------------------------------------------------ removing

bool list_set(ListObject *l, int64_t index, Value v)
{
    Value old = VALUE_NULL;
    bool found;
    CRITICAL_BEGIN(&l->header);
    note_access(l);
    found = normalize(&index, l->size);
    if (found) {
        old = l->array->items[index];
        slot_store(l->array, index, v);
        drop_item(l, old);
    }
    CRITICAL_END(&l->header);
    if (!found)
        value_decref(v);
    return found;
}

bool list_pop(ListObject *l, int64_t index, Value *out)
{
    bool found;
    CRITICAL_BEGIN(&l->header);
    note_access(l);
    int64_t n = l->size;
    found = normalize(&index, n);
    if (found) {
        ListArray *a = l->array;
        Value v = a->items[index];
        for (int64_t i = index; i < n - 1; i++)
            slot_store(a, i, a->items[i + 1]);
        slot_store(a, n - 1, VALUE_NULL);
        set_size(l, n - 1);
        // The caller gets a reference of its own; the list's goes through
        // drop_item, since a reader may be about to incref `v`.
        value_incref(v);
        drop_item(l, v);
        *out = v;
    }
    CRITICAL_END(&l->header);
    return found;
}

void list_clear(ListObject *l)
{
    CRITICAL_BEGIN(&l->header);
    note_access(l);
    ListArray *a = l->array;
    int64_t n = l->size;
    set_size(l, 0);
    atomic_store_ptr_release(&l->array, NULL);
    for (int64_t i = 0; i < n; i++)
        drop_item(l, a->items[i]);
    drop_array(l, a);
    CRITICAL_END(&l->header);
}

// ------------------------------------------------------------ bulk

TupleObject *list_snapshot(ListObject *l)
{
    TupleObject *t;
    CRITICAL_BEGIN(&l->header);
    note_access(l);
    int64_t n = l->size;
    t = tuple_new(n);
    for (int64_t i = 0; i < n; i++) {
        Value v = l->array->items[i];
        value_incref(v);
        tuple_init_item(t, i, v);
    }
    CRITICAL_END(&l->header);
    return t;
}

// Under the lock: the splice itself. Slots are moved in place (a racing
// reader may see an item at a neighbouring index, never a freed one);
// vacated slots at the end become NULL; removed references are dropped
// once the list is consistent again.
static void splice_locked(ListObject *l, int64_t lo, int64_t hi,
                          const Value *src, int64_t m)
{
    int64_t n = l->size, d = m - (hi - lo);
    ListArray *a = d > 0 ? reserve(l, n + d) : l->array;
    Value *gone = hi > lo ? alloc_raw((size_t)(hi - lo) * sizeof(Value)) : NULL;
    for (int64_t i = lo; i < hi; i++)
        gone[i - lo] = a->items[i];
    if (d > 0) {
        for (int64_t i = n - 1; i >= hi; i--)
            slot_store(a, i + d, a->items[i]);
    } else if (d < 0) {
        for (int64_t i = hi; i < n; i++)
            slot_store(a, i + d, a->items[i]);
        for (int64_t i = n + d; i < n; i++)
            slot_store(a, i, VALUE_NULL);
    }
    for (int64_t k = 0; k < m; k++)
        slot_store(a, lo + k, src[k]);
    set_size(l, n + d);
    for (int64_t i = 0; i < hi - lo; i++)
        drop_item(l, gone[i]);
    alloc_free(gone);
}

void list_splice(ListObject *l, int64_t lo, int64_t hi, const Value *src,
                 int64_t m)
{
    CRITICAL_BEGIN(&l->header);
    note_access(l);
    int64_t n = l->size;
    if (hi > n)
        hi = n;
    if (lo > hi)
        lo = hi;
    splice_locked(l, lo, hi, src, m);
    CRITICAL_END(&l->header);
}

// Under the lock: replaces the item at `index` (in range) by `v`.
static void replace_locked(ListObject *l, int64_t index, Value v)
{
    Value old = l->array->items[index];
    slot_store(l->array, index, v);
    drop_item(l, old);
}

// Under the lock: takes every item out (their references go to *items,
// a block the caller frees) and leaves the list empty.
static int64_t take_all_locked(ListObject *l, Value **items)
{
    int64_t n = l->size;
    ListArray *a = l->array;
    *items = alloc_raw((size_t)(n ? n : 1) * sizeof(Value));
    for (int64_t i = 0; i < n; i++)
        (*items)[i] = a->items[i];
    set_size(l, 0);
    atomic_store_ptr_release(&l->array, NULL);
    drop_array(l, a);
    return n;
}

// Under the lock: installs `n` items (references taken over) into a list
// that take_all_locked emptied.
static void put_all_locked(ListObject *l, const Value *items, int64_t n)
{
    ListArray *a = reserve(l, n);
    for (int64_t i = 0; i < n; i++)
        slot_store(a, i, items[i]);
    set_size(l, n);
}

static void list_dealloc(Object *op)
{
    // Nobody else holds a reference: no reader can be inside the list.
    ListObject *l = (ListObject *)op;
    ListArray *a = l->array;
    for (int64_t i = 0; i < l->size; i++)
        value_decref(a->items[i]);
    alloc_free(a);
    object_free(op);
}

// ------------------------------------------------------------ helpers

bool list_check(Value v)
{
    return value_is_object(v) &&
           type_is_subtype(object_type(value_as_object(v)), &list_type);
}

static ListObject *as_list(Value v)
{
    return (ListObject *)value_as_object(v);
}

ListObject *list_from_array(const Value *items, int64_t n)
{
    ListObject *l = list_new(n);
    for (int64_t i = 0; i < n; i++) {
        value_incref(items[i]);
        l->array->items[i] = items[i]; // private until returned
    }
    l->size = n;
    return l;
}

// Appends the `n` items of `items` (new references are taken).
static void append_array(ListObject *l, const Value *items, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        value_incref(items[i]);
    list_splice(l, INT64_MAX, INT64_MAX, items, n);
}

bool list_extend(ListObject *l, Value iterable)
{
    if (list_check(iterable)) { // also l.extend(l): a snapshot first
        TupleObject *t = list_snapshot(as_list(iterable));
        append_array(l, t->items, t->size);
        refcount_dec(&t->header);
        return true;
    }
    if (tuple_check(iterable)) {
        TupleObject *t = (TupleObject *)value_as_object(iterable);
        append_array(l, t->items, t->size);
        return true;
    }
    Value it = op_iter(iterable);
    if (it == VALUE_NULL)
        return false;
    Value v;
    while ((v = op_next(it)) != VALUE_NULL)
        list_append(l, v);
    value_decref(it);
    return exc_occurred() == NULL;
}

Value list_from_iterable(Value it)
{
    ListObject *l = list_new(0);
    if (!list_extend(l, it)) {
        refcount_dec(&l->header);
        return VALUE_NULL;
    }
    return value_steal(&l->header);
}

// ------------------------------------------------------------ sort

static void reverse_values(Value *v, int64_t n)
{
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        Value t = v[i];
        v[i] = v[j];
        v[j] = t;
    }
}

// key(item) for every item into a new array; NULL on error.
static Value *compute_keys(Value key, const Value *items, int64_t n)
{
    Value *keys = alloc_raw((size_t)(n ? n : 1) * sizeof(Value));
    for (int64_t i = 0; i < n; i++) {
        keys[i] = op_call(key, &items[i], 1, NULL);
        if (keys[i] == VALUE_NULL) {
            while (i-- > 0)
                value_decref(keys[i]);
            alloc_free(keys);
            return NULL;
        }
    }
    return keys;
}

static int sort_items(Value *items, int64_t n, Value key, bool reverse)
{
    bool has_key = key != VALUE_NULL && !value_is_none(key);
    Value *keys = has_key ? compute_keys(key, items, n) : items;
    if (keys == NULL)
        return -1;
    // Reversing before and after a stable sort keeps equal items in
    // their original order, as CPython does.
    if (reverse) {
        reverse_values(items, n);
        if (has_key)
            reverse_values(keys, n);
    }
    int rc = list_sort_array(keys, items, n);
    if (reverse) {
        reverse_values(items, n);
        if (has_key)
            reverse_values(keys, n);
    }
    if (has_key) {
        for (int64_t i = 0; i < n; i++)
            value_decref(keys[i]);
        alloc_free(keys);
    }
    return rc;
}

int list_sort(ListObject *l, Value key, bool reverse)
{
    // While sorting, the list looks empty (as in CPython): comparisons
    // and key functions may run code that touches it.
    Value *items;
    int64_t n;
    CRITICAL_BEGIN(&l->header);
    note_access(l);
    n = take_all_locked(l, &items);
    CRITICAL_END(&l->header);
    int rc = sort_items(items, n, key, reverse);
    bool modified;
    CRITICAL_BEGIN(&l->header);
    modified = l->size != 0 || l->array != NULL;
    if (modified) {
        Value *extra;
        int64_t m = take_all_locked(l, &extra);
        for (int64_t i = 0; i < m; i++)
            drop_item(l, extra[i]);
        alloc_free(extra);
    }
    put_all_locked(l, items, n);
    CRITICAL_END(&l->header);
    alloc_free(items);
    if (modified && rc == 0) {
        exc_raise_format(&exc_ValueError, "list modified during sort");
        rc = -1;
    }
    return rc;
}

// ------------------------------------------------------------ slots

static StrObject *list_repr(Value self)
{
    ListObject *l = as_list(self);
    if (list_len(l) == 0)
        return str_from_cstr("[]");
    if (!repr_enter(&l->header))
        return str_from_cstr("[...]");
    TupleObject *t = list_snapshot(l);
    StrObject *s = repr_sequence("[", t->items, t->size, "]");
    refcount_dec(&t->header);
    repr_leave(&l->header);
    return s;
}

static Value list_compare(Value a, Value b, CmpOp op)
{
    if (!list_check(a) || !list_check(b))
        return VALUE_NOT_IMPLEMENTED;
    ListObject *x = as_list(a), *y = as_list(b);
    if ((op == CMP_EQ || op == CMP_NE) && list_len(x) != list_len(y))
        return value_bool(op == CMP_NE);
    // Items are fetched one at a time: == may run code that mutates.
    for (int64_t i = 0;; i++) {
        Value u, v;
        if (!list_get(x, i, &u))
            break;
        if (!list_get(y, i, &v)) {
            value_decref(u);
            break;
        }
        int eq = object_equal(u, v);
        Value r = eq < 0    ? VALUE_NULL
                  : eq == 0 ? seq_compare_items(u, v, op)
                            : VALUE_TRUE;
        value_decref(u);
        value_decref(v);
        if (eq != 1)
            return r;
    }
    return value_bool(seq_compare_lengths(list_len(x), list_len(y), op));
}

static Value repeat(Value seq, int64_t count)
{
    TupleObject *t = list_snapshot(as_list(seq));
    int64_t n = t->size;
    if (count < 0 || n == 0)
        count = 0;
    if (n > 0 && count > INT64_MAX / 16 / n) {
        refcount_dec(&t->header);
        exc_raise_format(&exc_MemoryError, "%s", "");
        return VALUE_NULL;
    }
    ListObject *r = list_new(n * count);
    for (int64_t k = 0; k < count; k++)
        for (int64_t i = 0; i < n; i++) {
            value_incref(t->items[i]);
            r->array->items[k * n + i] = t->items[i];
        }
    r->size = n * count;
    refcount_dec(&t->header);
    return value_steal(&r->header);
}

static Value concat(Value a, Value b)
{
    TupleObject *x = list_snapshot(as_list(a)), *y = list_snapshot(as_list(b));
    ListObject *r = list_new(x->size + y->size);
    for (int64_t i = 0; i < x->size; i++) {
        value_incref(x->items[i]);
        r->array->items[i] = x->items[i];
    }
    for (int64_t i = 0; i < y->size; i++) {
        value_incref(y->items[i]);
        r->array->items[x->size + i] = y->items[i];
    }
    r->size = x->size + y->size;
    refcount_dec(&x->header);
    refcount_dec(&y->header);
    return value_steal(&r->header);
}

static const SeqArith list_arith = {
    &list_type, "list", list_check, concat, repeat,
};

static Value list_binary(Value a, Value b, BinOp op)
{
    return seq_binary(a, b, op, &list_arith);
}

static Value list_inplace(Value a, Value b, BinOp op)
{
    if (!list_check(a) || (op != BINOP_ADD && op != BINOP_MUL))
        return list_binary(a, b, op);
    ListObject *l = as_list(a);
    if (op == BINOP_ADD) {
        if (!list_extend(l, b))
            return VALUE_NULL;
    } else {
        if (!int_check(b))
            return list_binary(a, b, op);
        int64_t n;
        if (!value_as_index(b, &n))
            return VALUE_NULL;
        Value r = repeat(a, n);
        if (r == VALUE_NULL)
            return VALUE_NULL;
        // l[:] = l * n
        TupleObject *t = list_snapshot(as_list(r));
        value_decref(r);
        for (int64_t i = 0; i < t->size; i++)
            value_incref(t->items[i]);
        list_splice(l, 0, INT64_MAX, t->items, t->size);
        refcount_dec(&t->header);
    }
    value_incref(a);
    return a;
}

static int64_t list_length(Value self)
{
    return list_len(as_list(self));
}

static Value index_type_error(Value key)
{
    exc_raise_format(&exc_TypeError,
                     "list indices must be integers or slices, not %s",
                     type_name(value_type(key)));
    return VALUE_NULL;
}

static Value get_slice(ListObject *l, Value key)
{
    int64_t start, stop, step;
    int64_t n = slice_indices(key, list_len(l), &start, &stop, &step);
    if (n < 0)
        return VALUE_NULL;
    ListObject *r = list_new(n);
    int64_t k = 0;
    CRITICAL_BEGIN(&l->header);
    note_access(l);
    // The list may have shrunk since the indices were computed.
    for (int64_t i = start; k < n && i >= 0 && i < l->size; i += step) {
        Value v = l->array->items[i];
        value_incref(v);
        r->array->items[k++] = v;
    }
    CRITICAL_END(&l->header);
    r->size = k;
    return value_steal(&r->header);
}

static Value list_getitem(Value self, Value key)
{
    ListObject *l = as_list(self);
    if (slice_check(key))
        return get_slice(l, key);
    if (!int_check(key))
        return index_type_error(key);
    int64_t i = index_normalize(key, list_len(l), "list");
    Value v;
    if (i < 0)
        return VALUE_NULL;
    if (!list_get(l, i, &v)) {
        exc_raise_format(&exc_IndexError, "list index out of range");
        return VALUE_NULL;
    }
    return v;
}

// The items to assign to a slice, as a tuple (new reference).
static TupleObject *assigned_items(Value value, bool extended)
{
    if (list_check(value))
        return list_snapshot(as_list(value));
    if (tuple_check(value)) {
        value_incref(value);
        return (TupleObject *)value_as_object(value);
    }
    Value l = list_from_iterable(value);
    if (l == VALUE_NULL) {
        if (exc_matches(&exc_TypeError)) {
            exc_clear();
            exc_raise_format(&exc_TypeError,
                             extended ? "must assign iterable to extended slice"
                                      : "can only assign an iterable");
        }
        return NULL;
    }
    TupleObject *t = list_snapshot(as_list(l));
    value_decref(l);
    return t;
}

// Under the lock: removes `count` items at first, first + step, ...
// (step > 0), compacting the rest.
static void delete_every_locked(ListObject *l, int64_t first, int64_t step,
                                int64_t count)
{
    int64_t size = l->size, w = first, g = 0;
    if (first >= size)
        return;
    ListArray *a = l->array;
    Value *gone = alloc_raw((size_t)count * sizeof(Value));
    for (int64_t i = first; i < size; i++) {
        if (g < count && i == first + g * step)
            gone[g++] = a->items[i];
        else
            slot_store(a, w++, a->items[i]);
    }
    for (int64_t i = w; i < size; i++)
        slot_store(a, i, VALUE_NULL);
    set_size(l, w);
    for (int64_t i = 0; i < g; i++)
        drop_item(l, gone[i]);
    alloc_free(gone);
}

static int del_slice(ListObject *l, Value key)
{
    int64_t start, stop, step;
    int64_t n = slice_indices(key, list_len(l), &start, &stop, &step);
    if (n <= 0)
        return (int)n;
    if (step == 1) {
        list_splice(l, start, stop, NULL, 0);
        return 0;
    }
    if (step < 0) { // the same items, visited upwards
        start += step * (n - 1);
        step = -step;
    }
    CRITICAL_BEGIN(&l->header);
    note_access(l);
    delete_every_locked(l, start, step, n);
    CRITICAL_END(&l->header);
    return 0;
}

static int set_extended(ListObject *l, TupleObject *t, int64_t start,
                        int64_t step, int64_t n)
{
    if (t->size != n) {
        exc_raise_format(&exc_ValueError,
                         "attempt to assign sequence of size %lld to "
                         "extended slice of size %lld",
                         (long long)t->size, (long long)n);
        return -1;
    }
    CRITICAL_BEGIN(&l->header);
    note_access(l);
    for (int64_t k = 0, i = start; k < n; k++, i += step) {
        if (i < 0 || i >= l->size)
            break;
        value_incref(t->items[k]);
        replace_locked(l, i, t->items[k]);
    }
    CRITICAL_END(&l->header);
    return 0;
}

static int set_slice(ListObject *l, Value key, Value value)
{
    int64_t start, stop, step;
    SliceObject *s = (SliceObject *)value_as_object(key);
    bool extended = !value_is_none(s->step) &&
                    !(value_is_int(s->step) && value_as_int(s->step) == 1);
    TupleObject *t = assigned_items(value, extended);
    if (t == NULL)
        return -1;
    int64_t n = slice_indices(key, list_len(l), &start, &stop, &step);
    int rc = 0;
    if (n < 0) {
        rc = -1;
    } else if (step == 1) {
        for (int64_t i = 0; i < t->size; i++)
            value_incref(t->items[i]);
        list_splice(l, start, stop < start ? start : stop, t->items, t->size);
    } else {
        rc = set_extended(l, t, start, step, n);
    }
    refcount_dec(&t->header);
    return rc;
}

static int list_setitem(Value self, Value key, Value value)
{
    ListObject *l = as_list(self);
    if (slice_check(key))
        return value == VALUE_NULL ? del_slice(l, key)
                                   : set_slice(l, key, value);
    if (!int_check(key)) {
        index_type_error(key);
        return -1;
    }
    int64_t i = index_normalize(key, list_len(l), "list assignment");
    if (i < 0)
        return -1;
    bool done;
    if (value == VALUE_NULL) {
        Value old;
        done = list_pop(l, i, &old);
        if (done)
            value_decref(old);
    } else {
        value_incref(value);
        done = list_set(l, i, value);
    }
    if (!done)
        exc_raise_format(&exc_IndexError, "list assignment index out of range");
    return done ? 0 : -1;
}

static int list_contains(Value self, Value item)
{
    ListObject *l = as_list(self);
    Value v;
    for (int64_t i = 0; list_get(l, i, &v); i++) {
        int eq = object_equal(v, item);
        value_decref(v);
        if (eq != 0)
            return eq;
    }
    return 0;
}

static Value list_new_slot(TypeObject *type, const Value *args, size_t nargs,
                           Object *kwnames)
{
    if (!args_between("list", "list", nargs, kwnames, 0, 1))
        return VALUE_NULL;
    ListObject *l = new_of_type(type, 0);
    if (nargs == 1 && !list_extend(l, args[0])) {
        refcount_dec(&l->header);
        return VALUE_NULL;
    }
    return value_steal(&l->header);
}

// ------------------------------------------------------------ iterators

typedef struct ListIterObject {
    ObjHeader header;
    ListObject *list; // a reference
    int64_t index;    // next index; -1 once exhausted
} ListIterObject;

static Value iter_new(TypeObject *type, Value list, int64_t index)
{
    ListIterObject *it = (ListIterObject *)object_new(type);
    value_incref(list);
    it->list = as_list(list);
    it->index = index;
    return value_steal(&it->header);
}

Value list_iter(Value list)
{
    return iter_new(&list_iterator_type, list, 0);
}

Value list_reversed(Value list)
{
    return iter_new(&list_reverseiterator_type, list,
                    list_len(as_list(list)) - 1);
}

static void listiter_dealloc(Object *op)
{
    refcount_dec(&((ListIterObject *)op)->list->header);
    object_free(op);
}

static Value listiter_next(Value self)
{
    ListIterObject *it = (ListIterObject *)value_as_object(self);
    Value v;
    int64_t i = it->index;
    if (i >= 0 && list_get(it->list, i, &v)) {
        it->index = i + 1;
        return v;
    }
    it->index = -1; // exhausted for good, even if the list grows
    return VALUE_NULL;
}

static Value listreviter_next(Value self)
{
    ListIterObject *it = (ListIterObject *)value_as_object(self);
    Value v;
    int64_t i = it->index;
    if (i >= 0 && i < list_len(it->list) && list_get(it->list, i, &v)) {
        it->index = i - 1;
        return v;
    }
    it->index = -1;
    return VALUE_NULL;
}

TypeObject list_iterator_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "list_iterator",
    .basic_size = sizeof(ListIterObject),
    .dealloc = listiter_dealloc,
    .iter = iter_self,
    .next = listiter_next,
};

TypeObject list_reverseiterator_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "list_reverseiterator",
    .basic_size = sizeof(ListIterObject),
    .dealloc = listiter_dealloc,
    .iter = iter_self,
    .next = listreviter_next,
};

TypeObject list_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "list",
    .basic_size = sizeof(ListObject),
    .dealloc = list_dealloc,
    .hash = type_hash_unhashable,
    .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_UNHASHABLE,
    .repr = list_repr,
    .binary = list_binary,
    .inplace = list_inplace,
    .compare = list_compare,
    .length = list_length,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .iter = list_iter,
    .new = list_new_slot,
    .methods = list_methods,
    .doc = "Built-in mutable sequence.\n\nIf no argument is given, the "
           "constructor creates a new empty list.\nThe argument must be an "
           "iterable if specified.",
};
