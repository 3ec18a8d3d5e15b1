# Imaginary literals and the repr/str of complex numbers.
print(1j, 2.5J, 1e3j, 0j, 00j, 1_000j, 0.5e-3j, 1E+2J, .5j, 5.j)
print(type(1j).__name__, type(1j) is complex)
print(1 + 2j, 1 - 2j, -1 - 2j, -1j, -0j, +0j, 0 - 0j, -(0j))
print(1j.real, 1j.imag, (2 + 3j).real, (2 + 3j).imag)

inf = float('inf')
nan = float('nan')
values = [
    complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0),
    complex(-0.0, -0.0), complex(1.0, 0.0), complex(0.0, 1.0),
    complex(1.5, -2.25), complex(1e16, 1e-5), complex(1e-5, 1e16),
    complex(123456789.125, 0.1), complex(inf, 0.0), complex(0.0, inf),
    complex(-inf, -inf), complex(nan, 0.0), complex(0.0, nan),
    complex(nan, nan), complex(-nan, -nan), complex(inf, nan),
    complex(1e300, -1e-300), complex(5e-324, 1.7976931348623157e308),
    complex(0.1, 0.2), complex(1 / 3, 2 / 3), complex(-7, 0),
    complex(100, -0.0), complex(1e22, 1e21),
]
for z in values:
    print(repr(z), str(z), z.real, z.imag)
print([1j, 2 + 0j], (3j,), {'k': -1j})
print('%s %r' % (1 + 1j, 2 - 2j))
print(str(1j) == repr(1j))
