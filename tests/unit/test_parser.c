// test_parser.c: AST dumps and SyntaxErrors against python3 3.11.
// Expected dumps are `print(ast.dump(ast.parse(src)))`; expected errors
// are the SyntaxError's class, msg, lineno, offset, end_lineno,
// end_offset, and the block python3 prints.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests/unit/harness.h"
#include "vm/compile/parser.h"

// The dump of `src`, or "Kind(l, o, el, eo): msg" for a syntax error.
static char *parse(const char *src)
{
    char *out = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&out, &size);
    Arena *a = arena_new();
    SyntaxErrorInfo e;
    Module *m = parse_module(src, strlen(src), "t.py", a, &e);
    if (m)
        ast_dump(f, m);
    else
        fprintf(f, "%s(%d, %d, %d, %d): %s\n", syntax_error_kind_name(e.kind),
                e.lineno, e.offset, e.end_lineno, e.end_offset, e.message);
    arena_free(a);
    fclose(f);
    out[strcspn(out, "\n")] = 0;
    return out;
}

#define EXPECT(src, want)                                                      \
    do {                                                                       \
        char *got_ = parse(src);                                               \
        cr_assert_str_eq(got_, want, "%s\n got: %s", src, got_);               \
        free(got_);                                                            \
    } while (0)

#define MOD(body) "Module(body=[" body "], type_ignores=[])"

Test(parser, expressions)
{
    EXPECT("1 + 2\n", MOD("Expr(value=BinOp(left=Constant(value=1), op=Add(), "
                          "right=Constant(value=2)))"));
    EXPECT("-x ** 2", MOD("Expr(value=UnaryOp(op=USub(), operand=BinOp("
                          "left=Name(id='x', ctx=Load()), op=Pow(), "
                          "right=Constant(value=2))))"));
    EXPECT("a < b <= c", MOD("Expr(value=Compare(left=Name(id='a', "
                             "ctx=Load()), ops=[Lt(), LtE()], comparators=["
                             "Name(id='b', ctx=Load()), Name(id='c', "
                             "ctx=Load())]))"));
    EXPECT("x if y else z", MOD("Expr(value=IfExp(test=Name(id='y', "
                                "ctx=Load()), body=Name(id='x', ctx=Load()), "
                                "orelse=Name(id='z', ctx=Load())))"));
    EXPECT("f(*a, k=1, **d)",
           MOD("Expr(value=Call(func=Name(id='f', ctx=Load()), args=["
               "Starred(value=Name(id='a', ctx=Load()), ctx=Load())], "
               "keywords=[keyword(arg='k', value=Constant(value=1)), "
               "keyword(value=Name(id='d', ctx=Load()))]))"));
    EXPECT("a[1:2, ::3]",
           MOD("Expr(value=Subscript(value=Name(id='a', ctx=Load()), "
               "slice=Tuple(elts=[Slice(lower=Constant(value=1), "
               "upper=Constant(value=2)), Slice(step=Constant(value=3))], "
               "ctx=Load()), ctx=Load()))"));
    EXPECT("[x for x in y if x]",
           MOD("Expr(value=ListComp(elt=Name(id='x', ctx=Load()), "
               "generators=[comprehension(target=Name(id='x', ctx=Store()), "
               "iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', "
               "ctx=Load())], is_async=0)]))"));
    EXPECT("{**a, 1: 2}", MOD("Expr(value=Dict(keys=[None, Constant(value=1)]"
                              ", values=[Name(id='a', ctx=Load()), "
                              "Constant(value=2)]))"));
    EXPECT("lambda x, *y, z=1: x",
           MOD("Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg("
               "arg='x')], vararg=arg(arg='y'), kwonlyargs=[arg(arg='z')], "
               "kw_defaults=[Constant(value=1)], defaults=[]), "
               "body=Name(id='x', ctx=Load())))"));
}

Test(parser, constants)
{
    EXPECT("0xFFFFFFFFFFFFFFFFFFFF", MOD("Expr(value=Constant(value="
                                         "1208925819614629174706175))"));
    EXPECT("1_0.5e-3", MOD("Expr(value=Constant(value=0.0105))"));
    EXPECT("1e16", MOD("Expr(value=Constant(value=1e+16))"));
    EXPECT("2j", MOD("Expr(value=Constant(value=2j))"));
    EXPECT("'a\\n' \"b\" r'\\d' u'\\x41'",
           MOD("Expr(value=Constant(value='a\\nb\\\\dA'))"));
    EXPECT("u'x'", MOD("Expr(value=Constant(value='x', kind='u'))"));
    EXPECT("b'\\x00\\'' rb'\\d'",
           MOD("Expr(value=Constant(value=b\"\\x00'\\\\d\"))"));
    EXPECT("'\\u20ac\\q'", MOD("Expr(value=Constant(value='€\\\\q'))"));
    EXPECT("None, True, ...",
           MOD("Expr(value=Tuple(elts=[Constant(value=None), "
               "Constant(value=True), Constant(value=Ellipsis)], "
               "ctx=Load()))"));
}

