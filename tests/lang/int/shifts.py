# << and >> on positive, negative and huge ints.
for n in [0, 1, 5, -1, -5, 255, -256]:
    print(n, n << 1, n << 3, n >> 1, n >> 3)
print(1 << 63)
print(1 << 64)
print(1 << 200)
print((1 << 200) >> 199)
print(-1 << 100)
print((-1 << 100) >> 99)
print(-1 >> 1000)
print(1 >> 1000)
print(12345678901234567890 >> 10)
print(-12345678901234567890 >> 10)
print(12345678901234567890 << 10)
x = 3
x <<= 4
print(x)
x >>= 2
print(x)
print(1 << 0, 8 >> 0)
print(-7 >> 1, -8 >> 1, -9 >> 1)
