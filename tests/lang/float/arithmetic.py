# Float arithmetic.
a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(a ** 2, b ** 0.5, 2 ** -1.0)
print(0.1 * 3, 0.1 + 0.1 + 0.1)
print(1.0 / 3.0)
print(3 * 1.5, 1 + 0.5, 10 - 0.25)
print(5 / 2, 4 / 2, -9 / 4)
print(1e308 + 1e308)
print(2.0 ** 1000)
print(-(2.5), +(2.5), abs(-2.5))
x = 1.0
x += 0.5
x *= 4
x -= 1
x /= 2
print(x)
x //= 1.5
print(x)
x %= 0.75
print(x)
x **= 3
print(x)
print(6.0 % 2.5, -6.0 % 2.5, 6.0 % -2.5)
print(5.0 // 0.1, 5.0 % 0.1)
