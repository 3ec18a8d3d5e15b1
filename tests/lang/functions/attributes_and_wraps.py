# Function attributes (__dict__, writable __name__/__doc__) and functools.wraps.
import functools


def logged(prefix):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kw):
            print(prefix, fn.__name__, args, kw)
            return fn(*args, **kw)
        return wrapper
    return deco


@logged("call")
def add(a, b=2):
    """Add two numbers."""
    return a + b


print(add(1), add(1, b=5), add.__name__, add.__doc__, add.__wrapped__.__name__)


def counter(fn):
    def inner(*a):
        inner.calls += 1
        return fn(*a)
    inner.calls = 0
    return inner


@counter
def sq(x):
    return x * x


print(sq(3), sq(4), sq.calls, sq.__dict__)
sq.__name__ = "square"
print(sq.__name__, sq.__qualname__, sq.__module__)
del sq.calls
print(hasattr(sq, "calls"))
try:
    sq.__name__ = 5
except TypeError as e:
    print(e)
