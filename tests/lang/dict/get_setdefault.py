# get and setdefault.
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0), d.get("a", 99))
print(d.setdefault("a", 5), d)
print(d.setdefault("b", 7), d)
print(d.setdefault("c"), d)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for n in [3, 1, 3, 3, 2, 1]:
    counts[n] = counts.get(n, 0) + 1
print(counts)
print({}.get(1, "dflt"))
