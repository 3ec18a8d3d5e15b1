# Integer arithmetic in tight loops: a linear congruential generator,
# modular sums, bit mixing and a gcd per step.
def lcg_sum(n, seed):
    x = seed
    total = 0
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        total += x % 1000
    return total, x


def mix(n):
    h = 0
    for i in range(n):
        h ^= i
        h = (h << 5) & 0xFFFFFFFF
        h += i * 31 + 7
        h &= 0xFFFFFFFF
    return h


def gcd_walk(n):
    acc = 0
    for i in range(1, n):
        a, b = i * 7919, i * 104729 % 65521 + 1
        while b:
            a, b = b, a % b
        acc += a
    return acc


total, last = lcg_sum(3000000, 42)
h = mix(3000000)
g = gcd_walk(500000)
print("lcg", total, last)
print("mix", h)
print("gcd", g)
print("checksum", (total + last + h + g) % 1000000007)
