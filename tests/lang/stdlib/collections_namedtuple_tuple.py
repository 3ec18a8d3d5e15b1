# namedtuple classes are real tuple subclasses.
from collections import namedtuple
import copy

Point = namedtuple("Point", "x y")
Card = namedtuple("Card", ["rank", "suit"], defaults=["spades"])
p = Point(3, 4)
print(p, isinstance(p, tuple), issubclass(Point, tuple), Point.__mro__[1:], Point.__bases__)
print(hash(p) == hash((3, 4)), p == (3, 4), (3, 4) == p, p != Point(4, 3), p < (3, 5), p > Point(2, 9))
x, y = p
print(x, y, p[0], p[-1], p[:1], p[::-1], len(p), list(p), 4 in p, p.index(4), p.count(3))
print(p + (5,), (1,) + p, p * 2, type(p + p).__name__, tuple(p), sorted([Point(2, 1), Point(1, 2), p]))
print({p: "here"}[(3, 4)], {(3, 4): "there"}[p], set([p, (3, 4)]) == {p}, max(p), sum(p))
print("%s and %s" % p, "{} {}".format(*p), f"{p}", repr(p), str(p))
c = Card("Q")
print(c, c._replace(suit="hearts"), c._asdict(), Card._make(["K", "clubs"]), Card._fields, Card._field_defaults)
for bad in (lambda: setattr(p, "x", 1), lambda: setattr(p, "z", 1), lambda: delattr(p, "x")):
    try:
        bad()
    except AttributeError as e:
        print("AttributeError:", e)
for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, y=2, z=3), lambda: Point._make([1])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(copy.copy(p), copy.deepcopy(Card("A", ["x"])), p.__getnewargs__(), Point.__doc__)


class Vector(namedtuple("Vector", "dx dy")):
    __slots__ = ()

    def __add__(self, other):
        return Vector(self.dx + other.dx, self.dy + other.dy)

    @property
    def length(self):
        return (self.dx ** 2 + self.dy ** 2) ** 0.5


v = Vector(3, 4) + Vector(1, 1)
print(v, v.length, isinstance(v, tuple), v._replace(dx=0), hash(v) == hash((4, 5)))
