# Fibonacci numbers grow beyond machine words.
a, b = 0, 1
for i in range(200):
    a, b = b, a + b
    if i % 20 == 0:
        print(i, a)
print(a)
print(len(str(a)))
print(a % 1000000)
print(a // 10 ** 30)
print(a.bit_length())
print((255).bit_length(), (0).bit_length(), (-256).bit_length())
