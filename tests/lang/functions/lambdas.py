# lambda expressions.
square = lambda x: x * x
print(square(7))
print((lambda: "no args")())
print((lambda a, b=2: a + b)(1), (lambda a, b=2: a + b)(1, 5))
print((lambda *a: len(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(ops["add"](2, 3), ops["mul"](2, 3))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda x: (lambda y: x * y))(6)(7))
print(square.__name__)
