# None.
x = None
print(x)
print(repr(None), str(None))
print(type(None))
print(x is None, x is not None, x == None)
print(None == 0, None == False, None == "")
print(bool(None), not None)
def f():
    pass
print(f())
def g():
    return
print(g())
r = [None, 1, None]
print(r, r.count(None), r.index(None))
d = {"a": None}
print(d.get("a"), d.get("b"), d.get("b") is None)
print(None if True else 1, 1 if None else 2)
print([x for x in [None, 0, 1] if x is not None])
print(x or "default")
print(print("inner"))
