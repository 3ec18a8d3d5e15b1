# range construction, len, indexing, repr.
print(range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2))
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)))
print(list(range(10, 0, -2)), list(range(0)), list(range(5, 5)), list(range(5, 0)))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(-5)))
r = range(3, 20, 4)
print(r[0], r[1], r[-1], r[-2], len(r))
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5))
print(r.start, r.stop, r.step)
print(r.index(11), r.count(11), r.count(12))
print(list(range(-3, 3)), list(range(3, -3, -1)))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(10 ** 20)[-1], range(10 ** 20)[5], 10 ** 19 in range(10 ** 20))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
