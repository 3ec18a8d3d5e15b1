# isinstance and issubclass with builtin types and exception classes.
vals = [1, 1.5, True, "s", b"b", [1], (1,), {1: 1}, {1}, None, range(1)]
for v in vals:
    print(repr(v), isinstance(v, int), isinstance(v, (str, bytes)),
          isinstance(v, (list, tuple)), isinstance(v, object))
print(isinstance(True, bool), isinstance(1, bool), isinstance(1, float))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(ValueError, Exception))
print(issubclass(Exception, BaseException), issubclass(BaseException, Exception))
print(isinstance(ValueError("x"), Exception), isinstance(ValueError, type))
print(isinstance(int, type), isinstance(type, type), issubclass(type, object))
print(isinstance(frozenset(), (set, frozenset)), issubclass(frozenset, set))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
