# slice objects.
s = slice(1, 5)
print(s, s.start, s.stop, s.step)
print(slice(3), slice(None, None, -1), slice(1, 10, 2))
data = list(range(10))
print(data[s], data[slice(None, None, 2)], data[slice(-3, None)])
print("abcdefgh"[slice(2, 6)], (1, 2, 3, 4)[slice(None, 2)])
print(s.indices(3), slice(None, None, -1).indices(5), slice(-2, 100, 2).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
rev = slice(None, None, -1)
print(data[rev], "hello"[rev], range(5)[rev])
data[slice(0, 3)] = ["a", "b"]
print(data)
del data[slice(0, 2)]
print(data)
