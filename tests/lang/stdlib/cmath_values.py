# cmath on ordinary values: the same bits as CPython (Kahan's square root,
# log1p near |z| == 1, scaled exp), log with a base, isclose, arguments.
import cmath
import random

random.seed(5)
rng = random
funcs = [cmath.sqrt, cmath.exp, cmath.log, cmath.log10, cmath.phase,
         cmath.polar]
for i in range(150):
    k = rng.random()
    if k < 0.3:
        z = complex(rng.uniform(-10, 10), rng.uniform(-10, 10))
    elif k < 0.5:
        z = complex(rng.uniform(0.5, 1.5), rng.uniform(-0.7, 0.7))
    elif k < 0.7:
        z = complex(rng.choice([-1, 1]) * 10 ** rng.uniform(-310, 308),
                    rng.choice([-1, 1]) * 10 ** rng.uniform(-310, 308))
    else:
        z = complex(rng.uniform(-1e3, 1e3), rng.uniform(-1e-3, 1e-3))
    out = []
    for f in funcs:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    try:
        out.append(repr(cmath.rect(z.real, z.imag)))
    except (ValueError, OverflowError) as e:
        out.append(type(e).__name__)
    print(repr(z), ' '.join(out))

for a, b in [(8, 2), (100, 10), (1j, 1j), (1, 1), (0, 2), (2, 0), (0, 1),
             (1e-320, 2), (-8, -2), (2 + 3j, 1 - 1j)]:
    try:
        print('log', a, b, cmath.log(a, b))
    except ValueError as e:
        print('log', a, b, 'ValueError', e)
for x in [709.9, 710, complex(709.9, 1), complex(711, 0.5), -1000]:
    try:
        print('exp', x, cmath.exp(x))
    except OverflowError as e:
        print('exp', x, 'OverflowError', e)
for z in [1e-320j, complex(1e300, 1e-300), complex(1e308, 1e308)]:
    for f in (cmath.phase, cmath.polar):
        try:
            print(f.__name__, z, f(z))
        except OverflowError as e:
            print(f.__name__, z, 'OverflowError', e)
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(True), cmath.sqrt(-2.25))
print(cmath.polar(1 + 1j), cmath.rect(2, 0.5), cmath.phase(-1),
      cmath.phase(complex(-1, -0.0)), cmath.rect(1, cmath.pi / 2))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1),
      cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(1, 1.01, abs_tol=0.1),
      cmath.isclose(complex(float('inf'), 0), complex(float('inf'), 0)),
      cmath.isclose(complex(float('inf'), 0), 1e308))


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return -4.0


print(cmath.sqrt(WithComplex()), cmath.sqrt(WithFloat()), cmath.exp(0))
for bad in [lambda: cmath.sqrt('x'), lambda: cmath.sqrt([]),
            lambda: cmath.sqrt(None), lambda: cmath.log(1, 'x'),
            lambda: cmath.rect(1j, 1), lambda: cmath.isclose(1, 2, rel_tol=-1),
            lambda: cmath.sqrt(), lambda: cmath.phase(1, 2),
            lambda: cmath.log(0), lambda: cmath.rect(1, float('inf'))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
