// assemble.c: a Unit's instruction list -> a code object: stack depth by
// flow analysis, pseudo-instructions removed, labels resolved, the
// exception table built from the SETUP/POP_BLOCK ranges, and the tables
// of names, constants and variables.
#include <string.h>

#include "alloc/alloc.h"
#include "vm/compile/compile_internal.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"

typedef struct Work {
    size_t index;
    int depth;
} Work;

typedef struct Flow {
    Unit *u;
    int *depth;       // per instruction; -1 = unreachable so far
    int *label_depth; // handler labels: stack depth the handler unwinds to
    Work *stack;
    size_t nwork, work_cap;
    int max;
} Flow;

static void flow_push(Flow *f, size_t index, int depth)
{
    if (f->nwork == f->work_cap) {
        f->work_cap = f->work_cap ? f->work_cap * 2 : 64;
        f->stack = alloc_resize(f->stack, f->work_cap * sizeof(Work));
    }
    f->stack[f->nwork++] = (Work){index, depth};
}

static bool ends_block(int op)
{
    return op == OP_JUMP_FORWARD || op == OP_JUMP_BACKWARD ||
           op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

// Follows straight-line code from `w`, queueing branch targets.
static void flow_run(Flow *f, Work w)
{
    Unit *u = f->u;
    int d = w.depth;
    for (size_t i = w.index; i < u->ninstrs; i++) {
        if (f->depth[i] >= 0)
            return; // reached before
        f->depth[i] = d;
        const InstrRec *in = &u->instrs[i];
        if (in->op == PSEUDO_SETUP) {
            if (f->label_depth[in->arg] < 0) {
                f->label_depth[in->arg] = d;
                flow_push(f, (size_t)u->labels[in->arg], d + 1);
                if (d + 1 > f->max)
                    f->max = d + 1;
            }
            continue;
        }
        if (in->op == PSEUDO_POP_BLOCK)
            continue;
        if (opcode_is_jump((Opcode)in->op))
            flow_push(f, (size_t)u->labels[in->arg],
                      d + opcode_jump_delta((Opcode)in->op));
        d += opcode_pushes((Opcode)in->op, in->arg) -
             opcode_pops((Opcode)in->op, in->arg);
        if (d > f->max)
            f->max = d;
        if (ends_block(in->op))
            return;
    }
}

static void analyze_flow(Flow *f)
{
    Unit *u = f->u;
    f->depth = alloc_raw((u->ninstrs + 1) * sizeof(int));
    f->label_depth = alloc_raw((u->nlabels + 1) * sizeof(int));
    memset(f->depth, 0xff, (u->ninstrs + 1) * sizeof(int));
    memset(f->label_depth, 0xff, (u->nlabels + 1) * sizeof(int));
    flow_push(f, 0, 0);
    while (f->nwork)
        flow_run(f, f->stack[--f->nwork]);
}

// ------------------------------------------------------------ layout

// newpos[i]: the final index of the first real instruction at or after
// listing position i.
static uint32_t *final_positions(Unit *u, uint32_t *count)
{
    uint32_t *newpos = alloc_raw((u->ninstrs + 1) * sizeof(uint32_t));
    uint32_t n = 0;
    for (size_t i = 0; i < u->ninstrs; i++) {
        newpos[i] = n;
        if (u->instrs[i].op < OP_COUNT)
            n++;
    }
    newpos[u->ninstrs] = n;
    *count = n;
    return newpos;
}

static void emit_code(Unit *u, CodeObject *co, const uint32_t *newpos)
{
    co->instrs = alloc_raw((co->ninstrs + 1) * sizeof(Instr));
    co->spans = alloc_raw((co->ninstrs + 1) * sizeof(SourceSpan));
    uint32_t n = 0;
    for (size_t i = 0; i < u->ninstrs; i++) {
        const InstrRec *in = &u->instrs[i];
        if (in->op >= OP_COUNT)
            continue;
        Opcode op = (Opcode)in->op;
        uint32_t arg = in->arg;
        if (opcode_is_jump(op)) {
            arg = newpos[u->labels[arg]];
            if (op == OP_JUMP_FORWARD || op == OP_JUMP_BACKWARD)
                op = arg <= n ? OP_JUMP_BACKWARD : OP_JUMP_FORWARD;
        }
        co->instrs[n] = instr_make(op, arg);
        co->spans[n] = in->span;
        n++;
    }
}

// Handler ranges: the innermost SETUP still open at each instruction.
static void build_handlers(Unit *u, CodeObject *co, const Flow *f,
                           const uint32_t *newpos)
{
    int stack[MAX_FBLOCKS * 2 + 8] = {0};
    int top = 0;
    size_t cap = 8, n = 0;
    ExceptionEntry *table = alloc_raw(cap * sizeof *table);
    int current = -1;
    uint32_t start = 0;
    for (size_t i = 0; i <= u->ninstrs; i++) {
        int want = top ? stack[top - 1] : -1;
        bool real = i == u->ninstrs || u->instrs[i].op < OP_COUNT;
        if (real && want != current) {
            uint32_t here = newpos[i];
            if (current >= 0 && here > start && f->label_depth[current] >= 0) {
                if (n == cap)
                    table = alloc_resize(table, (cap *= 2) * sizeof *table);
                table[n++] =
                    (ExceptionEntry){start, here, newpos[u->labels[current]],
                                     (uint32_t)f->label_depth[current]};
            }
            current = want;
            start = here;
        }
        if (i == u->ninstrs)
            break;
        if (u->instrs[i].op == PSEUDO_SETUP &&
            top < (int)(sizeof stack / sizeof *stack))
            stack[top++] = (int)u->instrs[i].arg;
        else if (u->instrs[i].op == PSEUDO_POP_BLOCK && top > 0)
            top--;
    }
    co->handlers = table;
    co->nhandlers = (uint32_t)n;
}

// ------------------------------------------------------------ tables

static TupleObject *names_tuple(const char **names, size_t n)
{
    TupleObject *t = tuple_new((int64_t)n);
    for (size_t i = 0; i < n; i++)
        tuple_init_item(t, (int64_t)i,
                        value_new_ref(&str_intern_cstr(names[i])->header));
    return t;
}

static TupleObject *localnames_tuple(const Unit *u)
{
    size_t n = u->nvarnames + u->ncellvars + u->nfreevars;
    const char **all = alloc_raw((n + 1) * sizeof(char *));
    memcpy(all, u->varnames, u->nvarnames * sizeof(char *));
    memcpy(all + u->nvarnames, u->cellvars, u->ncellvars * sizeof(char *));
    memcpy(all + u->nvarnames + u->ncellvars, u->freevars,
           u->nfreevars * sizeof(char *));
    TupleObject *t = names_tuple(all, n);
    alloc_free(all);
    return t;
}

static TupleObject *consts_tuple(ListObject *consts)
{
    int64_t n = list_len(consts);
    TupleObject *t = tuple_new(n);
    for (int64_t i = 0; i < n; i++) {
        Value v;
        list_get(consts, i, &v);
        tuple_init_item(t, i, v);
    }
    return t;
}

// A parameter that inner functions capture lives in a cell that starts
// out holding the argument.
static int32_t *cell_args(const Unit *u)
{
    int32_t *map = alloc_raw((u->ncellvars + 1) * sizeof(int32_t));
    size_t nparams = u->scope->nparams;
    for (size_t i = 0; i < u->ncellvars; i++) {
        map[i] = -1;
        for (size_t p = 0; p < nparams; p++)
            if (strcmp(u->scope->params[p], u->cellvars[i]) == 0)
                map[i] = (int32_t)p;
    }
    return map;
}

CodeObject *assemble(Compiler *c, Unit *u)
{
    Flow f = {.u = u};
    analyze_flow(&f);
    CodeObject *co = code_new();
    uint32_t *newpos = final_positions(u, &co->ninstrs);
    emit_code(u, co, newpos);
    build_handlers(u, co, &f, newpos);
    co->consts = consts_tuple(u->consts);
    co->names = names_tuple(u->names, u->nnames);
    co->localnames = localnames_tuple(u);
    co->cell_args = cell_args(u);
    co->nlocals = (uint32_t)u->nvarnames;
    co->ncells = (uint32_t)u->ncellvars;
    co->nfrees = (uint32_t)u->nfreevars;
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonlyargcount;
    co->kwonlyargcount = u->kwonlyargcount;
    co->flags = u->flags;
    co->stacksize = (uint32_t)f.max + 1;
    co->firstlineno = u->firstlineno;
    co->filename = str_intern_cstr(c->filename);
    co->name = str_intern_cstr(u->scope->name);
    co->qualname = str_intern_cstr(u->qualname);
    alloc_free(newpos);
    alloc_free(f.depth);
    alloc_free(f.label_depth);
    alloc_free(f.stack);
    return co;
}
