# Chains inside groups, groups inside chains, the same exception twice.
def raiser(e):
    raise e
def ctx(outer, inner):
    try:
        raiser(inner)
    except BaseException:
        try:
            raiser(outer)
        except BaseException as x:
            return x
a = ctx(ValueError("a"), KeyError("ctx of a"))
b = ctx(ExceptionGroup("b", [TypeError(1), ctx(OSError("deep"), ExceptionGroup("ctxgroup", [ValueError(9)]))]), ZeroDivisionError("zd"))
c = ExceptionGroup("c", [ExceptionGroup("c1", [ExceptionGroup("c2", [a])])])
try:
    raise ExceptionGroup("top", [a, b, c])
except ExceptionGroup as g:
    raise RuntimeError("final") from g
