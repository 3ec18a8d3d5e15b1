# Tuples of ints as dict keys and set members.
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 10 + c
print(grid[(1, 2)], grid[2, 0], (1, 1) in grid, (5, 5) in grid)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)))
print(hash(()) == hash(()), hash((1,)) == hash((1,)))
seen = set()
for p in [(1, 2), (2, 1), (1, 2), (0, 0)]:
    seen.add(p)
print(sorted(seen), len(seen))
print(hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
d = {(0, 0): "origin"}
d[0, 0] = "still origin"
print(d)
print(hash(3), hash(-1) == hash(-2), hash(0), hash(2 ** 61 - 1))
