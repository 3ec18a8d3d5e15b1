class P:
    def __init__(self): self.x = 3; self.items = [1, 2]
    def __format__(self, spec): return f"P<{spec}>"
    def __repr__(self): return "P()"
p = P()
print("{0.x} {0.items[1]} {1[k]}".format(p, {"k": "v"}), "{:>8}".format(p), f"{p:abc}", f"{p!r:>6}|")
print("{!r:>10}|{!s:<4}|{!a}".format("é", 1, "é"), "{:{}{}}".format(3.14159, ".", "3"), "{0:{1}}".format(5, "04"))
print(f"{'x'!r:^9}|{3.0:g}|{1e16:g}|{123456789:_}|{0.000012345:.3g}|{-0.0:+.1f}|{12:#o}|{12:#b}|{65:c}")
print(f"{1234.5678:,.2f} {1e21} {1.5e-7} {float('nan'):>6} {float('-inf')} {2**64:,} {-42:_x}")
print("{:=+8d}|{:*^9}|{:08.3f}|{:.2%}|{:e}|{:.0e}|{:G}".format(42, "mid", -3.14159, 0.256, 123.456, 9.5, 1e-20))
print(format(0.1 + 0.2, ".17g"), repr(0.1 + 0.2), str(1/3), 1e300 * 1e10, -1e300 * 1e10, 2.0 ** 0.5)
print("%s %r %a %5d %-5d| %x %X %o %e %g %c %%" % ("s", "r", "é", 42, 42, 255, 255, 8, 1234.5, 0.00001, 65))
print("%(a)s and %(b)05.1f" % {"a": "A", "b": 2.25}, "%.3s" % "abcdef", "%*d" % (5, 3), "%-*s|" % (4, "x"))
print("{:,}".format(1234567.891), "{:>{width}.{prec}f}".format(3.14159, width=10, prec=3))
print("abc".format_map({}), "{a}".format_map({"a": 1}), "{{}} {}".format(1), f"{{x}} {1+1}")
d = {"name": "Ann", "age": 30}
print("{name} is {age}".format(**d), f"{d['name']!s:>5}", f"{'%.2f' % 2.5}", f"{[1, 2]!r}", f"{ {'a': 1} }")
width = 12
for name, val in [("alpha", 1.5), ("beta", 22.25), ("gamma", 333.125)]:
    print(f"{name:<{width}}|{val:>{width}.2f}|{val:^{width}e}|")
print(repr("tab\there"), repr('q"uo\'te'), repr("\x00\x7f\u00e9\u2603\U0001f600"), ascii("\u2603"), repr(b"\x00ab\xff'"))
print(str(b"x"), repr(bytearray(b"ab")), repr(range(0, 10, 2)), repr(slice(1, None)), repr({1: {2: [3, (4,)]}}), repr(set()), repr(frozenset({1})))
print(repr(1e22), repr(1e-5), repr(123456789012345678.0), repr(0.1), repr(-0.0), repr(float("inf")), 1.0, 10.0 ** 16, 1e15 + 0.3)
print(int.from_bytes(b"\xff\xfe", "big", signed=True), (-2).to_bytes(2, "little", signed=True), round(1234.567, -2), round(-2.5), round(0.125, 2))
print(float.fromhex("0x1.8p1"), (1.5).hex(), (10).bit_count() if hasattr(int, "bit_count") else "", 7 .__truediv__(2), (3).__pow__(2, 5))
print(str(True), repr(None), repr(NotImplemented), repr(Ellipsis), repr(...), type(...).__name__, repr(print), repr(len), repr(int), repr(object))
class D(dict):
    def __missing__(self, k):
        return f"<{k}>"
print("{a} {b} {a.__class__.__name__}".format_map(D(a=1)), "{x[0]}".format_map({"x": [9]}))
for f in ("{0}", "{}", "{zz}"):
    try:
        print(f.format_map({}))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
