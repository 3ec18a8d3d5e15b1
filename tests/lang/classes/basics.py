# Classes: attributes, dunders, properties, inheritance, super, MRO.
class Point:
    """A point."""
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def help():
        return "points"


p = Point(1, 2) + Point(3, 4)
print(p, p.norm2, Point.origin(), Point.help(), Point.count, Point.__doc__)
print(p == Point(4, 6), p != Point(4, 6), {p: 1}[Point(4, 6)], Point.__name__, Point.__qualname__, type(p))


class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def __str__(self):
        return f"<{type(self).__name__} {self.name}>"


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return super().speak() + " (woof)"


d = Dog("Rex", "lab")
print(d.speak(), str(d), isinstance(d, Animal), issubclass(Dog, Animal), Dog.__mro__)


class MyError(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


try:
    raise MyError("bad thing", 42)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)
        return self

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __contains__(self, x):
        return x in self._items

    def __bool__(self):
        return bool(self._items)


s = Stack().push(1).push(2)
print(len(s), list(s), s[0], 2 in s, 5 in s, bool(s), bool(Stack()))


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, k=1):
        self.n += k
        return self.n

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *args):
        print("exit", args[0])
        return False


c = Counter()
print(c(), c(5))
with c as cc:
    print(cc.n)


class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __mul__(self, k):
        return Vec(*[x * k for x in self.xs])

    __rmul__ = __mul__

    def __lt__(self, other):
        return self.xs < other.xs

    def __repr__(self):
        return "Vec" + repr(self.xs)


print(Vec(1, 2) * 3, 2 * Vec(1, 2), sorted([Vec(3), Vec(1), Vec(2)]))


class WithGetattr:
    def __getattr__(self, name):
        return name.upper()


print(WithGetattr().hello)
print(type("Dyn", (object,), {"v": 5})().v)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    p.missing
except AttributeError as e:
    print(e)
