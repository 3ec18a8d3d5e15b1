// eval.c: the eval loop. Every instruction of vm/opcodes.def has one
// short body here; slow paths live in eval_ops.c. The same bodies compile
// to computed-goto dispatch (FTPY_COMPUTED_GOTO) or to a switch.
//
// Registers: `f` the running frame, `ip` the next instruction, `sp` the
// value stack top, `locals` the frame's localsplus. They are written
// back to the frame (SAVE_FRAME) before anything that may look at the
// frame from outside: calls, errors, frame switches.
#include "vm/eval.h"

#include "vm/base/atomic.h"
#include "vm/call.h"
#include "vm/eval_ops.h"
#include "vm/exc.h"
#include "vm/frame.h"
#include "vm/import.h"
#include "vm/match.h"
#include "vm/objects/class.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception_group.h"
#include "vm/objects/generator.h"
#include "vm/objects/list.h"
#include "vm/objects/slice.h"
#include "vm/objects/str.h"
#include "vm/objects/traceback.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"
#include "vm/thread.h"

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])

#define SAVE_FRAME() (f->ip = ip, f->sp = sp)
#define LOAD_FRAME()                                                           \
    do {                                                                       \
        code = f->code;                                                        \
        ip = f->ip;                                                            \
        sp = f->sp;                                                            \
        locals = f->localsplus;                                                \
        consts = code->consts->items;                                          \
        names = code->names->items;                                            \
    } while (0)

#define NAME(i) ((StrObject *)value_as_object(names[i]))

#ifdef FTPY_COMPUTED_GOTO
#define TARGET(op) L_##op:
#define DISPATCH()                                                             \
    do {                                                                       \
        Instr in_ = *ip++;                                                     \
        oparg = instr_arg(in_);                                                \
        goto *dispatch_table[instr_op(in_)];                                   \
    } while (0)
#else
#define TARGET(op) case OP_##op:
#define DISPATCH() goto dispatch
#endif

// The truth of a value the loop is about to drop.
static inline int truth_and_drop(Value v)
{
    if (v == VALUE_TRUE)
        return 1;
    if (v == VALUE_FALSE || v == VALUE_NONE)
        return 0;
    int t = op_truth(v);
    value_decref(v);
    return t;
}

// A global or builtin, as a new reference; VALUE_NULL with NameError.
static Value load_global(Frame *f, StrObject *name)
{
    Value key = (Value)&name->header | VALUE_TAG_BORROWED, v;
    int r = dict_get((DictObject *)f->globals, key, &v);
    if (r == 0)
        r = dict_get((DictObject *)f->builtins, key, &v);
    if (r == 1)
        return v;
    if (r == 0)
        raise_name_error(name);
    return VALUE_NULL;
}

// Module and class namespaces are dicts, except the locals mapping
// exec() or a metaclass's __prepare__ may give: that one is used through
// the mapping protocol.
static bool is_dict(Object *ns)
{
    return object_type(ns) == &dict_type;
}

static Value load_name(Frame *f, StrObject *name)
{
    Value key = (Value)&name->header | VALUE_TAG_BORROWED, v;
    Object *ns = f->locals;
    if (ns && ns != f->globals && is_dict(ns)) {
        int r = dict_get((DictObject *)ns, key, &v);
        if (r != 0)
            return r == 1 ? v : VALUE_NULL;
    } else if (ns && ns != f->globals) {
        v = op_getitem((Value)ns, key);
        if (v != VALUE_NULL || !exc_matches(&exc_KeyError))
            return v;
        exc_clear();
    }
    return load_global(f, name);
}

static int store_in(Object *ns, StrObject *name, Value v)
{
    if (!is_dict(ns)) {
        int r = op_setitem((Value)ns, (Value)&name->header, v);
        value_decref(v);
        return r;
    }
    refcount_inc(&name->header);
    return dict_set((DictObject *)ns, value_steal(&name->header), v);
}

static int delete_in(Object *ns, StrObject *name)
{
    Value key = (Value)&name->header | VALUE_TAG_BORROWED;
    if (!is_dict(ns)) {
        if (op_delitem((Value)ns, key) == 0)
            return 0;
        if (exc_matches(&exc_KeyError)) {
            exc_clear();
            raise_name_error(name);
        }
        return -1;
    }
    int r = dict_del((DictObject *)ns, key);
    if (r == 0)
        raise_name_error(name);
    return r == 1 ? 0 : -1;
}

