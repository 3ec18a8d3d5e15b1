// compile_match.c: code generation for match statements (PEP 634).
//
// The subject stays on the stack while the cases are tried. A case
// reserves one stack slot per name its pattern binds (NULLs pushed under
// a copy of the subject); a capture moves its value into the name's slot
// (SWAP n, POP_TOP), so nothing is bound unless the whole pattern
// matches. Then the slots are stored to their names (in CPython's order:
// first capture first), the guard runs, the subject is popped and the
// body runs, so break/continue/return in a body have nothing to unwind.
//
// A pattern consumes the value on top of the stack. A failing check jumps
// into a failure chain: POP_TOPs with one label per stack depth, so each
// jump drops exactly what is above the chain's base (a case's base is the
// subject; an or-pattern alternative's, the value it was trying). A
// case's chain ends where the next case starts.
//
// Errors are CPython's, where CPython puts them: the current location
// follows the patterns as they are compiled and is not restored, so an
// error found after a sub-pattern points at the last one visited.
#include <string.h>

#include "alloc/alloc.h"
#include "vm/base/debug.h"
#include "vm/compile/compile_internal.h"
#include "vm/exc.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

// Jump targets that unwind to `base`: labels[d - base] is where a check
// at stack depth d jumps (-1 until needed).
typedef struct FailChain {
    int base;
    int *labels;
    int n;
} FailChain;

typedef struct Names {
    const char **items;
    size_t len, cap;
} Names;

typedef struct PatternCtx {
    Names slots;  // the case's capture names; slot i holds name i
    Names stores; // names bound so far by this pattern (or alternative)
    int depth;    // values above the subject, the slots included
    bool allow_irrefutable;
    FailChain *fail;
} PatternCtx;

static void compile_pattern(Compiler *c, PatternCtx *pc, const Pattern *p);

// ------------------------------------------------------------ helpers

static SourceSpan span_of_pattern(const Pattern *p)
{
    return (SourceSpan){p->line, p->end_line, p->col, p->end_col};
}

// A SyntaxError at the current location; `arg` fills a %s in `fmt`.
static void pattern_error(Compiler *c, const char *fmt, const char *arg)
{
    char msg[256];
    snprintf(msg, sizeof msg, fmt, arg);
    SourceSpan at = c->u->loc;
    compile_error(c, at.line, at.col, at.end_line, at.end_col, msg);
}

static bool names_has(const Names *n, const char *name)
{
    for (size_t i = 0; i < n->len; i++)
        if (strcmp(n->items[i], name) == 0)
            return true;
    return false;
}

static size_t names_index(const Names *n, const char *name)
{
    for (size_t i = 0; i < n->len; i++)
        if (strcmp(n->items[i], name) == 0)
            return i;
    return SIZE_MAX;
}

static void names_add(Compiler *c, Names *n, const char *name)
{
    if (n->len == n->cap) {
        size_t cap = n->cap ? n->cap * 2 : 8;
        const char **items = arena_alloc(c->arena, cap * sizeof *items);
        if (n->len)
            memcpy(items, n->items, n->len * sizeof *items);
        n->items = items;
        n->cap = cap;
    }
    n->items[n->len++] = name;
}

// The names a pattern binds, first capture first (an or-pattern's order
// is its first alternative's).
static void collect_names(Compiler *c, const Pattern *p, Names *out);

static void collect_seq(Compiler *c, PatternSeq seq, Names *out)
{
    for (size_t i = 0; i < seq.len; i++)
        collect_names(c, seq.items[i], out);
}

static void collect_name(Compiler *c, const char *name, Names *out)
{
    if (name && !names_has(out, name))
        names_add(c, out, name);
}

static void collect_names(Compiler *c, const Pattern *p, Names *out)
{
    switch (p->kind) {
    case PATTERN_MatchSequence:
        collect_seq(c, p->v.MatchSequence.patterns, out);
        break;
    case PATTERN_MatchMapping:
        collect_seq(c, p->v.MatchMapping.patterns, out);
        collect_name(c, p->v.MatchMapping.rest, out);
        break;
    case PATTERN_MatchClass:
        collect_seq(c, p->v.MatchClass.patterns, out);
        collect_seq(c, p->v.MatchClass.kwd_patterns, out);
        break;
    case PATTERN_MatchStar:
        collect_name(c, p->v.MatchStar.name, out);
        break;
    case PATTERN_MatchAs:
        if (p->v.MatchAs.pattern)
            collect_names(c, p->v.MatchAs.pattern, out);
        collect_name(c, p->v.MatchAs.name, out);
        break;
    case PATTERN_MatchOr:
        collect_seq(c, p->v.MatchOr.patterns, out);
        break;
    default:
        break;
    }
}

