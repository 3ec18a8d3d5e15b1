# Tuple creation, indexing, slicing, repr.
t = (1, "two", 3.0, None)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1])
print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("ab"))
print(type(()), type((1,)), type((1)))
single = 5,
print(single, len(single))
nested = ((1, 2), (3, (4, 5)))
print(nested, nested[1][1][0])
print((1, 2) + (3,), (0,) * 4, 2 * ("a", "b"))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,))
print(3 in (1, 2, 3), "x" not in ("a",))
print(t.count(None), (1, 2, 1, 1).count(1), (5, 6, 7).index(7))
print(repr(("s",)), repr(((),)))
x = (1, [2, 3])
x[1].append(4)
print(x)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
print(tuple(range(5)), tuple(reversed((1, 2, 3))))
print(sorted((3, 1, 2)), min((4, 2)), max((4, 2)), sum((1, 2, 3)))
