# functools.total_ordering: the root chosen, derived methods, NotImplemented.
from functools import total_ordering, cached_property


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b > a, b >= a, a <= Version(1, 2), a >= Version(1, 2), a > Version(1, 2))
print(sorted([Version(2), Version(1, 5), Version(1, 0, 1)]), max(a, b), min(a, b))
print(Version.__gt__.__name__, Version.__ge__.__doc__)
print(a.__gt__(3), a.__le__("x"))
for op in (lambda: a > 3, lambda: a <= "x", lambda: 3 >= a):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)


@total_ordering
class Rank:
    order = "23456789TJQKA"

    def __init__(self, c):
        self.c = c

    def __eq__(self, other):
        return self.c == other.c

    def __ge__(self, other):
        return self.order.index(self.c) >= self.order.index(other.c)


k, q = Rank("K"), Rank("Q")
print(k > q, k < q, k <= q, k >= q, q <= q, q < q)
print(sorted(r.c for r in map(Rank, "KT2A9")))
print(sorted(Rank(c) for c in "KT2A9")[0].c)


@total_ordering
class Both:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __gt__(self, other):
        return self.n > other.n

    def __le__(self, other):
        return self.n <= other.n


print(Both.__lt__.__name__, Both.__ge__.__name__, Both(1) < Both(2), Both(3) >= Both(2))
print(Both.__dict__["__le__"].__name__, Both.__dict__["__gt__"].__name__)


@total_ordering
class Gt:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        return self.n > other.n


print(Gt(1) < Gt(2), Gt(2) <= Gt(2), Gt(1) >= Gt(2))
try:
    @total_ordering
    class Plain:
        def __eq__(self, other):
            return True
except ValueError as e:
    print("ValueError:", e)


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        """The area, computed once."""
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed, "area" in c.__dict__, Circle.area.__doc__)
del c.area
print(c.area, c.computed, type(Circle.area).__name__)
