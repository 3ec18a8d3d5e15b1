# dataclasses: generated __init__/__repr__/__eq__, defaults, factories,
# order, frozen, inheritance, asdict/astuple/replace, and their errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tags: list = field(default_factory=list, compare=False)


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

    def hex(self):
        return "#%02x%02x%02x" % (self.r, self.g, self.b)


@dataclass
class Point3(Point):
    z: int = 0

    def __post_init__(self):
        self.norm1 = abs(self.x) + abs(self.y) + abs(self.z)


p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(sorted([Version(1, 2), Version(1), Version(0, 9)]), Version(1) < Version(1, 1))
v = Version(2)
v.tags.append("beta")
print(v, Version(2).tags, [f.name for f in fields(Version)])
c = Color(255, 128, 0)
print(c, c.hex(), hash(c) == hash(Color(255, 128, 0)), {c: "orange"}[Color(255, 128, 0)])
try:
    c.r = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
q = Point3(1, -2, 3)
print(q, q.norm1, asdict(q), astuple(q), replace(q, z=9))
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, w=2), lambda: {p: 1}]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
