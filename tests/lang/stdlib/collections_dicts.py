from collections import defaultdict, OrderedDict, Counter, ChainMap

dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dd)
print(dict(dd), dd.default_factory, isinstance(dd, dict))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts["z"], "q" in counts, counts.get("w"))
nd = defaultdict()
try:
    nd["x"]
except KeyError as e:
    print("KeyError", e)
print(nd, defaultdict(None, {1: 2}), defaultdict(lambda: 7, a=1)["b"])
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
cp = counts.copy()
print(type(cp).__name__, cp == counts, cp.default_factory)

od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od, list(od), OrderedDict())
od.move_to_end("b"); print(od)
od.move_to_end("c", last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(list(reversed(OrderedDict.fromkeys("xyz", 0))))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)

cm = ChainMap({"a": 1}, {"a": 10, "b": 20}, {"c": 30})
print(cm["a"], cm["b"], cm["c"], len(cm), sorted(cm), "c" in cm, cm.get("z", 0))
cm["b"] = 2
print(cm.maps[0], cm)
child = cm.new_child({"z": 26})
print(child["z"], child["a"], child.parents)
try:
    del cm["c"]
except KeyError as e:
    print("KeyError", e)
print(dict(cm), list(cm.items()))
