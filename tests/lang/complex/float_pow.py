# A negative float (or int) to a fractional power is complex; integral
# powers stay real.
for b in [-8.0, -8, -1.0, -2.5, -1e-300, -1e300, -0.5]:
    for e in [1 / 3, 0.5, -0.5, 2.5, 1.5, 0.1, 2.0, -2.0, 3, -3]:
        try:
            r = b ** e
            print(repr(b), repr(e), type(r).__name__, repr(r))
        except Exception as x:
            print(repr(b), repr(e), type(x).__name__, x)
print(pow(-8.0, 1 / 3), pow(-27, 1 / 3))
inf = float('inf')
for b, e in [(-inf, 0.5), (-0.0, 0.5), (-0.0, -0.5), (-1.0, inf), (-2.0, -inf),
             (float('nan'), 0.5), (-2.0, float('nan'))]:
    try:
        print(repr(b), repr(e), repr(b ** e))
    except Exception as x:
        print(repr(b), repr(e), type(x).__name__, x)
try:
    (-1e300) ** 1.5
except OverflowError as e:
    print('OverflowError', e)
