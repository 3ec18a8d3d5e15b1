import json, operator, functools
class Color(int):
    def __new__(cls, value, name):
        self = int.__new__(cls, value)
        self._name = name
        return self
    def __repr__(self):
        return f"<Color.{self._name}: {int(self)}>"
    def __str__(self):
        return self._name
red = Color(1, "RED")
print(red, repr(red), red + 1, red * 3, red == 1, red < 2, hash(red) == hash(1))
print([red], {red: "x"}, {1: "y"}[red], f"{red}", f"{red!r}", "%d" % red, "%s" % red, format(red, "03d"))
print(sorted([Color(3, "C"), Color(1, "A"), Color(2, "B")]), max(Color(3, "C"), 2))
print(json.dumps({"k": red}), str(int(red)), bin(red), hex(red), red.bit_length(), abs(Color(-4, "N")))
print(operator.index(red), list(range(red + 2))[red], [10, 20][red], divmod(Color(7, "S"), 2), pow(red, 5))
print(isinstance(red, Color), type(red) is Color, type(red + 0) is int, type(-red) is int, type(+red) is int)
class Big(int): pass
b = Big(2 ** 100)
print(b, b // 3, type(b // 3), b == 2 ** 100, b > 5, str(b), repr(b))
class Zero(int): pass
print(bool(Zero()), Zero(), Zero("0x1f", 0), Zero(3.9), Zero(True), type(Zero(True)))
class Name(str):
    def greet(self):
        return "hi " + self
n = Name("bob")
print(n.greet(), n.title(), type(n.title()), n * 2, n[::-1], n.split("o"), type(n.split("o")[0]))
print(n == "bob", "bob" == n, n != "x", n < "c", sorted([Name("z"), "a", Name("m")]), "b" in n, n.startswith("b"))
print(json.dumps(n), json.dumps({n: n}), "{}!".format(n), " ".join([n, "x"]), n.encode(), str(n) is not n, len(n))
d = {n: 1}; d["bob"] += 1; print(d, list(d)[0].__class__.__name__)
print(getattr(type("X", (), {"bob": 5}), n), int(Name("42")), float(Name("1.5")))
class Path(str):
    def __truediv__(self, other):
        return Path(self + "/" + other)
print(Path("a") / "b" / "c", type(Path("a") / "b"))
class F(float):
    def __repr__(self):
        return f"F({float.__repr__(self)})"
f = F(1.25)
print(f, [f], f * 2, round(f, 1), f.as_integer_ratio(), int(f), F(), F("inf"), f.hex())
class B(bytes):
    def hexed(self):
        return self.hex()
x = B(b"\x01\x02")
print(x.hexed(), x, x[0], x[1:], type(x[1:]), x == b"\x01\x02", list(x), B(3), B(), B([1, 2]) + b"3")
class Pair(tuple):
    __slots__ = ()
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def __repr__(self):
        return f"Pair{tuple.__repr__(self)}"
p = Pair(1, "x")
print(p, p.first, p == (1, "x"), hash(p) == hash((1, "x")), p + (3,), type(p + (3,)), p[::-1], sorted([Pair(2, 1), Pair(1, 2)]))
a, b = p
print(a, b, len(p), list(p), 1 in p, p.count(1), p.index("x"), tuple(p), type(tuple(p)), {p: 1}[(1, "x")])
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
class Tagged(tuple):
    pass
t = Tagged([1, 2])
t.tag = "ok"
print(t, t.tag, vars(t), Tagged(), Tagged(x for x in "ab"))
class FS(frozenset):
    pass
fs = FS([3, 1])
print(fs, len(fs), 1 in fs, fs | {5}, type(fs | {5}), fs == frozenset([1, 3]), hash(fs) == hash(frozenset([1, 3])))
import copy
print(copy.deepcopy(t), copy.copy(n), type(copy.copy(n)))
print(functools.reduce(operator.add, [Color(1, "a"), Color(2, "b")]))
class Meters(float):
    def __add__(self, other):
        return Meters(float(self) + float(other))
    __radd__ = __add__
print(sum([Meters(1.5), Meters(2)], Meters(0)), type(sum([Meters(1.5)], Meters(0))).__name__, 1 + Meters(2))
try:
    int.__new__(str)
except TypeError as e:
    print(e)
try:
    tuple.__new__(5)
except TypeError as e:
    print(e)
print(int.__new__(Big, 7), type(int.__new__(Big, 7)).__name__, str.__new__(Name, 5), tuple.__new__(Tagged))
