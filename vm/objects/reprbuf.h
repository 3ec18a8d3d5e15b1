// reprbuf.h: what the containers' repr needs: a growable UTF-8 buffer
// that ends as a str, and the recursion guard that turns a container
// containing itself into "[...]" / "{...}" instead of looping forever.
//
// Concurrency: a ReprBuf belongs to the one function filling it. The
// guard is per thread (the objects being repr'd on this thread), as in
// CPython's Py_ReprEnter, so two threads repr'ing one list never see each
// other's marks.
#ifndef FTPY_VM_OBJECTS_REPRBUF_H
#define FTPY_VM_OBJECTS_REPRBUF_H

#include <stdbool.h>
#include <stddef.h>

#include "vm/object.h"
#include "vm/value.h"

typedef struct StrObject StrObject;

typedef struct ReprBuf {
    char *data;
    size_t len, cap;
    char small[64]; // used until the text outgrows it
} ReprBuf;

void reprbuf_init(ReprBuf *b);
void reprbuf_add(ReprBuf *b, const char *text, size_t len);
void reprbuf_add_cstr(ReprBuf *b, const char *text);
// Appends repr(v); false (exception set) if that repr failed.
bool reprbuf_add_repr(ReprBuf *b, Value v);
// The text as a new str; the buffer is released.
StrObject *reprbuf_finish(ReprBuf *b);
// Releases the buffer without making a str (error paths).
void reprbuf_discard(ReprBuf *b);

// Marks `op` as being repr'd on this thread. Returns false if it already
// was (the caller prints its recursion marker and must not call
// repr_leave); true otherwise, and the caller calls repr_leave(op) when
// done.
bool repr_enter(Object *op);
void repr_leave(Object *op);

// repr() of a sequence of Values between `open` and `close`, items
// separated by ", " ("[1, 'a']"). NULL with an exception set on error.
StrObject *repr_sequence(const char *open, const Value *items, int64_t n,
                         const char *close);

#endif // FTPY_VM_OBJECTS_REPRBUF_H
