# Named set methods.
a = {1, 2, 3}
b = {2, 3, 4}
print(a.union(b), a.union([7], (8,)), a.intersection(b, {3}))
print(a.difference(b), a.difference([1], [2]), a.symmetric_difference(b))
print(a.issubset({1, 2, 3, 4}), a.issuperset({1}), a.isdisjoint({5, 6}))
print(a.isdisjoint(b))
c = a.copy()
c.update([9], {8})
print(c, a)
c.intersection_update({1, 8, 9, 10})
print(c)
c.difference_update([8])
print(c)
c.symmetric_difference_update({1, 2})
print(c)
print(set([5, 4]).union(), set().union())
d = {0}
d.update(range(4), [4])
print(d)
print(sorted({3, 1}.union({2})))
