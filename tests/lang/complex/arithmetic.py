# + - * / ** between complex, int, float and bool, in both orders.
operands = [2 + 3j, -1.5 + 0.5j, 1j, 0j, 3, -2, 0, 2.5, -0.0, True]
ops = [
    ('+', lambda a, b: a + b),
    ('-', lambda a, b: a - b),
    ('*', lambda a, b: a * b),
    ('/', lambda a, b: a / b),
    ('**', lambda a, b: a ** b),
]
for a in operands:
    for b in operands:
        if not isinstance(a, complex) and not isinstance(b, complex):
            continue
        for name, f in ops:
            try:
                r = f(a, b)
                print(repr(a), name, repr(b), '=', repr(r))
            except Exception as e:
                print(repr(a), name, repr(b), '->', type(e).__name__, e)

z = 1 + 2j
z += 1
print(z)
z *= 1j
print(z)
z -= 2.5
print(z)
z /= 2
print(z)
z **= 2
print(z)

# unary operators and abs
for v in [3 + 4j, -3 - 4j, complex(-0.0, 0.0), 1e308 + 1e308j, 5e-324 + 5e-324j]:
    try:
        print(repr(-v), repr(+v), repr(abs(v)), bool(v))
    except OverflowError as e:
        print('OverflowError', e)
inf = float('inf')
nan = float('nan')
print(abs(complex(inf, nan)), abs(complex(nan, -inf)), abs(complex(nan, 1)))
print(abs(complex(3e200, 4e200)), abs(-0j))

# division: Smith's algorithm and its special values
for a, b in [(1 + 1j, 1e-320 + 1e-320j), (1e308 + 1e308j, 1e-308 + 1e-308j),
             (complex(inf, 0), 2), (1 + 1j, complex(inf, inf)),
             (complex(inf, 1), 1 + 1j), (1 + 1j, complex(0, nan)),
             (1 + 2j, 3 - 4j), (5, 2j), (2.5, 1 + 1j), (1j, 2),
             (1e300 + 1j, 1e-300 + 1e300j), (-0.0 + 0j, 1 + 0j)]:
    print(repr(a), '/', repr(b), '=', repr(a / b))
for a, b in [(1j, 0), (1j, 0.0), (1, 0j), (1.5, -0j), (0j, 0j)]:
    try:
        a / b
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)

# sum and friends
print(sum([1j, 2, 3.5, 4 - 1j]), sum([0.5j] * 4, 1j))
print(pow(2j, 3), pow(1 + 1j, -2), pow(2, 1j))
