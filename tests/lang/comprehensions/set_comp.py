# Set comprehensions with small ints; sorted output for strings.
print({x % 4 for x in range(20)})
print({x * x for x in range(-3, 4)})
print(sorted({w.lower() for w in "The the THE a A an".split()}))
print(sorted({c for c in "mississippi"}))
print({n for n in range(50) if n % 7 == 0 and n % 2 == 0})
print(len({(x, y) for x in range(3) for y in range(3) if x <= y}))
print({len(s) for s in ["", "a", "bb", "cc", "ddd"]})
primes = {n for n in range(2, 40) if all([n % d for d in range(2, n)])}
print(primes & {x for x in range(0, 40, 3)}, len(primes))
print({x // 10 for x in [5, 15, 25, 35, 45]} - {1, 3})
