# Arithmetic on arbitrary-precision ints.
a = 2 ** 100
b = 3 ** 60
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a * -b)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // 2 ** 20)
print(f % 1000000007)
fact50 = 1
for i in range(1, 51):
    fact50 = fact50 * i
print(fact50)
print(len(str(fact50)))
print(sum([int(c) for c in str(fact50)]))
x = 10 ** 40
print(x - 1)
print((x - 1) * (x + 1) == x * x - 1)
print(divmod(x, 7))
print(abs(-x), -x, +x)
print(hash(2 ** 10) == 2 ** 10)
