# Formatting floats with format() and f-strings.
vals = [0.0, 1.0, -1.5, 3.14159265, 1e-5, 123456.789, 1e20, 2.5, 0.125]
for v in vals:
    print(format(v, ".2f"), format(v, "e"), format(v, ".3g"), format(v, "10.4f") + "|")
print(format(1234567.891, ",.2f"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
print(format(-0.0, ".1f"), format(float("inf"), ".2f"), format(float("nan"), "f"))
print(f"{1/3:.10f}")
print(f"{2/3:8.3f}|{2/3:<8.3f}|{2/3:^8.3f}|")
print(f"{1e-10:.2e}", f"{12345.678:.2e}")
print(f"{0.000123:g}", f"{123000000.0:g}")
print(f"{3.0:.0%}", f"{0.4567:.2%}")
print(f"{-3.75:+.1f}", f"{3.75:+.1f}")
print(str(1.0), str(-2.0), str(1e-9))
