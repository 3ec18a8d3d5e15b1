// reprbuf.c: the repr buffer and the per-thread recursion guard (see
// reprbuf.h).
#include "vm/objects/reprbuf.h"

#include <string.h>

#include "alloc/alloc.h"
#include "vm/objects/str.h"
#include "vm/ops.h"

void reprbuf_init(ReprBuf *b)
{
    b->data = b->small;
    b->len = 0;
    b->cap = sizeof b->small;
}

void reprbuf_add(ReprBuf *b, const char *text, size_t len)
{
    if (b->len + len > b->cap) {
        size_t cap = b->cap * 2;
        while (cap < b->len + len)
            cap *= 2;
        char *data = alloc_raw(cap);
        memcpy(data, b->data, b->len);
        if (b->data != b->small)
            alloc_free(b->data);
        b->data = data;
        b->cap = cap;
    }
    memcpy(b->data + b->len, text, len);
    b->len += len;
}

void reprbuf_add_cstr(ReprBuf *b, const char *text)
{
    reprbuf_add(b, text, strlen(text));
}

bool reprbuf_add_repr(ReprBuf *b, Value v)
{
    StrObject *s = op_repr(v);
    if (s == NULL)
        return false;
    reprbuf_add(b, s->data, (size_t)s->size);
    refcount_dec(&s->header);
    return true;
}

void reprbuf_discard(ReprBuf *b)
{
    if (b->data != b->small)
        alloc_free(b->data);
    reprbuf_init(b);
}

StrObject *reprbuf_finish(ReprBuf *b)
{
    StrObject *s = str_from_trusted_utf8(b->data, (int64_t)b->len);
    reprbuf_discard(b);
    return s;
}

// ------------------------------------------------------------ recursion

// The objects being repr'd on this thread, innermost last. Freed when it
// empties, so an exiting thread leaks nothing.
static _Thread_local Object **active;
static _Thread_local size_t active_len, active_cap;

bool repr_enter(Object *op)
{
    for (size_t i = 0; i < active_len; i++)
        if (active[i] == op)
            return false;
    if (active_len == active_cap) {
        size_t cap = active_cap ? active_cap * 2 : 8;
        Object **grown = alloc_raw(cap * sizeof *grown);
        if (active_len)
            memcpy(grown, active, active_len * sizeof *grown);
        alloc_free(active);
        active = grown;
        active_cap = cap;
    }
    active[active_len++] = op;
    return true;
}

void repr_leave(Object *op)
{
    // Usually the innermost; search backwards to be safe.
    for (size_t i = active_len; i-- > 0;) {
        if (active[i] == op) {
            memmove(&active[i], &active[i + 1],
                    (active_len - i - 1) * sizeof *active);
            active_len--;
            break;
        }
    }
    if (active_len == 0) {
        alloc_free(active);
        active = NULL;
        active_cap = 0;
    }
}

StrObject *repr_sequence(const char *open, const Value *items, int64_t n,
                         const char *close)
{
    ReprBuf b;
    reprbuf_init(&b);
    reprbuf_add_cstr(&b, open);
    for (int64_t i = 0; i < n; i++) {
        if (i > 0)
            reprbuf_add(&b, ", ", 2);
        if (!reprbuf_add_repr(&b, items[i])) {
            reprbuf_discard(&b);
            return NULL;
        }
    }
    reprbuf_add_cstr(&b, close);
    return reprbuf_finish(&b);
}
