# struct: packing and unpacking every format character in every
# byte-order mode, repeat counts, whitespace, alignment and calcsize.
import struct

ints = 'bBhHiIlLqQ'
for prefix in ('', '@', '=', '<', '>', '!'):
    for code in ints:
        fmt = prefix + code
        size = struct.calcsize(fmt)
        lo = 0 if code.isupper() else -(1 << (8 * size - 1))
        hi = (1 << (8 * size)) - 1 if code.isupper() else (1 << (8 * size - 1)) - 1
        for v in (lo, hi, 0, 1, lo + 1, hi - 1, 100):
            b = struct.pack(fmt, v)
            assert struct.unpack(fmt, b) == (v,), (fmt, v)
        print(repr(fmt), size, struct.pack(fmt, hi), struct.pack(fmt, lo),
              struct.pack(fmt, 100))

# Native-only codes
for code in 'nNP':
    print(code, struct.calcsize(code), struct.pack(code, 5),
          struct.unpack(code, struct.pack(code, 12345)))
print(struct.pack('n', -1), struct.unpack('n', b'\xff' * 8))
print(struct.pack('N', 2**64 - 1), struct.unpack('N', b'\xff' * 8))
print(struct.pack('P', -1), struct.unpack('P', b'\xff' * 8))

# Bools, chars, pad bytes, strings
print(struct.pack('?', 0), struct.pack('?', 5), struct.pack('?', []),
      struct.pack('?', 'x'), struct.pack('>?', None))
print(struct.unpack('3?', b'\x00\x01\x7f'), struct.unpack('<?', b'\x02'))
print(struct.pack('c', b'a'), struct.unpack('2c', b'xy'))
print(struct.pack('3x'), struct.pack('x3xB', 7), struct.unpack('2xB', b'\x00\x00\x09'))
print(struct.pack('5s', b'abc'), struct.pack('2s', b'abcdef'),
      struct.pack('s', b''), struct.pack('0s', b'xyz'))
print(struct.pack('3s', bytearray(b'xyz')), struct.unpack('4s', b'ab\x00d'))
print(struct.pack('5p', b'ab'), struct.pack('5p', b'abcdefgh'),
      struct.pack('p', b'ab'), struct.pack('0p', b'ab'), struct.pack('1p', b'q'))
print(struct.unpack('5p', b'\x02abcd'), struct.unpack('5p', b'\x09abcd'),
      struct.unpack('1p', b'\x05'))
long_p = struct.pack('300p', b'z' * 299)
print(long_p[:3], len(long_p), len(struct.unpack('300p', long_p)[0]))

# Repeat counts, whitespace, several values
print(struct.pack('3i', 1, 2, 3), struct.pack('<2h3B', -1, 2, 3, 4, 5))
print(struct.pack('< i  h ', 1, 2), struct.pack('>\t\nH\rb ', 1, 2))
print(struct.unpack('>4H', bytes(range(8))))
print(struct.unpack('<2s2H', b'ab\x01\x00\x02\x00'))
print(struct.pack('<i0sh', 1, b'', 2), struct.pack('10x'))

# calcsize: native alignment versus standard packing
for fmt in ('ci', '<ci', 'ic', 'cd', 'c0i', 'cP', 'c?', 'ce', 'cq', 'chi',
            'bhiq', '=bhiq', 'iiic', 'c3i', 'xd', '5sd', '5pi', 'dc', '',
            '0i', '0d', 'cN', 'hn', '@l', '=l', '<L', '>q', '!e', 'f'):
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack('@ci', b'a', 1), struct.pack('=ci', b'a', 1))
print(struct.pack('@bq', 1, 2), struct.unpack('@bq', struct.pack('@bq', -3, 2**40)))
print(struct.pack('@hd', 1, 2.0))

# Formats as bytes, unpack from bytearray
print(struct.pack(b'<h', 258), struct.calcsize(b'ii'))
print(struct.unpack('<i', bytearray(b'\x01\x02\x03\x04')))
print(struct.unpack(b'>H', bytearray(b'\x01\x02')))

# bool arguments are ints; bools packed with integer codes
print(struct.pack('<i', True), struct.pack('B', False))
print(struct.unpack('<q', struct.pack('<q', -2**63)))
print(struct.unpack('>Q', struct.pack('>Q', 2**64 - 1)))
print(struct.unpack('<hHiI', struct.pack('<hHiI', -2, 65535, -3, 4000000000)))
