# is / is not / in / not in.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, False is not None)
x = None
print(x is None, x is not None, not x is None)
print(1 in a, 3 in a, 3 not in a, not 3 in a)
print("" in "", "" in "abc", "abc" in "abc", "abcd" in "abc")
print((1, 2) in [(1, 2)], [1, 2] in [[1, 2]], 2 in ((1, 2), 2))
print(1.0 in [1], True in [1], 0 in [False])
d = {"k": "v"}
print("k" in d, "v" in d, "v" in d.values(), ("k", "v") in d.items())
print(5 in range(0, 10, 5), 6 in range(0, 10, 5))
s = {1, 2}
print(1 in s, {1} in [s], frozenset([1, 2]) in {frozenset([1, 2])})
