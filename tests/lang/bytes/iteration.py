# Iterating bytes yields ints.
b = b"Python"
total = 0
for x in b:
    total += x
print(total)
print([x for x in b if x > 110])
print([chr(x) for x in b])
print(list(enumerate(b"ab")))
print(list(zip(b"ab", b"cd")))
print(list(reversed(b"xyz")))
it = iter(b"hi")
print(next(it), next(it), next(it, None))
print(any([x == 121 for x in b]), all([x > 64 for x in b]))
print(b.count(b"o"), b.count(111))
checksum = 0
for i, x in enumerate(b"checksum data"):
    checksum = (checksum * 31 + x * (i + 1)) % 65521
print(checksum)
