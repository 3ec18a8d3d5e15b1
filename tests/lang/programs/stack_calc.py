# A tiny calculator: tokenizer, shunting-yard, RPN evaluation on a stack.
PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
RIGHT_ASSOC = ["^"]


def tokenize(expr):
    tokens = []
    i = 0
    while i < len(expr):
        ch = expr[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(expr) and expr[j].isdigit():
                j += 1
            tokens.append(int(expr[i:j]))
            i = j
        elif ch in PRECEDENCE or ch in "()":
            tokens.append(ch)
            i += 1
        else:
            raise ValueError("bad character " + repr(ch) + " at " + str(i))
    return tokens


def to_rpn(tokens):
    output = []
    ops = []
    for tok in tokens:
        if isinstance(tok, int):
            output.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops and ops[-1] != "(":
                output.append(ops.pop())
            if not ops:
                raise ValueError("unbalanced ')'")
            ops.pop()
        else:
            while ops and ops[-1] != "(":
                top = ops[-1]
                if PRECEDENCE[top] > PRECEDENCE[tok] or (
                        PRECEDENCE[top] == PRECEDENCE[tok] and tok not in RIGHT_ASSOC):
                    output.append(ops.pop())
                else:
                    break
            ops.append(tok)
    while ops:
        op = ops.pop()
        if op == "(":
            raise ValueError("unbalanced '('")
        output.append(op)
    return output


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        if b == 0:
            raise ZeroDivisionError("division by zero in expression")
        return a // b
    if op == "%":
        return a % b
    if op == "^":
        return a ** b
    raise ValueError("unknown operator " + op)


def eval_rpn(rpn):
    stack = []
    for tok in rpn:
        if isinstance(tok, int):
            stack.append(tok)
        else:
            if len(stack) < 2:
                raise ValueError("stack underflow at " + tok)
            b = stack.pop()
            a = stack.pop()
            stack.append(apply(tok, a, b))
    if len(stack) != 1:
        raise ValueError("leftover values " + str(stack))
    return stack[0]


def calculate(expr):
    rpn = to_rpn(tokenize(expr))
    return " ".join([str(t) for t in rpn]), eval_rpn(rpn)


EXPRESSIONS = [
    "1 + 2",
    "2 + 3 * 4",
    "(2 + 3) * 4",
    "100 / 7",
    "100 % 7",
    "2 ^ 3 ^ 2",
    "(2 ^ 3) ^ 2",
    "10 - 4 - 3",
    "2 ^ 100",
    "((1 + 2) * (3 + 4)) / 3",
    "7 * (6 - (5 - (4 - 3)))",
    "1 / 0",
    "(1 + 2",
    "1 + 2)",
    "3 $ 4",
    "1 +",
    "12 34",
    "0",
]
for e in EXPRESSIONS:
    try:
        rpn, value = calculate(e)
        print(e.ljust(26), "=>", rpn.ljust(22), "=", value)
    except ZeroDivisionError as err:
        print(e.ljust(26), "!! ZeroDivisionError:", err)
    except ValueError as err:
        print(e.ljust(26), "!! ValueError:", err)
total = 0
for n in range(1, 51):
    rpn, value = calculate(str(n) + " * " + str(n) + " - " + str(n) + " / 2")
    total += value
print("checksum", total)
