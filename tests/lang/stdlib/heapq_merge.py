from heapq import merge
print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge())), print(list(merge([1, 2]))), print(list(merge("ace", "bdf")))
print(list(merge([5, 3, 1], [4, 2], reverse=True)))
print(list(merge(["apple", "fig"], ["kiwi", "banana"], key=len)))
print(list(merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda p: p[0])))
print(list(merge([1, 1.0], [1, True])), list(merge(iter(range(3)), range(2, 5))))
print(list(merge([3, 2], [4, 1], key=lambda x: -x)), list(merge([3, 1], [2], key=None, reverse=True)))
m = merge([1, 3], [2])
print(next(m), next(m), list(m))
for f in [lambda: list(merge(1, [2])), lambda: merge([1], x=2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
