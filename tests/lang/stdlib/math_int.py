# math: the integer functions, exact at any size.
import math

print([math.factorial(n) for n in range(12)])
print(math.factorial(30), math.factorial(True))
print(len(str(math.factorial(1000))), math.factorial(200) % (10 ** 9 + 7))
print(math.gcd(12, 18), math.gcd(), math.gcd(-4), math.gcd(0, 0), math.gcd(-12, -18), math.gcd(12, 18, 27))
print(math.gcd(2 ** 200 * 3, 2 ** 150 * 9), math.gcd(True, 4))
print(math.lcm(4, 6, 10), math.lcm(), math.lcm(-3), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2 ** 70, 3 ** 40))
print(math.comb(10, 3), math.comb(100, 50), math.comb(3, 5), math.comb(0, 0), math.comb(5, 0), math.comb(5, 5))
print(math.comb(10 ** 20, 3), math.comb(10 ** 20, 10 ** 20 - 2))
print(math.perm(5, 2), math.perm(5), math.perm(5, None), math.perm(3, 5), math.perm(10, 0), math.perm(10 ** 15, 3))
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 5), math.isqrt(2 ** 201))
print([math.isqrt(n) for n in range(30)])
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod([2, 3], start=10))
print(math.prod(range(1, 30)), math.prod([[1, 2]], start=2), math.prod("", start="x"))
for n in range(8):
    print([math.comb(n, k) for k in range(n + 1)], [math.perm(n, k) for k in range(n + 1)])
