# BaseExceptionGroup.split / subgroup: by type, tuple of types and predicate.
def show(label, part):
    print(label, repr(part))


def make():
    return ExceptionGroup("top", [
        ValueError(1),
        TypeError(2),
        ExceptionGroup("inner", [ValueError(3), KeyError(4)]),
        ExceptionGroup("only types", [TypeError(5)]),
    ])


eg = make()
m, r = eg.split(ValueError)
show("match", m)
show("rest", r)
m, r = eg.split((KeyError, TypeError))
show("match", m)
show("rest", r)
m, r = eg.split(LookupError)
show("match", m)
show("rest", r)
show("all", eg.split(Exception))
show("none", eg.split(OSError))
show("whole", eg.split(ExceptionGroup)[0] is eg)
show("sub", eg.subgroup(TypeError))
show("sub none", eg.subgroup(ZeroDivisionError))
show("sub self", eg.subgroup(BaseException) is eg)
show("pred", eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
seen = []
def pred(e):
    seen.append(type(e).__name__)
    return False
eg.subgroup(pred)
print(seen)
show("pred group", eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))
# the parts are new groups with the same message
m, r = eg.split(ValueError)
print(type(m).__name__, m.message, m.exceptions[0] is eg.exceptions[0])
print(m.exceptions[1].exceptions[0] is eg.exceptions[2].exceptions[0])
# base exception groups
beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
print(type(beg).__name__)
m, r = beg.split(ValueError)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))
m, r = beg.split(KeyboardInterrupt)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))
# errors
for bad in (1, int, [ValueError], (ValueError, 1), len, print):
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError", e)
def raising(e):
    raise RuntimeError("in predicate")
try:
    eg.split(raising)
except RuntimeError as e:
    print("RuntimeError", e)
