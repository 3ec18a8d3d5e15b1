# Nested loops, breaking out of the inner loop only.
for i in range(1, 4):
    for j in range(1, 4):
        print(i * j, end=" ")
    print()
found = None
for i in range(10):
    for j in range(10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print("found", found)
count = 0
for a in range(5):
    for b in range(a):
        for c in range(b):
            count += 1
print("triples", count)
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j == i:
            j += 1
            continue
        print((i, j), end="")
        j += 1
    i += 1
print()
pyth = []
for a in range(1, 20):
    for b in range(a, 20):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                pyth.append((a, b, c))
print(pyth)
