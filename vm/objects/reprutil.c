// reprutil.c: item reprs and the per-thread recursion guard (see
// reprutil.h).
#include "vm/objects/reprutil.h"

#include <string.h>

#include "alloc/alloc.h"
#include "vm/objects/str.h"
#include "vm/ops.h"

bool strbuf_append_repr(StrBuf *b, Value v)
{
    StrObject *s = op_repr(v);
    if (s == NULL)
        return false;
    strbuf_append_str(b, s);
    refcount_dec(&s->header);
    return true;
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
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_cstr(&b, open);
    for (int64_t i = 0; i < n; i++) {
        if (i > 0)
            strbuf_append(&b, ", ", 2);
        if (!strbuf_append_repr(&b, items[i])) {
            strbuf_discard(&b);
            return NULL;
        }
    }
    strbuf_append_cstr(&b, close);
    return strbuf_finish(&b);
}
