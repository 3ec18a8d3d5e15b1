// test_lexer.c: token kinds and positions, and the tokenizer's errors
// with CPython 3.11's messages. Expected tokens come from python3's
// tokenize module (minus NL/COMMENT); errors from compile() in python3.
#include <stdio.h>
#include <string.h>

#include "tests/unit/harness.h"
#include "vm/compile/lexer.h"

// All token kind names of `src`, space-separated, or "ERROR: msg @l,c".
static void lex(const char *src, char *out, size_t size)
{
    Lexer *lx = lexer_new(src, strlen(src), "t.py");
    Token t;
    LexError e;
    out[0] = 0;
    for (;;) {
        size_t n = strlen(out);
        if (!lexer_next(lx, &t, &e)) {
            snprintf(out + n, size - n, "%sERROR: %s @%d,%d", n ? " " : "",
                     e.message, e.line, e.col);
            break;
        }
        snprintf(out + n, size - n, "%s%s", n ? " " : "",
                 token_kind_name(t.kind));
        if (t.kind == TOK_ENDMARKER)
            break;
    }
    lexer_free(lx);
}

#define EXPECT_TOKENS(src, want)                                               \
    do {                                                                       \
        char got_[2048];                                                       \
        lex(src, got_, sizeof got_);                                           \
        cr_assert_str_eq(got_, want, "%s\n got: %s", src, got_);               \
    } while (0)

Test(lexer, indentation_and_newlines)
{
    EXPECT_TOKENS("if x:\n    y = 1\n\n    # c\nz\n",
                  "IF NAME COLON NEWLINE INDENT NAME EQUAL NUMBER NEWLINE "
                  "DEDENT NAME NEWLINE ENDMARKER");
    // no final newline: NEWLINE is still produced, then DEDENTs
    EXPECT_TOKENS("def f():\n  if a:\n    pass",
                  "DEF NAME LPAR RPAR COLON NEWLINE INDENT IF NAME COLON "
                  "NEWLINE INDENT PASS NEWLINE DEDENT DEDENT ENDMARKER");
    // brackets and backslashes join lines
    EXPECT_TOKENS("x = (1,\n  2) + \\\n 3\n",
                  "NAME EQUAL LPAR NUMBER COMMA NUMBER RPAR PLUS NUMBER "
                  "NEWLINE ENDMARKER");
    // a tab counts to the next multiple of 8: same level as 8 spaces
    EXPECT_TOKENS("if x:\n\ty\n\tz\n",
                  "IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE "
                  "DEDENT ENDMARKER");
}

Test(lexer, literals_and_operators)
{
    EXPECT_TOKENS("0x_fF 0o17 0b1 1_000 1.5e-3 .5 5. 2j 1E5J",
                  "NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER "
                  "NUMBER NEWLINE ENDMARKER");
    EXPECT_TOKENS("rb'a' Rb\"b\" f'{x}' '''a\nb''' u'x' BR'\\''",
                  "STRING STRING STRING STRING STRING STRING NEWLINE "
                  "ENDMARKER");
    EXPECT_TOKENS("a **= b // c -> d := ...",
                  "NAME DOUBLESTAREQUAL NAME DOUBLESLASH NAME ARROW NAME "
                  "COLONEQUAL ELLIPSIS NEWLINE ENDMARKER");
    EXPECT_TOKENS("1if x else 2", "NUMBER IF NAME ELSE NUMBER NEWLINE "
                                  "ENDMARKER");
}

Test(lexer, positions)
{
    const char *src = "x = \"é\" + yy\n";
    Lexer *lx = lexer_new(src, strlen(src), "t.py");
    Token t;
    LexError e;
    for (int i = 0; i < 5; i++)
        cr_assert(lexer_next(lx, &t, &e));
    // yy starts at byte column 11 ("é" is two bytes), as in CPython
    cr_assert_eq(t.kind, TOK_NAME);
    cr_assert_eq(t.col, 11);
    cr_assert_eq(t.end_col, 13);
    cr_assert(lexer_next(lx, &t, &e));
    cr_assert_eq(t.kind, TOK_NEWLINE);
    cr_assert_eq(t.col, 13);
    lexer_free(lx);
}

Test(lexer, errors)
{
    EXPECT_TOKENS("x = \"abc\n", "NAME EQUAL ERROR: unterminated string "
                                 "literal (detected at line 1) @1,4");
    EXPECT_TOKENS("x = '''a\n\n",
                  "NAME EQUAL ERROR: unterminated triple-quoted string "
                  "literal (detected at line 2) @1,4");
    EXPECT_TOKENS("1abc", "ERROR: invalid decimal literal @1,0");
    EXPECT_TOKENS("0o8", "ERROR: invalid digit '8' in octal literal @1,2");
    EXPECT_TOKENS("0x", "ERROR: invalid hexadecimal literal @1,1");
    EXPECT_TOKENS("x = €", "NAME EQUAL ERROR: invalid character '€' "
                           "(U+20AC) @1,4");
    EXPECT_TOKENS("a)", "NAME ERROR: unmatched ')' @1,1");
    EXPECT_TOKENS("(]", "LPAR ERROR: closing parenthesis ']' does not match "
                        "opening parenthesis '(' @1,1");
    EXPECT_TOKENS("x = (1 +\n", "NAME EQUAL LPAR NUMBER PLUS ERROR: '(' was "
                                "never closed @1,4");
    EXPECT_TOKENS("x = 1 \\ 2", "NAME EQUAL NUMBER ERROR: unexpected "
                                "character after line continuation "
                                "character @1,7");
    EXPECT_TOKENS("if 1:\n    x\n  y\n",
                  "IF NUMBER COLON NEWLINE INDENT NAME NEWLINE ERROR: "
                  "unindent does not match any outer indentation level @3,3");
    EXPECT_TOKENS("if x:\n        a\n\tb\n",
                  "IF NAME COLON NEWLINE INDENT NAME NEWLINE ERROR: "
                  "inconsistent use of tabs and spaces in indentation @3,0");
}

Test(lexer, invalid_utf8)
{
    char out[512];
    lex("x = 1\n\xff = 2\n", out, sizeof out);
    cr_assert_str_eq(out, "ERROR: Non-UTF-8 code starting with '\\xff' in "
                          "file t.py on line 2, but no encoding declared; "
                          "see https://peps.python.org/pep-0263/ for "
                          "details @2,0");
}
