# A tokenizer and Pratt parser for a small expression language with
# let-bindings, function calls and conditionals: prints the token stream,
# the AST as an S-expression, and the value of each program; syntax errors
# carry line and column.
from dataclasses import dataclass, field
from enum import Enum, auto
import string
import math


class Kind(Enum):
    NUMBER = auto()
    STRING = auto()
    NAME = auto()
    KEYWORD = auto()
    OP = auto()
    NEWLINE = auto()
    EOF = auto()


KEYWORDS = {"let", "in", "if", "then", "else", "and", "or", "not", "fn"}
OPERATORS = sorted(["+", "-", "*", "/", "%", "^", "(", ")", ",", "=", "==", "!=",
                    "<", "<=", ">", ">=", "=>"], key=len, reverse=True)


@dataclass(frozen=True)
class Token:
    kind: Kind
    text: str
    line: int
    col: int

    def __str__(self):
        return f"{self.kind.name}:{self.text!r}@{self.line}:{self.col}"


class ParseError(Exception):
    def __init__(self, message, token):
        super().__init__(f"{message} at line {token.line}, column {token.col}")
        self.token = token


def tokenize(source):
    """Yields tokens; raises ParseError on a character it cannot use."""
    line, col, i = 1, 1, 0
    while i < len(source):
        ch = source[i]
        start = (line, col)
        if ch == "\n":
            yield Token(Kind.NEWLINE, "\\n", line, col)
            line, col, i = line + 1, 1, i + 1
            continue
        if ch in " \t":
            i, col = i + 1, col + 1
            continue
        if ch == "#":
            while i < len(source) and source[i] != "\n":
                i += 1
            continue
        if ch in string.digits or (ch == "." and source[i + 1:i + 2].isdigit()):
            j = i
            while j < len(source) and (source[j].isdigit() or source[j] == "."):
                j += 1
            text = source[i:j]
            if text.count(".") > 1:
                raise ParseError(f"malformed number {text!r}", Token(Kind.NUMBER, text, *start))
            yield Token(Kind.NUMBER, text, *start)
        elif ch in string.ascii_letters + "_":
            j = i
            while j < len(source) and (source[j].isalnum() or source[j] == "_"):
                j += 1
            text = source[i:j]
            yield Token(Kind.KEYWORD if text in KEYWORDS else Kind.NAME, text, *start)
        elif ch == '"':
            j = source.find('"', i + 1)
            if j < 0:
                raise ParseError("unterminated string", Token(Kind.STRING, "", *start))
            j += 1
            yield Token(Kind.STRING, source[i + 1:j - 1], *start)
        else:
            op = next((op for op in OPERATORS if source.startswith(op, i)), None)
            if op is None:
                raise ParseError(f"unexpected character {ch!r}", Token(Kind.OP, ch, *start))
            j = i + len(op)
            yield Token(Kind.OP, op, *start)
        col += j - i
        i = j
    yield Token(Kind.EOF, "", line, col)


@dataclass
class Node:
    kind: str
    value: object = None
    children: list = field(default_factory=list)

    def sexpr(self):
        if not self.children:
            return repr(self.value) if self.kind in ("num", "str") else str(self.value)
        head = self.kind if self.value is None else f"{self.kind} {self.value}"
        return "(" + " ".join([head] + [c.sexpr() for c in self.children]) + ")"


# binding powers: (left, right); "^" is right-associative
INFIX = {"or": (1, 2), "and": (3, 4), "==": (5, 6), "!=": (5, 6), "<": (7, 8),
         "<=": (7, 8), ">": (7, 8), ">=": (7, 8), "+": (9, 10), "-": (9, 10),
         "*": (11, 12), "/": (11, 12), "%": (11, 12), "^": (16, 15)}
PREFIX = {"-": 13, "not": 5}


