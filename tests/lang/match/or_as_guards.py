# Or-patterns, as-patterns and guards: evaluation order, short-circuiting,
# which alternative binds, and guards with side effects.


def kind(x):
    match x:
        case 0 | 1 | 2:
            return "small"
        case [0 | 1 as bit, *_] | (bit,):
            return f"bit sequence starting {bit}"
        case (int() | float()) as number if number < 0:
            return f"negative {number}"
        case str() | bytes() as text:
            return f"text {text!r}"
        case {"x": v} | {"y": v}:
            return f"x-or-y {v}"
        case ((a, b) | [a, b, _]) as whole:
            return f"two-ish {a} {b} of {whole}"
        case _:
            return "other"


for v in (0, 2, 3, [1, 5], (7,), [0], -3, -2.5, "s", b"b", {"y": 9},
          {"x": 1, "y": 2}, (4, 5), [4, 5, 6], [4, 5, 6, 7]):
    print(repr(v), "->", kind(v))


class Probe:
    def __init__(self, name, result):
        self.name = name
        self.result = result

    def __eq__(self, other):
        print("  compare", self.name, "with", other)
        return self.result


class Const:
    A = Probe("A", False)
    B = Probe("B", True)
    C = Probe("C", True)


print("alternatives stop at the first match:")
match 1:
    case Const.A | Const.B | Const.C:
        print("matched")


def log(msg, value=True):
    print("  guard:", msg)
    return value


print("guards run only after their pattern matches, in case order:")
for subject in (1, 2, 3):
    match subject:
        case 1 if log("first case", False):
            print("first")
        case 2 | 1 if log("second case"):
            print("second for", subject)
        case n if log(f"capture {n}", n > 2):
            print("third", n)

# A walrus in a guard binds too.
match [3, 4]:
    case [a, b] if (total := a + b) > 5:
        print("total", total)

# as binds the whole subject or sub-value.
match (1, (2, 3)):
    case (1, (2, _) as inner) as outer:
        print(inner, outer)

# Nested or-patterns with captures at several levels.
for value in ([1, ("a", 2)], [1, ("b", 3)], [2, ["a", 4]], [2, ["c", 5]]):
    match value:
        case [1 | 2 as n, ("a" | "b") as tag, num] | [n, (tag, num)]:
            print("flat form?", n, tag, num)
        case [1 | 2 as n, ("a" | "b" as tag, num)]:
            print("nested", n, tag, num)
        case other:
            print("unmatched", other)

# The irrefutable last alternative and the guarded capture before others.
for v in (1, 5, 10):
    match v:
        case x if x < 3:
            print("small", x)
        case 5 | _:
            print("five or anything:", v)

# Guards can reference names bound by earlier failed cases' guards.
match 10:
    case first if first > 100:
        pass
    case second if second == first:
        print("first was bound by the failed guard:", first)

# Exceptions inside guards propagate; bound names stay bound.
try:
    match 0:
        case zero if 1 / zero:
            pass
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, "zero =", zero)
