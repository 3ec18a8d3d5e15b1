class Meta(type):
    def __setattr__(cls, name, value):
        print("meta setattr", name)
        super().__setattr__(name, value)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return {"injected": 42}
class K(metaclass=Meta):
    pass
K.x = 1
print(K.x, K.injected)
class P: pass
type.__setattr__(P, "y", 2)
print(P.y, int.__class__, P.__class__, type(P).__name__)
class A:
    def __eq__(self, o): return True
print(A.__hash__)
class M2(type):
    def __instancecheck__(cls, inst):
        print("instancecheck")
        return True
class Q(metaclass=M2): pass
print(isinstance(Q(), Q), isinstance(3, Q))
p = property(lambda s: 1, lambda s, v: None, None, "docp")
print(p.fset is not None, p.fdel, p.__doc__)
def g(s):
    "getter doc"
    return 1
print(property(g).__doc__)
T = type("T", (), {})
print(T.__module__, repr(T))
print(object.__subclasshook__())
class E:
    def hello(self): return "hi"
class IE(int, E): pass
x = IE(3); x.a = 1
print(x, x.a, x.hello(), x + 1, vars(x))
class TE(tuple, E): pass
t = TE([1, 2]); t.b = 2
print(t, t.b, t.hello())
class SE(E, str): pass
s = SE("q"); s.c = 3
print(s, s.c, s.hello(), s.upper())
class Slotted:
    __slots__ = ("v",)
try:
    class Bad(int, Slotted): pass
except TypeError as e:
    print(e)
class LE(list, E): pass
l = LE([1]); l.z = 1; print(l, l.z)
class DE(E, dict): pass
d = DE(a=1); d.q = 5; print(d, d.q)
class A:
    def __eq__(self, o): return True
class B(A):
    def __hash__(self): return 7
class C(A): pass
for k in (A, B, C):
    try: print(k.__name__, hash(k()))
    except TypeError as e: print(e)
print(A.__hash__, C.__hash__, B.__hash__ is not None, list.__hash__, type(int.__dict__).__name__ if False else "x")
print(int.__dict__["bit_length"].__name__ if hasattr(int.__dict__["bit_length"], "__name__") else "", "__add__" in int.__dict__)
class L(list): pass
print(L.__hash__)
try: hash(L())
except TypeError as e: print(e)
print(slice.__hash__, dict.__hash__, set.__hash__, frozenset.__hash__ is not None, bytearray.__hash__)
for v in (slice(1), {}, set(), bytearray(), []):
    try: hash(v)
    except TypeError as e: print(e)
import functools
print(callable(len), len.__call__([1, 2]), (lambda a, b=2: a + b).__call__(1, b=5), functools.partial(max, 3).__call__(9))
