import itertools as it
from itertools import tee, islice, count
a, b = tee([1, 2, 3, 4])
print(next(a), next(a), list(b), list(a))
x, y, z = tee("abc", 3)
print(list(x), list(y), list(z))
print(tee([1], 0), len(tee([1])), len(tee(range(3), 5)))
p, q = tee(range(200))
print(sum(p), list(islice(q, 55, 62)), sum(q))
c1, c2 = tee(count())
print(list(islice(c1, 3)), list(islice(c2, 130))[-2:], list(islice(c1, 2)))
t1, t2 = tee(iter([5, 6, 7]))
t3, t4 = tee(t1)
print(next(t3), list(t1), list(t4), list(t2), list(t3))
u1, u2 = tee([9, 8])
u3 = u1.__copy__()
print(list(u1), list(u3), list(u2))
print(type(u1).__name__, type(u1).__module__)
pairs = list(zip(*tee(range(5))))
print(pairs)
def pairwise_tee(iterable):
    a, b = tee(iterable)
    next(b, None)
    return list(zip(a, b))
print(pairwise_tee("ABCD"))
for f in [lambda: tee(), lambda: tee([1], "a"), lambda: tee([1], -1), lambda: tee([1], 2, 3),
          lambda: tee([1], n=2), lambda: tee(5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
