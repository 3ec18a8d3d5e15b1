# Exceptions propagating through call frames.
def level3(x):
    return 100 // x
def level2(x):
    return level3(x) + 1
def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError:
        return "caught at level1"
print(level1(5), level1(0))
def parse_all(items):
    good, bad = [], []
    for s in items:
        try:
            good.append(int(s))
        except ValueError as e:
            bad.append(str(e))
    return good, bad
print(parse_all(["1", "x", "3", "4.0", " 5 "]))
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    except TypeError:
        return None
print(safe_div(1, 2), safe_div(1, 0), safe_div("a", 1))
def lookup(d, path):
    try:
        for key in path:
            d = d[key]
        return d
    except (KeyError, IndexError, TypeError) as e:
        return "failed: " + type(e).__name__
data = {"a": [{"b": 1}]}
print(lookup(data, ["a", 0, "b"]), lookup(data, ["a", 1]), lookup(data, ["x"]))
print(lookup(data, ["a", 0, "b", "c"]))