// SETUP_ANNOTATIONS: a module or class body that annotates names starts
// with an empty __annotations__, unless its namespace already has one.
static int setup_annotations(Frame *f)
{
    Object *ns = f->locals ? f->locals : f->globals;
    StrObject *name = str_intern_cstr("__annotations__");
    Value key = (Value)&name->header | VALUE_TAG_BORROWED, v;
    if (is_dict(ns)) {
        int r = dict_get((DictObject *)ns, key, &v);
        if (r != 0) {
            value_decref(v);
            return r == 1 ? 0 : -1;
        }
    } else {
        v = op_getitem((Value)ns, key);
        if (v != VALUE_NULL) {
            value_decref(v);
            return 0;
        }
        if (!exc_matches(&exc_KeyError))
            return -1;
        exc_clear();
    }
    return store_in(ns, name, value_steal(&dict_new()->header));
}

// LOAD_METHOD: [o] -> [descriptor, o] when the attribute is a builtin
// method of o's type (no bound-method object is made), else [NULL, attr].
static bool load_method(Value *sp, StrObject *name)
{
    Value obj = sp[-1];
    TypeObject *t = value_type(obj);
    if (t->getattr == NULL) {
        Value m = type_lookup(t, name);
        if (m != VALUE_NULL && value_type(m) == &method_descr_type) {
            sp[-1] = m; // descriptors are immortal: no reference to take
            sp[0] = obj;
            return true;
        }
    }
    Value func;
    if ((t->flags & TYPE_FLAG_HEAPTYPE) &&
        class_find_method(obj, name, &func)) {
        sp[-1] = func; // [function, self]: CALL passes self first
        sp[0] = obj;
        return true;
    }
    Value attr = op_getattr(obj, name);
    value_decref(obj);
    sp[-1] = VALUE_NULL;
    sp[0] = attr;
    return attr != VALUE_NULL;
}

static bool is_python_function(Value v)
{
    return value_is_object(v) &&
           object_type(value_as_object(v)) == &function_type;
}

static bool is_generator_function(Value v)
{
    FunctionObject *fn = (FunctionObject *)value_as_object(v);
    return (fn->code->flags & CODE_FLAG_GENERATOR) != 0;
}

// SEND: one step of `yield from`: the delegate's next value (*done
// false), or its result (*done true).
static Value send_to(Value it, Value sent, bool *done)
{
    if (generator_check(it))
        return generator_resume((GeneratorObject *)value_as_object(it), sent,
                                false, done);
    Value r;
    if (value_is_none(sent)) {
        r = op_next_raw(it);
    } else {
        Value m = op_getattr(it, str_intern_cstr("send"));
        r = m ? op_call(m, &sent, 1, NULL) : VALUE_NULL;
        value_decref(m);
    }
    *done = false;
    if (r != VALUE_NULL)
        return r;
    *done = true;
    if (!exc_occurred())
        return VALUE_NONE;
    if (!exc_matches(&exc_StopIteration))
        return VALUE_NULL;
    ExceptionObject *stop = exc_fetch(); // its value is the result
    TupleObject *args = (TupleObject *)value_as_object(stop->args);
    r = args->size ? args->items[0] : VALUE_NONE;
    value_incref(r);
    refcount_dec(&stop->header);
    return r;
}

// Drops the `n` values at items[0..n).
static void drop_values(Value *items, size_t n)
{
    for (size_t i = 0; i < n; i++)
        value_decref(items[i]);
}

static Value compare_values(Value a, Value b, CmpOp op)
{
    if (value_is_int(a) && value_is_int(b)) {
        int64_t x = value_as_int(a), y = value_as_int(b);
        switch (op) {
        case CMP_LT:
            return value_bool(x < y);
        case CMP_LE:
            return value_bool(x <= y);
        case CMP_EQ:
            return value_bool(x == y);
        case CMP_NE:
            return value_bool(x != y);
        case CMP_GT:
            return value_bool(x > y);
        case CMP_GE:
            return value_bool(x >= y);
        }
    }
    return op_compare(a, b, op);
}

