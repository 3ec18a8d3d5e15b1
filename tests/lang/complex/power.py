# complex ** in detail: integral exponents up to 100 by squaring, others
# through polar form, and the errors.
def show(b, e):
    try:
        print(repr(b), '**', repr(e), '=', repr(b ** e))
    except Exception as x:
        print(repr(b), '**', repr(e), '->', type(x).__name__, x)

for e in [101, 100, -101, -100, 2.0, 0.5, 1e300, 3 + 0j, -3, 0, 0.0, -0.0,
          1j, 2 + 3j, 7, -7, 50, 64, 99]:
    show(1.0001 + 0.0001j, e)
for b in [10 + 0j, -1 + 0j, 0j, 1j, -2.5 + 0j, -0j, complex(0, -0.0)]:
    for e in [400, 400.5, 1e308, complex(1e308, 1), -2, 0.5, -0.5, 1j, 0,
              -1, 2, 3j, complex(-1, 1)]:
        show(b, e)
inf = float('inf')
nan = float('nan')
for b in [complex(inf, 0), complex(nan, 0), complex(0, inf), 1e200 + 1e200j,
          complex(1e200, 0)]:
    for e in [2, 2.5, 0, -1, nan, 1j]:
        show(b, e)
show(2 + 0j, 2 ** 70)
for e in [1, 2, 3, 4, 5]:
    show(1j, e)
try:
    pow(1j, 2, 3)
except ValueError as e:
    print('ValueError', e)
