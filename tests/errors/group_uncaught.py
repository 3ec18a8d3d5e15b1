# An uncaught exception group: each sub-exception with its own traceback,
# a nested group, chained exceptions inside the frame.
def fail(n):
    if n == 0:
        raise ValueError("deep")
    fail(n - 1)


def collect():
    errors = []
    for f in (lambda: fail(6), lambda: {}["key"], lambda: 1 / 0):
        try:
            f()
        except Exception as e:
            errors.append(e)
    try:
        int("x")
    except ValueError as e:
        try:
            raise RuntimeError("while converting") from e
        except RuntimeError as r:
            errors.append(r)
    errors.append(ExceptionGroup("inner", [TypeError("t"), OSError("plain")]))
    raise ExceptionGroup("many problems", errors)


print("before")
collect()