// + and - on two small ints whose result stays small need no call.
static inline Value binary_fast(Value a, Value b, uint32_t op)
{
    if (value_is_int(a) && value_is_int(b)) {
        int64_t x = value_as_int(a), y = value_as_int(b), r;
        BinOp base = (BinOp)(op & ~BINOP_INPLACE);
        if (base == BINOP_ADD)
            r = x + y; // |x|, |y| < 2**62: no overflow in int64
        else if (base == BINOP_SUB)
            r = x - y;
        else
            return op_binary(a, b, (int)op);
        if (value_fits_int(r))
            return value_from_int(r);
    }
    return op_binary(a, b, (int)op);
}

static Value run(ThreadState *ts, Frame *f, bool throwing)
{
#ifdef FTPY_COMPUTED_GOTO
    static void *const dispatch_table[OP_COUNT] = {
#define OP(name, fmt, pop, push, jump, doc) &&L_##name,
#include "vm/opcodes.def"
#undef OP
    };
#endif
    CodeObject *code;
    Instr *ip;
    Value *sp, *locals, *consts, *names;
    uint32_t oparg, nargs;
    Value kwnames;
    LOAD_FRAME();
    thread_poll(ts);
    if (throwing)
        goto error;

#ifdef FTPY_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    oparg = instr_arg(*ip);
    switch (instr_op(*ip++)) {
#endif

    TARGET(NOP)
    {
        DISPATCH();
    }
    TARGET(POP_TOP)
    {
        value_decref(POP());
        DISPATCH();
    }
    TARGET(PRINT_EXPR)
    {
        Value v = POP();
        int r = print_expr(v);
        value_decref(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(PUSH_NULL)
    {
        PUSH(VALUE_NULL);
        DISPATCH();
    }
    TARGET(COPY)
    {
        Value v = PEEK(oparg);
        value_incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(SWAP)
    {
        Value top = TOP();
        sp[-1] = PEEK(oparg);
        sp[-(int)oparg] = top;
        DISPATCH();
    }
    TARGET(LOAD_CONST)
    {
        Value v = consts[oparg];
        value_incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_FAST)
    {
        Value v = locals[oparg];
        if (v == VALUE_NULL) {
            raise_unbound_local(code, oparg);
            goto error;
        }
        value_incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST)
    {
        Value old = locals[oparg];
        locals[oparg] = POP();
        value_decref(old);
        DISPATCH();
    }
    TARGET(DELETE_FAST)
    {
        Value old = locals[oparg];
        if (old == VALUE_NULL) {
            raise_unbound_local(code, oparg);
            goto error;
        }
        locals[oparg] = VALUE_NULL;
        value_decref(old);
        DISPATCH();
    }
    TARGET(LOAD_DEREF)
    {
        Value v = cell_get((CellObject *)value_as_object(locals[oparg]));
        if (v == VALUE_NULL) {
            raise_unbound_local(code, oparg);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF)
    {
        cell_set((CellObject *)value_as_object(locals[oparg]), POP());
        DISPATCH();
    }
    TARGET(DELETE_DEREF)
    {
        CellObject *cell = (CellObject *)value_as_object(locals[oparg]);
        Value old = cell_get(cell);
        if (old == VALUE_NULL) {
            raise_unbound_local(code, oparg);
            goto error;
        }
        value_decref(old);
        cell_set(cell, VALUE_NULL);
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE)
    {
        Value cell = locals[oparg];
        value_incref(cell);
        PUSH(cell);
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL)
    {
        Value v = load_global(f, NAME(oparg));
        if (v == VALUE_NULL)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL)
    {
        if (store_in(f->globals, NAME(oparg), POP()) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL)
    {
        if (delete_in(f->globals, NAME(oparg)) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LOAD_NAME)
    {
        Value v = load_name(f, NAME(oparg));
        if (v == VALUE_NULL)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME)
    {
        Object *ns = f->locals ? f->locals : f->globals;
        if (store_in(ns, NAME(oparg), POP()) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_NAME)
    {
        if (delete_in(f->locals ? f->locals : f->globals, NAME(oparg)) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS)
    {
        if (setup_annotations(f) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LOAD_ATTR)
    {
        Value owner = POP();
        Value v = op_getattr(owner, NAME(oparg));
        value_decref(owner);
        if (v == VALUE_NULL)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_ATTR)
    {
        Value owner = POP(), v = POP();
        int r = op_setattr(owner, NAME(oparg), v);
        value_decref(owner);
        value_decref(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_ATTR)
    {
        Value owner = POP();
        int r = op_delattr(owner, NAME(oparg));
        value_decref(owner);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LOAD_METHOD)
    {
        bool ok = load_method(sp, NAME(oparg));
        sp++;
        if (!ok) {
            sp -= 2; // [NULL, NULL]: nothing to drop
            goto error;
        }
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR)
    {
        Value key = POP(), container = POP();
        Value v = op_getitem(container, key);
        value_decref(container);
        value_decref(key);
        if (v == VALUE_NULL)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_SUBSCR)
    {
        Value key = POP(), container = POP(), v = POP();
        int r = op_setitem(container, key, v);
        value_decref(container);
        value_decref(key);
        value_decref(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR)
    {
        Value key = POP(), container = POP();
        int r = op_delitem(container, key);
        value_decref(container);
        value_decref(key);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(BINARY_OP)
    {
        Value b = POP(), a = POP();
        Value r = binary_fast(a, b, oparg);
        value_decref(a);
        value_decref(b);
        if (r == VALUE_NULL)
            goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(UNARY_OP)
    {
        Value a = POP();
        Value r = op_unary(a, (UnaryOp)oparg);
        value_decref(a);
        if (r == VALUE_NULL)
            goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(UNARY_NOT)
    {
        int t = truth_and_drop(POP());
        if (t < 0)
            goto error;
        PUSH(value_bool(!t));
        DISPATCH();
    }
    TARGET(COMPARE_OP)
    {
        Value b = POP(), a = POP();
        Value r = compare_values(a, b, (CmpOp)oparg);
        value_decref(a);
        value_decref(b);
        if (r == VALUE_NULL)
            goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(IS_OP)
    {
        Value b = POP(), a = POP();
        bool same = value_same(a, b);
        value_decref(a);
        value_decref(b);
        PUSH(value_bool(same != (oparg != 0)));
        DISPATCH();
    }
    TARGET(CONTAINS_OP)
    {
        Value container = POP(), item = POP();
        int r = op_contains(container, item);
        value_decref(container);
        value_decref(item);
        if (r < 0)
            goto error;
        PUSH(value_bool((r == 1) != (oparg != 0)));
        DISPATCH();
    }
    TARGET(BUILD_TUPLE)
    {
        TupleObject *t = tuple_new(oparg);
        sp -= oparg;
        for (uint32_t i = 0; i < oparg; i++)
            tuple_init_item(t, i, sp[i]); // the tuple takes the references
        PUSH(value_steal(&t->header));
        DISPATCH();
    }
    TARGET(BUILD_LIST)
    {
        ListObject *l = list_new(oparg);
        sp -= oparg;
        for (uint32_t i = 0; i < oparg; i++)
            list_append(l, sp[i]);
        PUSH(value_steal(&l->header));
        DISPATCH();
    }
    TARGET(BUILD_SET)
    {
        sp -= oparg;
        Value s = build_set(sp, oparg);
        drop_values(sp, oparg);
        if (s == VALUE_NULL)
            goto error;
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP)
    {
        DictObject *d = dict_new();
        sp -= 2 * oparg;
        int r = 0;
        for (uint32_t i = 0; i < oparg; i++) {
            if (r == 0)
                r = dict_set(d, sp[2 * i], sp[2 * i + 1]);
            else
                drop_values(&sp[2 * i], 2);
        }
        if (r < 0) {
            refcount_dec(&d->header);
            goto error;
        }
        PUSH(value_steal(&d->header));
        DISPATCH();
    }
    TARGET(BUILD_STRING)
    {
        sp -= oparg;
        Value s = build_string(sp, oparg);
        drop_values(sp, oparg);
        if (s == VALUE_NULL)
            goto error;
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_SLICE)
    {
        Value step = oparg == 3 ? POP() : VALUE_NONE;
        Value stop = POP(), start = POP();
        Value s = slice_new(start, stop, step);
        value_decref(start);
        value_decref(stop);
        value_decref(step);
        PUSH(s);
        DISPATCH();
    }
    TARGET(LIST_APPEND)
    {
        Value v = POP();
        list_append((ListObject *)value_as_object(PEEK(oparg)), v);
        DISPATCH();
    }
    TARGET(SET_ADD)
    {
        Value v = POP();
        int r = set_add_value(PEEK(oparg), v);
        value_decref(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(MAP_ADD)
    {
        Value v = POP(), k = POP();
        if (dict_set((DictObject *)value_as_object(PEEK(oparg)), k, v) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LIST_EXTEND)
    {
        Value it = POP();
        int r = list_extend_values(PEEK(oparg), it);
        value_decref(it);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(SET_UPDATE)
    {
        Value it = POP();
        int r = set_update_values(PEEK(oparg), it);
        value_decref(it);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DICT_UPDATE)
    {
        Value m = POP();
        int r = dict_update_values(PEEK(oparg), m, false, VALUE_NULL);
        value_decref(m);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DICT_MERGE)
    {
        Value m = POP();
        // [NULL, f, args, kwargs, .., m]: the callee names the error
        int r = dict_update_values(PEEK(oparg), m, true, PEEK(oparg + 2));
        value_decref(m);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE)
    {
        Value l = POP();
        Value t = tuple_from_iterable(l);
        value_decref(l);
        if (t == VALUE_NULL)
            goto error;
        PUSH(t);
        DISPATCH();
    }
    TARGET(FORMAT_VALUE)
    {
        Value spec = (oparg & 4) ? POP() : VALUE_NULL;
        Value v = POP();
        Value s = format_value_op(v, oparg & 3, spec);
        value_decref(v);
        value_decref(spec);
        if (s == VALUE_NULL)
            goto error;
        PUSH(s);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE)
    {
        Value seq = POP();
        bool ok = unpack_sequence(seq, oparg, sp);
        value_decref(seq);
        if (!ok)
            goto error;
        sp += oparg;
        DISPATCH();
    }
    TARGET(UNPACK_EX)
    {
        Value seq = POP();
        uint32_t before = oparg & 0xff, after = oparg >> 8;
        bool ok = unpack_ex(seq, before, after, sp);
        value_decref(seq);
        if (!ok)
            goto error;
        sp += before + after + 1;
        DISPATCH();
    }
    TARGET(JUMP_FORWARD)
    {
        ip = code->instrs + oparg;
        DISPATCH();
    }
    TARGET(JUMP_BACKWARD)
    {
        ip = code->instrs + oparg;
        thread_poll(ts); // the safepoint of loops
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE)
    {
        int t = truth_and_drop(POP());
        if (t < 0)
            goto error;
        if (!t)
            ip = code->instrs + oparg;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE)
    {
        int t = truth_and_drop(POP());
        if (t < 0)
            goto error;
        if (t)
            ip = code->instrs + oparg;
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP)
    {
        int t = op_truth(TOP());
        if (t < 0)
            goto error;
        if (!t)
            ip = code->instrs + oparg;
        else
            value_decref(POP());
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP)
    {
        int t = op_truth(TOP());
        if (t < 0)
            goto error;
        if (t)
            ip = code->instrs + oparg;
        else
            value_decref(POP());
        DISPATCH();
    }
    TARGET(GET_ITER)
    {
        Value v = POP();
        Value it = op_iter(v);
        value_decref(v);
        if (it == VALUE_NULL)
            goto error;
        PUSH(it);
        DISPATCH();
    }
    TARGET(FOR_ITER)
    {
        Value v = op_next(TOP());
        if (v != VALUE_NULL) {
            PUSH(v);
            DISPATCH();
        }
        if (exc_occurred())
            goto error;
        value_decref(POP());
        ip = code->instrs + oparg;
        DISPATCH();
    }
    TARGET(RETURN_VALUE)
    {
        Value result = POP();
        SAVE_FRAME();
        Frame *caller = f->previous;
        bool entry = f->entry;
        ts->frame = caller;
        frame_pop(ts, f);
        if (entry)
            return result;
        f = caller;
        LOAD_FRAME();
        PUSH(result);
        DISPATCH();
    }
    TARGET(YIELD_VALUE)
    {
        Value v = POP();
        SAVE_FRAME();
        f->yielded = true;
        ts->frame = f->previous;
        ts->py_depth--;
        return v; // a generator's frame is always an entry frame
    }
    TARGET(GET_YIELD_FROM_ITER)
    {
        Value v = TOP();
        if (!generator_check(v)) {
            Value it = op_iter(v);
            value_decref(POP());
            if (it == VALUE_NULL)
                goto error;
            PUSH(it);
        }
        DISPATCH();
    }
    TARGET(SEND)
    {
        Value sent = POP();
        bool done;
        SAVE_FRAME();
        Value r = send_to(TOP(), sent, &done);
        value_decref(sent);
        if (r == VALUE_NULL)
            goto error;
        if (done) {
            value_decref(POP());
            ip = code->instrs + oparg;
        }
        PUSH(r);
        DISPATCH();
    }
    TARGET(MATCH_SEQUENCE)
    {
        bool is_seq = match_is_sequence(TOP());
        PUSH(value_bool(is_seq));
        DISPATCH();
    }
    TARGET(MATCH_MAPPING)
    {
        bool is_map = match_is_mapping(TOP());
        PUSH(value_bool(is_map));
        DISPATCH();
    }
    TARGET(GET_LEN)
    {
        SAVE_FRAME();
        int64_t n = op_len(TOP());
        if (n < 0)
            goto error;
        PUSH(value_from_int(n));
        DISPATCH();
    }
    TARGET(MATCH_KEYS)
    {
        SAVE_FRAME();
        Value values = match_keys(PEEK(2), TOP());
        if (values == VALUE_NULL)
            goto error;
        PUSH(values);
        DISPATCH();
    }
    TARGET(COPY_DICT_WITHOUT_KEYS)
    {
        Value keys = POP(), map = POP();
        SAVE_FRAME();
        Value rest = match_copy_without_keys(map, keys);
        value_decref(map);
        value_decref(keys);
        if (rest == VALUE_NULL)
            goto error;
        PUSH(rest);
        DISPATCH();
    }
    TARGET(MATCH_CLASS)
    {
        Value names = POP(), cls = POP(), subject = POP();
        SAVE_FRAME();
        Value attrs = match_class(subject, cls, oparg, names);
        value_decref(subject);
        value_decref(cls);
        value_decref(names);
        if (attrs == VALUE_NULL)
            goto error;
        PUSH(attrs);
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS)
    {
        Value v = load_global(f, str_intern_cstr("__build_class__"));
        if (v == VALUE_NULL)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION)
    {
        Value code_v = POP();
        Value closure = (oparg & 8) ? POP() : VALUE_NULL;
        Value annotations = (oparg & 4) ? POP() : VALUE_NULL;
        Value kwdefaults = (oparg & 2) ? POP() : VALUE_NULL;
        Value defaults = (oparg & 1) ? POP() : VALUE_NULL;
        PUSH(make_function(f, code_v, defaults, kwdefaults, annotations,
                           closure));
        DISPATCH();
    }
    TARGET(CALL)
    {
        kwnames = VALUE_NULL;
        nargs = oparg;
        goto do_call;
    }
    TARGET(CALL_KW)
    {
        kwnames = POP();
        nargs =
            oparg - (uint32_t)((TupleObject *)value_as_object(kwnames))->size;
        goto do_call;
    }
do_call : {
    // [method or NULL, callable or self, args..., kwvalues...]
    uint32_t total = oparg;
    Value *args = sp - total;
    Value *base = args - 2; // where the result goes
    Value callable = args[-1];
    Object *kw = kwnames ? value_as_object(kwnames) : NULL;
    if (args[-2] != VALUE_NULL) {
        callable = args[-2];
        args--;
        nargs++;
        total++;
    }
    SAVE_FRAME();
    if (is_python_function(callable) && !is_generator_function(callable)) {
        FunctionObject *fn = (FunctionObject *)value_as_object(callable);
        Frame *callee = call_frame(ts, fn, args, nargs, kw);
        drop_values(args, total);
        value_decref(callable);
        value_decref(kwnames);
        sp = base;
        if (callee == NULL)
            goto error;
        f->sp = sp;
        ts->frame = callee;
        f = callee;
        LOAD_FRAME();
        thread_poll(ts);
        DISPATCH();
    }
    Value r = op_call(callable, args, nargs, kw);
    drop_values(args, total);
    value_decref(callable);
    value_decref(kwnames);
    sp = base;
    if (r == VALUE_NULL)
        goto error;
    PUSH(r);
    DISPATCH();
}
    TARGET(CALL_EX)
    {
        Value kwargs = (oparg & 1) ? POP() : VALUE_NULL;
        Value args = POP(), callable = POP();
        value_decref(POP()); // the NULL method slot
        SAVE_FRAME();
        Value r = call_ex(callable, args, kwargs);
        value_decref(callable);
        value_decref(args);
        value_decref(kwargs);
        if (r == VALUE_NULL)
            goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(RAISE_VARARGS)
    {
        SAVE_FRAME();
        if (oparg == 0) {
            if (reraise_handled(ts))
                goto exception_unwind;
            goto error;
        }
        Value cause = oparg == 2 ? POP() : VALUE_NULL;
        Value exc = POP();
        raise_exception(exc, cause);
        value_decref(exc);
        value_decref(cause);
        goto error;
    }
    TARGET(RERAISE)
    {
        exc_restore((ExceptionObject *)value_as_object(POP()));
        SAVE_FRAME();
        goto exception_unwind;
    }
    TARGET(PUSH_EXC_INFO)
    {
        Value e = POP();
        Value prev = ts->handled ? (Value)ts->handled : VALUE_NONE;
        PUSH(prev); // the stack takes over the thread's reference
        value_incref(e);
        ts->handled = e;
        PUSH(e);
        DISPATCH();
    }
    TARGET(POP_EXCEPT)
    {
        Value prev = POP();
        Value old = ts->handled;
        ts->handled = value_is_none(prev) ? 0 : prev;
        value_decref(old);
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH)
    {
        Value type = POP();
        int r = exception_matches(TOP(), type);
        value_decref(type);
        if (r < 0)
            goto error;
        PUSH(value_bool(r));
        DISPATCH();
    }
    TARGET(CHECK_EG_MATCH)
    {
        Value type = POP(), match, rest;
        SAVE_FRAME();
        int r = exception_group_match(TOP(), type, &match, &rest);
        value_decref(type);
        if (r < 0)
            goto error;
        if (r == 0) {
            ip = code->instrs + oparg;
            DISPATCH();
        }
        value_decref(TOP());
        TOP() = rest;
        PUSH(match);
        set_handled(ts, match);
        DISPATCH();
    }
    TARGET(PREP_RERAISE_STAR)
    {
        Value excs = POP(), orig = POP();
        SAVE_FRAME();
        Value r = exception_group_prep_reraise(orig, excs);
        value_decref(excs);
        value_decref(orig);
        if (r == VALUE_NULL)
            goto error;
        if (value_is_none(r))
            ip = code->instrs + oparg;
        else
            PUSH(r);
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR)
    {
        PUSH(value_new_ref(&exc_AssertionError.header));
        DISPATCH();
    }
    TARGET(BEFORE_WITH)
    {
        Value manager = POP(), exit;
        SAVE_FRAME();
        Value entered = with_enter(manager, &exit);
        value_decref(manager);
        if (entered == VALUE_NULL)
            goto error;
        PUSH(exit);
        PUSH(entered);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START)
    {
        SAVE_FRAME();
        Value r = with_exit_exception(PEEK(3), TOP());
        if (r == VALUE_NULL)
            goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(IMPORT_NAME)
    {
        Value fromlist = POP(), level = POP();
        SAVE_FRAME();
        Value m = import_name(f, NAME(oparg), fromlist, level);
        value_decref(fromlist);
        value_decref(level);
        if (m == VALUE_NULL)
            goto error;
        PUSH(m);
        DISPATCH();
    }
    TARGET(IMPORT_FROM)
    {
        Value v = import_from(TOP(), NAME(oparg));
        if (v == VALUE_NULL)
            goto error;
        PUSH(v);
        DISPATCH();
    }

#ifndef FTPY_COMPUTED_GOTO
default:
    exc_raise_format(&exc_SystemError, "unknown opcode %u",
                     (unsigned)instr_op(ip[-1]));
    goto error;
}
#endif

error :
    // The exception passes through this frame: record it in the
    // traceback, then look for a handler.
    SAVE_FRAME();
traceback_here(code, frame_index(f), f->globals, f->locals);
exception_unwind:
{
    const ExceptionEntry *h = code_find_handler(code, frame_index(f));
    if (h) {
        Value *target = frame_stack_base(f) + h->depth;
        while (sp > target)
            value_decref(POP());
        PUSH((Value)exc_fetch());
        ip = code->instrs + h->handler;
        DISPATCH();
    }
    // No handler here: the frame is finished; continue in the caller.
    SAVE_FRAME();
    Frame *caller = f->previous;
    bool entry = f->entry;
    ts->frame = caller;
    frame_pop(ts, f);
    if (entry)
        return VALUE_NULL;
    f = caller;
    LOAD_FRAME();
    goto error;
}
}

bool c_recursion_enter(const char *where)
{
    ThreadState *ts = thread_current();
    if (ts->c_depth >= C_DEPTH_LIMIT) {
        exc_raise_format(&exc_RecursionError,
                         "maximum recursion depth exceeded%s", where);
        return false;
    }
    ts->c_depth++;
    return true;
}

void c_recursion_leave(void)
{
    thread_current()->c_depth--;
}

// Runs `f` (already linked above ts->frame) to completion in a nested
// loop.
static Value run_entry(ThreadState *ts, Frame *f)
{
    if (ts->c_depth >= C_DEPTH_LIMIT) {
        exc_raise_format(&exc_RecursionError,
                         "maximum recursion depth exceeded");
        f->sp = frame_stack_base(f);
        frame_pop(ts, f);
        return VALUE_NULL;
    }
    f->entry = true;
    ts->frame = f;
    ts->c_depth++;
    Value r = run(ts, f, false);
    ts->c_depth--;
    return r;
}

Value eval_resume(Frame *f, Value sent, bool throwing, bool *yielded)
{
    ThreadState *ts = thread_current();
    *yielded = false;
    if (ts->c_depth >= C_DEPTH_LIMIT ||
        ts->py_depth >= atomic_load_i32_relaxed(&runtime.recursion_limit)) {
        exc_raise_format(&exc_RecursionError,
                         "maximum recursion depth exceeded");
        return VALUE_NULL;
    }
    if (f->ip != f->code->instrs && !throwing) {
        value_incref(sent);
        *f->sp++ = sent; // the value of the yield expression
    }
    f->previous = ts->frame;
    f->entry = true;
    f->yielded = false;
    ts->frame = f;
    ts->py_depth++;
    ts->c_depth++;
    Value r = run(ts, f, throwing);
    ts->c_depth--;
    *yielded = f->yielded;
    return r;
}

Value function_call(Value self, const Value *args, size_t nargs,
                    Object *kwnames)
{
    ThreadState *ts = thread_current();
    FunctionObject *fn = (FunctionObject *)value_as_object(self);
    if (fn->code->flags & CODE_FLAG_GENERATOR)
        return generator_new(fn, args, nargs, kwnames);
    Frame *f = call_frame(ts, fn, args, nargs, kwnames);
    if (f == NULL)
        return VALUE_NULL;
    return run_entry(ts, f);
}

Value eval_class_body(FunctionObject *fn, Object *ns)
{
    ThreadState *ts = thread_current();
    Frame *f = call_frame(ts, fn, NULL, 0, NULL);
    if (f == NULL)
        return VALUE_NULL;
    f->locals = ns;
    return run_entry(ts, f);
}

Value eval_module(CodeObject *code, Object *globals, Object *builtins)
{
    return eval_code(code, globals, builtins, globals);
}

Value eval_code(CodeObject *code, Object *globals, Object *builtins,
                Object *locals)
{
    ThreadState *ts = thread_current();
    Frame *f = frame_push(ts, code, NULL, globals, builtins, locals);
    if (f == NULL)
        return VALUE_NULL;
    return run_entry(ts, f);
}
