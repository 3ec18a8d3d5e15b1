# sort with key, reverse and stability; sorted.
l = [5, 2, 9, 1, 5, 6, -3, 0]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ["banana", "kiwi", "apple", "fig", "cherry", "date"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1)]
records.sort(key=lambda r: r[1])
print(records)
records.sort(key=lambda r: r[1], reverse=True)
print(records)
print(sorted(records))
print(sorted([3.5, 1, 2.25, -1]))
print(sorted("sorting"))
print(sorted([[2, 1], [1, 2], [1, 1], [2]]))
m = [3, 1, 2]
r = m.sort()
print(r, m)
big = [(i * 7919) % 1000 for i in range(200)]
big.sort()
print(big[:10], big[-5:])
print(sorted(range(10), key=lambda x: (x % 3, -x)))
print(sorted([], reverse=True), sorted([1]))
