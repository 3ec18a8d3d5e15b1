# A sub-exception whose context is the group's own context is printed once.
try:
    raise KeyError("first")
except KeyError as k:
    first = k
    try:
        raise ValueError("second")
    except ValueError as v:
        raise ExceptionGroup("both", [first, v])
