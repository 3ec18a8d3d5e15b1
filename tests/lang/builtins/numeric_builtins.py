# int/float/bool constructors and numeric helpers in combination.
values = ["10", "-3", " 42 ", "0", "007"]
print([int(v) for v in values], sum([int(v) for v in values]))
print([float(v) for v in values])
print([bool(int(v)) for v in values])
print(int("101", 2) + int("17", 8) + int("f", 16))
print(float("1.5") * 2, int(float("2.9")), round(float("2.5")))
print(abs(int("-12")), max(map(int, values)), min(map(float, values)))
print(divmod(int("100"), 7), pow(int("2"), int("10")))
print(int(-0.5), int(0.5), int(-1.9999), round(-1.9999))
print(float(int("12345678901234567890")))
print(str(int("0x1A", 16)), hex(int("26")))
print(bool(float("0.0")), bool(float("nan")), bool(int("0")))
