# struct: CPython's error messages (struct.error, TypeError, OverflowError)
# for bad formats, wrong argument counts and types, out-of-range values in
# every byte-order mode, and buffers of the wrong size.
import struct


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except (struct.error, TypeError, ValueError, OverflowError,
            UnicodeError, MemoryError) as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)


# Formats
for fmt in ('y', '<n', '>N', '!P', '3', 'i 3 i', '3 i', 'i<', '<i>', '@@i',
            'i\x00', '99999999999999999999i', '9223372036854775807d',
            '4611686018427387904s2i', '\u00e9'):
    attempt(struct.calcsize, fmt)
attempt(struct.calcsize, 5)
attempt(struct.calcsize, None)
attempt(struct.calcsize)
attempt(struct.calcsize, 'i', 'i')
attempt(struct.Struct)
attempt(struct.Struct, 'i', 'j')
attempt(struct.Struct, 5)
attempt(struct.Struct, 'q', format='q')

# Item counts and argument shapes
attempt(struct.pack, 'h', 1, 2)
attempt(struct.pack, 'hh', 1)
attempt(struct.pack, '3s2x', b'a', b'b')
attempt(struct.pack, '')
attempt(struct.pack, '', 1)
attempt(struct.pack, 'x', 1)
attempt(struct.pack)
attempt(struct.pack, 1)
attempt(struct.pack, 'i', x=1)
attempt(struct.unpack)
attempt(struct.unpack, 'i')
attempt(struct.unpack, 'i', b'1234', 5)
attempt(struct.unpack, 'i', buffer=b'1234')
attempt(struct.unpack_from)
attempt(struct.unpack_from, 'i')
attempt(struct.unpack_from, 'i', b'1234', 0, 1)
attempt(struct.unpack_from, 'i', b'1234', 'x')
attempt(struct.iter_unpack, 'i')
attempt(struct.iter_unpack)
attempt(struct.pack_into)
attempt(struct.pack_into, 'i')
attempt(struct.pack_into, 'i', bytearray(4))
attempt(struct.pack_into, 'i', bytearray(4), 0)
attempt(struct.pack_into, 'i', bytearray(4), 'x', 1)
s = struct.Struct('i')
attempt(s.pack)
attempt(s.pack, x=1)
attempt(s.unpack)
attempt(s.unpack_from)
attempt(s.pack_into, bytearray(4))
attempt(s.pack_into)
attempt(s.iter_unpack)

# Value types
for fmt in 'bBhHiIlLqQnNP':
    attempt(struct.pack, fmt, 1.0)
    attempt(struct.pack, fmt, '1')
for fmt in 'efd':
    attempt(struct.pack, fmt, '1.0')
    attempt(struct.pack, fmt, None)
attempt(struct.pack, 'c', 'x')
attempt(struct.pack, 'c', b'xy')
attempt(struct.pack, 'c', bytearray(b'x'))
attempt(struct.pack, 'c', 120)
attempt(struct.pack, 's', 'abc')
attempt(struct.pack, '3p', 5)
attempt(struct.pack, '2?', 0, 'x')

# Ranges, in each mode
values = (-2**64 - 1, -2**63 - 1, -2**63, -2**40, -2**31 - 1, -2**16,
          -2**15 - 1, -129, -1, 128, 256, 2**15, 2**16, 2**31, 2**32,
          2**63, 2**64 - 1, 2**64)
for prefix in '@=<>!':
    for code in 'bBhHiIlLqQnNP':
        if prefix != '@' and code in 'nNP':
            continue
        seen = []
        for v in values:
            try:
                struct.pack(prefix + code, v)
                msg = 'ok'
            except struct.error as e:
                msg = str(e)
            if not seen or seen[-1][1] != msg:
                seen.append((v, msg))
        print(prefix + code, seen)

# Buffers of the wrong size or kind
attempt(struct.unpack, 'i', b'abc')
attempt(struct.unpack, 'i', b'abcde')
attempt(struct.unpack, '', b'x')
attempt(struct.unpack, 'i', bytearray(b'123'))
attempt(struct.unpack, 'i', 'abcd')
attempt(struct.unpack, 'i', 5)
attempt(struct.unpack, 'i', [1, 2, 3, 4])
attempt(struct.Struct('<h').unpack, b'\x01')
data = b'abcdefgh'
for off in (5, 8, 9, -3, -4, -8, -9, -100):
    attempt(struct.unpack_from, '<i', data, off)
attempt(struct.Struct('<ih').unpack_from, b'\x00' * 7, 2)
ba = bytearray(8)
for off in (5, 9, -3, -4, -8, -9):
    attempt(struct.pack_into, '<i', ba, off, 7)
print(ba)
attempt(struct.pack_into, 'i', b'12345678', 0, 7)
attempt(struct.pack_into, 'i', [0] * 8, 0, 7)
attempt(struct.pack_into, 'i', 'abcdefgh', 0, 7)
attempt(struct.pack_into, 'h', ba, 0, 1 << 20)
print(ba)
attempt(struct.pack_into, '<bhb', ba, 4, 9, 1 << 20, 3)
print(ba)
attempt(struct.pack_into, 'h', ba, 100, 1 << 20)
attempt(struct.pack_into, 'h', b'xx', 'x', 1 << 20)
attempt(struct.pack_into, 'h', ba, 'x', 1)
attempt(struct.iter_unpack, 'i', b'abcdefg')
attempt(struct.iter_unpack, '', b'abc')
attempt(struct.iter_unpack, '0i', b'')
attempt(struct.iter_unpack, 'i', 'abcd')
attempt(struct.Struct('<3h').iter_unpack, b'\x00' * 7)

# Too large to build
attempt(struct.pack, '1000000000000000s', b'')
attempt(struct.pack_into, '1000000000000000s', bytearray(8), 0, b'')
attempt(struct.pack_into, '1000000000000000s', bytearray(8), -5, b'')
