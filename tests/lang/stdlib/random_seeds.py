# random: CPython's Mersenne Twister and seeding, checked over many seeds
# (ints of any size and sign, bools, floats) and the raw draws.
import random

total = 0.0
for s in range(200):
    random.seed(s)
    total += random.random()
    if s % 20 == 0:
        print(s, random.random(), random.getrandbits(32), random.getrandbits(7))
print(total)
for s in [0, 1, 42, 12345, -7, 2 ** 32, 2 ** 32 - 1, 2 ** 64 + 3, 10 ** 40, -(10 ** 40), True, False, 3.5, -2.25, 0.0]:
    random.seed(s)
    print(s, random.random(), random.random(), random.getrandbits(1), random.getrandbits(31), random.getrandbits(32))
    print(random.getrandbits(33), random.getrandbits(64), random.getrandbits(100), random.getrandbits(0), random.getrandbits(1000) % 1000003)
random.seed(99)
print([random.random() for i in range(700)][-3:])
print([random.getrandbits(16) for i in range(20)])
random.seed(5)
a = random.random()
random.seed(5, version=2)
print(a == random.random())
random.seed(2024)
st = random.getstate()
print(type(st), len(st), st[0], len(st[1]), st[2])
first = [random.random() for i in range(5)]
random.setstate(st)
print(first == [random.random() for i in range(5)])
random.seed(3)
g = random.gauss()
st = random.getstate()
print(type(st[2]))
x = random.gauss()
random.setstate(st)
print(x == random.gauss())
random.seed()
x = random.random()
print(0 <= x < 1, type(x))
random.seed(None)
print(0 <= random.random() < 1)
