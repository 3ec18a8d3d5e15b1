# Comprehension variables do not leak; closures see the final value.
i = "unchanged"
squares = [i * i for i in range(5)]
print(squares, i)
total = 10
print([total + x for x in range(3)])
def make():
    base = 100
    return [base + k for k in range(3)]
print(make())
funcs = [lambda: k for k in range(3)]
print([f() for f in funcs])
funcs = [lambda k=k: k for k in range(3)]
print([f() for f in funcs])
n = 3
print([[n * r + c for c in range(n)] for r in range(n)])
def outer():
    factor = 7
    return {x: x * factor for x in range(3)}
print(outer())