static bool is_wildcard(const Pattern *p)
{
    return p->kind == PATTERN_MatchAs && !p->v.MatchAs.pattern &&
           !p->v.MatchAs.name;
}

// ------------------------------------------------------------ failing

// The chain's label for a check failing at the current depth.
static int fail_label(Compiler *c, PatternCtx *pc)
{
    FailChain *f = pc->fail;
    int i = pc->depth - f->base;
    DEBUG_ASSERT(i >= 0);
    if (i >= f->n) {
        f->labels = alloc_resize(f->labels, (size_t)(i + 1) * sizeof(int));
        for (int k = f->n; k <= i; k++)
            f->labels[k] = -1;
        f->n = i + 1;
    }
    if (f->labels[i] < 0)
        f->labels[i] = label_new(c);
    return f->labels[i];
}

// Emits `op` (a conditional or plain jump) to the chain.
static void jump_fail(Compiler *c, PatternCtx *pc, Opcode op)
{
    emit(c, op, (uint32_t)fail_label(c, pc));
}

// The chain's labels and POP_TOPs, deepest first; it ends at its base.
static void emit_chain(Compiler *c, FailChain *f)
{
    for (int i = f->n - 1; i >= 0; i--) {
        if (f->labels[i] >= 0)
            label_place(c, f->labels[i]);
        if (i > 0)
            emit(c, OP_POP_TOP, 0);
    }
    alloc_free(f->labels);
    f->labels = NULL;
    f->n = 0;
}

// [.., x, ok] -> [.., x]: fails when ok is false.
static void fail_unless(Compiler *c, PatternCtx *pc)
{
    jump_fail(c, pc, OP_POP_JUMP_IF_FALSE);
}

// [.., r] -> [.., r]: fails when r is None.
static void fail_if_none(Compiler *c, PatternCtx *pc)
{
    emit(c, OP_COPY, 1);
    emit_none(c);
    emit(c, OP_IS_OP, 1);
    fail_unless(c, pc);
}

// [.., s] -> [.., s]: fails unless len(s) `op` n.
static void check_len(Compiler *c, PatternCtx *pc, CmpOp op, size_t n)
{
    emit(c, OP_GET_LEN, 0);
    emit_const(c, value_from_int((int64_t)n));
    emit(c, OP_COMPARE_OP, op);
    fail_unless(c, pc);
}

// ------------------------------------------------------------ captures

// Binds the value on top to `name` (NULL: drops it) when the case
// matches: the value goes to the name's slot.
static void store_capture(Compiler *c, PatternCtx *pc, const char *name)
{
    if (name == NULL) {
        emit(c, OP_POP_TOP, 0);
        pc->depth--;
        return;
    }
    if (strcmp(name, "__debug__") == 0) {
        pattern_error(c, "cannot assign to __debug__%s", "");
        return;
    }
    if (names_has(&pc->stores, name)) {
        pattern_error(c, "multiple assignments to name '%s' in pattern", name);
        return;
    }
    names_add(c, &pc->stores, name);
    // Slot i sits at depth nslots - i (slot 0 nearest the top).
    int slot_depth = (int)(pc->slots.len - names_index(&pc->slots, name));
    emit(c, OP_SWAP, (uint32_t)(pc->depth - slot_depth + 1));
    emit(c, OP_POP_TOP, 0);
    pc->depth--;
}

static void compile_subpattern(Compiler *c, PatternCtx *pc, const Pattern *p)
{
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    compile_pattern(c, pc, p);
    pc->allow_irrefutable = allow;
}

// ------------------------------------------------------------ values

static bool is_literal(const Expr *e)
{
    return e->kind == EXPR_Constant || e->kind == EXPR_UnaryOp ||
           e->kind == EXPR_BinOp; // -1, 1+2j: the parser allows no others
}

