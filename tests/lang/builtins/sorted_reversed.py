# sorted and reversed.
data = [5, 2, 8, 1, 9, 2]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("Banana"), sorted("Banana", key=str.lower))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(sorted([(1, "b"), (0, "z"), (1, "a")]))
print(sorted([-3, 1, -2], key=abs), sorted([-3, 1, -2], key=abs, reverse=True))
pairs = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))))
print(list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))
print(sorted([]), list(reversed([])))
print(sorted([3.5, 2, True, -1]))
