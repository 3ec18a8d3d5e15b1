# Using sets to deduplicate and count distinct values.
data = [4, 1, 4, 2, 2, 9, 1, 0, 4]
print(sorted(set(data)), len(set(data)))
seen = set()
unique_in_order = []
for x in data:
    if x not in seen:
        seen.add(x)
        unique_in_order.append(x)
print(unique_in_order)
words = "the cat and the hat and the bat".split()
print(len(words), len(set(words)), sorted(set(words)))
dups = set()
seen = set()
for w in words:
    if w in seen:
        dups.add(w)
    seen.add(w)
print(sorted(dups))
primes = set(range(2, 50))
for p in range(2, 8):
    primes -= set(range(p * p, 50, p))
print(sorted(primes))
print({x % 5 for x in range(20)})
