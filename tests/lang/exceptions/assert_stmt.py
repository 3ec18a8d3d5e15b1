# assert raises AssertionError with an optional message.
assert True
assert 1 + 1 == 2, "math works"
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("with message:", e)
try:
    x = [1, 2]
    assert len(x) == 3, ("length", len(x))
except AssertionError as e:
    print("tuple message:", e.args)
def check(n):
    assert n >= 0, "negative: " + str(n)
    return n
for v in [3, -1]:
    try:
        print(check(v))
    except AssertionError as e:
        print("failed", e)
