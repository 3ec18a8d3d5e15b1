# generators / closures / scoping edge cases
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen()
print(next(g))
g.close()
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
c = counter(); c(); c(5); print(c())
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
x = 10
def shadow():
    x = 20
    def inner():
        return x
    return inner()
print(shadow(), x)
class K:
    y = 5
    z = [y * i for i in range(3)] if False else None
    def meth(self):
        return self.y
print(K().meth(), K.z)
def yf():
    r = yield from sub()
    print("sub returned", r)
def sub():
    yield "a"
    return "done"
print(list(yf()))
def averager():
    total = n = 0
    avg = None
    while True:
        v = yield avg
        if v is None:
            return avg
        total += v; n += 1
        avg = total / n
a = averager(); next(a); a.send(10); print(a.send(20))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
print(sum(x * x for x in range(10) if x % 2), any(x > 5 for x in [1, 9]), dict((k, v) for k, v in zip("ab", [1, 2])))
nested = [[1, 2], [3, [4, 5]]]
def flatten(l):
    for item in l:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten(nested)))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
print(*(i for i in "abc"), sep="|")
e = enumerate("xy", start=1)
print(list(e), list(reversed(range(5))), sorted({3: 'a', 1: 'b'}), list(map(lambda a, b: a + b, [1, 2], [3, 4])))
import itertools
print(list(itertools.takewhile(lambda v: v < 3, itertools.count())), list(itertools.zip_longest("ab", "c", fillvalue="-")))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 10)))
try:
    raise KeyError("k")
except (ValueError, KeyError) as err:
    print(repr(err), err.args)
def tricky():
    try:
        return "try"
    finally:
        print("finally runs")
print(tricky())
def loop_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("f", i)
    return i
print(loop_finally())
class CM:
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None); return True
with CM():
    raise ValueError("swallowed")
print("continues")
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(e, repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)
global_var = 1
def modify():
    global global_var
    global_var += 1
modify(); print(global_var)
print((lambda *a, **k: (a, k))(1, 2, x=3))
def kwonly(a, /, b, *, c=3): return a, b, c
print(kwonly(1, 2), kwonly(1, b=2, c=4))
try:
    kwonly(a=1, b=2)
except TypeError as e:
    print(e)
