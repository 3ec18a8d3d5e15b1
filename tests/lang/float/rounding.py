# round() with and without ndigits, including banker's rounding.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4, 0.6, 2.675, 1.005]:
    print(v, round(v), round(v, 1), round(v, 2))
print(round(3.14159, 3))
print(round(1234.5678, -2))
print(round(1234.5678, -1))
print(round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(7), round(-7), round(7, 2))
print(type(round(2.5)), type(round(2.5, 1)), type(round(25, -1)))
print(round(0.125, 2), round(0.375, 2))
print(round(1e20), round(123.456, 0))
print(int(2.9), int(-2.9))
print(round(5.5), round(6.5), round(-5.5))
