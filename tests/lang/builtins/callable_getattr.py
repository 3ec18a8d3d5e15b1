# callable, getattr, hasattr on builtin objects.
print(callable(len), callable(print), callable(int), callable(lambda: 0))
print(callable(1), callable("s"), callable([]), callable(str.upper))
print(getattr("abc", "upper")())
print(getattr([3, 1, 2], "index")(2))
print(getattr(5, "bit_length")(), getattr(2.5, "is_integer")())
print(getattr("x", "missing", "default"), getattr({}, "nope", None))
print(hasattr("s", "split"), hasattr("s", "nope"), hasattr([], "append"))
print(hasattr(1, "real"), getattr(1, "real"), getattr(3.5, "imag"))
method = getattr("a,b,c", "split")
print(method(","), method(",", 1))
for name in ["lower", "title", "swapcase"]:
    print(name, getattr("hELLO wORLD", name)())
try:
    getattr(1, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(len.__name__, int.__name__, type(len).__name__)
