# // and % follow the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 5), (-1, 5),
         (6, 3), (-6, 3), (6, -3), (123456789, 1000), (-123456789, 1000)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a)
for a, b in pairs:
    print(divmod(a, b))
print(7 / 2, -7 / 2, 6 / 3, 1 / 3)
print(type(6 / 3))
big = 10 ** 30 + 7
print(big // 3, big % 3)
print(-big // 7, -big % 7)
print(big // -7, big % -7)
print(divmod(big, 10 ** 15))
print(divmod(-big, 10 ** 15))
