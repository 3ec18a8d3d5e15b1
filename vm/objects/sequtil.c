// sequtil.c: argument checks, comparison and arithmetic helpers of the
// containers (see sequtil.h).
#include "vm/objects/sequtil.h"

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/objects/int.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

bool args_has_keywords(Object *kwnames)
{
    return kwnames != NULL && ((TupleObject *)kwnames)->size > 0;
}

static bool refuse_keywords(const char *qualname, Object *kwnames)
{
    if (!args_has_keywords(kwnames))
        return true;
    exc_raise_format(&exc_TypeError, "%s() takes no keyword arguments",
                     qualname);
    return false;
}

bool args_none(const char *qualname, size_t nargs, Object *kwnames)
{
    if (!refuse_keywords(qualname, kwnames))
        return false;
    if (nargs == 0)
        return true;
    exc_raise_format(&exc_TypeError, "%s() takes no arguments (%zu given)",
                     qualname, nargs);
    return false;
}

bool args_one(const char *qualname, size_t nargs, Object *kwnames)
{
    if (!refuse_keywords(qualname, kwnames))
        return false;
    if (nargs == 1)
        return true;
    exc_raise_format(&exc_TypeError,
                     "%s() takes exactly one argument (%zu given)", qualname,
                     nargs);
    return false;
}

bool args_between(const char *name, const char *qualname, size_t nargs,
                  Object *kwnames, size_t min, size_t max)
{
    if (!refuse_keywords(qualname, kwnames))
        return false;
    if (nargs >= min && nargs <= max)
        return true;
    const char *how = min == max ? "" : nargs < min ? "at least " : "at most ";
    size_t bound = nargs < min ? min : max;
    exc_raise_format(&exc_TypeError, "%s expected %s%zu argument%s, got %zu",
                     name, how, bound, bound == 1 ? "" : "s", nargs);
    return false;
}

// One bound of index(): an int (clamped like a slice bound) or None.
static bool bound(Value v, int64_t length, int64_t *out)
{
    if (value_is_none(v))
        return true;
    if (!int_check(v)) {
        exc_raise_format(&exc_TypeError, "slice indices must be integers or "
                                         "have an __index__ method");
        return false;
    }
    int64_t i;
    if (!int_as_i64(v, &i))
        i = int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    if (i < 0) {
        i += length;
        if (i < 0)
            i = 0;
    }
    *out = i;
    return true;
}

bool seq_index_bounds(const Value *args, size_t nargs, int64_t length,
                      int64_t *start, int64_t *stop)
{
    *start = 0;
    *stop = length;
    if (nargs > 0 && !bound(args[0], length, start))
        return false;
    return nargs < 2 || bound(args[1], length, stop);
}

bool seq_compare_lengths(int64_t a, int64_t b, CmpOp op)
{
    switch (op) {
    case CMP_LT:
        return a < b;
    case CMP_LE:
        return a <= b;
    case CMP_EQ:
        return a == b;
    case CMP_NE:
        return a != b;
    case CMP_GT:
        return a > b;
    case CMP_GE:
        return a >= b;
    }
    return false;
}

Value seq_compare_items(Value x, Value y, CmpOp op)
{
    if (op == CMP_EQ)
        return VALUE_FALSE;
    if (op == CMP_NE)
        return VALUE_TRUE;
    if (value_is_int(x) && value_is_int(y))
        return value_bool(op_compare_bool(x, y, op) == 1);
    return op_compare(x, y, op);
}

Value iter_self(Value self)
{
    value_incref(self);
    return self;
}

// The other operand's own slot, for `seq + x` / `seq * x` that the
// sequence cannot do: x may define the reflected operation. VALUE_NULL if
// it does not (no exception set).
// A sequence's + or * lets the other operand's type try first; two
// sequences must not hand the pair back and forth ([1] * 'a'), so the
// hand-off happens at most once per thread at a time.
static _Thread_local bool handing_off;

Value seq_try_other_binary(Value a, Value b, BinOp op, Value other,
                           BinaryFn self_fn)
{
    BinaryFn fn = value_type(other)->binary;
    if (fn == NULL || fn == self_fn || handing_off)
        return VALUE_NULL;
    handing_off = true;
    Value r = fn(a, b, op);
    handing_off = false;
    // A sequence type refusing the pair raises its own TypeError; the
    // caller reports it in its words, as CPython does.
    if (r == VALUE_NULL && exc_matches(&exc_TypeError))
        exc_clear();
    return value_is_not_implemented(r) ? VALUE_NULL : r;
}

static Value try_other(Value a, Value b, BinOp op, Value other,
                       const SeqArith *seq)
{
    return seq_try_other_binary(a, b, op, other, seq->type->binary);
}

Value seq_binary(Value a, Value b, BinOp op, const SeqArith *seq)
{
    if (op == BINOP_ADD && seq->check(a)) {
        if (seq->check(b))
            return seq->concat(a, b);
        Value r = try_other(a, b, op, b, seq);
        if (r == VALUE_NULL && exc_occurred() == NULL)
            exc_raise_format(&exc_TypeError,
                             "can only concatenate %s (not \"%s\") to %s",
                             seq->name, type_name(value_type(b)), seq->name);
        return r;
    }
    if (op != BINOP_MUL)
        return VALUE_NOT_IMPLEMENTED;
    bool left = seq->check(a);
    Value count = left ? b : a;
    if (!int_check(count)) {
        Value r = try_other(a, b, op, count, seq);
        if (r == VALUE_NULL && exc_occurred() == NULL)
            exc_raise_format(&exc_TypeError,
                             "can't multiply sequence by non-int of type '%s'",
                             type_name(value_type(count)));
        return r;
    }
    int64_t n;
    if (!value_as_index(count, &n))
        return VALUE_NULL;
    return seq->repeat(left ? a : b, n);
}
