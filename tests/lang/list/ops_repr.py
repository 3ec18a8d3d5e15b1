# + * comparison, in, repr of lists.
a = [1, 2]
b = [3]
print(a + b, b + a, a * 3, [0] * 5, [] * 10, 2 * b)
print(a, [a, b], [[]], [[], [[]]])
print(repr(["s", 1, 2.5, None, True, (1,), {"k": 1}]))
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
print([] < [0], [2] > [1, 100], [1, [2]] == [1, [2]])
print(2 in a, 5 in a, [3] in [[3]], 5 not in a)
c = a
c += [9]
print(a, c is a)
c = c + [10]
print(a, c)
d = [[0] * 3] * 2
d[0][0] = 1
print(d)
e = [[0] * 3 for i in range(2)]
e[0][0] = 1
print(e)
l = [1]
l.append(l)
print(l)
print(len([1, [2, 3], []]))
print(list(), list("ab"), list((1, 2)), list(range(3)))