class Parser:
    def __init__(self, tokens):
        self.tokens = [t for t in tokens if t.kind is not Kind.NEWLINE]
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, text):
        tok = self.advance()
        if tok.text != text:
            raise ParseError(f"expected {text!r}, found {tok.text or 'end of input'!r}", tok)
        return tok

    def parse(self):
        node = self.expression(0)
        if self.peek().kind is not Kind.EOF:
            raise ParseError(f"unexpected {self.peek().text!r}", self.peek())
        return node

    def expression(self, min_bp):
        left = self.prefix()
        while True:
            tok = self.peek()
            if tok.text == "(" and tok.kind is Kind.OP:
                self.advance()
                args = [] if self.peek().text == ")" else self.arguments()
                self.expect(")")
                left = Node("call", None, [left] + args)
                continue
            bp = INFIX.get(tok.text) if tok.kind in (Kind.OP, Kind.KEYWORD) else None
            if bp is None or bp[0] < min_bp:
                return left
            self.advance()
            left = Node("op", tok.text, [left, self.expression(bp[1])])

    def arguments(self):
        args = [self.expression(0)]
        while self.peek().text == ",":
            self.advance()
            args.append(self.expression(0))
        return args

    def prefix(self):
        tok = self.advance()
        if tok.kind is Kind.NUMBER:
            return Node("num", float(tok.text) if "." in tok.text else int(tok.text))
        if tok.kind is Kind.STRING:
            return Node("str", tok.text)
        if tok.kind is Kind.NAME:
            return Node("name", tok.text)
        if tok.text in PREFIX:
            return Node("neg" if tok.text == "-" else "not", None, [self.expression(PREFIX[tok.text])])
        if tok.text == "(":
            inner = self.expression(0)
            self.expect(")")
            return inner
        if tok.text == "let":
            name = self.advance()
            if name.kind is not Kind.NAME:
                raise ParseError(f"expected a name after 'let', found {name.text!r}", name)
            self.expect("=")
            bound = self.expression(0)
            self.expect("in")
            return Node("let", name.text, [bound, self.expression(0)])
        if tok.text == "if":
            cond = self.expression(0)
            self.expect("then")
            yes = self.expression(0)
            self.expect("else")
            return Node("if", None, [cond, yes, self.expression(0)])
        if tok.text == "fn":
            params = []
            while self.peek().kind is Kind.NAME:
                params.append(self.advance().text)
            self.expect("=>")
            return Node("fn", " ".join(params), [self.expression(0)])
        raise ParseError(f"unexpected {tok.text or 'end of input'!r}", tok)


BINARY = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
          "/": lambda a, b: a / b, "%": lambda a, b: a % b, "^": lambda a, b: a ** b,
          "==": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
          "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}
BUILTINS = {"sqrt": math.sqrt, "max": max, "min": min, "len": len, "upper": str.upper}


def evaluate(node, env):
    kind = node.kind
    if kind in ("num", "str"):
        return node.value
    if kind == "name":
        for scope in env:
            if node.value in scope:
                return scope[node.value]
        raise NameError(f"unbound name {node.value!r}")
    if kind == "neg":
        return -evaluate(node.children[0], env)
    if kind == "not":
        return not evaluate(node.children[0], env)
    if kind == "op" and node.value in ("and", "or"):
        left = evaluate(node.children[0], env)
        if (node.value == "and") != bool(left):
            return left
        return evaluate(node.children[1], env)
    if kind == "op":
        a, b = (evaluate(c, env) for c in node.children)
        return BINARY[node.value](a, b)
    if kind == "let":
        value = evaluate(node.children[0], env)
        return evaluate(node.children[1], [{node.value: value}] + env)
    if kind == "if":
        cond, yes, no = node.children
        return evaluate(yes if evaluate(cond, env) else no, env)
    if kind == "fn":
        params = node.value.split()
        body = node.children[0]
        return lambda *args: evaluate(body, [dict(zip(params, args))] + env)
    if kind == "call":
        func, *args = [evaluate(c, env) for c in node.children]
        return func(*args)
    raise ValueError(f"unknown node {kind}")


PROGRAMS = [
    "1 + 2 * 3 - 4 / 2",
    "2 ^ 3 ^ 2",
    "-(1 + 2) * 3 % 4",
    "let x = 5 in\n  let y = x * 2 in\n    x + y  # comment",
    'if 3 < 4 and not 1 == 2 then "yes" else "no"',
    "let sq = fn n => n * n in sq(7) + sqrt(16)",
    'upper("abc") + "!"',
    "let add = fn a b => a + b in max(add(1, 2), add(3, 4), 5)",
    "0 or 0.5 and 2.25",
    "1 + * 2",
    "let = 3",
    "(1 + 2",
    "3 $ 4",
    "1.2.3 + 1",
    'len("unterminated)',
    "missing + 1",
]

for number, source in enumerate(PROGRAMS, 1):
    print(f"--- program {number}: {source.splitlines()[0]}")
    try:
        tokens = list(tokenize(source))
        print("  tokens:", " ".join(str(t) for t in tokens[:8]) + (" ..." if len(tokens) > 8 else ""))
        tree = Parser(tokens).parse()
        print("  ast:   ", tree.sexpr())
        result = evaluate(tree, [BUILTINS])
        print("  value: ", repr(result))
    except ParseError as e:
        print("  syntax error:", e)
    except NameError as e:
        print("  name error:", e)

counts = {}
for source in PROGRAMS:
    try:
        for tok in tokenize(source):
            counts[tok.kind] = counts.get(tok.kind, 0) + 1
    except ParseError:
        pass
print(", ".join(f"{k.name.lower()}={v}" for k, v in sorted(counts.items(), key=lambda kv: kv[0].value)))
