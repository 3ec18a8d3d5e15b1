# + - * on small, negative and mixed ints.
vals = [0, 1, -1, 7, -7, 100, -250]
for a in vals:
    row = []
    for b in vals:
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
    print(a, row)
print(2 + 3 * 4)
print((2 + 3) * 4)
print(-3 * -3)
print(-(-5))
print(+7, +(-7))
print(1 - 2 - 3)
print(10 * 0)
print(0 - 0)
