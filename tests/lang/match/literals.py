# Literal, singleton, capture, wildcard and value patterns; when names
# are bound; match and case as ordinary names.


def describe(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.25:
            return "minus two and a quarter"
        case "hello":
            return "greeting"
        case "a" "b":
            return "concatenated ab"
        case b"raw":
            return "bytes"
        case "":
            return "empty string"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "something else"


for value in [0, -1, 1.5, -2.25, "hello", "ab", b"raw", "", None, True,
              False, 0.0, -0.0, 1, 2, "HELLO", b"", [], ()]:
    print(repr(value), "->", describe(value))


# Complex literals: a real part, then + or - an imaginary one.
for value in (1 + 2j, 1 - 2j, -1.5 + 0j, 3j, -3j, complex(1, 2), 1):
    match value:
        case 1 + 2j:
            print(value, "is 1+2j")
        case 1 - 2j | -1.5 + 0j:
            print(value, "is 1-2j or -1.5")
        case 3j:
            print(value, "is 3j")
        case -3j:
            print(value, "is -3j")
        case _:
            print(value, "no complex literal")

# `case 1` compares with ==, so True matches it; `case True` is identity.
for value in [1, True, 1.0, 0, False]:
    match value:
        case True:
            print(repr(value), "is True")
        case 1:
            print(repr(value), "== 1")
        case False:
            print(repr(value), "is False")
        case 0:
            print(repr(value), "== 0")

# A capture binds the subject; `_` binds nothing.
match 42:
    case answer:
        print("captured", answer)

_ = "untouched"
match 7:
    case _:
        print("wildcard; _ is still", _)

# Nothing is bound when the pattern fails part-way.
first = second = "unset"
match (1, 2, 3):
    case (first, second):
        print("not reached")
    case (one, two, 4):
        print("not reached either")
    case _:
        pass
print(first, second)
print("one" in globals(), "two" in globals())

# Names are bound before the guard runs, and stay bound if it fails.
match 5:
    case n if n > 10:
        print("big")
    case _:
        print("guard failed, n =", n)


# Value patterns: dotted names are compared with ==, plain names capture.
class Limits:
    LOW = 10
    HIGH = 100

    class Nested:
        MID = 50


def classify(v):
    match v:
        case Limits.LOW:
            return "low"
        case Limits.HIGH:
            return "high"
        case Limits.Nested.MID:
            return "mid"
        case other:
            return "other " + repr(other)


for v in (10, 100, 50, 10.0, 7):
    print(v, classify(v))


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  Loud.__eq__ with", repr(other))
        return self.v == other


match Loud(3):
    case 1:
        print("one")
    case 3:
        print("three")

# match and case stay ordinary names.
match = [1, 2]
case = {"x": 1}
print(match, case)
match[0] = 10
print(match[0], case["x"])


def match(*args):
    return "called match" + str(args)


print(match(1, 2))
match (3):
    case 3:
        print("match statement with a parenthesised subject")
case = 5
match case:
    case case if case > 1:
        print("case captured", case)


class Case:
    match = "attr"


print(Case.match)

# Stores happen in the pattern's order.
match (10, 20):
    case (zz_b, zz_a):
        pass
print([k for k in globals() if k.startswith("zz_")])
