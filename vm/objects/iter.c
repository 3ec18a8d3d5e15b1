// iter.c: the sequence iterator (`iterator`) and `reversed`.
#include "vm/objects/iter.h"

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/objects/dict.h"
#include "vm/objects/sequtil.h"
#include "vm/objects/str.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

// Both types: a sequence and the next index (-1 once exhausted).
typedef struct SeqIterObject {
    ObjHeader header;
    Value seq;
    int64_t index;
} SeqIterObject;

static Value new_iter(TypeObject *type, Value seq, int64_t index)
{
    SeqIterObject *it = (SeqIterObject *)object_new(type);
    value_incref(seq);
    it->seq = seq;
    it->index = index;
    return value_steal(&it->header);
}

static void seqiter_dealloc(Object *op)
{
    value_decref(((SeqIterObject *)op)->seq);
    object_free(op);
}

// seq[index]; at the end (IndexError or StopIteration) the iterator is
// exhausted for good.
static Value item_at(SeqIterObject *it, int64_t index)
{
    Value v = op_getitem(it->seq, value_from_int(index));
    if (v == VALUE_NULL) {
        it->index = -1;
        if (exc_matches(&exc_IndexError) || exc_matches(&exc_StopIteration))
            exc_clear();
    }
    return v;
}

Value seq_iter_new(Value seq)
{
    return new_iter(&seq_iterator_type, seq, 0);
}

static Value seqiter_next(Value self)
{
    SeqIterObject *it = (SeqIterObject *)value_as_object(self);
    int64_t i = it->index;
    if (i < 0)
        return VALUE_NULL;
    Value v = item_at(it, i);
    if (v != VALUE_NULL)
        it->index = i + 1;
    return v;
}

TypeObject seq_iterator_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "iterator",
    .basic_size = sizeof(SeqIterObject),
    .dealloc = seqiter_dealloc,
    .iter = iter_self,
    .next = seqiter_next,
};

// ------------------------------------------------------------ reversed

static Value not_reversible(Value seq)
{
    exc_raise_format(&exc_TypeError, "'%s' object is not reversible",
                     type_name(value_type(seq)));
    return VALUE_NULL;
}

Value reversed_of(Value seq)
{
    Value method;
    int has = op_lookup_attr(seq, str_intern_cstr("__reversed__"), &method);
    if (has < 0)
        return VALUE_NULL;
    if (has) {
        if (value_is_none(method))
            return not_reversible(seq);
        Value r = op_call(method, NULL, 0, NULL);
        value_decref(method);
        return r;
    }
    TypeObject *t = value_type(seq);
    if (t->getitem == NULL || t->length == NULL || dict_check(seq))
        return not_reversible(seq);
    int64_t n = op_len(seq);
    if (n < 0)
        return VALUE_NULL;
    return new_iter(&reversed_type, seq, n - 1);
}

static Value reversed_new(TypeObject *type, const Value *args, size_t nargs,
                          Object *kwnames)
{
    (void)type;
    if (!args_between("reversed", "reversed", nargs, kwnames, 1, 1))
        return VALUE_NULL;
    return reversed_of(args[0]);
}

static Value reversed_next(Value self)
{
    SeqIterObject *it = (SeqIterObject *)value_as_object(self);
    int64_t i = it->index;
    if (i < 0)
        return VALUE_NULL;
    Value v = item_at(it, i);
    if (v != VALUE_NULL)
        it->index = i - 1;
    return v;
}

TypeObject reversed_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "reversed",
    .basic_size = sizeof(SeqIterObject),
    .dealloc = seqiter_dealloc,
    .iter = iter_self,
    .next = reversed_next,
    .new = reversed_new,
    .doc = "Return a reverse iterator over the values of the given "
           "sequence.",
};
