# map and filter.
print(list(map(str, [1, 2, 3])))
print(list(map(len, ["a", "bb", ""])))
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])))
print(list(map(int, "123")), list(map(str.upper, ["a", "b"])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda x: x > 2, [1, 5, 2, 7])))
print(list(filter(str.isdigit, "a1b22c3")))
m = map(abs, [-1, -2])
print(next(m), next(m), next(m, "done"))
def square(n):
    return n * n
print(sum(map(square, range(5))), max(map(len, ["aa", "b"])))
print(list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
print("".join(map(chr, [72, 105])))
print(list(filter(lambda w: len(w) > 2, "a be cat door".split())))
