# repr of many float values (shortest round-trip form).
vals = [0.1, 0.2, 0.3, 1e16, 1e15, 1e17, 1e-5, 1e-4, 2.5e-7, 1 / 3, 2 / 3,
        100.0, 1e100, 1.5, -1.5, 123.456, 0.1 + 0.2, 1e-10, 9.999999999999999e22,
        3.0e-310, 4.35, 2 ** 0.5, 10 / 7, 1e21, 1e-7, 0.001, 0.0001,
        123456789012345.6, 1234567890123456.7, 12345678901234567.0]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"))
print(-0.0, 0.0, -0.0 == 0.0)
print(repr(-0.0))
print(1e300 * 1e10)
print(float(10 ** 20), float(2 ** 53), float(2 ** 53 + 1))
print(7.0, 7.5, -7.25)
print([0.5, 0.25, 1e-3])
print((1.1, 2.2))
