# abs, min, max (with key and default), sum.
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-2 ** 100))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max((4, 5)), min("hello"), max("hello"))
print(min([3, -7, 5], key=abs), max([3, -7, 5], key=abs))
print(max(["a", "ccc", "bb"], key=len), min(["a", "ccc", "bb"], key=len))
print(max([], default=0), min([], default="none"), max([2], default=0))
print(max([1, 3, 3, 2], key=lambda x: x), max([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(min([(2, "x"), (1, "y"), (1, "z")]))
print(max(range(10), key=lambda n: n % 4))
print(sum([1, 2, 3]), sum([]), sum((1.5, 2.5)), sum(range(101)), sum([1, 2], 10))
print(sum([[1], [2, 3]], []), sum([0.1] * 10))
print(max(1, 2.5), min(-1, -1.5), max(True, 0))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1, "a")
except TypeError as e:
    print("TypeError:", e)
