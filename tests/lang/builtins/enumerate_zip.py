# enumerate (with start) and zip.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)))
print(list(enumerate(["x", "y"], start=-1)))
for i, ch in enumerate("hi", 100):
    print(i, ch)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])))
print(list(zip("abc", range(3), [True, False, None])))
names = ["ann", "bob"]
ages = [31, 25]
print(dict(zip(names, ages)))
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
e = enumerate("xy")
print(next(e), next(e), next(e, None))
z = zip([1, 2], [3, 4])
print(next(z), list(z))
