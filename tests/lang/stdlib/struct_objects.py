# struct: the Struct class, unpack_from/pack_into with offsets,
# iter_unpack, struct.error, and buffers (bytes, bytearray, array).
import struct
import array

s = struct.Struct('<ih')
print(s.format, s.size, type(s).__name__, type(s).__module__)
print(struct.Struct(b'>d').format, struct.Struct(format='3s').size)
print(s.pack(1, -2), s.unpack(b'\x01\x00\x00\x00\xfe\xff'))
print(s.unpack_from(b'\xff\x01\x00\x00\x00\x02\x00', 1))
print(s.unpack_from(buffer=b'\x05\x00\x00\x00\x06\x00', offset=0))
print(list(s.iter_unpack(b'\x01\x00\x00\x00\x02\x00' * 3)))
ba = bytearray(10)
print(s.pack_into(ba, 2, 7, 8), ba)
s.pack_into(ba, -6, -1, -1)
print(ba)
print(struct.Struct('') .size, struct.Struct('').pack(), struct.Struct('').unpack(b''))

# Module-level functions with offsets
data = bytes(range(16))
print(struct.unpack_from('<I', data), struct.unpack_from('<I', data, 4))
print(struct.unpack_from('<I', data, offset=12), struct.unpack_from('<H', data, -2))
print(struct.unpack_from('>H', data, -16), struct.unpack_from('3s', buffer=data))
buf = bytearray(8)
struct.pack_into('<h', buf, 0, -2)
struct.pack_into('>h', buf, 6, 258)
struct.pack_into('<b', buf, -3, 9)
print(buf)
struct.pack_into('2s', buf, 3, b'xy')
print(buf)

# iter_unpack
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
print(list(it), it.__length_hint__(), list(it))
print(list(struct.iter_unpack('>2B', bytearray(b'abcd'))))
print(list(struct.iter_unpack('x', b'')))

# struct.error is an Exception subclass
print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))
print(struct.error, struct.Struct)
try:
    struct.pack('h', 1 << 20)
except Exception as e:
    print(type(e).__name__, isinstance(e, struct.error), e.args)
try:
    raise struct.error('custom', 1)
except struct.error as e:
    print(e, e.args)

# Arrays are buffers too
a = array.array('h', [1, -2, 3])
print(struct.unpack('<3h', a), struct.unpack_from('<h', a, 2))
print(list(struct.iter_unpack('<h', a)))
struct.pack_into('<h', a, 2, 1000)
print(a)
struct.pack_into('<b', a, 5, 1)
print(a)
b = array.array('d', [0.0])
struct.pack_into('<d', b, 0, 2.5)
print(b, struct.unpack('<d', b))

# Round trips through both
values = (1, -1, 2**31 - 1, b'q', True, 1.5, b'str')
fmt = '<ihIc?d3s'
packed = struct.pack(fmt, 1, -1, 2**31 - 1, b'q', True, 1.5, b'str')
print(packed, struct.unpack(fmt, packed) == values[:2] + (2**31 - 1,) + values[3:])
print(struct.Struct(fmt).unpack(packed))
