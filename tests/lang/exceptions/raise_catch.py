# raise and catch, with and without instances and arguments.
try:
    raise ValueError
except ValueError as e:
    print("caught class:", repr(e), e.args)
try:
    raise ValueError("bad value", 42)
except ValueError as e:
    print("caught instance:", e, e.args, repr(e))
try:
    raise KeyError("k")
except LookupError as e:
    print("as LookupError:", type(e).__name__, e)
try:
    raise TypeError()
except (ValueError, TypeError) as e:
    print("tuple of classes:", type(e).__name__, repr(str(e)))
try:
    try:
        raise IndexError("inner")
    except KeyError:
        print("not here")
except IndexError as e:
    print("propagated:", e)
def thrower():
    raise RuntimeError("from function")
try:
    thrower()
except RuntimeError as e:
    print("from call:", e)
try:
    raise Exception("base")
except Exception as e:
    print(type(e), e)
e = "still bound?"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
