# Mixing sequence types in + and * raises CPython's TypeErrors (and never
# bounces between the two types).
cases = ["[1] * 'a'", "'a' * (1,)", "(1,) * [2]", "[1] + 'a'", "'a' + [1]",
         "b'x' * 'y'", "(1,) + [2]", "'a' * 2.0", "[0] * None"]
for c in cases:
    try:
        print(c, "->", eval(c) if False else None)
    except TypeError as e:
        print(c, "->", e)
print([1] * 2, 2 * (3,), 'ab' * 2, [1] + [2], (1,) + (2,))
for f in [lambda: [1] * 'a', lambda: 'a' * (1,), lambda: (1,) * [2], lambda: [1] + 'a',
          lambda: 'a' + [1], lambda: b'x' * 'y', lambda: (1,) + [2], lambda: 'a' * 2.0,
          lambda: [0] * None]:
    try:
        f()
    except TypeError as e:
        print(e)