Test(parser, fstrings)
{
    EXPECT("f'a{x!r:>{w}}b'",
           MOD("Expr(value=JoinedStr(values=[Constant(value='a'), "
               "FormattedValue(value=Name(id='x', ctx=Load()), "
               "conversion=114, format_spec=JoinedStr(values=["
               "Constant(value='>'), FormattedValue(value=Name(id='w', "
               "ctx=Load()), conversion=-1)])), Constant(value='b')]))"));
    EXPECT("f'{x = }'", MOD("Expr(value=JoinedStr(values=[Constant(value="
                            "'x = '), FormattedValue(value=Name(id='x', "
                            "ctx=Load()), conversion=114)]))"));
    EXPECT("'a' f'{{}}' f\"{d['k']}\"",
           MOD("Expr(value=JoinedStr(values=[Constant(value='a{}'), "
               "FormattedValue(value=Subscript(value=Name(id='d', "
               "ctx=Load()), slice=Constant(value='k'), ctx=Load()), "
               "conversion=-1)]))"));
}

Test(parser, statements)
{
    EXPECT("a, *b = c = d",
           MOD("Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), "
               "Starred(value=Name(id='b', ctx=Store()), ctx=Store())], "
               "ctx=Store()), Name(id='c', ctx=Store())], value=Name(id='d', "
               "ctx=Load()))"));
    EXPECT("x: int = 1\n(y): str",
           MOD("AnnAssign(target=Name(id='x', ctx=Store()), annotation="
               "Name(id='int', ctx=Load()), value=Constant(value=1), "
               "simple=1), AnnAssign(target=Name(id='y', ctx=Store()), "
               "annotation=Name(id='str', ctx=Load()), simple=0)"));
    EXPECT("from ..a import (b as c,)",
           MOD("ImportFrom(module='a', names=[alias(name='b', asname='c')], "
               "level=2)"));
    EXPECT("async def f(a, /, b=1, *, c):\n    await x\n",
           MOD("AsyncFunctionDef(name='f', args=arguments(posonlyargs=[arg("
               "arg='a')], args=[arg(arg='b')], kwonlyargs=[arg(arg='c')], "
               "kw_defaults=[None], defaults=[Constant(value=1)]), body=["
               "Expr(value=Await(value=Name(id='x', ctx=Load())))], "
               "decorator_list=[])"));
    EXPECT("if a:\n  pass\nelif b:\n  pass\nelse:\n  pass\n",
           MOD("If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=["
               "If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=["
               "Pass()])])"));
    EXPECT("try:\n  pass\nexcept* E as e:\n  raise X from e\n",
           MOD("TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name("
               "id='E', ctx=Load()), name='e', body=[Raise(exc=Name(id='X', "
               "ctx=Load()), cause=Name(id='e', ctx=Load()))])], orelse=[], "
               "finalbody=[])"));
    EXPECT("with (a as b, c):\n  del x[0], y\n",
           MOD("With(items=[withitem(context_expr=Name(id='a', ctx=Load()), "
               "optional_vars=Name(id='b', ctx=Store())), withitem("
               "context_expr=Name(id='c', ctx=Load()))], body=[Delete("
               "targets=[Subscript(value=Name(id='x', ctx=Load()), "
               "slice=Constant(value=0), ctx=Del()), Name(id='y', "
               "ctx=Del())])])"));
    EXPECT("@d\nclass C(B, metaclass=M): x = 1",
           MOD("ClassDef(name='C', bases=[Name(id='B', ctx=Load())], "
               "keywords=[keyword(arg='metaclass', "
               "value=Name(id='M', ctx=Load()))], body=[Assign(targets=["
               "Name(id='x', ctx=Store())], value=Constant(value=1))], "
               "decorator_list=[Name(id='d', ctx=Load())])"));
}

