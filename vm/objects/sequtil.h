// sequtil.h: small helpers the container types share: the argument
// checks of their methods (with CPython's exact messages for methods that
// take no, one or a few positional arguments), the sequence index
// arguments of index(), comparing two sequences' lengths, and the `+`
// and `*` operators of list and tuple.
//
// Concurrency: pure functions.
#ifndef FTPY_VM_OBJECTS_SEQUTIL_H
#define FTPY_VM_OBJECTS_SEQUTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/object.h"
#include "vm/value.h"

// `qualname` is how CPython names the method in messages ("list.append").
// No arguments: "list.reverse() takes no arguments (1 given)".
bool args_none(const char *qualname, size_t nargs, Object *kwnames);
// Exactly one: "list.append() takes exactly one argument (0 given)".
bool args_one(const char *qualname, size_t nargs, Object *kwnames);
// Between min and max positional arguments: "pop expected at most 1
// argument, got 2", "insert expected 2 arguments, got 1"; keywords are
// refused as "list.pop() takes no keyword arguments".
bool args_between(const char *name, const char *qualname, size_t nargs,
                  Object *kwnames, size_t min, size_t max);
// Whether any keyword argument was passed.
bool args_has_keywords(Object *kwnames);

// The optional start/stop arguments of index(): out-of-range values are
// clamped like slice bounds; TypeError "slice indices must be integers or
// have an __index__ method" for other types.
bool seq_index_bounds(const Value *args, size_t nargs, int64_t length,
                      int64_t *start, int64_t *stop);

// The result of comparing two sequences that are equal up to the shorter
// one's length: their lengths decide.
bool seq_compare_lengths(int64_t a, int64_t b, CmpOp op);

// Python's result of `a op b` for sequences whose first differing items
// are `x` and `y` (== and != need no further comparison).
Value seq_compare_items(Value x, Value y, CmpOp op);

// What seq_binary needs from a sequence type (list, tuple).
typedef struct SeqArith {
    const TypeObject *type; // whose `binary` slot calls seq_binary
    const char *name;       // "list": for "can only concatenate list ..."
    bool (*check)(Value v); // an instance of the type (or a subclass)
    Value (*concat)(Value a, Value b);     // both pass check
    Value (*repeat)(Value seq, int64_t n); // seq passes check
} SeqArith;

// The binary slot of a sequence type: seq + seq and seq * n / n * seq
// (n an int). Otherwise the other operand's own binary slot is tried
// (for its reflected operation), then CPython's TypeErrors for + and *;
// other operators are NotImplemented.
Value seq_binary(Value a, Value b, BinOp op, const SeqArith *seq);

// The iter slot of iterators: returns self.
Value iter_self(Value self);

// Lets `other`'s type handle a sequence operator it was given (its binary
// slot, unless it is `self_fn`): the result, or VALUE_NULL (no exception)
// when it declines. Never nests, so two sequence types cannot recurse.
Value seq_try_other_binary(Value a, Value b, BinOp op, Value other,
                           BinaryFn self_fn);

#endif // FTPY_VM_OBJECTS_SEQUTIL_H
