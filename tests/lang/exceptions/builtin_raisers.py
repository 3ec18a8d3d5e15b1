# Builtins and methods that raise, and what they raise.
checks = [
    ("int('')", lambda: int("")),
    ("int('1e3')", lambda: int("1e3")),
    ("int('0x10')", lambda: int("0x10")),
    ("float('')", lambda: float("")),
    ("list.remove", lambda: [1].remove(2)),
    ("str.index", lambda: "abc".index("d")),
    ("tuple.index", lambda: (1,).index(2)),
    ("dict key", lambda: {1: 2}[2]),
    ("set.remove", lambda: set().remove(1)),
    ("min([])", lambda: min([])),
    ("max([])", lambda: max([])),
    ("range step", lambda: range(0, 1, 0)),
    ("str * str", lambda: "a" * "b"),
    ("unhashable", lambda: {[]: 1}),
    ("bytes index", lambda: b"ab"[5]),
    ("divmod by 0.0", lambda: divmod(1.0, 0.0)),
    ("pow neg mod", lambda: pow(2, -1, 4)),
    ("round str", lambda: round("1.5")),
    ("abs str", lambda: abs("x")),
    ("chr big", lambda: chr(0x110000)),
]
for label, f in checks:
    try:
        f()
        print(label, "no error")
    except Exception as e:
        print(label, "->", type(e).__name__, e)
