# len, type, str, repr, int, float, bool and container constructors.
for v in ["abc", [1, 2], (1,), {"a": 1}, {1, 2}, range(5), b"xy", ""]:
    print(repr(v), len(v), type(v))
for v in [1, 1.5, True, None, "s", b"b", [], (), {}, set(), frozenset(), range(1)]:
    print(type(v), type(v).__name__)
print(str(12), str(1.5), str(None), str([1, "a"]), str("s"))
print(repr(12), repr("s"), repr([1, "a"]), repr(None))
print(int("7"), int(7.9), int(True), float("2"), float(3), bool(""), bool("0"))
print(list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)))
print(tuple([1, 2]), tuple("ab"), tuple({3: 0}))
print(dict([("a", 1)]), dict(a=1), dict({"b": 2}))
print(sorted(set("aab")), sorted(frozenset([3, 1])), set([2, 2]))
print(type(type(1)), type(len))
print(type(1) is int, type("") == str, type([]) is list)
