# Set comprehensions (small ints).
print({x * x for x in range(6)})
print({x % 3 for x in range(10)})
print({x for x in range(20) if x % 7 == 0})
print(sorted({len(w) for w in "a bb ccc dd e".split()}))
evens = {x for x in range(10) if x % 2 == 0}
odds = {x for x in range(10) if x % 2}
print(evens | odds == set(range(10)), evens & odds)
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(len({i // 2 for i in range(100)}))
