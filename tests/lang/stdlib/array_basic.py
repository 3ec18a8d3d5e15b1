# array: construction from every kind of initializer, repr, typecodes,
# itemsize, indexing, slicing, iteration, and the list-like methods.
import array
from array import array as A

print(array.typecodes, array.ArrayType is A, A.__name__, A.__module__)
for tc in array.typecodes:
    a = A(tc)
    print(tc, a.itemsize, a.typecode, repr(a), len(a))

print(A('i', [1, 2, 3]), A('d', [1.5, -0.0]), A('f', [0.1, 2.5]))
print(A('u', 'hello'), A('u', ['a', 'b']), A('u'), A('u', 'a\U0001f600b'))
print(A('b', (1, -2)), A('B', b'abc'), A('B', bytearray(b'\x00\xff')))
print(A('h', range(4)), A('q', (x * x for x in range(4))))
print(A('i', b'\x01\x00\x00\x00\x02\x00\x00\x00'))
print(A('u', b'a\x00\x00\x00'), A('d', A('i', [1, 2])), A('b', A('h', [3])))
print(A('i', A('i', [5, 6])), A('u', A('u', 'xy')), A('H', []))
print(A('Q', [2**64 - 1]), A('q', [-2**63]), A('L', [2**64 - 1]),
      A('l', [-2**63]), A('I', [2**32 - 1]), A('i', [-2**31]),
      A('H', [65535]), A('h', [-32768]), A('B', [255]), A('b', [-128]))
print(A('f', [True, 3, 1e300, -1e300, 1e-50]), A('d', [float('nan'), float('inf')]))
print(str(A('i', [7])), A('i', [7]).__repr__())

a = A('i', [10, 20, 30, 40, 50])
print(a[0], a[4], a[-1], a[-5], len(a), a[True])
print(a[1:3], a[::-1], a[::2], a[5:], a[-2:], a[:-1:2], a[10:1:-2], a[3:1])
print(list(a), [x for x in A('u', 'abc')], list(reversed(a)))
print(30 in a, 31 in a, 30.0 in a, 'x' in a, None in a, 'b' in A('u', 'abc'))
print(a.index(30), a.index(10, 0, 1), a.index(50, -1), a.count(20), a.count(0))

a.append(60)
a.insert(0, 5)
a.insert(-1, 55)
a.insert(100, 70)
a.insert(-100, 1)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(1), a)
a.remove(40)
print(a)
a.extend([1, 2])
a.extend(A('i', [3]))
a.extend(x for x in (4, 5))
a.extend(())
print(a)
a.reverse()
print(a)
a[0] = 100
a[-1] = -100
print(a)
del a[1]
del a[-1]
print(a)

b = A('h', [1, 2, 3])
print(b.tobytes(), b.tolist(), b.buffer_info()[1], type(b.buffer_info()[0]))
b.frombytes(b'\x04\x00')
b.frombytes(bytearray(b'\x05\x00'))
b.frombytes(A('B', [6, 0]))
b.fromlist([7, 8])
print(b)
b.byteswap()
print(b)
b.byteswap()
print(b, b.tolist())
c = A('d', [1.0, 2.0])
c.byteswap()
print(c.tobytes())
u = A('u', 'hi')
u.fromunicode(' there')
u.append('!')
print(u, u.tounicode(), u.tolist(), u[0], u[-1], u.count('e'), u.index('t'))
print(A('B', [1, 2]).tobytes(), A('b').tobytes(), A('q', [-1]).tobytes())
for tc in 'bBhHiIlLqQfd':
    x = A(tc, [1, 2, 3])
    y = A(tc)
    y.frombytes(x.tobytes())
    print(tc, x == y, y, x.tolist() == [1, 2, 3])

# Copies
import copy
x = A('i', [1, 2])
y = copy.copy(x)
z = copy.deepcopy(x)
y.append(3)
print(x, y, z, x.__copy__(), x.__deepcopy__({}), x is x.__copy__())
print(bool(A('i')), bool(A('i', [0])), len(A('d', [1.0] * 7)))
