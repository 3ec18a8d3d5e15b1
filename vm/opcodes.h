// opcodes.h: the opcode enum and per-opcode facts, expanded from
// vm/opcodes.def (the one instruction table), and instruction encoding.
#ifndef FTPY_VM_OPCODES_H
#define FTPY_VM_OPCODES_H

#include <stdint.h>

typedef enum Opcode {
#define OP(name, fmt, pop, push, jump, doc) OP_##name,
#include "vm/opcodes.def"
#undef OP
    OP_COUNT
} Opcode;

// What an instruction's argument means (the disassembler shows it).
typedef enum ArgFormat {
    ARG_NONE,   // unused
    ARG_COUNT,  // a number of items
    ARG_CONST,  // index into the constants
    ARG_LOCAL,  // index into the frame's locals, cells and free variables
    ARG_NAME,   // index into the names
    ARG_BINOP,  // BinOp | BINOP_INPLACE
    ARG_UNARY,  // UnaryOp
    ARG_CMP,    // CmpOp
    ARG_INVERT, // 0 or 1
    ARG_DEPTH,  // stack depth of the target container
    ARG_FORMAT, // FORMAT_VALUE flags: conversion (0 none, 1 s, 2 r, 3 a) | 4
                // when a spec is on the stack
    ARG_UNPACK, // before | after << 8
    ARG_JUMP,   // an instruction index
    ARG_FLAGS,  // opcode-specific bits
} ArgFormat;

typedef uint32_t Instr;

static inline Instr instr_make(Opcode op, uint32_t arg)
{
    return (Instr)op | (arg << 8);
}
static inline Opcode instr_op(Instr i)
{
    return (Opcode)(i & 0xff);
}
static inline uint32_t instr_arg(Instr i)
{
    return i >> 8;
}
#define INSTR_ARG_MAX 0xffffffu

extern const char *const opcode_names[OP_COUNT];
extern const ArgFormat opcode_formats[OP_COUNT];
// Items popped / pushed when falling through, and the net change when the
// jump is taken (jump opcodes only).
int opcode_pops(Opcode op, uint32_t oparg);
int opcode_pushes(Opcode op, uint32_t oparg);
int opcode_jump_delta(Opcode op);
static inline int opcode_is_jump(Opcode op)
{
    return opcode_formats[op] == ARG_JUMP;
}

#endif // FTPY_VM_OPCODES_H
