# & | ^ ~ on negative and huge values.
vals = [0, 1, 6, -1, -6, 0xff, -0x100]
for a in vals:
    print(a, [a & b for b in vals])
    print(a, [a | b for b in vals])
    print(a, [a ^ b for b in vals])
for a in vals:
    print(a, ~a)
big = (1 << 100) - 1
print(big & 0xff00ff)
print(big | (1 << 120))
print(big ^ (1 << 50))
print(~big)
print(-big & 0xffff)
print(-(1 << 70) | 5)
print((-(1 << 70)) ^ -1)
print(~0, ~-1, ~~5)
x = 0b1100
x &= 0b1010
print(bin(x))
x |= 0b0001
print(bin(x))
x ^= 0b1111
print(bin(x))
print(5 & 3 | 8 ^ 2)
