# for loops over many iterables, with else.
for x in [1, 2, 3]:
    print("list", x)
for ch in "ab":
    print("str", ch)
for key in {"k1": 1, "k2": 2}:
    print("dict", key)
for t in (9, 8):
    print("tuple", t)
for i in range(3):
    pass
print("i after loop", i)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty loop else")
for i in range(10):
    if i % 3:
        continue
    print("multiple of 3:", i)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i, (x, y) in enumerate(zip("ab", "cd")):
    print(i, x, y)
