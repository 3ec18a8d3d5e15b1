import copy

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(" + repr(self.x) + ", " + repr(self.y) + ")"

p = Point(1, [2])
c = copy.copy(p)
d = copy.deepcopy(p)
print(c, d, type(c).__name__, c is p, c.y is p.y, d.y is p.y)

class WithHooks:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return WithHooks(self.v + "-copy")
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return WithHooks(copy.deepcopy(self.v, memo) + "-deep")

h = WithHooks("h")
print(copy.copy(h).v)
print(copy.deepcopy([h])[0].v)

class State:
    def __init__(self):
        self.a = 1
        self.b = "skip"
    def __getstate__(self):
        return {"a": self.a}
    def __setstate__(self, st):
        print("setstate", st)
        self.__dict__.update(st)
        self.b = "restored"

s2 = copy.deepcopy(State())
print(s2.a, s2.b)

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = "t"
mc = copy.copy(ml)
md = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, mc[1] is ml[1], md[1] is ml[1], md.tag)

class MyDict(dict):
    pass
mdict = MyDict(a=[1])
cp = copy.deepcopy(mdict)
print(type(cp).__name__, cp, cp["a"] is mdict["a"])

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
root = Node("root")
kid = Node("kid")
kid.parent = root
root.children.append(kid)
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2.children[0] is kid, r2.children[0].name)

e = ValueError("bad", 2)
e2 = copy.copy(e)
print(type(e2).__name__, e2.args, e2 is e)

class AppError(ValueError):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
ae = copy.deepcopy(AppError("oops", 7))
print(type(ae).__name__, ae.args, ae.code, str(ae))
