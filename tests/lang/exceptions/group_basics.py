# BaseExceptionGroup and ExceptionGroup: the hierarchy, construction and
# its errors, message/exceptions, str and repr, derive.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, ExceptionGroup.__base__)
print(BaseExceptionGroup.__mro__, BaseExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(issubclass(BaseExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))

eg = ExceptionGroup("many", [ValueError(1), TypeError("two")])
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
print(eg.message, eg.exceptions, eg.args)
print(str(eg), "|", repr(eg))
one = ExceptionGroup("one", (KeyError("k"),))
print(str(one), "|", repr(one), "|", one.exceptions)
print(str(ExceptionGroup("", [ValueError()])))

# catching with plain except
try:
    raise eg
except Exception as e:
    print("caught by except Exception:", e is eg)
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt()])
except Exception:
    print("wrong")
except BaseException as e:
    print("caught by except BaseException:", type(e).__name__)

# BaseExceptionGroup picks ExceptionGroup when it can
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [ValueError(), SystemExit()])).__name__)
print(type(BaseExceptionGroup("x", [eg])).__name__)
print(type(BaseExceptionGroup.__new__(BaseExceptionGroup, "x", [ValueError()])).__name__)

attempt("no args", lambda: ExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("a"))
attempt("three args", lambda: ExceptionGroup("a", [ValueError()], 3))
attempt("message not str", lambda: ExceptionGroup(1, [ValueError()]))
attempt("not a sequence", lambda: ExceptionGroup("a", 5))
attempt("a set", lambda: ExceptionGroup("a", {ValueError()}))
attempt("a dict", lambda: ExceptionGroup("a", {1: ValueError()}))
attempt("empty", lambda: ExceptionGroup("a", []))
attempt("not an exception", lambda: ExceptionGroup("a", [ValueError(), 1]))
attempt("a class", lambda: ExceptionGroup("a", [ValueError]))
attempt("a str", lambda: ExceptionGroup("a", "abc"))
attempt("nested base", lambda: ExceptionGroup("a", [KeyboardInterrupt()]))
attempt("keywords", lambda: ExceptionGroup("a", [ValueError()], x=1))
attempt("base keywords", lambda: BaseExceptionGroup("a", [ValueError()], x=1))
attempt("new nested base", lambda: BaseExceptionGroup.__new__(ExceptionGroup, "a", [SystemExit()]))
attempt("a tuple", lambda: ExceptionGroup("a", (ValueError(1),)))
attempt("a range-like", lambda: ExceptionGroup("a", [ValueError(i) for i in range(3)]))


def readonly(attr):
    g = ExceptionGroup("a", [ValueError()])
    setattr(g, attr, "x")


attempt("set message", lambda: readonly("message"))
attempt("set exceptions", lambda: readonly("exceptions"))

# derive builds a group with the same message (and type rules)
d = eg.derive([KeyError(3)])
print(repr(d), type(d).__name__, d.__traceback__, d.__cause__)
print(type(eg.derive([SystemExit()])).__name__)
attempt("derive empty", lambda: eg.derive([]))
attempt("derive none", lambda: eg.derive())

# re-running __init__ changes args, not the message
g = ExceptionGroup("orig", [ValueError()])
g.__init__("other")
print(g.args, g.message, repr(g))

# generic alias and attributes
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
g.extra = 5
print(g.extra, g.__dict__)


# subclasses
class MyGroup(ExceptionGroup):
    pass


class MyBaseGroup(BaseExceptionGroup):
    pass


print(MyGroup.__mro__)
m = MyGroup("mine", [ValueError(1)])
print(repr(m), str(m), isinstance(m, Exception))
attempt("subclass nested base", lambda: MyGroup("x", [KeyboardInterrupt()]))
print(repr(MyBaseGroup("x", [ValueError()])), type(MyBaseGroup("x", [ValueError()])).__name__)
print(type(m.derive([TypeError()])).__name__)


class WithInit(ExceptionGroup):
    def __init__(self, message, excs, *, code=0):
        super().__init__(message, excs)
        self.code = code


w = WithInit("w", [ValueError()], code=7)
print(repr(w), w.args, w.code, w.message)
