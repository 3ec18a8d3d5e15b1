# Star unpacking and swapping.
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
*a, b = "xyz"
print(a, b)
a, *b = range(1)
print(a, b)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
x, y = 1, 2
x, y = y, x
print(x, y)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
l = [0, 1, 2]
l[0], l[2] = l[2], l[0]
print(l)
i = 0
i, l[i] = 1, "set"
print(i, l)
[p, q] = [7, 8]
print(p, q)
(r, s), t = "ab", "c"
print(r, s, t)
first, second, *_ = "hello"
print(first, second, _)
print(*[1, 2], *(3, 4), *"56")
print([*"ab", *range(2)], {**{"a": 1}, **{"b": 2, "a": 3}})
print({*[1, 2], *(2, 3)})
a = b = c = []
a.append(1)
print(a, b, c, a is c)
