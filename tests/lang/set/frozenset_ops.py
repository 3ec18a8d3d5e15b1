# frozenset is immutable and hashable.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 1 in f)
print(frozenset(), frozenset(range(3)))
print(f | {9}, f & {1, 2}, f - {1}, f ^ {1, 4})
print(type(f | {9}), type({9} | f))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
d = {f: "frozen"}
print(d[frozenset([1, 2, 3])])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(f.union([4]), f.issubset({1, 2, 3, 4}), f.copy() == f)
print(frozenset([1, 2]) == {1, 2}, hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(sorted(frozenset([10, 5, 7])))
