# struct: the e, f and d formats: rounding, signed zeros, infinities,
# NaNs, subnormals, overflow, both byte orders, int arguments.
import struct

inf = float('inf')
nan = float('nan')
values = [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 65504.0, 65519.99, 1e-5, 6e-8,
          5.960464477539063e-08, 2.9802322387695312e-08, 3e-08, 1e-9,
          inf, -inf, 3.4028234e38, 1e-40, 2.0**-149, 1e308, 5e-324, 12345.678]
for fmt in ('<e', '>e', 'e', '<f', '>f', 'f', '<d', '>d', 'd'):
    for v in values:
        try:
            b = struct.pack(fmt, v)
            print(fmt, repr(v), b, struct.unpack(fmt, b)[0])
        except OverflowError as e:
            print(fmt, repr(v), 'OverflowError', e)

for fmt in ('<e', '<f', '<d', '>e', '>f', '>d'):
    b = struct.pack(fmt, nan)
    print(fmt, 'nan', b, struct.unpack(fmt, b))
    b = struct.pack(fmt, -nan)
    print(fmt, '-nan', struct.unpack(fmt, b))

# Half floats: every bit pattern class
for bits in (0x0000, 0x0001, 0x03ff, 0x0400, 0x3c00, 0x3c01, 0x7bff, 0x7c00,
             0x7c01, 0x7e00, 0x8000, 0x8001, 0xbc00, 0xfc00, 0xfe00, 0x3555):
    (v,) = struct.unpack('<e', struct.pack('<H', bits))
    back = struct.pack('<e', v) if v == v else b'nan'
    print(hex(bits), v, back)

# Round half to even in 'e' and 'f'
for v in (1.0 + 2**-11, 1.0 + 3 * 2**-11, 2049.0, 2051.0, 1 + 2**-24, 1 + 3 * 2**-24):
    print(repr(v), struct.unpack('<e', struct.pack('<e', v))[0],
          struct.unpack('<f', struct.pack('<f', v))[0])

# Ints are accepted, bools too
print(struct.pack('<d', 3), struct.pack('<f', True), struct.pack('<e', -2))
print(struct.unpack('<d', struct.pack('<d', 2**53 + 1)))

# Overflow
for fmt, v in (('<e', 65520.0), ('<e', 1e10), ('>e', -1e6), ('e', 70000),
               ('<f', 1e300), ('>f', -3.5e38), ('<f', 3.4028235e38),
               ('<f', 3.4028235677973366e38), ('<f', 3.402823669209385e38),
               ('<f', 10**39), ('>f', -10**39), ('f', 10**39), ('<e', 65520),
               ('>e', 10**20), ('<d', 10**400), ('e', 10**400)):
    try:
        print(fmt, v, struct.pack(fmt, v))
    except (OverflowError, struct.error) as e:
        print(fmt, v, type(e).__name__, e)
# Native 'f' is a C cast: no overflow check
print(struct.pack('f', 1e300), struct.pack('@f', -1e300), struct.pack('=f', 1.0))
