# math: fsum, hypot, dist and isclose, whose results must match CPython
# bit for bit.
import math

print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([]), math.fsum(range(10)))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([1e-16, 1, 1e16]))
print(math.fsum([math.inf, 1]), math.fsum([-math.inf, -1e308, 5]), math.fsum([math.nan, 1]))
print(math.fsum([2.0 ** 53, 1.0, 1.0]), math.fsum([1.0, 2.0 ** -60, -1.0]), math.fsum((1, 2.5, True)))
print(math.hypot(3, 4), math.hypot(), math.hypot(1, 1, 1), math.hypot(-5), math.hypot(1e-320, 1e-320))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(1e308, 1e308), math.hypot(0, 0, 0))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]), math.dist((), ()), math.dist(range(3), [2, 2, 2]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308), math.isclose(math.nan, math.nan))
print(math.isclose(a=1, b=1.05, rel_tol=0.1), math.isclose(100, 101, rel_tol=0.001))

seed = 12345
def next_rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed

def some_float():
    m = next_rand() / 2147483648 - 0.5
    return m * 10.0 ** (next_rand() % 600 - 300)

for i in range(80):
    v = [some_float() for j in range(1 + i % 6)]
    w = [some_float() for j in range(len(v))]
    print(math.hypot(*v), math.fsum(v + w), math.dist(v, w))
for i in range(1, 60):
    n = 7 ** (i * 9) + i
    print(math.log(n), math.log2(n), math.log10(n), math.log(n, 3))
