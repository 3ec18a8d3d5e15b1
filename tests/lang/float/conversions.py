# Conversions between floats, ints and strings.
for v in [0.0, 0.9, -0.9, 1.5, -1.5, 1e10, 123456.789, -1e-3]:
    print(v, int(v), str(v), float(str(v)) == v)
print(float(1), float(-17), float(10 ** 18))
print(int(float(2 ** 62)))
print(int(1e23))
print(str(0.1 + 0.7), str(1e22), str(1e-6))
print(float("12.5") + 1, int("12") + 0.5)
print(bool(0.0), bool(-0.0), bool(0.1), bool(float("nan")))
print(abs(-3.5), abs(3.5))
print(round(2.5), round(3.5), round(-2.5))
print(divmod(10.5, 3), divmod(-10.5, 3))
print(pow(2.0, 10), pow(4.0, 0.5), pow(2, -2))
print(1.5 .is_integer(), 3.0 .is_integer())
