# reverse and copy; aliasing vs copying.
l = [1, 2, 3, 4]
l.reverse()
print(l)
a = [1, [2, 3]]
b = a
c = a.copy()
d = a[:]
e = list(a)
a.append(4)
a[1].append(99)
print(a, b, c, d, e)
print(a is b, a is c, c == d, c is d)
print([].copy(), [0].copy())
x = list(range(6))
y = x[::-1]
print(x, y)
print(list(reversed(x)))
x.reverse()
print(x == y)
