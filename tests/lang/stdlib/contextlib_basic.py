from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack

log = []

@contextmanager
def tag(name):
    log.append("<" + name + ">")
    try:
        yield name.upper()
    finally:
        log.append("</" + name + ">")

with tag("a") as t:
    log.append(t)
print(log)

@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", repr(e))

with swallow(ValueError):
    raise ValueError("bad")
print("after swallow")

try:
    with swallow(ValueError):
        raise KeyError("k")
except KeyError as e:
    print("passed through", repr(e))

@contextmanager
def reraise():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError("converted")

try:
    with reraise():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

@contextmanager
def noyield():
    if False:
        yield

try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def twice():
    yield 1
    yield 2

try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def ignore_after_yield():
    try:
        yield
    except Exception:
        pass
    yield

try:
    with ignore_after_yield():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError:", e)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
with suppress():
    pass

class Res:
    def close(self):
        print("closed")

with closing(Res()) as r:
    print(type(r).__name__)

with nullcontext(42) as v:
    print(v)
with nullcontext() as v:
    print(v)

@swallow(TypeError)
def decorated(x):
    return x + "s"
print(decorated(1), decorated("a"))
