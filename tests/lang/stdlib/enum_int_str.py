# IntEnum, StrEnum, IntFlag and enums mixed with a data type.
from enum import Enum, IntEnum, StrEnum, IntFlag, ReprEnum, auto


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3
    URGENT = 3


class Color(StrEnum):
    RED = auto()
    GREEN = "green"
    DarkBlue = auto()


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


class Mixed(int, Enum):
    A = 1
    B = 2


p = Priority.NORMAL
print(str(p), repr(p), format(p), f"{p:>4}|", f"{p}", "%d %s" % (p, p), p + 1, p * 2, type(p + 1).__name__)
print(p == 2, p < Priority.HIGH, Priority.HIGH > 2, hash(p) == hash(2), Priority(3), Priority.URGENT is Priority.HIGH)
print(sorted([Priority.HIGH, 0, Priority.LOW, 2.5]), list(Priority), ["a", "b", "c"][Priority.LOW], max(Priority))
print(isinstance(p, int), isinstance(p, Priority), Priority.__mro__[1:])
tasks = {"write": Priority.HIGH, "read": Priority.LOW, "test": Priority.NORMAL}
print([name for name, level in sorted(tasks.items(), key=lambda kv: -kv[1])])

c = Color.RED
print(str(c), repr(c), format(c), f"[{c:^7}]", c == "red", c.upper(), c + "!", len(Color.GREEN), Color("green"))
print(list(Color), Color.DarkBlue.value, "-".join(Color), isinstance(c, str), {"red": 1}[c])

rw = Perm.R | Perm.W
print(str(rw), repr(rw), repr(Perm.R | 1), repr(Perm.R | 8), repr(~Perm.R), repr(Perm(0)), Perm(7))
print(Perm.R + 1, Perm.R == 4, rw & 2, repr(6 & Perm.R), list(rw), Perm.W in rw, len(Perm(7)), type(Perm.R | 1).__name__)
print(str(Mixed.A), repr(Mixed.A), format(Mixed.A), f"{Mixed.B}", Mixed.A + Mixed.B, Mixed(2))

Level = IntEnum("Level", "DEBUG INFO WARNING")
print(list(Level), Level.INFO + 0, repr(Level(3)))
for bad in (lambda: Priority(7), lambda: Color("blue"), lambda: IntEnum("Bad", [("A", "x")])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    class Plain(ReprEnum):
        A = 1
except TypeError as e:
    print("TypeError", e)
