# Bare raise re-raises the exception being handled.
def risky():
    try:
        {}["k"]
    except KeyError:
        print("logging and re-raising")
        raise
try:
    risky()
except KeyError as e:
    print("outer caught", repr(e))
def nested():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
try:
    nested()
except ValueError as e:
    print("re-raised", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
