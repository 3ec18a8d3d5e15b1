// opcodes.c: the per-opcode tables of opcodes.h, expanded from
// vm/opcodes.def.
#include "vm/opcodes.h"

const char *const opcode_names[OP_COUNT] = {
#define OP(name, fmt, pop, push, jump, doc) #name,
#include "vm/opcodes.def"
#undef OP
};

const ArgFormat opcode_formats[OP_COUNT] = {
#define OP(name, fmt, pop, push, jump, doc) fmt,
#include "vm/opcodes.def"
#undef OP
};

int opcode_pops(Opcode op, uint32_t oparg)
{
    switch (op) {
#define OP(name, fmt, pop, push, jump, doc)                                    \
    case OP_##name:                                                            \
        return (int)(pop);
#include "vm/opcodes.def"
#undef OP
    default:
        return 0;
    }
}

int opcode_pushes(Opcode op, uint32_t oparg)
{
    switch (op) {
#define OP(name, fmt, pop, push, jump, doc)                                    \
    case OP_##name:                                                            \
        return (int)(push);
#include "vm/opcodes.def"
#undef OP
    default:
        return 0;
    }
}

int opcode_jump_delta(Opcode op)
{
    switch (op) {
#define OP(name, fmt, pop, push, jump, doc)                                    \
    case OP_##name:                                                            \
        return jump;
#include "vm/opcodes.def"
#undef OP
    default:
        return 0;
    }
}
