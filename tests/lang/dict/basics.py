# Creating, reading, writing and deleting dict entries.
d = {"a": 1, "b": 2}
print(d, len(d), d["a"])
d["c"] = 3
d["a"] = 10
print(d)
del d["b"]
print(d, "b" in d, "c" in d, "b" not in d)
print({}, dict(), dict(x=1, y=2), dict([("k", "v"), ("k2", "v2")]))
print(dict({"a": 1}, b=2), dict(zip("abc", range(3))))
print({1: "int", 1.5: "float", (1, 2): "tuple", None: "none", True: "bool"})
print({1: "a", 1.0: "b"}, {0: "x", False: "y"})
e = {}
for word in ["x", "y", "x", "z", "x"]:
    e[word] = e.get(word, 0) + 1
print(e)
print(list(d), len({}))
try:
    d["missing"]
except KeyError as err:
    print("KeyError:", err, repr(err))
try:
    del d["gone"]
except KeyError as err:
    print("KeyError", err.args)
print(repr({"q": "it's", "n": [1, {"in": ()}]}))
