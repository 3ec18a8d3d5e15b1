import itertools as it
cases = [
    lambda: it.count("a"), lambda: it.count(1, 2, 3), lambda: it.count(x=1),
    lambda: it.cycle(), lambda: it.cycle(1), lambda: it.cycle([1], x=1),
    lambda: it.repeat(), lambda: it.repeat(1, 2, 3), lambda: it.repeat(1, "a"),
    lambda: it.accumulate(), lambda: it.accumulate([1], x=1),
    lambda: list(it.accumulate([1, "a"])), lambda: it.accumulate(5),
    lambda: it.chain(x=1), lambda: list(it.chain(1)),
    lambda: it.chain.from_iterable(1), lambda: list(it.chain.from_iterable([1])),
    lambda: it.compress([1]), lambda: it.dropwhile(None),
    lambda: it.islice([1]), lambda: it.islice([1], -1), lambda: it.islice([1], 1, 2, 0),
    lambda: it.islice([1], "a"), lambda: it.islice([1], 1, -2), lambda: it.islice([1], -1, 2),
    lambda: it.islice([1], 1, 2, 3, 4), lambda: it.islice([1], 2 ** 70),
    lambda: it.islice([1], 0, 2, -1), lambda: it.islice(5, 2),
    lambda: it.starmap(1), lambda: list(it.starmap(pow, [1])),
    lambda: it.zip_longest(1), lambda: it.zip_longest([1], x=2),
    lambda: it.product(1), lambda: it.product([1], repeat=-1), lambda: it.product([1], x=1),
    lambda: it.permutations(), lambda: it.permutations([1], -1), lambda: it.permutations([1], "a"),
    lambda: it.combinations([1]), lambda: it.combinations([1], -1),
    lambda: it.combinations([1], "a"),
    lambda: it.combinations_with_replacement([1], -1),
    lambda: it.groupby(), lambda: it.groupby([1], x=1), lambda: it.pairwise(),
    lambda: it.pairwise(1), lambda: it.filterfalse(None), lambda: it.takewhile(1),
    lambda: list(it.takewhile(None, [1])), lambda: list(it.dropwhile(len, [1])),
    lambda: list(it.groupby([1, 2], key=len)),
]
for f in cases:
    try:
        r = f()
        print("ok", type(r).__name__ if not isinstance(r, list) else r)
    except Exception as e:
        print(type(e).__name__, e)
