# random: randrange, randint, uniform and gauss give CPython's values for
# the same seed, at any integer size.
import random

random.seed(7)
print([random.randrange(10) for i in range(20)])
print([random.randrange(1, 7) for i in range(20)])
print([random.randrange(0, 100, 5) for i in range(10)], [random.randrange(100, 0, -3) for i in range(10)])
print([random.randint(1, 6) for i in range(20)], [random.randint(-3, 3) for i in range(10)])
print(random.randint(-10 ** 30, 10 ** 30), random.randrange(2 ** 70), random.randrange(2 ** 64), random.randrange(2 ** 63))
print(random.randrange(10 ** 50, 10 ** 50 + 7), random.randrange(-(2 ** 100), 2 ** 100, 3 ** 40))
print(random.randrange(5.0), random.randrange(1, 10.0), random.randrange(start=3), random.randrange(2, stop=9, step=3))
print(random.randint(a=1, b=2), random.randrange(1, 2))
for s in range(5):
    random.seed(s)
    print(random.uniform(1, 5), random.uniform(5, 1), random.uniform(-1e10, 1e10), random.uniform(2, 2))
    print(random.gauss(), random.gauss(10, 2), random.gauss(mu=1, sigma=0.5), random.gauss(), random.random())
