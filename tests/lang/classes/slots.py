# __slots__: fixed attributes without __dict__, inheritance, __dict__ slot.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"P({self.x}, {self.y})"


p = P(1, 2)
p.x = 10
print(p, hasattr(p, "__dict__"), P.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)


class Q(P):
    __slots__ = "z"


q = Q(1, 2)
q.z = [1]
print(q, q.z)


class R(P):
    pass


r = R(3, 4)
r.extra = 5
print(r, r.extra, r.__dict__)


class W:
    __slots__ = ("a", "__dict__")


w = W()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
