import traceback


def check(value):
    if value < 0:
        raise ValueError(f"negative: {value}")
    return value


try:
    check(-1)
except ValueError:
    traceback.print_exc()
print("handled")
raise KeyError("then uncaught")
