# array: comparisons, + and *, in-place operators, slice assignment and
# deletion (simple and extended), iteration while mutating, files.
from array import array as A
import io

x = A('i', [1, 2])
y = A('i', [1, 2, 3])
z = A('h', [1, 2])
d = A('d', [1.0, 2.0])
print(x == y, x != y, x < y, x <= y, x > y, x >= y)
print(x == z, x != z, x <= z, y > z, x == d, A('d', [1.5]) > x)
print(x == [1, 2], x != (1, 2), A('i') == A('i'), A('i') < A('i', [0]))
print(A('u', 'ab') == A('u', 'ab'), A('u', 'ab') < A('u', 'b'), A('u', 'a') == A('i', [97]))
nan = float('nan')
print(A('d', [nan]) == A('d', [nan]), A('d', [nan]) != A('d', [nan]))
print(A('d', [1, nan]) < A('d', [1, 2]), A('d', [0.0]) == A('d', [-0.0]))
print(A('Q', [2**64 - 1]) > A('q', [2**63 - 1]), A('b', [-1]) < A('B', [255]))

print(x + y, x * 2, 2 * x, x * 0, x * -1, A('u', 'ab') * 2, A('u', 'a') + A('u', 'b'))
print(type(x + y).__name__, (x + y).typecode, A('d') * 5)

w = A('i', [1])
v = w
w += A('i', [2, 3])
print(w, v is w)
w *= 2
print(w, v is w)
w *= 0
print(w, v is w)
w += w
w.extend(w)
print(w)
w = A('i', [1, 2, 3])
w += w
print(w)
w.extend(w)
print(w)

# Slice assignment and deletion
c = A('i', range(6))
c[1:4] = A('i')
print(c)
c[4:1] = A('i', [9])
print(c)
c[0:0] = A('i', [-1, -2])
print(c)
c[len(c):] = A('i', [99])
print(c)
c[::-2] = A('i', [7, 7, 7, 7])
print(c)
c[1:1] = c
print(c)
c[:] = c[::2]
print(c)
c[::3] = A('i', [0] * len(c[::3]))
print(c)
del c[::2]
print(c)
del c[1:3]
print(c)
del c[::-2]
print(c)
del c[:]
print(c, len(c))
e = A('i', range(20))
del e[1:18:4]
print(e)
del e[10:2:-3]
print(e)
del e[100:]
del e[5:5]
print(e)
e[2:5:1] = A('i', [0])
print(e)
e[-100:2] = A('i', [5, 5, 5])
print(e)

# Iteration sees appends; an exhausted iterator stays exhausted
f = A('b', [1, 2])
it = iter(f)
print(next(it), type(it).__name__)
f.append(3)
print(list(it), list(it))
f.append(4)
print(list(it))
it = iter(f)
for v in it:
    if v == 1:
        del f[1:]
print(f, list(it))
g = A('h', [1, 2, 3])
out = []
for v in g:
    out.append(v)
    if len(g) < 6:
        g.append(v * 10)
print(out, g)

# Big arrays grow and shrink
big = A('q')
for i in range(1000):
    big.append(i)
print(len(big), big[999], sum(big), big.count(500))
del big[10:]
print(big, big.buffer_info()[1])
big.extend(range(100000))
print(len(big), big[-1])
big[:] = A('q')
print(big)
h = A('H', range(40))
while len(h) > 3:
    h.pop(0)
print(h)

# Files
fb = io.BytesIO()
A('h', [1, 2, 3]).tofile(fb)
A('h').tofile(fb)
print(fb.getvalue())
fb.seek(0)
r = A('h')
r.fromfile(fb, 2)
print(r)
try:
    r.fromfile(fb, 5)
except EOFError as exc:
    print('EOFError', exc, r)
fb.seek(0)
r.fromfile(fb, 0)
print(r)

# Arrays of bytes convert to bytes and bytearray item by item
print(bytes(A('B', [65, 66])), bytearray(A('B', [1])), bytes(A('b', [1, 2])))
