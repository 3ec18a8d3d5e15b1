# Class patterns: isinstance checks, __match_args__, keyword
# sub-patterns, the builtins that match themselves, and the errors.
from collections.abc import Sequence


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, 0):
            return f"3d on the floor at {x},{y}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, y=0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return "somewhere else"
        case _:
            return "not a point"


for p in (Point(0, 0), Point(0, 5), Point(4, 0), Point(2, 2), Point(1, 2),
          Point3(1, 2, 0), Point3(1, 2, 3), (0, 0), None):
    print(where(p))

# Keyword sub-patterns read any attribute, methods included.
class Box:
    def __init__(self, content):
        self.content = content

    def size(self):
        return len(self.content)


match Box("abc"):
    case Box(content=str() as c, size=s):
        print("box of", c, "size method", s())

# A missing attribute is simply no match.
match Box(1):
    case Box(missing=m):
        print("no")
    case Box(content=c):
        print("content", c)

# Builtins whose one positional sub-pattern is the subject itself.
for value in (5, True, 2.5, "s", b"b", bytearray(b"ba"), [1], (1,), {1: 2},
              {1}, frozenset({2})):
    match value:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s):
            print("str", s)
        case bytes(b):
            print("bytes", b)
        case bytearray(b):
            print("bytearray", b)
        case list(l):
            print("list", l)
        case tuple(t):
            print("tuple", t)
        case dict(d):
            print("dict", d)
        case set(s):
            print("set", s)
        case frozenset(f):
            print("frozenset", sorted(f))


class MyList(list):
    pass


match MyList([7]):
    case MyList(items):
        print("subclass of list matches itself:", items,
              type(items).__name__)

class MyInt(int):
    pass


match MyInt(8):
    case MyInt(n):
        print("subclass of int matches itself:", n, type(n).__name__)
match MyInt(8):
    case int(n):
        print("and matches int(n):", n, type(n).__name__)
match True:
    case int(n):
        print("True matches int(n):", n)

match 7:
    case int(real=r, imag=i):
        print("int attributes", r, i)


# A class that sets __match_args__ replaces the self-matching.
class Tags(dict):
    __match_args__ = ("first",)

    @property
    def first(self):
        return next(iter(self))


match Tags(a=1, b=2):
    case Tags(f):
        print("Tags via __match_args__", f)


class Plain(set):
    __match_args__ = ()


try:
    match Plain():
        case Plain(x):
            print("no")
except TypeError as e:
    print("TypeError:", e)


# Errors.
class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["a"]


class BadItem:
    __match_args__ = ("a", 2)
    a = 1


class Twice:
    __match_args__ = ("a", "a")
    a = 1


class One:
    __match_args__ = ("a",)
    a = 1


def attempt(subject, f):
    try:
        print("result:", f(subject))
    except TypeError as e:
        print("TypeError:", e)


def pat_noargs(s):
    match s:
        case NoArgs(x):
            return x


def pat_noargs2(s):
    match s:
        case NoArgs(x, y):
            return x


def pat_badargs(s):
    match s:
        case BadArgs(x):
            return x


def pat_baditem(s):
    match s:
        case BadItem(a, b):
            return a


def pat_twice(s):
    match s:
        case Twice(a, b):
            return a


def pat_one(s):
    match s:
        case One(a, a=b):
            return a


def pat_int2(s):
    match s:
        case int(a, b):
            return a


def pat_not_type(s):
    match s:
        case len():
            return "len"


def pat_one_too_many(s):
    match s:
        case One(a, b):
            return a


attempt(NoArgs(), pat_noargs)
attempt(NoArgs(), pat_noargs2)
attempt(1, pat_noargs)  # not an instance: no error
attempt(BadArgs(), pat_badargs)
attempt(BadItem(), pat_baditem)
attempt(Twice(), pat_twice)
attempt(One(), pat_one)
attempt(5, pat_int2)
attempt(5, pat_not_type)
attempt(One(), pat_one_too_many)


# isinstance goes through the metaclass: ABCs and registration.
class Pair:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (10, 20)[i]


Sequence.register(Pair)
match Pair():
    case Sequence():
        print("registered Pair is a Sequence instance")
match Pair():
    case [a, b]:
        print("and matches sequence patterns:", a, b)


# Attribute lookups run properties; other exceptions propagate.
class Lazy:
    __match_args__ = ("value", "broken")

    @property
    def value(self):
        print("  computing value")
        return 99

    @property
    def broken(self):
        raise ValueError("broken property")


match Lazy():
    case Lazy(v):
        print("value", v)
try:
    match Lazy():
        case Lazy(v, b):
            print("no")
except ValueError as e:
    print("ValueError:", e)


# Nested class patterns and dotted class names.
class shapes:
    class Circle:
        __match_args__ = ("r",)

        def __init__(self, r):
            self.r = r

    class Rect:
        __match_args__ = ("w", "h")

        def __init__(self, w, h):
            self.w = w
            self.h = h


def area(s):
    match s:
        case shapes.Circle(r=0) | shapes.Rect(0, _) | shapes.Rect(_, 0):
            return 0
        case shapes.Circle(r):
            return round(3.14159 * r * r, 2)
        case shapes.Rect(w, h):
            return w * h


for s in (shapes.Circle(1), shapes.Circle(0), shapes.Rect(2, 3),
          shapes.Rect(0, 3)):
    print(type(s).__name__, area(s))
