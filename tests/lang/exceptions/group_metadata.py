# What the parts of a split inherit from the original group:
# __traceback__, __cause__, __context__ (and __suppress_context__) and a
# copy of __notes__.
def raise_group():
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)]) from OSError("cause")


try:
    raise_group()
except ExceptionGroup as e:
    eg = e

eg.add_note("first note")
print(eg.__notes__, repr(eg.__cause__), repr(eg.__context__), eg.__suppress_context__)
m, r = eg.split(ValueError)
for part in (m, r):
    print(repr(part))
    print(" traceback same:", part.__traceback__ is eg.__traceback__)
    print(" cause same:", part.__cause__ is eg.__cause__)
    print(" context same:", part.__context__ is eg.__context__)
    print(" suppress:", part.__suppress_context__)
    print(" notes:", part.__notes__, part.__notes__ is eg.__notes__)
m.add_note("only on the match")
print(eg.__notes__, m.__notes__, r.__notes__)

# without cause and context, the parts still suppress context
plain = ExceptionGroup("p", [ValueError(1), TypeError(2)])
m, r = plain.split(TypeError)
print(m.__cause__, m.__context__, m.__suppress_context__, m.__traceback__)
print(hasattr(m, "__notes__"))

# notes that are not a list
plain.__notes__ = ("a", "b")
print(plain.split(TypeError)[0].__notes__)
plain.__notes__ = 42
print(hasattr(plain.split(TypeError)[0], "__notes__"))


# a subclass with derive() keeps its own type and extra state
class Errors(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def derive(self, excs):
        return Errors(self.message, excs, self.code)


errs = Errors("failed", [ValueError(1), KeyError(2)], 42)
print(repr(errs), errs.args, errs.code)
m, r = errs.split(ValueError)
print(type(m).__name__, m.code, repr(m), type(r).__name__, r.code)
print(repr(errs.subgroup(LookupError)))


# without derive, the parts are plain groups
class Plain(ExceptionGroup):
    pass


p = Plain("plain", [ValueError(1), KeyError(2)])
m, r = p.split(ValueError)
print(type(p).__name__, type(m).__name__, type(r).__name__)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5


try:
    BadDerive("bad", [ValueError(1), KeyError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)
