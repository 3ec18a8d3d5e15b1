# random: shuffle, choice, sample (both of CPython's strategies, counts)
# and choices (uniform, weights, cum_weights), matching CPython's picks.
import random

for s in [0, 1, 2, 42, 999]:
    random.seed(s)
    l = list(range(20))
    random.shuffle(l)
    print(l)
    t = ["a", "b", "c", "d"]
    random.shuffle(t)
    print(t, random.choice("abcdef"), random.choice([1, 2, 3]), random.choice(range(10 ** 12)), random.choice((5,)))
    print(random.sample(range(100), 10), random.sample("abcdefgh", 3), random.sample(range(10 ** 9), 7))
    print(random.sample(range(30), 30), random.sample([1, 2, 3], 0), random.sample(population=(1, 2, 3), k=2))
    print(random.sample(["a", "b", "c"], k=5, counts=[1, 3, 2]), random.sample(range(5000), 12))
    print(random.sample(range(10), k=4, counts=range(1, 11)))
    print(random.choices("abc", k=5), random.choices([1, 2, 3], [1, 0, 5], k=6), random.choices("ab"))
    print(random.choices("xyz", cum_weights=[1, 1.5, 4], k=4), random.choices(range(4), weights=[0.1, 0.2, 0.3, 0.4], k=3))
    print(random.choices("abc", k=0), random.choices("abc", k=-2), random.choices([10, 20], weights=(1, 1), k=3))
random.seed(11)
big = list(range(1000))
random.shuffle(big)
print(big[:10], sorted(big) == list(range(1000)))
one = [1]
random.shuffle(one)
empty = []
random.shuffle(empty)
print(one, empty)
print(sorted(random.sample(range(50), 50)) == list(range(50)))
