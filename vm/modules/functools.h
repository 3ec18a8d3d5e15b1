// functools.h: the _functools module's types (the C half of functools,
// see lib/functools.py) and the functions its two files share
// (vm/modules/functools.c: reduce, partial, cmp_to_key; functools_lru.c:
// lru_cache, cache).
//
// Thread safety: partial and cmp_to_key objects are immutable after
// construction. An lru_cache wrapper's cache and counters change under a
// critical section on the wrapper (never held while the wrapped function
// runs, so two threads may both compute a missing entry, as in CPython).
#ifndef FTPY_VM_MODULES_FUNCTOOLS_H
#define FTPY_VM_MODULES_FUNCTOOLS_H

#include <stddef.h>

#include "vm/object.h"
#include "vm/value.h"

extern TypeObject partial_type;     // functools.partial
extern TypeObject keywrapper_type;  // what cmp_to_key returns and makes
extern TypeObject lru_wrapper_type; // functools._lru_cache_wrapper
extern TypeObject cacheinfo_type;   // what cache_info() returns

// functools.lru_cache(maxsize=128, typed=False) and
// functools.cache(user_function) (CallFn convention).
Value functools_lru_cache(Value self, const Value *args, size_t nargs,
                          Object *kwnames);
Value functools_cache(Value self, const Value *args, size_t nargs,
                      Object *kwnames);

#endif // FTPY_VM_MODULES_FUNCTOOLS_H
