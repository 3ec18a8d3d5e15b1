# complex(real, imag) and complex(string).
print(complex(), complex(1), complex(1, 2), complex(1.5, -2), complex(True, False))
print(complex(real=3), complex(imag=2), complex(real=1, imag=2), complex(-0.0))
print(complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(2, 1j))
print(complex(-0.0, 1j), complex(0j, -0.0), complex(complex(-0.0, -0.0), 0))
print(repr(complex(-0.0, -0.0)), repr(complex(0.0, -0.0)))
print(complex(10 ** 20, 10 ** 19))
z = 1 + 2j
print(complex(z) is z)

texts = [
    '1+2j', '1-2j', '(1+2j)', ' ( 1+2j ) ', '  3.5  ', '2j', '-2J', 'j', '+j',
    '-j', '1+j', '1-j', '1e5', '1e5j', '1e-5+1e5j', '1E+3-2e-3J', '.5', '5.',
    '.5j', 'inf', '-inf', 'infj', 'infinity', '-Infinityj', 'nan', 'NaNj',
    'inf+nanj', '-nan-infj', '1_000', '1_0+2_0j', '1.5_5j', '0x10', '1+2',
    '', ' ', '()', '(1', '1)', 'j1', '1jj', '1+2jx', '1 + 2j', '1e', '1e+j',
    '1e5+', '1+-2j', '++1j', 'in', 'infin', 'nanj+1', '1__0', '_1', '1_',
    '1_j', '\t1+1j\n', '١٢+٣j', '1\u3000', '1\x00', '\u20001j', 'é',
    '(j)', '( -j )', '1.5e300+1.5e300j', '1e400', '-1e400j', '0.0-0.0j',
    '-0', '-0j', '(-0-0j)', '1.e2j', '.e2', '(1+2j', 'J', 'inFj',
]
for t in texts:
    try:
        print(repr(t), repr(complex(t)))
    except ValueError as e:
        print(repr(t), 'ValueError', e)

class WithComplex:
    def __complex__(self):
        return 4 - 1j

class WithFloat:
    def __float__(self):
        return 2.5

class WithIndex:
    def __index__(self):
        return 7

class BadComplex:
    def __complex__(self):
        return 5

print(complex(WithComplex()), complex(WithFloat()), complex(WithIndex()))
print(complex(WithFloat(), WithIndex()), complex(1, WithFloat()))
print(complex(WithComplex(), 1))
bad = [
    lambda: complex('1+2j', 1), lambda: complex(1, '2'), lambda: complex([]),
    lambda: complex(1, []), lambda: complex(1, None), lambda: complex(None),
    lambda: complex(1, 2, 3), lambda: complex(real=1, foo=2),
    lambda: complex(BadComplex()), lambda: complex(imag='1'),
    lambda: complex(b'1'), lambda: complex(10 ** 400),
    lambda: complex(1, 10 ** 400), lambda: complex({}),
]
for f in bad:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