static void compile_value(Compiler *c, PatternCtx *pc, const Pattern *p)
{
    const Expr *value = p->v.MatchValue.value;
    if (!is_literal(value) && value->kind != EXPR_Attribute) {
        pattern_error(c,
                      "patterns may only match literals and attribute "
                      "lookups%s",
                      "");
        return;
    }
    compile_expr(c, value);
    emit(c, OP_COMPARE_OP, CMP_EQ);
    pc->depth--;
    fail_unless(c, pc);
}

static void compile_singleton(Compiler *c, PatternCtx *pc, const Pattern *p)
{
    ConstKind k = p->v.MatchSingleton.value.kind;
    emit_const(c, k == CONST_NONE   ? VALUE_NONE
                  : k == CONST_TRUE ? VALUE_TRUE
                                    : VALUE_FALSE);
    emit(c, OP_IS_OP, 0);
    pc->depth--;
    fail_unless(c, pc);
}

// ------------------------------------------------------------ sequences

// Items by index when the star is `*_` (no list is built): [.., s] ->
// [..].
static void sequence_subscr(Compiler *c, PatternCtx *pc, PatternSeq pats,
                            size_t star)
{
    for (size_t i = 0; i < pats.len; i++) {
        if (i == star || is_wildcard(pats.items[i]))
            continue;
        emit(c, OP_COPY, 1);
        if (i < star) {
            emit_const(c, value_from_int((int64_t)i));
        } else { // from the end, as a nonnegative index
            emit(c, OP_GET_LEN, 0);
            emit_const(c, value_from_int((int64_t)(pats.len - i)));
            emit(c, OP_BINARY_OP, BINOP_SUB);
        }
        emit(c, OP_BINARY_SUBSCR, 0);
        pc->depth++;
        compile_subpattern(c, pc, pats.items[i]);
    }
    emit(c, OP_POP_TOP, 0);
    pc->depth--;
}

// Unpacks the items (the star's as a list) and matches each.
static void sequence_unpack(Compiler *c, PatternCtx *pc, PatternSeq pats,
                            size_t star)
{
    if (star == SIZE_MAX) {
        emit(c, OP_UNPACK_SEQUENCE, (uint32_t)pats.len);
    } else {
        size_t after = pats.len - star - 1;
        if (star >= 256 || after >= (INSTR_ARG_MAX >> 8)) {
            pattern_error(c,
                          "too many expressions in star-unpacking "
                          "sequence pattern%s",
                          "");
            return;
        }
        emit(c, OP_UNPACK_EX, (uint32_t)star | (uint32_t)after << 8);
    }
    pc->depth += (int)pats.len - 1;
    for (size_t i = 0; i < pats.len && !c->failed; i++)
        compile_subpattern(c, pc, pats.items[i]);
}

static void compile_sequence(Compiler *c, PatternCtx *pc, const Pattern *p)
{
    PatternSeq pats = p->v.MatchSequence.patterns;
    size_t star = SIZE_MAX;
    bool only_wildcards = true, star_wildcard = false;
    for (size_t i = 0; i < pats.len; i++) {
        const Pattern *item = pats.items[i];
        if (item->kind != PATTERN_MatchStar) {
            only_wildcards &= is_wildcard(item);
            continue;
        }
        if (star != SIZE_MAX) {
            pattern_error(c, "multiple starred names in sequence pattern%s",
                          "");
            return;
        }
        star = i;
        star_wildcard = item->v.MatchStar.name == NULL;
        only_wildcards &= star_wildcard;
    }
    emit(c, OP_MATCH_SEQUENCE, 0);
    fail_unless(c, pc);
    if (star == SIZE_MAX)
        check_len(c, pc, CMP_EQ, pats.len);
    else if (pats.len > 1)
        check_len(c, pc, CMP_GE, pats.len - 1);
    if (only_wildcards) {
        emit(c, OP_POP_TOP, 0);
        pc->depth--;
    } else if (star_wildcard) {
        sequence_subscr(c, pc, pats, star);
    } else {
        sequence_unpack(c, pc, pats, star);
    }
}

// ------------------------------------------------------------ mappings

