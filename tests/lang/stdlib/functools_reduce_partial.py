import functools
from functools import reduce, partial, cmp_to_key
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, [], "init"), reduce(lambda a, b: a + b, ["x"]))
print(reduce(lambda acc, s: acc + [len(s)], ["ab", "c"], []))
for f in [lambda: reduce(lambda a, b: a, []), lambda: reduce(len), lambda: reduce(len, 5),
          lambda: reduce(len, [1], 2, 3), lambda: reduce(function=len, iterable=[1]),
          lambda: reduce(lambda a, b: a / b, [1, 0])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1)
print(p(2), p(2, 5), p(2, d=9), p(b=7))
p2 = partial(f, 1, d=8)
print(p2(2), p2(2, d=0), p2.args, p2.keywords, p2.func is f)
p3 = partial(p2, 2, c=6)
print(p3(), p3.args, p3.keywords, p3.func is f)
print(partial(int, base=2)("1010"), partial(max, 5)(1, 2), list(map(partial(pow, 2), range(5))))
print(type(p).__name__ if False else "partial", partial(print, sep="-")("a", "b"))
print(repr(partial(len)), repr(partial(max, 1, 2, key=abs)))
for g in [lambda: partial(), lambda: partial(1), lambda: partial(f)(), lambda: p.func.x]:
    try:
        print(g())
    except Exception as e:
        print(type(e).__name__, e)
def cmp(a, b):
    return (a > b) - (a < b)
def rev(a, b):
    return cmp(b, a)
print(sorted([3, 1, 2], key=cmp_to_key(rev)), sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda x, y: len(x) - len(y))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(1) != K(1), K(5) > K(4), K(1) >= K(2), K(7).obj)
print(max([4, 8, 1], key=cmp_to_key(rev)), min(["x", "yy"], key=cmp_to_key(cmp)))
for g in [lambda: K(1) < 3, lambda: hash(K(1)), lambda: cmp_to_key(), lambda: K()]:
    try:
        print(g())
    except Exception as e:
        print(type(e).__name__, e)
