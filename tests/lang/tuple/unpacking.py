# Tuple packing and unpacking.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = (1, 2, 3, 4)
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
one, *none = [1]
print(one, none)
a, *b, c = "ab"
print(a, b, c)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
def pair():
    return 10, 20
m, n = pair()
print(m, n, pair())
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
print([*range(3), *"ab"], (*[1, 2], 3))
