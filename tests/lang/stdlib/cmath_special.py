# cmath on the grid of special values (signed zeros, infinities, nan):
# C99 Annex G's results and CPython's errors.
import cmath
inf = float('inf')
nan = float('nan')
grid = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]


def show(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError) as e:
        return type(e).__name__


for name in ['sqrt', 'exp', 'log', 'log10', 'phase', 'polar', 'isnan',
             'isinf', 'isfinite']:
    f = getattr(cmath, name)
    for a in grid:
        print(name, a, [show(f, complex(a, b)) for b in grid])
for a in grid:
    print('rect', a, [show(cmath.rect, a, b) for b in grid])
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj,
      cmath.nanj)
