# str() and repr() of builtin exception instances.
excs = [ValueError(), ValueError("msg"), ValueError("a", 1), KeyError("key"),
        KeyError(), KeyError(1, 2), IndexError("idx"), TypeError("t"),
        ZeroDivisionError("division by zero"), Exception("e"),
        RuntimeError(""), StopIteration(5), AssertionError("assert"),
        NameError("name 'q' is not defined"), OSError("os"), ArithmeticError()]
for e in excs:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
try:
    {}["missing"]
except KeyError as e:
    print(str(e), repr(e))
try:
    {}[("t", 1)]
except KeyError as e:
    print(str(e), repr(e))
try:
    {}[3]
except KeyError as e:
    print(str(e), repr(e), e.args[0])
print(str(ValueError("with 'quotes'")), repr(ValueError("with 'quotes'")))
