# Exception classes with several builtin exception bases.
class X(ExceptionGroup, ValueError): pass
x = X("m", [ValueError()])
print(X.__mro__, repr(x), isinstance(x, ValueError), str(x))
class Y(ValueError, ExceptionGroup): pass
y = Y("m", [ValueError(2)])
print(Y.__mro__, repr(y), str(y), y.exceptions)
class K(KeyError, ValueError): pass
print(str(K("k")), K.__mro__)
try:
    raise K("x")
except ValueError as e:
    print("caught", repr(e))
for bases in [(int, str), (list, dict), (ValueError, int), (tuple, ValueError)]:
    try:
        type("Z", bases, {})
        print("ok", bases)
    except TypeError as e:
        print("TypeError", e)
m, r = X("g", [ValueError(1), TypeError(2)]).split(ValueError)
print(type(m).__name__, repr(m))
