# Iterating over ranges in loops and builtins.
squares = []
for i in range(10):
    squares.append(i * i)
print(squares)
print(list(enumerate(range(3, 6))))
print(list(zip(range(3), range(10, 13))))
print(list(map(lambda x: x * 2, range(4))))
it = iter(range(2))
print(next(it), next(it), next(it, "done"))
print(sorted(range(5), reverse=True))
print(tuple(range(3)), set(range(3)))
nested = []
for i in range(3):
    for j in range(i):
        nested.append((i, j))
print(nested)
print(any([x > 8 for x in range(10)]), all([x < 10 for x in range(10)]))
