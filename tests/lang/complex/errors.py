# What complex does not support, with CPython's messages.
z = 1 + 2j
tests = [
    lambda: z // 2, lambda: 2 // z, lambda: z % 2, lambda: 2.5 % z,
    lambda: divmod(z, 1), lambda: divmod(1, z), lambda: round(z),
    lambda: int(z), lambda: float(z), lambda: ~z, lambda: z << 1,
    lambda: z & 1, lambda: z + 'a', lambda: 'a' + z, lambda: z * [1],
    lambda: [1] * z, lambda: z + None, lambda: z @ z, lambda: z ** 'x',
    lambda: math.floor(z), lambda: math.sqrt(z), lambda: z.foo,
    lambda: complex.conjugate(1),
    lambda: z.conjugate(1), lambda: range(z), lambda: [1][z],
    lambda: z + 10 ** 400, lambda: 10 ** 400 * z, lambda: '%d' % z,
    lambda: '%f' % z, lambda: hex(z), lambda: chr(z),
]
import math
for f in tests:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(1j, complex), isinstance(1, complex), issubclass(complex, object))
print(z.conjugate(), (1.5).conjugate(), (3).conjugate(), True.conjugate())
print((5).real, (5).imag, (2.5).real, (2.5).imag, True.real, True.imag)
print(complex.__name__, z.__complex__(), z.__getnewargs__(), z.__abs__())
print(z.__add__(1), z.__radd__(1), z.__sub__(1), z.__rsub__(1), z.__mul__(2))
print(z.__rmul__(2), z.__truediv__(2), z.__rtruediv__(2), z.__pow__(2))
print(z.__rpow__(2), z.__neg__(), z.__pos__(), z.__add__('x'))
print(z.__eq__(1 + 2j), z.__ne__(1), z.__lt__(1), z.__hash__() == hash(z))
print(str(z), repr(z), z.__repr__(), z.__str__(), bool(z), z.__bool__())
