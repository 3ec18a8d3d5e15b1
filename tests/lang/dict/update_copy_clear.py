# update, copy, clear, fromkeys.
d = {"a": 1, "b": 2}
d.update({"b": 20, "c": 30})
print(d)
d.update([("d", 4), ("a", 100)])
print(d)
d.update(e=5, f=6)
print(d)
d.update()
print(d)
c = d.copy()
c["a"] = -1
print(d["a"], c["a"], c == d)
nested = {"l": [1]}
shallow = nested.copy()
shallow["l"].append(2)
print(nested)
d.clear()
print(d, len(d), c)
print(dict.fromkeys(["x", "y", "z"]))
print(dict.fromkeys("abc", 0))
print(dict.fromkeys(range(3), []))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
m = {"x": 1}
m |= {"y": 2}
print(m, m | {"x": 0})
