# A small language: tokenizer, recursive-descent parser to an AST of
# classes, an evaluator with variables and functions, and error reporting.


class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r})"


class LexError(Exception):
    pass


class ParseError(Exception):
    def __init__(self, message, token):
        super().__init__(f"{message} at {token.pos}")
        self.token = token


def tokenize(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            yield Token("num", text[start:i], start)
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            word = text[start:i]
            yield Token("kw" if word in ("let", "fn") else "name", word, start)
        elif ch in "+-*/%^(),=":
            yield Token("op", ch, i)
            i += 1
        else:
            raise LexError(f"unexpected {ch!r} at {i}")
    yield Token("end", "", len(text))


class Node:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class Num(Node):
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value


class Var(Node):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        if self.name not in env:
            raise NameError(f"undefined variable {self.name}")
        return env[self.name]


class BinOp(Node):
    OPS = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b,
        "%": lambda a, b: a % b,
        "^": lambda a, b: a ** b,
    }

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def eval(self, env):
        return self.OPS[self.op](self.left.eval(env), self.right.eval(env))


class Call(Node):
    def __init__(self, name, args):
        self.name, self.args = name, args

    def eval(self, env):
        fn = env.get(self.name)
        if not callable(fn):
            raise TypeError(f"{self.name} is not a function")
        return fn(*[a.eval(env) for a in self.args])


class Parser:
    PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}

    def __init__(self, text):
        self.tokens = list(tokenize(text))
        self.i = 0

    @property
    def current(self):
        return self.tokens[self.i]

    def take(self, kind=None, text=None):
        tok = self.current
        if (kind and tok.kind != kind) or (text and tok.text != text):
            raise ParseError(f"expected {text or kind}, got {tok.text or 'end'}", tok)
        self.i += 1
        return tok

    def expression(self, min_prec=1):
        left = self.unary()
        while self.current.kind == "op" and self.PRECEDENCE.get(self.current.text, 0) >= min_prec:
            op = self.take().text
            prec = self.PRECEDENCE[op]
            right = self.expression(prec if op == "^" else prec + 1)
            left = BinOp(op, left, right)
        return left

    def unary(self):
        if self.current.text == "-":
            self.take()
            return BinOp("-", Num(0), self.unary())
        return self.primary()

    def primary(self):
        tok = self.current
        if tok.kind == "num":
            self.take()
            return Num(float(tok.text) if "." in tok.text else int(tok.text))
        if tok.kind == "name":
            self.take()
            if self.current.text == "(":
                self.take()
                args = []
                while self.current.text != ")":
                    args.append(self.expression())
                    if self.current.text == ",":
                        self.take()
                self.take(text=")")
                return Call(tok.text, args)
            return Var(tok.text)
        if tok.text == "(":
            self.take()
            node = self.expression()
            self.take(text=")")
            return node
        raise ParseError("unexpected token", tok)


def run(lines):
    env = {"max": max, "min": min, "abs": abs}
    for line in lines:
        try:
            if line.startswith("let "):
                name, _, expr = line[4:].partition("=")
                env[name.strip()] = Parser(expr).expression().eval(env)
                print(f"{name.strip()} = {env[name.strip()]}")
            else:
                tree = Parser(line).expression()
                print(f"{line} -> {tree.eval(env)}")
        except (LexError, ParseError, NameError, TypeError, ZeroDivisionError) as e:
            print(f"{line!r}: {type(e).__name__}: {e}")


program = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "let x = 10",
    "let y = x / 4",
    "x % 3 + y",
    "max(x, y, 3) - min(1, -2)",
    "-x + abs(-5)",
    "1 / 0",
    "z + 1",
    "3 $ 4",
    "(1 + 2",
    "x(3)",
]
run(program)
print(Parser("a + 2 * b").expression())
print([t for t in tokenize("let q = 1.5")][:3])
