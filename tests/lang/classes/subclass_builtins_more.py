class P(tuple):
    pass
p = P((1, 2))
print(p, len(p), p[1], p[0:1], list(p), p == (1, 2), hash(p) == hash((1, 2)), type(p[0:1]))
a, b = p
print(a, b, p + (3,), type(p + (3,)), p.count(1), p.index(2))
p.x = 5
print(p.x, vars(p))
class Q(tuple):
    __slots__ = ()
q = Q([4])
try:
    q.y = 1
except AttributeError as e:
    print(e)
class S(str):
    pass
s = S("hello")
s.tag = 1
print(s, repr(s), s.upper(), type(s.upper()), s + "!", len(s), s[1], s == "hello", hash(s) == hash("hello"), {s: 1}["hello"], {"hello": 2}[s])
print(str(s), type(str(s)), f"{s:>8}|", "%s" % s, "-".join([s, s]), s.tag, s in "xhellox", "ell" in s)
class I(int):
    def __repr__(self): return f"I({int(self)})"
i = I(7)
print(i, i + 1, type(i + 1), i * 2, -i, i == 7, hash(i), {7: 'a'}[i], [0]*I(2), "abc"[I(1)], range(I(3)))
print(I(10**30), I(10**30) + 1, str(i), f"{i:04d}", I("12"), I("ff", 16), isinstance(i, int), issubclass(I, int), int(i), type(int(i)))
class F(float):
    pass
f = F(2.5)
print(f, f + 1, type(f + 1), round(f), int(f), f.is_integer(), f == 2.5, F("1e3"))
class B(bytes):
    pass
b = B(b"xyz")
print(b, b + b"a", len(b), b[0], b.decode(), B([65, 66]), B("hé", "utf-8"), b == b"xyz")
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __repr__(self):
        return f"T{tuple.__repr__(self)}"
t = T(1, 2)
print(t, t[0], len(t), tuple.__new__(T, (5, 6)))
class U(str):
    def __new__(cls, v):
        self = str.__new__(cls, v.upper())
        self.orig = v
        return self
u = U("abc")
print(u, u.orig, type(u).__mro__)
try:
    class Bad(tuple):
        __slots__ = ("a",)
except TypeError as e:
    print(e)
try:
    class Bad2(bool): pass
except TypeError as e:
    print(e)
class FS(frozenset): pass
print(FS([1,2]), type(FS([1]) | {3}))

for b in (bool, range, slice, type(len), type(lambda: 0), zip, enumerate, map, filter, bytearray, property, classmethod, staticmethod, frozenset, type(None), memoryview if False else complex if False else object):
    try:
        class X(b): pass
        print(b.__name__, "ok")
    except TypeError as e:
        print(b.__name__, e)

class Z(zip):
    pass
print(list(Z([1, 2], "ab")))
class E(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i * 10, v
print(list(E("xyz")))
class M(map): pass
print(list(M(str, [1, 2])))
class BA(bytearray): pass
b = BA(b"ab"); b.append(99); print(b, len(b))
class CM(classmethod): pass
class SM(staticmethod): pass
class K:
    @CM
    def f(cls): return cls.__name__
    @SM
    def g(x): return x * 2
print(K.f(), K().g(4))
class A(int):
    def __init__(self, x, label="?"):
        self.label = label
a = A(5); a.label = "five"
print(a, a.label, a + 1)
class L(list):
    def __init__(self, *items):
        super().__init__(items)
print(L(1, 2, 3))
class P(tuple):
    def __init__(self, *a):
        self.n = len(self)
p = P([1, 2, 3])
print(p, p.n)
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
print(d["a"], d["bb"], d)
