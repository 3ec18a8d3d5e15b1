# Comparison of ints, including huge and negative.
vals = [-(2 ** 70), -5, -1, 0, 1, 5, 2 ** 63, 2 ** 70]
for a in vals:
    print([a < b for b in vals])
for a in vals:
    print([a == b for b in vals])
print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2)
print(5 != 5, 5 != 6)
print(0 == -0)
print(2 ** 64 == 18446744073709551616)
print(max(vals), min(vals))
print(sorted([3, -1, 2 ** 65, -2 ** 65, 0]))
print(1 <= 1, 1 >= 2)
print(10 ** 20 > 10 ** 19 * 9)
