// compile_try_star.c: code generation for try/except* (PEP 654).
//
// The caught exception stays on the stack as `orig` while each except*
// clause in turn splits what is left (`rest`) with CHECK_EG_MATCH and
// runs its body on the matching part. Whatever a body raises is appended
// to a list; after the last clause the unhandled rest joins it, and
// PREP_RERAISE_STAR turns the list into the one exception to raise (or
// nothing). The stack, above what the try found, while clauses run:
//
//   [prev, orig, list, rest]   prev: the exception handled before
//
// break, continue and return may not leave an except* body
// (FB_EXCEPT_STAR; compile_stmt.c reports them).
#include "vm/compile/compile_internal.h"

static void clear_name(Compiler *c, const char *name)
{
    emit_none(c);
    emit_name(c, name, CTX_Store);
    emit_name(c, name, CTX_Del);
}

// One `except* T as name:` clause; falls through to the next one with
// [.., list, rest] in every case.
static void compile_clause(Compiler *c, const ExceptHandler *h)
{
    int next = label_new(c), raised = label_new(c);
    c->u->loc = (SourceSpan){h->line, h->end_line, h->col, h->end_col};
    compile_expr(c, h->type);                   // [.., list, rest, T]
    emit(c, OP_CHECK_EG_MATCH, (uint32_t)next); // [.., list, rest, match]
    if (h->name)
        emit_name(c, h->name, CTX_Store);
    else
        emit(c, OP_POP_TOP, 0);
    emit(c, PSEUDO_SETUP, (uint32_t)raised);
    FBlock b = {.kind = FB_EXCEPT_STAR, .name = h->name, .nsetups = 1};
    b.setups[0] = raised;
    if (!fblock_push(c, b))
        return;
    compile_stmts(c, h->body);
    fblock_pop(c);
    emit(c, PSEUDO_POP_BLOCK, 0);
    if (h->name)
        clear_name(c, h->name);
    emit(c, OP_JUMP_FORWARD, (uint32_t)next);

    label_place(c, raised); // [.., list, rest, exc]: keep it for later
    if (h->name)
        clear_name(c, h->name);
    emit(c, OP_LIST_APPEND, 2);
    label_place(c, next);
}

void compile_try_star(Compiler *c, const Stmt *s)
{
    int handlers = label_new(c), cleanup = label_new(c);
    int handled = label_new(c), end = label_new(c);
    if (!compile_try_body(c, s, handlers, cleanup, end))
        return; // [prev, orig]
    emit(c, OP_COPY, 1);
    emit(c, OP_BUILD_LIST, 0);
    emit(c, OP_SWAP, 2); // [prev, orig, list, rest = orig]
    for (size_t i = 0; i < s->v.Try.handlers.len && !c->failed; i++)
        compile_clause(c, s->v.Try.handlers.items[i]);
    emit(c, OP_LIST_APPEND, 1);                       // [prev, orig, list]
    emit(c, OP_PREP_RERAISE_STAR, (uint32_t)handled); // [prev, exc]
    emit(c, PSEUDO_POP_BLOCK, 0);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 0);

    label_place(c, handled); // [prev]: nothing left to raise
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_JUMP_FORWARD, (uint32_t)end);

    label_place(c, cleanup); // [prev, exc]: an error in the machinery
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 0);
    label_place(c, end);
}
