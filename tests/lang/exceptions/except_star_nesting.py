# except* in generators, loops, nested statements, functions and classes.
def gen():
    try:
        yield 1
        raise ExceptionGroup("in generator", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield "handled " + repr(e)
    except* TypeError as e:
        yield "types " + repr(e)
    yield "after"


print(list(gen()))


def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            raise ExceptionGroup("loop", [ValueError(i)])
        except* ValueError as e:
            out.append(e.exceptions[0].args[0])
        finally:
            out.append("f%d" % i)
    return out


print(loop())


def nested():
    try:
        raise ExceptionGroup("outer", [ValueError(1), KeyError(2)])
    except* ValueError as outer:
        try:
            raise ExceptionGroup("inner", [TypeError(3), ValueError(4)])
        except* TypeError as inner:
            print("inner handled", repr(inner))
        except* ValueError as inner:
            print("inner values", repr(inner), "outer still", repr(outer))
    except* KeyError as k:
        print("outer keys", repr(k))


nested()


def returns_from_inner_function():
    try:
        raise ValueError("x")
    except* ValueError as e:
        def describe():
            return "described " + repr(e)
        print(describe())
        for i in range(3):
            if i == 1:
                break
            print("loop in handler", i)
    return "done"


print(returns_from_inner_function())


class Cm:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


def in_with():
    with Cm():
        try:
            raise ExceptionGroup("with", [OSError("o"), ValueError("v")])
        except* OSError as e:
            print("os", repr(e))


try:
    in_with()
except ExceptionGroup as rest:
    print("rest after with", repr(rest))


class Configured:
    try:
        raise KeyError("setting")
    except* KeyError as missing:
        value = "default for " + repr(missing.exceptions[0])


print(Configured.value)
print(hasattr(Configured, "missing"))

# a handler that itself uses plain try/except on the group it got
try:
    raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
except* ValueError as e:
    try:
        raise e.exceptions[1]
    except ValueError as inner:
        print("plain except inside except*:", repr(inner))

# the same try statement run many times keeps the stack balanced
total = 0
for i in range(200):
    try:
        try:
            raise ExceptionGroup("many", [ValueError(i), TypeError(i)])
        except* ValueError:
            total += 1
    except* TypeError:
        total += 10
print(total)
