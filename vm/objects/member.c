// member.c: member descriptors for __slots__ (see member.h).
#include "vm/objects/member.h"

#include "vm/base/atomic.h"
#include "vm/critical.h"
#include "vm/exc.h"
#include "vm/objects/container.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

typedef struct MemberDescr {
    ObjHeader header;
    TypeObject *owner;
    StrObject *name;
    size_t offset;
} MemberDescr;

static void member_dealloc(Object *op)
{
    refcount_dec(&((MemberDescr *)op)->name->header);
    object_free(op);
}

static StrObject *member_repr(Value self)
{
    MemberDescr *m = (MemberDescr *)value_as_object(self);
    return str_from_format("<member '%s' of '%s' objects>", m->name->data,
                           m->owner->name);
}

TypeObject member_descr_type = {
    .header = OBJ_HEADER_IMMORTAL(&type_type),
    .name = "member_descriptor",
    .basic_size = sizeof(MemberDescr),
    .dealloc = member_dealloc,
    .repr = member_repr,
};

Value member_descr_new(TypeObject *owner, StrObject *name, size_t offset)
{
    MemberDescr *m = (MemberDescr *)object_new(&member_descr_type);
    m->owner = owner;
    refcount_inc(&name->header);
    m->name = name;
    m->offset = offset;
    return value_steal(&m->header);
}

static uintptr_t *slot_of(MemberDescr *m, Value self)
{
    return (uintptr_t *)((char *)value_as_object(self) + m->offset);
}

static void unset_error(MemberDescr *m)
{
    exc_raise_format(&exc_AttributeError, "'%s' object has no attribute '%s'",
                     m->owner->name, m->name->data);
}

Value member_get(Value descr, Value self)
{
    MemberDescr *m = (MemberDescr *)value_as_object(descr);
    Object *obj = value_as_object(self);
    Value v;
#ifdef FTPY_FREE_THREADING
    // The protocol of cell_get: the owner, or anyone once the object is
    // shared, reads without the lock (values are dropped through QSBR).
    if (container_is_shared(obj) || refcount_is_owner(obj)) {
        v = (Value)atomic_load_uptr_acquire(slot_of(m, self)); // pairs
        value_incref(v); // with the release store in member_set
        if (v == VALUE_NULL)
            unset_error(m);
        return v;
    }
#endif
    CRITICAL_BEGIN(obj);
    container_note_access(obj);
    v = *slot_of(m, self);
    value_incref(v);
    CRITICAL_END(obj);
    if (v == VALUE_NULL)
        unset_error(m);
    return v;
}

int member_set(Value descr, Value self, Value value)
{
    MemberDescr *m = (MemberDescr *)value_as_object(descr);
    Object *obj = value_as_object(self);
    Value old;
    value_incref(value);
    CRITICAL_BEGIN(obj);
    container_note_access(obj);
    old = *slot_of(m, self);
    // Pairs with the acquire load in member_get.
    atomic_store_uptr_release(slot_of(m, self), value);
    CRITICAL_END(obj);
    if (value == VALUE_NULL && old == VALUE_NULL) {
        unset_error(m);
        return -1;
    }
    container_drop_value(obj, old);
    return 0;
}
