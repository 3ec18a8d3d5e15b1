# float() from strings and other values.
for s in ["1", "1.5", "-2.25", "  3.0  ", "1e3", "1E-3", "+4.5", ".5", "5.",
          "1_000.5", "inf", "-inf", "Infinity", "nan", "-0", "0.1",
          "123456789012345678901234567890"]:
    print(repr(s), float(s))
print(float(3), float(-3), float(True), float())
print(float(2 ** 60))
print(float("1e400"), float("-1e400"), float("1e-400"))
print(float(" nan ") != float("nan"))
x = float("nan")
print(x == x, x != x, x < 1, x > 1)
inf = float("inf")
print(inf > 1e308, -inf < -1e308, inf == inf, inf - inf)
print(inf + 1, inf * -1, 1 / inf, -1 / inf)
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((2.0).is_integer(), (2.5).is_integer())
print((255.0).hex(), float.fromhex("0x1.8p1"))
