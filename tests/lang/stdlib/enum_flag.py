# enum.Flag: combining, membership, iteration, reprs, boundaries, auto().
from enum import Flag, Enum, auto, KEEP, CONFORM, EJECT, STRICT, unique


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Perm), list(Perm.__members__), Perm._member_names_)
print(repr(Perm.R | Perm.X), str(Perm.R | Perm.X), repr(Perm.R | Perm.W), repr(Perm(7)))
print(repr(Perm(0)), str(Perm(0)), Perm(0).name, Perm(7).name, (Perm.R | Perm.X).value)
print(repr(~Perm.R), repr(~Perm(7)), repr(~Perm(0)), repr(Perm.RW ^ Perm.W), repr(Perm.RW & Perm.W))
print(Perm.R in Perm.RW, Perm.X in Perm.RW, Perm(0) in Perm.R, list(Perm.RW), len(Perm(7)), len(Perm(0)))
print(bool(Perm(0)), bool(Perm.R), format(Perm.R | Perm.X), f"{Perm.RW!s:>10}|", (Perm.R | Perm.W) is Perm.RW)
print(list(Color), [c.value for c in Color], repr(Color.WHITE), repr(Color.RED | Color.BLUE))
print(repr(~Color.RED), Color.WHITE.name, Color(3), Color["BLUE"], Color(1) is Color.RED)
print(repr(Perm), repr(Color), Perm._boundary_, Color.RED in Color, (Perm.R | Perm.X) in Perm)
for bad in (lambda: Perm(9), lambda: Perm("r"), lambda: Perm.R in 3, lambda: 3 in Perm.R,
            lambda: Perm.R | 1, lambda: Perm.R & Color.RED):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


print(repr(Keep(13)), repr(~Keep.A), list(Keep(13)), repr(Conform(13)), repr(~Conform.A))
print(repr(Eject(13)), repr(Eject(3)), Keep._boundary_ is KEEP, STRICT, repr(CONFORM))


class Odd(Flag):
    NONE = 0
    A = auto()
    B = 8
    C = auto()


print([(m.name, m.value) for m in Odd], repr(Odd(0)), repr(~(Odd.A | Odd.B | Odd.C)))
Access = Flag("Access", "READ WRITE EXEC")
print(list(Access), repr(Access.READ | Access.EXEC), Access.__name__)


class Permission(Flag):
    READ = auto()
    WRITE = auto()
    ADMIN = auto()

    def describe(self):
        return " + ".join(m.name.lower() for m in self) or "nothing"


user = Permission.READ
user |= Permission.WRITE
print(user, user.describe(), Permission(0).describe(), Permission.ADMIN in user)
user &= ~Permission.READ
print(repr(user), {Permission.READ: "r"}[Permission(1)])


@unique
class Status(Enum):
    ACTIVE = auto()
    DONE = auto()

    def __new__(cls, value):
        obj = object.__new__(cls)
        obj._value_ = value * 10
        return obj


print(list(Status), Status(20))
