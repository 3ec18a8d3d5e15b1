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

static void list_dealloc(Object *op);

TypeObject list_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "list",
    .basic_size = sizeof(ListObject),
    .dealloc = list_dealloc,
};

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
