# Sequence patterns: which subjects are sequences, lengths, star
# captures, nesting, and how items are read.
import array
import collections


def shape(x):
    match x:
        case []:
            return "empty"
        case [only]:
            return f"one: {only!r}"
        case [a, b]:
            return f"two: {a!r} {b!r}"
        case [first, *middle, last]:
            return f"many: {first!r} {middle!r} {last!r}"
        case _:
            return "not a sequence"


for subject in ([], [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3, 4),
                range(5), range(0), "ab", b"ab", bytearray(b"ab"), {1, 2},
                {"a": 1, "b": 2}, 12, None, collections.deque([7, 8]),
                array.array("i", [4, 5, 6]), array.array("b")):
    print(repr(subject), "->", shape(subject))

# Star positions, and what the star binds (always a list).
for subject in ([1], [1, 2], [1, 2, 3], (1, 2, 3, 4, 5)):
    match subject:
        case [*init, last]:
            print("init", init, "last", last)
    match subject:
        case [head, *tail]:
            print("head", head, "tail", tail)
    match subject:
        case [a, *_, z]:
            print("ends", a, z)
        case _:
            print("too short for ends")
    match subject:
        case [*everything]:
            print("everything", everything, type(everything).__name__)

# Parenthesised and bare tuple patterns are sequence patterns too.
point = (3, -4)
match point:
    case (0, 0):
        print("origin")
    case (x, 0) | (0, x):
        print("on an axis at", x)
    case x, y:
        print("point", x, y)

match 1, 2, 3:
    case 1, *rest:
        print("bare tuple subject, rest", rest)

# Nested sequences with literals and captures.
data = [("add", [1, 2]), ("neg", [5]), ("add", [1, 2, 3]), ("noop", []),
        ["mul", (3, 4)]]
for item in data:
    match item:
        case ("add", [x, y]):
            print("add", x + y)
        case ("add", [x, *more]):
            print("add many", x + sum(more))
        case ("neg", [x]):
            print("neg", -x)
        case [("mul" | "times") as op, (a, b)]:
            print(op, a * b)
        case (name, []):
            print("no arguments for", name)

# Sequence subclasses and collections.abc.Sequence classes match; str does
# not even as a subclass member.
from collections.abc import Sequence


class Countdown(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("  len called")
        return self.n

    def __getitem__(self, i):
        print("  getitem", i)
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return self.n - i


class MyList(list):
    pass


match MyList([1, 2]):
    case [a, b]:
        print("list subclass", a, b)

print("fixed length:")
match Countdown(3):
    case [a, b, c]:
        print(a, b, c)
print("star capture:")
match Countdown(3):
    case [a, *rest]:
        print(a, rest)
print("star wildcard, items by index:")
match Countdown(4):
    case [first, *_, last]:
        print(first, last)
print("only wildcards:")
match Countdown(2):
    case [_, _]:
        print("two items")
print("length mismatch:")
match Countdown(2):
    case [a, b, c]:
        print("no")
    case [*_]:
        print("any sequence")


class NotASequence:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


match NotASequence():
    case [a, b]:
        print("matched?")
    case _:
        print("a class with __getitem__ is not a sequence")

# Iterators and generators are not sequences.
match iter([1, 2]):
    case [a, b]:
        print("iterator matched")
    case _:
        print("iterator is not a sequence")

# Deep nesting.
tree = [1, [2, [3, [4, []]]]]
depth = 0
while True:
    match tree:
        case [value, rest]:
            depth += 1
            tree = rest
        case []:
            break
print("depth", depth)
