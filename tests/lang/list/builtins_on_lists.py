# len min max sum sorted reversed any all on lists.
l = [4, -2, 7, 0, 7, 3]
print(len(l), min(l), max(l), sum(l), sum(l, 100))
print(sorted(l), list(reversed(l)), l)
print(any(l), all(l), any([]), all([]), all([1, 2]), any([0, 0.0, ""]))
print(max(["pear", "fig", "banana"], key=len), min(["pear", "fig"], key=len))
print(max([], default="empty"), min([], default=None))
print(max(l, key=lambda x: -x), min(l, key=abs))
print(sum([0.5, 0.25]), sum([[1], [2]], []))
print(list(enumerate(l, 1))[:3])
print(l.index(max(l)))
print(sorted(l, key=lambda x: x % 3))
print([x * 2 for x in l if x > 0])
