# Augmented assignment with every int operator.
x = 100
x += 5
print(x)
x -= 15
print(x)
x *= 3
print(x)
x //= 7
print(x)
x %= 10
print(x)
x **= 5
print(x)
x <<= 3
print(x)
x >>= 2
print(x)
x &= 0xF0
print(x)
x |= 0x0F
print(x)
x ^= 0xFF
print(x)
y = 7
y /= 2
print(y)
z = -17
z //= 5
print(z)
z = -17
z %= 5
print(z)