Test(parser, errors)
{
    EXPECT("f() = 1\n", "SyntaxError(1, 1, 1, 4): cannot assign to function "
                        "call here. Maybe you meant '==' instead of '='?");
    EXPECT("1 = x\n", "SyntaxError(1, 1, 1, 2): cannot assign to literal "
                      "here. Maybe you meant '==' instead of '='?");
    EXPECT("f() += 1\n", "SyntaxError(1, 1, 1, 4): 'function call' is an "
                         "illegal expression for augmented assignment");
    EXPECT("del f()\n", "SyntaxError(1, 5, 1, 8): cannot delete function "
                        "call");
    EXPECT("None = 1\n", "SyntaxError(1, 1, 1, 5): cannot assign to None");
    EXPECT("if x\n    pass\n", "SyntaxError(1, 5, 1, 5): expected ':'");
    EXPECT("x = (1 2)\n", "SyntaxError(1, 6, 1, 9): invalid syntax. Perhaps "
                          "you forgot a comma?");
    EXPECT("x y\n", "SyntaxError(1, 3, 1, 4): invalid syntax");
    EXPECT("x = 1 +\n", "SyntaxError(1, 8, 1, 8): invalid syntax");
    EXPECT("if 1:\nx\n", "IndentationError(2, 1, 2, 2): expected an indented "
                         "block after 'if' statement on line 1");
    EXPECT("def f():\nreturn\n", "IndentationError(2, 1, 2, 7): expected an "
                                 "indented block after function definition "
                                 "on line 1");
    EXPECT("  x\n", "IndentationError(1, 2, 1, -1): unexpected indent");
    EXPECT("x = (1 +\n", "SyntaxError(1, 5, 1, 0): '(' was never closed");
    EXPECT("f(a=1, b)\n", "SyntaxError(1, 8, 1, 9): positional argument "
                          "follows keyword argument");
    EXPECT("f'{x!z}'\n", "SyntaxError(1, 9, 1, 9): f-string: invalid "
                         "conversion character: expected 's', 'r', or 'a'");
    EXPECT("match x:\n case 1 +: pass\n", "SyntaxError(2, 10, 2, 11): "
                                          "invalid syntax");
    EXPECT("match x:\n case C(a=1, b): pass\n",
           "SyntaxError(2, 14, 2, 15): positional patterns follow keyword "
           "patterns");
}

Test(parser, match)
{
    EXPECT("match x:\n case [a, *_] | {'k': C(b, c=1)} if a: pass\n",
           MOD("Match(subject=Name(id='x', ctx=Load()), cases=[match_case("
               "pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchAs("
               "name='a'), MatchStar()]), MatchMapping(keys=[Constant("
               "value='k')], patterns=[MatchClass(cls=Name(id='C', "
               "ctx=Load()), patterns=[MatchAs(name='b')], kwd_attrs=['c'], "
               "kwd_patterns=[MatchValue(value=Constant(value=1))])])]), "
               "guard=Name(id='a', ctx=Load()), body=[Pass()])])"));
    EXPECT("match(x)\nmatch = case = 1\n",
           MOD("Expr(value=Call(func=Name(id='match', ctx=Load()), "
               "args=[Name(id='x', ctx=Load())], keywords=[])), "
               "Assign(targets=[Name(id='match', ctx=Store()), Name("
               "id='case', ctx=Store())], value=Constant(value=1))"));
}

Test(parser, error_block)
{
    const char *src = "y = 1\nx = (1 +\n";
    Arena *a = arena_new();
    SyntaxErrorInfo e;
    cr_assert_null(parse_module(src, strlen(src), "t.py", a, &e));
    char buf[256];
    syntax_error_format(&e, src, strlen(src), buf, sizeof buf);
    cr_assert_str_eq(buf, "  File \"t.py\", line 2\n"
                          "    x = (1 +\n"
                          "        ^\n"
                          "SyntaxError: '(' was never closed\n");
    const char *src2 = "if 1:\n    print(\"é\" 1 2)\n";
    cr_assert_null(parse_module(src2, strlen(src2), "t.py", a, &e));
    syntax_error_format(&e, src2, strlen(src2), buf, sizeof buf);
    cr_assert_str_eq(buf, "  File \"t.py\", line 2\n"
                          "    print(\"é\" 1 2)\n"
                          "          ^^^^^^\n"
                          "SyntaxError: invalid syntax. Perhaps you forgot a "
                          "comma?\n");
    arena_free(a);
}

Test(parser, eval_mode)
{
    Arena *a = arena_new();
    SyntaxErrorInfo e;
    Expr *x = parse_expression("\n a * b \n", 9, "<string>", a, &e);
    cr_assert_not_null(x);
    cr_assert_eq(x->kind, EXPR_BinOp);
    cr_assert_eq(x->v.BinOp.op, BINOP_Mult);
    cr_assert_eq(x->line, 2);
    cr_assert_eq(x->col, 1);
    cr_assert_eq(x->end_col, 6);
    arena_free(a);
}