// The value of a literal key (a new reference), VALUE_NULL if unknown.
static Value literal_value(Compiler *c, const Expr *e)
{
    if (e->kind == EXPR_Constant)
        return compile_constant(c, e);
    Value r = VALUE_NULL;
    if (e->kind == EXPR_UnaryOp) {
        Value v = literal_value(c, e->v.UnaryOp.operand);
        r = v == VALUE_NULL ? VALUE_NULL : op_unary(v, UNARY_NEG);
        value_decref(v);
    } else if (e->kind == EXPR_BinOp) {
        Value a = literal_value(c, e->v.BinOp.left);
        Value b = literal_value(c, e->v.BinOp.right);
        if (a != VALUE_NULL && b != VALUE_NULL)
            r = op_binary(a, b,
                          e->v.BinOp.op == BINOP_Add ? BINOP_ADD : BINOP_SUB);
        value_decref(a);
        value_decref(b);
    }
    if (r == VALUE_NULL && exc_occurred())
        exc_clear();
    return r;
}

// Whether literal key `v` equals one of seen[0..n); reports CPython's
// error if so.
static bool duplicate_key(Compiler *c, const Value *seen, size_t n, Value v)
{
    for (size_t i = 0; i < n; i++) {
        if (seen[i] == VALUE_NULL || op_equal(seen[i], v) != 1)
            continue;
        StrObject *r = op_repr(v);
        pattern_error(c, "mapping pattern checks duplicate key (%s)",
                      r ? r->data : "?");
        if (r)
            refcount_dec(&r->header);
        return true;
    }
    exc_clear(); // a failed comparison of constants is no duplicate
    return false;
}

// Checks and pushes the keys as a tuple.
static void compile_keys(Compiler *c, ExprSeq keys)
{
    Value *seen = alloc_raw((keys.len + 1) * sizeof(Value));
    size_t n = 0;
    for (size_t i = 0; i < keys.len && !c->failed; i++) {
        const Expr *key = keys.items[i];
        if (is_literal(key)) {
            Value v = literal_value(c, key);
            seen[n++] = v;
            if (v != VALUE_NULL && duplicate_key(c, seen, n - 1, v))
                break;
        } else if (key->kind != EXPR_Attribute) {
            pattern_error(c,
                          "mapping pattern keys may only match literals "
                          "and attribute lookups%s",
                          "");
            break;
        }
        compile_expr(c, key);
    }
    for (size_t i = 0; i < n; i++)
        value_decref(seen[i]);
    alloc_free(seen);
    emit(c, OP_BUILD_TUPLE, (uint32_t)keys.len);
}

static void compile_mapping(Compiler *c, PatternCtx *pc, const Pattern *p)
{
    ExprSeq keys = p->v.MatchMapping.keys;
    PatternSeq pats = p->v.MatchMapping.patterns;
    const char *rest = p->v.MatchMapping.rest;
    emit(c, OP_MATCH_MAPPING, 0);
    fail_unless(c, pc);
    if (keys.len == 0 && rest == NULL) { // `{}` matches any mapping
        emit(c, OP_POP_TOP, 0);
        pc->depth--;
        return;
    }
    if (keys.len)
        check_len(c, pc, CMP_GE, keys.len);
    compile_keys(c, keys); // [.., m, keys]
    pc->depth++;
    if (keys.len) {
        emit(c, OP_MATCH_KEYS, 0); // [.., m, keys, values]
        pc->depth++;
        fail_if_none(c, pc);
        emit(c, OP_UNPACK_SEQUENCE, (uint32_t)pats.len);
        pc->depth += (int)pats.len - 1;
        for (size_t i = 0; i < pats.len && !c->failed; i++)
            compile_subpattern(c, pc, pats.items[i]);
    }
    if (rest) {
        emit(c, OP_COPY_DICT_WITHOUT_KEYS, 0);
        pc->depth--;
        store_capture(c, pc, rest);
    } else {
        emit(c, OP_POP_TOP, 0);
        emit(c, OP_POP_TOP, 0);
        pc->depth -= 2;
    }
}

// ------------------------------------------------------------ classes

