# Generator pipelines and lazy evaluation.
def numbers(limit):
    n = 0
    while n < limit:
        print("  produce", n)
        yield n
        n += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


pipe = squares(evens(numbers(6)))
print("built, nothing produced yet")
for v in pipe:
    print("got", v)


def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


def naturals():
    k = 1
    while True:
        yield k
        k += 1


print(take(5, (x * 3 for x in naturals() if x % 2)))
words = "the quick brown fox jumps over the lazy dog".split()
lengths = {w: len(w) for w in words}
print(sum(1 for w in words if len(w) > 3), max((n, w) for w, n in lengths.items()))
nested = [[1, 2], [3], [], [4, 5, 6]]
flat = list(x for row in nested for x in row)
print(flat, list(enumerate(x for x in "ab")), list(zip(naturals(), "xyz")))


def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield f"node{depth}"
    yield from tree(depth - 1)
    yield from tree(depth - 1)


print(list(tree(2)))
gen = numbers(3)
print(next(gen), next(gen), next(gen, "end"), next(gen, "end"))
