# array: CPython's errors for out-of-range and wrongly typed items (per
# typecode), bad constructor arguments, bad indices and slices, and
# method argument errors.
from array import array as A


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except (TypeError, ValueError, OverflowError, IndexError,
            MemoryError, EOFError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)


values = (-2**70, -2**64 - 1, -2**64, -2**63 - 1, -2**63, -2**40, -2**32,
          -2**31 - 1, -2**31, -2**16, -2**15 - 1, -2**15, -256, -129, -128,
          -1, 0, 127, 128, 255, 256, 2**15 - 1, 2**15, 2**16 - 1, 2**16,
          2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**40, 2**63 - 1, 2**63,
          2**64 - 1, 2**64, 2**70)
for tc in 'bBhHiIlLqQ':
    seen = []
    for v in values:
        try:
            A(tc, [v])
            msg = 'ok'
        except OverflowError as e:
            msg = str(e)
        if not seen or seen[-1][1] != msg:
            seen.append((v, msg))
    print(tc, seen)

for tc in 'bBuhHiIlLqQfd':
    for v in (1.5, 'a', None, b'x', 'ab', [1]):
        try:
            A(tc, [v])
            print(tc, repr(v), 'ok')
        except (TypeError, OverflowError) as e:
            print(tc, repr(v), type(e).__name__, e)
for tc in 'fd':
    attempt(A, tc, [2**1024])
    attempt(A, tc, [10**400])

# Constructor arguments
attempt(A)
attempt(A, 'z')
attempt(A, 'ii')
attempt(A, '')
attempt(A, 5)
attempt(A, b'i')
attempt(A, 'i', [1], 2)
attempt(A, 'i', 5)
attempt(A, 'i', None)
attempt(A, 'i', 'abc')
attempt(A, 'd', 'abc')
attempt(A, typecode='i')
attempt(A, 'i', [1, 'x'])
attempt(A, 'i', b'abc')
attempt(A, 'd', b'\x00' * 9)
attempt(A, 'u', A('i', [1, 2]))
attempt(A, 'i', A('u', 'ab'))
attempt(A, 'i', A('d', [1.5]))
attempt(A, 'u', [1])

# Items
a = A('i', [1, 2, 3])
for key in (3, -4, 2**70, -2**70, 'x', 1.0, None):
    attempt(a.__getitem__, key)
for key in (3, -4, 2**70, 'x', 1.0):
    attempt(a.__setitem__, key, 1)
    attempt(a.__delitem__, key)
attempt(a.__setitem__, 0, 'x')
attempt(a.__setitem__, 0, 2**40)
attempt(a.__setitem__, 0, 1.5)
attempt(a.__getitem__, slice(None, None, 0))
attempt(a.__setitem__, slice(0, 1), [1])
attempt(a.__setitem__, slice(0, 1), 5)
attempt(a.__setitem__, slice(0, 1), A('h', [1]))
attempt(a.__setitem__, slice(None, None, 2), A('i', [0]))
attempt(a.__setitem__, slice(None, None, -1), A('i', [0, 0]))
attempt(a.__setitem__, slice(None, None, 0), A('i'))
attempt(a.__delitem__, slice(None, None, 0))
print(a)
attempt(hash, a)
attempt(A('u', b'\xff\xff\xff\xff').__getitem__, 0)
attempt(A('u', b'\xff\xff\xff\xff').tounicode)
attempt(repr, A('u', b'\x00\x00\x11\x00'))
attempt(A('u', b'\x00\x00\x11\x00').tolist)

# Operators
attempt(lambda: a + A('h'))
attempt(lambda: a + [1])
attempt(lambda: [1] + a)
attempt(lambda: a * 'x')
attempt(lambda: 'x' * a)
attempt(lambda: a * 1.5)
attempt(lambda: a - a)
attempt(lambda: a < 3)
attempt(lambda: a >= [1])
attempt(lambda: a * 2**62)
attempt(lambda: a * 2**64)
attempt(lambda: A('d', [0.0]) * 10**15)
attempt(lambda: A('b', [0] * 1000) * 10**12)
print(a == 3, a != 'x')


def iadd(x, y):
    x += y
    return x


def imul(x, y):
    x *= y
    return x


attempt(iadd, A('i'), [1])
attempt(iadd, A('i'), A('d'))
attempt(iadd, A('i'), 5)
attempt(imul, A('i', [1]), 'x')
attempt(imul, A('i', [1]), 2.0)

# Methods
b = A('h', [1, 2, 3])
attempt(b.append)
attempt(b.append, 1, 2)
attempt(b.append, 'x')
attempt(b.append, 1 << 20)
attempt(b.extend)
attempt(b.extend, 5)
attempt(b.extend, A('d', [1.0]))
attempt(b.extend, [4, 'x', 6])
print(b)
attempt(b.insert)
attempt(b.insert, 0)
attempt(b.insert, 'x', 1)
attempt(b.insert, 0, 'x')
attempt(b.insert, 0, 1, x=1)
attempt(b.insert, 2**70, 1)
attempt(b.pop, 100)
attempt(b.pop, -100)
attempt(b.pop, 'x')
attempt(b.pop, 2**70)
attempt(b.pop, 1, 2)
attempt(A('i').pop)
attempt(A('i').pop, 0)
attempt(b.remove, 99)
attempt(b.remove, 'x')
attempt(b.remove)
attempt(b.index, 99)
attempt(b.index)
attempt(b.index, 1, 'x')
attempt(b.index, 3, 0, 2)
attempt(b.index, 1, 2**70)
attempt(b.count)
attempt(b.count, 1, 2)
attempt(b.reverse, 1)
attempt(b.byteswap, 1)
attempt(b.tobytes, 1)
attempt(b.tolist, 1)
attempt(b.frombytes, b'\x01')
attempt(b.frombytes, 'xx')
attempt(b.frombytes, 5)
attempt(b.frombytes, A('h', [1]))
attempt(b.frombytes)
attempt(b.fromlist, (1,))
attempt(b.fromlist, [1, 'x'])
attempt(b.fromlist, [1, 2**20])
attempt(b.fromlist, [1], 2)
print(b)
attempt(b.tounicode)
attempt(b.fromunicode, 'x')
attempt(A('u').fromunicode, b'x')
attempt(A('u').fromunicode, 5)
attempt(A('u').append, 1)
attempt(A('u').append, 'ab')
attempt(A('u').append, '')
attempt(b.fromfile)
attempt(b.fromfile, None, 1)
attempt(b.fromfile, None, -1)
attempt(b.fromfile, None, 'x')
attempt(b.tofile)
attempt(b.tofile, 5)
attempt(A('h').tofile, 5)
attempt(b.__deepcopy__)
attempt(b.buffer_info, 1)
print(b)