// Keyword attributes: no __debug__, no repeats (errors point at the
// sub-pattern, as CPython's do).
static bool check_kwd_attrs(Compiler *c, const Pattern *p)
{
    IdentSeq attrs = p->v.MatchClass.kwd_attrs;
    PatternSeq pats = p->v.MatchClass.kwd_patterns;
    for (size_t i = 0; i < attrs.len; i++) {
        c->u->loc = span_of_pattern(pats.items[i]);
        if (strcmp(attrs.items[i], "__debug__") == 0) {
            pattern_error(c, "cannot assign to __debug__%s", "");
            return false;
        }
        for (size_t j = i + 1; j < attrs.len; j++) {
            if (strcmp(attrs.items[i], attrs.items[j]) == 0) {
                c->u->loc = span_of_pattern(pats.items[j]);
                pattern_error(c, "attribute name repeated in class pattern: %s",
                              attrs.items[i]);
                return false;
            }
        }
    }
    c->u->loc = span_of_pattern(p);
    return true;
}

static Value attr_names(IdentSeq attrs)
{
    TupleObject *t = tuple_new((int64_t)attrs.len);
    for (size_t i = 0; i < attrs.len; i++)
        tuple_init_item(
            t, (int64_t)i,
            value_new_ref(&str_intern_cstr(attrs.items[i])->header));
    return value_steal(&t->header);
}

static void compile_class(Compiler *c, PatternCtx *pc, const Pattern *p)
{
    PatternSeq args = p->v.MatchClass.patterns;
    PatternSeq kwargs = p->v.MatchClass.kwd_patterns;
    if (!check_kwd_attrs(c, p))
        return;
    compile_expr(c, p->v.MatchClass.cls);
    emit_const(c, attr_names(p->v.MatchClass.kwd_attrs));
    emit(c, OP_MATCH_CLASS, (uint32_t)args.len); // [.., attrs or None]
    fail_if_none(c, pc);
    size_t total = args.len + kwargs.len;
    emit(c, OP_UNPACK_SEQUENCE, (uint32_t)total);
    pc->depth += (int)total - 1;
    for (size_t i = 0; i < total && !c->failed; i++) {
        const Pattern *sub =
            i < args.len ? args.items[i] : kwargs.items[i - args.len];
        if (is_wildcard(sub)) {
            emit(c, OP_POP_TOP, 0);
            pc->depth--;
        } else {
            compile_subpattern(c, pc, sub);
        }
    }
}

// ------------------------------------------------------------ or, as

// Whether two alternatives bind the same names.
static bool same_names(const Names *a, const Names *b)
{
    if (a->len != b->len)
        return false;
    for (size_t i = 0; i < a->len; i++)
        if (!names_has(b, a->items[i]))
            return false;
    return true;
}

// Tries one alternative on a copy of the value; on success drops the
// value and jumps to `end`. Its failure chain falls through to the next.
static void compile_alternative(Compiler *c, PatternCtx *pc, const Pattern *alt,
                                int end)
{
    FailChain *outer = pc->fail;
    FailChain f = {.base = pc->depth};
    pc->fail = &f;
    c->u->loc = span_of_pattern(alt);
    emit(c, OP_COPY, 1);
    pc->depth++;
    compile_pattern(c, pc, alt);
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_JUMP_FORWARD, (uint32_t)end);
    emit_chain(c, &f);
    pc->fail = outer;
}

static void compile_or(Compiler *c, PatternCtx *pc, const Pattern *p)
{
    PatternSeq alts = p->v.MatchOr.patterns;
    Names outer = pc->stores, control = {0};
    bool allow = pc->allow_irrefutable;
    int depth = pc->depth, end = label_new(c);
    for (size_t i = 0; i < alts.len && !c->failed; i++) {
        pc->stores = (Names){0};
        pc->allow_irrefutable = i + 1 == alts.len && allow;
        compile_alternative(c, pc, alts.items[i], end);
        pc->depth = depth;
        if (i == 0)
            control = pc->stores;
        else if (!c->failed && !same_names(&control, &pc->stores))
            pattern_error(c, "alternative patterns bind different names%s", "");
    }
    emit(c, OP_POP_TOP, 0); // no alternative matched
    pc->depth--;
    jump_fail(c, pc, OP_JUMP_FORWARD);
    label_place(c, end);
    pc->stores = outer;
    pc->allow_irrefutable = allow;
    for (size_t i = 0; i < control.len && !c->failed; i++) {
        if (names_has(&pc->stores, control.items[i]))
            pattern_error(c, "multiple assignments to name '%s' in pattern",
                          control.items[i]);
        else
            names_add(c, &pc->stores, control.items[i]);
    }
}

