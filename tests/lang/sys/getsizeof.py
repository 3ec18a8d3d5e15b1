# sys.getsizeof: sizes are implementation details (ftpy's differ from
# CPython's, see docs/differences.md), so this prints only facts that
# hold in both: sizes are positive ints, containers grow with their
# contents, __sizeof__ is called, its result is checked, and the default
# replaces a TypeError.
import sys
import array
import struct


class Sized:
    def __init__(self, n):
        self.n = n

    def __sizeof__(self):
        return self.n


class Plain:
    pass


def size(x):
    n = sys.getsizeof(x)
    assert type(n) is int and n > 0, (x, n)
    return n


for x in (0, 1, -5, 2**100, 1.5, True, None, '', 'abc', b'', b'xyz', (),
          (1, 2), [], [1], {}, {1: 2}, set(), frozenset(), bytearray(),
          array.array('i'), struct.Struct('i'), Plain(), Plain, len,
          range(3), iter([]), Sized(1)):
    size(x)
print('all positive ints')

print(size('a' * 1000) > size('a'), size(b'x' * 1000) > size(b''))
print(size(tuple(range(100))) > size(()), size(2**1000) > size(2**100))
print(size(list(range(1000))) > size([]), size(dict.fromkeys(range(1000))) > size({}))
print(size(set(range(1000))) > size(set()), size(bytearray(1000)) > size(bytearray()))
print(size(array.array('d', range(1000))) > size(array.array('d')))
print(size(array.array('d', [0.0] * 100)) > size(array.array('b', [0] * 100)))
print(size(Sized(100)) >= 100, size(Sized(10**6)) >= 10**6)
print(sys.getsizeof(Sized(5), 'unused') >= 5, sys.getsizeof(1, default=None) > 0)


class Negative:
    def __sizeof__(self):
        return -1


class NotInt:
    def __sizeof__(self):
        return 'x'


class Raises:
    def __sizeof__(self):
        raise TypeError('no size')


class Huge:
    def __sizeof__(self):
        return 2**70


class Broken:
    def __sizeof__(self):
        raise KeyError('k')


for cls in (Negative, NotInt, Raises, Huge, Broken):
    for extra in ((), ('dflt',)):
        try:
            print(cls.__name__, sys.getsizeof(cls(), *extra))
        except Exception as e:
            print(cls.__name__, type(e).__name__, e)
for args, kw in (((), {}), ((1, 2, 3), {})):
    try:
        sys.getsizeof(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
