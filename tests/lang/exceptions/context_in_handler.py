# Exceptions raised inside handlers, nested handlers and else blocks.
def f():
    try:
        raise ValueError("first")
    except ValueError as e:
        try:
            raise TypeError("second")
        except TypeError as e2:
            return repr(e2.__context__), repr(e)
print(f())
def g():
    try:
        pass
    except Exception:
        return "no"
    else:
        try:
            raise KeyError("in else")
        except KeyError as e:
            return "else handler " + repr(e)
print(g())
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
except TypeError as e:
    ctx = e.__context__
    print(repr(e), repr(ctx), ctx.__context__)
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally sees exception in flight")
except ValueError as e:
    print("then handled", e)
