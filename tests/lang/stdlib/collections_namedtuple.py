from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, repr(p), p.x, p.y, p[0], p[-1], p[:1], len(p))
x, y = p
print(x, y, list(p), tuple(p), 2 in p, 5 in p)
print(p == Point(1, 2), p == (1, 2), p != (1, 3), p < Point(1, 3), Point(0, 9) < p)
print(hash(p) == hash(Point(1, 2)), {p: "v"}[Point(1, 2)])
print(Point._fields, Point.__name__, p._asdict())
print(p._replace(y=5), Point._make([7, 8]), Point(y=4, x=3))
print(p + (3,), p * 2, p.count(1), p.index(2))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
for args, kw in (((1,), {}), ((), {}), ((1, 2, 3), {}), ((1, 2), {"z": 1}), ((1,), {"x": 2})):
    try:
        Point(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError", e)

Emp = namedtuple("Emp", "name, age dept", defaults=["eng"])
e = Emp("ann", 30)
print(e, Emp._field_defaults, Emp("bob", 4, "ops"))
R = namedtuple("R", "a def _c a", rename=True)
print(R._fields, R(1, 2, 3, 4))
for bad in (["1x"], ["class"], ["_p"], ["a", "a"]):
    try:
        namedtuple("B", bad)
    except ValueError as e:
        print("ValueError", e)
try:
    namedtuple("B", "a b", defaults=[1, 2, 3])
except TypeError as e:
    print("TypeError", e)

class P3(namedtuple("P3", "x y z")):
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
q = P3(1, -2, 3)
print(q, q.norm1(), sorted([P3(2, 0, 0), P3(1, 5, 5), P3(1, 2, 0)]))
print(max([Point(1, 2), Point(3, 0), Point(2, 9)], key=lambda pt: pt.y))
print(dict(zip(Point._fields, (5, 6))), [pt.x for pt in map(Point._make, [(1, 2), (3, 4)])])
