# BaseException.add_note and __notes__ (Python 3.11).
e = ValueError("v")
print(hasattr(e, "__notes__"), e.__dict__)
print(e.add_note("first"))
e.add_note("second\nwith two lines")
print(e.__notes__, e.__dict__)
print(e.__notes__ is e.__notes__)

try:
    ValueError().__notes__
except AttributeError as err:
    print("AttributeError:", err)

for bad in (1, None, b"bytes", ["list"]):
    try:
        ValueError().add_note(bad)
    except TypeError as err:
        print("TypeError:", err)

try:
    ValueError().add_note()
except TypeError as err:
    print("TypeError:", err)

# __notes__ is an ordinary attribute: it may be replaced or deleted
e.__notes__ = ["replaced"]
e.add_note("after")
print(e.__notes__)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)
e.__notes__ = ("a", "tuple")
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)


# notes survive raising and catching, and work on subclasses
class AppError(Exception):
    pass


def work():
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note("while dividing")
        raise


try:
    work()
except ZeroDivisionError as z:
    print(type(z).__name__, z.__notes__)

a = AppError("boom")
a.add_note("context: test")
print(a.__notes__, a.__dict__)
g = ExceptionGroup("g", [a])
g.add_note("group note")
print(g.__notes__, g.exceptions[0].__notes__)
k = KeyboardInterrupt()
k.add_note("base exceptions too")
print(k.__notes__)
print("add_note" in dir(BaseException))
