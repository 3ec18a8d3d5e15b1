# Slice assignment and deletion.
l = list(range(10))
l[2:5] = ["a", "b", "c"]
print(l)
l[2:5] = ["x"]
print(l)
l[2:3] = [1, 2, 3, 4]
print(l)
l[:0] = ["start"]
print(l)
l[len(l):] = ["end"]
print(l)
l[1:3] = []
print(l)
m = list(range(10))
m[::2] = ["e"] * 5
print(m)
m[::-3] = [0, 0, 0, 0]
print(m)
try:
    m[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
n = list(range(10))
del n[1::3]
print(n)
del n[::-2]
print(n)
p = [1, 2, 3]
p[1:2] = "xyz"
print(p)
p[:] = (7, 8)
print(p)
q = [1, 2, 3, 4]
q[3:1] = ["in"]
print(q)
