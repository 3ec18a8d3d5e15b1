import functools
from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(calls, sq.cache_info())
print(sq.cache_info().hits, sq.cache_info().misses, sq.cache_info().maxsize, sq.cache_info().currsize)
sq.cache_clear()
print(sq.cache_info())
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(30), fact.cache_info(), fact.__name__)
@lru_cache
def add(a, b=0, *, c=0):
    calls.append((a, b, c))
    return a + b + c
calls.clear()
print(add(1), add(1), add(1, 2), add(1, b=2), add(b=2, a=1), add(1, 2, c=3), add(1.0), add(True))
print(calls, add.cache_info())
t = lru_cache(maxsize=3, typed=True)(lambda x: x)
print(t(1), t(1.0), t(True), t(1), t.cache_info())
z = lru_cache(0)(abs)
print(z(-1), z(-1), z.cache_info())
n = lru_cache(-4)(abs)
print(n(-2), n.cache_info())
for g in [lambda: lru_cache("a"), lambda: add([1]), lambda: cache(), lambda: sq.cache_info(1)]:
    try:
        print(g())
    except Exception as e:
        print(type(e).__name__, e)
@lru_cache(maxsize=3)
def ident(x):
    return x
for v in [1, 2, 3, 1, 4, 2, 5, 1]:
    ident(v)
print(ident.cache_info(), ident.__wrapped__(9))
def boom(x):
    raise ValueError(x)
b = lru_cache()(boom)
try:
    b(1)
except ValueError as e:
    print("ValueError", e, b.cache_info())
