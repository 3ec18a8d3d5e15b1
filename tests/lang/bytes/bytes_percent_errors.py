# bytes % args: CPython's errors.
class S:
    def __str__(self):
        return 'S'

class BadBytes:
    def __bytes__(self):
        return 'not bytes'

cases = [
    (b'%s', 'str'), (b'%s', 1), (b'%s', S()), (b'%b', 'x'), (b'%s', [1]),
    (b'%s', BadBytes()), (b'%s', 1.5), (b'%s', None),
    (b'%c', 256), (b'%c', -1), (b'%c', b'AB'), (b'%c', 'A'), (b'%c', 1.5),
    (b'%c', b''), (b'%c', 10 ** 30),
    (b'%d', 'x'), (b'%i', b'1'), (b'%x', 2.5), (b'%X', 'a'), (b'%o', 1.0),
    (b'%f', 'x'), (b'%e', b'1'), (b'%g', None), (b'%d', 1j), (b'%f', 1j),
    (b'%s %s', (b'a',)), (b'%s', (b'a', b'b')), (b'', b'x'),
    (b'', bytearray(b'x')), (b'', 'x'), (b'x', 5),
    (b'%y', 1), (b'ab%z', 1), (b'%', 1), (b'%5', 1), (b'%(a', {}),
    (b'%(a)s', (1,)), (b'%(a)s', {'a': b'x'}), (b'%(a)s', b'abc'),
    (b'%*d', ('x', 1)), (b'%.*f', (None, 1.0)), (b'%\xe9', 1),
    (b'%s', {b'k': b'v'}),
]
for fmt, args in cases:
    for kind in (bytes, bytearray):
        try:
            print(kind.__name__, repr(kind(fmt) % args))
        except Exception as e:
            print(kind.__name__, repr(fmt), type(e).__name__, e)
try:
    1 % b'x'
except TypeError as e:
    print(e)
try:
    'abc' % b'x'
    print('str % bytes: no error (bytes is a mapping there)')
except TypeError as e:
    print(e)
