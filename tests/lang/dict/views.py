# keys, values and items views.
d = {"one": 1, "two": 2, "three": 3}
k = d.keys()
v = d.values()
i = d.items()
print(k)
print(v)
print(i)
print(list(k), list(v), list(i))
d["four"] = 4
print(len(k), list(k)[-1], list(v)[-1], list(i)[-1])
print("one" in k, 2 in v, ("two", 2) in i, ("two", 3) in i)
for key, val in d.items():
    print(key, val)
print(sorted(d.keys()), sorted(d.values(), reverse=True))
print(sum(d.values()), max(d, key=d.get))
print(sorted(k & {"one", "five"}), sorted(k - {"one"}))
print(list(reversed(d)), list(reversed(d.values())))
del d["one"]
print(list(k), list(i))
print(dict(d.items()) == d)
