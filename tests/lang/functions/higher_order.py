# map, filter, sorted with functions; a small reduce written by hand.
def reduce(f, items, init):
    acc = init
    for x in items:
        acc = f(acc, x)
    return acc
nums = list(range(1, 11))
print(reduce(lambda a, b: a + b, nums, 0))
print(reduce(lambda a, b: a * b, nums, 1))
print(reduce(lambda a, b: a if a > b else b, [3, 9, 2], 0))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda s: s.isupper(), ["A", "b", "C"])))
def pipeline(*funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(p("  Hello Big World "))
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper
def slow_square(n):
    print("computing", n)
    return n * n
fast = memoize(slow_square)
print(fast(4), fast(4), fast(5))
