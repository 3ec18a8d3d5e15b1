# An expression evaluator and simplifier over nested tuples, written with
# match statements: the kind of code PEP 636 has in mind.


def evaluate(expr, env):
    match expr:
        case int() | float() as number:
            return number
        case str(name):
            if name not in env:
                raise NameError(f"unbound variable {name!r}")
            return env[name]
        case ("neg", operand):
            return -evaluate(operand, env)
        case ("+" | "-" | "*" | "/" as op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            match op:
                case "+":
                    return a + b
                case "-":
                    return a - b
                case "*":
                    return a * b
                case "/" if b == 0:
                    raise ZeroDivisionError("divide by zero in " + show(expr))
                case "/":
                    return a / b
        case ("let", str(name), value, body):
            inner = dict(env)
            inner[name] = evaluate(value, env)
            return evaluate(body, inner)
        case ("if", test, then, otherwise):
            return evaluate(then if evaluate(test, env) else otherwise, env)
        case ("sum", *terms):
            return sum(evaluate(t, env) for t in terms)
        case _:
            raise ValueError(f"bad expression {expr!r}")


def show(expr):
    match expr:
        case ("neg", x):
            return f"-{show(x)}"
        case (op, a, b) if op in "+-*/":
            return f"({show(a)} {op} {show(b)})"
        case ("let", name, value, body):
            return f"let {name} = {show(value)} in {show(body)}"
        case ("if", t, a, b):
            return f"if {show(t)} then {show(a)} else {show(b)}"
        case ("sum", *terms):
            return "sum(" + ", ".join(show(t) for t in terms) + ")"
        case _:
            return str(expr)


def simplify(expr):
    match expr:
        case (op, a, b) if op in "+-*/":
            a, b = simplify(a), simplify(b)
            match (op, a, b):
                case ("+", 0, x) | ("+", x, 0) | ("*", 1, x) | ("*", x, 1):
                    return x
                case ("*", 0, _) | ("*", _, 0):
                    return 0
                case ("-", x, y) if x == y:
                    return 0
                case (_, int(x), int(y)) if op != "/":
                    return evaluate((op, x, y), {})
                case _:
                    return (op, a, b)
        case ("neg", ("neg", x)):
            return simplify(x)
        case ("neg", x):
            return ("neg", simplify(x))
        case _:
            return expr


programs = [
    ("+", 1, ("*", 2, 3)),
    ("let", "x", 5, ("*", "x", ("+", "x", 1))),
    ("if", ("-", "n", 3), "n", ("neg", "n")),
    ("sum", 1, 2.5, ("neg", 4), "n"),
    ("/", 1, ("-", "n", "n")),
    ("/", 7, 2),
    ("pow", 2, 3),
    ("+", "y", 1),
]
for program in programs:
    try:
        result = evaluate(program, {"n": 3})
        print(show(program), "=", result)
    except (NameError, ZeroDivisionError, ValueError) as e:
        print(show(program), "->", type(e).__name__ + ":", e)

for expr in [("+", 0, ("*", "x", 1)), ("*", ("+", 2, 3), ("-", "y", "y")),
             ("neg", ("neg", ("+", 1, 2))), ("-", ("*", 2, 3), 4),
             ("/", ("+", "a", 0), ("*", 1, "b"))]:
    print(show(expr), "=>", show(simplify(expr)))