static void compile_as(Compiler *c, PatternCtx *pc, const Pattern *p)
{
    const char *name = p->v.MatchAs.name;
    if (p->v.MatchAs.pattern == NULL) {
        if (!pc->allow_irrefutable) {
            if (name)
                pattern_error(c,
                              "name capture '%s' makes remaining patterns "
                              "unreachable",
                              name);
            else
                pattern_error(c,
                              "wildcard makes remaining patterns "
                              "unreachable%s",
                              "");
            return;
        }
        store_capture(c, pc, name);
        return;
    }
    emit(c, OP_COPY, 1);
    pc->depth++;
    compile_pattern(c, pc, p->v.MatchAs.pattern);
    store_capture(c, pc, name);
}

static void compile_pattern(Compiler *c, PatternCtx *pc, const Pattern *p)
{
    if (c->failed)
        return;
    c->u->loc = span_of_pattern(p);
    switch (p->kind) {
    case PATTERN_MatchValue:
        compile_value(c, pc, p);
        break;
    case PATTERN_MatchSingleton:
        compile_singleton(c, pc, p);
        break;
    case PATTERN_MatchSequence:
        compile_sequence(c, pc, p);
        break;
    case PATTERN_MatchMapping:
        compile_mapping(c, pc, p);
        break;
    case PATTERN_MatchClass:
        compile_class(c, pc, p);
        break;
    case PATTERN_MatchStar:
        store_capture(c, pc, p->v.MatchStar.name);
        break;
    case PATTERN_MatchAs:
        compile_as(c, pc, p);
        break;
    case PATTERN_MatchOr:
        compile_or(c, pc, p);
        break;
    default:
        break;
    }
}

// ------------------------------------------------------------ statement

// One case: [subject] -> [subject] falling through when it does not
// match, or the body run and a jump to `end`.
static void compile_case(Compiler *c, const MatchCase *m, bool last, int end)
{
    FailChain fail = {.base = 0};
    PatternCtx pc = {.fail = &fail,
                     .allow_irrefutable = m->guard != NULL || last};
    collect_names(c, m->pattern, &pc.slots);
    int nslots = (int)pc.slots.len;
    c->u->loc = span_of_pattern(m->pattern);
    if (is_wildcard(m->pattern) && pc.allow_irrefutable) {
        emit(c, OP_NOP, 0); // `case _:` has nothing to check
    } else {
        for (int i = 0; i < nslots; i++)
            emit(c, OP_PUSH_NULL, 0);
        emit(c, OP_COPY, (uint32_t)nslots + 1);
        pc.depth = nslots + 1;
        compile_pattern(c, &pc, m->pattern);
    }
    if (c->failed) {
        alloc_free(fail.labels);
        return;
    }
    DEBUG_ASSERT(pc.depth == nslots);
    for (int i = 0; i < nslots; i++) // the top slot is the first name
        emit_name(c, pc.slots.items[i], CTX_Store);
    pc.depth = 0;
    if (m->guard) // names stay bound when it fails, as in CPython
        compile_jump_if(c, m->guard, false, fail_label(c, &pc));
    emit(c, OP_POP_TOP, 0); // the subject
    compile_stmts(c, m->body);
    emit(c, OP_JUMP_FORWARD, (uint32_t)end);
    c->u->loc = span_of_pattern(m->pattern);
    emit_chain(c, &fail);
}

void compile_match(Compiler *c, const Stmt *s)
{
    MatchCaseSeq cases = s->v.Match.cases;
    int end = label_new(c);
    compile_expr(c, s->v.Match.subject);
    for (size_t i = 0; i < cases.len && !c->failed; i++)
        compile_case(c, cases.items[i], i + 1 == cases.len, end);
    emit(c, OP_POP_TOP, 0); // no case matched: drop the subject
    label_place(c, end);
}
