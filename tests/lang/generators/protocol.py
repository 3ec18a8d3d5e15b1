# Generators: yield, return values, send/throw/close, yield from,
# generator expressions, PEP 479.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(5)), sum(x * x for x in range(10)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def echo():
    got = yield "ready"
    while True:
        got = yield f"got {got}"
e = echo()
print(next(e), e.send(1), e.send("x"))
e.close()
def deleg():
    r = yield from count(3)
    print("inner returned", r)
    yield from [10, 20]
print(list(deleg()))
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
f = fin()
print(next(f))
f.close()
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
c = catcher(); next(c); c.throw(ValueError("boom")); c.throw(ValueError, "two")
print(any(x > 3 for x in [1, 5]), all(x for x in []), max(len(w) for w in "a bb ccc".split()))
print(dict((k, v) for k, v in zip("ab", [1, 2])), tuple(i for i in range(3)), sorted((i % 3 for i in range(7)), reverse=True))
def bad():
    yield 1
    raise StopIteration("x")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
gen = (i for i in range(3))
print(type(gen).__name__, next(gen), list(gen), list(gen))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import sys
out = []
for v in fib():
    if v > 100: break
    out.append(v)
print(out)
