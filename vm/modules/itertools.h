// itertools.h: the itertools module's iterator types
// (vm/modules/itertools.c: the infinite and filtering iterators;
// itertools_comb.c: product, permutations, combinations; itertools_group.c:
// groupby, pairwise; itertools_tee.c: tee) and the helpers those files share.
//
// Thread safety: every iterator keeps its state (positions, saved
// values) in its own object and advances it inside a critical section on
// that object (groupby's groups: on the parent groupby), so threads
// sharing an iterator may see items in any interleaving but never a torn
// state or a value dropped twice.
#ifndef FTPY_VM_MODULES_ITERTOOLS_H
#define FTPY_VM_MODULES_ITERTOOLS_H

#include <stdbool.h>
#include <stddef.h>

#include "vm/object.h"
#include "vm/value.h"

extern TypeObject count_type, cycle_type, repeat_type, accumulate_type,
    chain_type, compress_type, dropwhile_type, takewhile_type, filterfalse_type,
    islice_type, starmap_type, zip_longest_type;
extern TypeObject product_type, permutations_type, combinations_type, cwr_type;
extern TypeObject groupby_type, grouper_type, pairwise_type;
extern TypeObject tee_type, teeshared_type, teeblock_type;

// Runs body(self) inside a critical section on `owner` (the iterator
// itself, or the parent whose state it advances).
Value itertools_locked(Object *owner, Value self, Value (*body)(Value));

// CPython's keyword errors for iterator constructors: "'x' is an invalid
// keyword argument for count()" unless every keyword is in `allowed`
// (comma separated), "name() takes no keyword arguments" when `allowed`
// is NULL. True if the keywords are acceptable.
bool itertools_check_keywords(const char *fname, Object *kwnames,
                              const char *allowed);

// itertools.tee(iterable, n=2) (itertools_tee.c).
Value itertools_tee(Value self, const Value *args, size_t nargs,
                    Object *kwnames);

// A new reference to `v`, as a Value to store.
static inline Value itertools_ref(Value v)
{
    value_incref(v);
    return v;
}

#endif // FTPY_VM_MODULES_ITERTOOLS_H
