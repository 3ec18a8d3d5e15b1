// dis.c: the disassembler behind `ftpy --dis`. Opcode names and operand
// kinds come from vm/opcodes.def, like everything else that knows the
// instruction set.
#include <stdio.h>

#include "vm/compile/compiler.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

static const char *const binop_names[] = {"+",  "-",  "*",  "@", "/", "//", "%",
                                          "**", "<<", ">>", "&", "|", "^"};
static const char *const cmp_names[] = {"<", "<=", "==", "!=", ">", ">="};

static const char *tuple_str(const TupleObject *t, uint32_t i)
{
    if (t == NULL || (int64_t)i >= t->size)
        return "?";
    return ((StrObject *)value_as_object(t->items[i]))->data;
}

static void print_const(FILE *out, Value v)
{
    StrObject *r = op_repr(v);
    if (r == NULL) {
        fputs("<?>", out);
        return;
    }
    fputs(r->data, out);
    refcount_dec(&r->header);
}

static void print_arg(FILE *out, const CodeObject *co, Instr in)
{
    uint32_t arg = instr_arg(in);
    switch (opcode_formats[instr_op(in)]) {
    case ARG_NONE:
        return;
    case ARG_CONST:
        fprintf(out, "%u (", arg);
        print_const(out, co->consts->items[arg]);
        fputc(')', out);
        return;
    case ARG_LOCAL:
        fprintf(out, "%u (%s)", arg, tuple_str(co->localnames, arg));
        return;
    case ARG_NAME:
        fprintf(out, "%u (%s)", arg, tuple_str(co->names, arg));
        return;
    case ARG_BINOP:
        fprintf(out, "%u (%s%s)", arg, binop_names[arg & ~BINOP_INPLACE],
                (arg & BINOP_INPLACE) ? "=" : "");
        return;
    case ARG_CMP:
        fprintf(out, "%u (%s)", arg, cmp_names[arg]);
        return;
    case ARG_JUMP:
        fprintf(out, "to %u", arg);
        return;
    default:
        fprintf(out, "%u", arg);
        return;
    }
}

static void dis_one(FILE *out, const CodeObject *co)
{
    int32_t last_line = -1;
    for (uint32_t i = 0; i < co->ninstrs; i++) {
        Instr in = co->instrs[i];
        int32_t line = co->spans[i].line;
        if (line != last_line) {
            if (i > 0)
                fputc('\n', out);
            fprintf(out, "%4d ", (int)line);
            last_line = line;
        } else {
            fputs("     ", out);
        }
        bool target = false;
        for (uint32_t h = 0; h < co->nhandlers; h++)
            target |= co->handlers[h].handler == i;
        fprintf(out, "%s%6u %-21s ", target ? ">>" : "  ", i,
                opcode_names[instr_op(in)]);
        print_arg(out, co, in);
        fputc('\n', out);
    }
    if (co->nhandlers) {
        fputs("ExceptionTable:\n", out);
        for (uint32_t h = 0; h < co->nhandlers; h++) {
            const ExceptionEntry *e = &co->handlers[h];
            fprintf(out, "  %u to %u -> %u [%u]\n", e->start, e->end - 1,
                    e->handler, e->depth);
        }
    }
}

void dis_code(FILE *out, const CodeObject *code)
{
    dis_one(out, code);
    for (int64_t i = 0; i < code->consts->size; i++) {
        Value v = code->consts->items[i];
        if (!value_is_object(v) ||
            object_type(value_as_object(v)) != &code_type)
            continue;
        const CodeObject *inner = (const CodeObject *)value_as_object(v);
        fprintf(out,
                "\nDisassembly of <code object %s, file \"%s\", line "
                "%d>:\n",
                inner->name->data, inner->filename->data,
                (int)inner->firstlineno);
        dis_code(out, inner);
    }
}
