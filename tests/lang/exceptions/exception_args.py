# Exception arguments and attributes.
e = ValueError("message", 1, [2])
print(e.args, len(e.args), e.args[2])
e2 = Exception()
print(e2.args, repr(str(e2)))
try:
    int("forty")
except ValueError as err:
    print(err.args)
try:
    open("/nonexistent/ftpy/file.txt")
except FileNotFoundError as err:
    print(err.errno, err.strerror, err.filename)
    print(isinstance(err, OSError), err.args)
try:
    raise StopIteration("value")
except StopIteration as err:
    print(err.value, err.args)
try:
    "é".encode("ascii")
except UnicodeEncodeError as err:
    print(err.encoding, err.start, err.end, err.reason)
try:
    [].attr
except AttributeError as err:
    print(err.args, err.name)
try:
    nope_not_defined
except NameError as err:
    print(err.args, err.name)
