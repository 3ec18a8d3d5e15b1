# Slices copy; slice assignment mutates in place.
a = [1, 2, 3, 4, 5]
b = a[1:4]
b[0] = 99
print(a, b)
c = a
c[1:3] = []
print(a, c)
s = "immutable"
t = s[:]
print(s == t, t)
u = (1, 2, 3)
print(u[:] == u, u[::-1])
m = [[0], [1]]
n = m[:]
n[0].append("shared")
n[1] = "replaced"
print(m, n)
