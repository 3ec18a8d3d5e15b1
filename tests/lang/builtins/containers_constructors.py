# list/tuple/dict/set/frozenset from iterables.
src = "hello"
print(list(src), tuple(src), sorted(set(src)), sorted(frozenset(src)))
print(dict.fromkeys(src), dict(enumerate(src)))
print(list(range(3)), tuple(range(3)), set(range(3)), frozenset(range(3)))
print(list({"a": 1}), list({"a": 1}.values()), list({"a": 1}.items()))
print(list(map(str, range(3))), tuple(zip("ab", "cd")))
print(dict(zip(range(3), "abc")), dict([[1, 2], (3, 4)]))
print(list(), tuple(), dict(), set(), frozenset())
l = [1, 2]
print(list(l) is l, tuple(l), list(tuple(l)) == l)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
print(str([1, 2]), str((1,)), str({1: [2]}))
