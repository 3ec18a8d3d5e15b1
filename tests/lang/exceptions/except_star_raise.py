# except*: what happens to exceptions raised inside handlers, bare
# `raise`, `raise e`, and how they combine with the unhandled rest.
def show(label, e, depth=0):
    pad = "  " * depth
    print(pad + label, type(e).__name__, repr(e))
    if depth < 3 and e.__context__ is not None and label != "context":
        show("context", e.__context__, depth + 1)
    if depth < 3 and e.__cause__ is not None:
        show("cause", e.__cause__, depth + 1)


def run(label, f):
    try:
        f()
        print(label, "-> nothing raised")
    except BaseException as e:
        show(label + " ->", e)


def new_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


def new_in_handler_all_handled():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")


def bare_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise


def bare_raise_both():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise


def raise_the_match():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("wrapped") from e


def two_handlers_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("from values")
    except* TypeError:
        raise IndexError("from types")


def naked_raise_in_handler():
    try:
        raise ValueError(1)
    except* ValueError:
        raise KeyError("new")


def naked_bare_raise():
    try:
        raise ValueError(1)
    except* ValueError:
        raise


def naked_unmatched():
    try:
        raise ValueError(1)
    except* TypeError:
        raise KeyError("never")


def raise_group_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("fresh", [KeyError(1), KeyError(2)])


def error_in_later_clause_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("  values handled")
    except* undefined_name:
        pass


def handler_calls_function():
    def helper(e):
        raise e

    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        helper(e)


def base_exception_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyboardInterrupt()


for f in (new_in_handler, new_in_handler_all_handled, bare_raise, bare_raise_both,
          raise_the_match, raise_from, two_handlers_raise, naked_raise_in_handler,
          naked_bare_raise, naked_unmatched, raise_group_in_handler,
          error_in_later_clause_type, handler_calls_function,
          base_exception_in_handler):
    run(f.__name__, f)


# the exception being handled inside an except* clause is the match
def context_inside():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        try:
            raise KeyError("inner")
        except KeyError as k:
            print("inner context is the match:", k.__context__ is e)
    except* TypeError as e:
        try:
            raise KeyError("inner2")
        except KeyError as k:
            print("second clause context is its match:", k.__context__ is e)


context_inside()


# the handled exception is restored after the statement
def restored():
    try:
        raise RuntimeError("outer")
    except RuntimeError:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError:
            pass
        try:
            raise KeyError("after")
        except KeyError as k:
            print("context after except*:", repr(k.__context__))


restored()


# identity: unhandled leaves are the original exception objects
leaf = TypeError("leaf")
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), leaf])
    except* ValueError:
        pass
except ExceptionGroup as rest:
    print("same leaf object:", rest.exceptions[0] is leaf)


# a group raised with __notes__ keeps them in the re-raised rest
try:
    try:
        g = ExceptionGroup("noted", [ValueError(1), TypeError(2)])
        g.add_note("a note")
        raise g
    except* ValueError:
        raise
except ExceptionGroup as rest:
    print(repr(rest), rest.__notes__)


# split overridden by a subclass is what except* calls
class Custom(ExceptionGroup):
    def split(self, t):
        print("  custom split with", t.__name__)
        return super().split(t)

    def derive(self, excs):
        return Custom(self.message, excs)


try:
    try:
        raise Custom("custom", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("custom match:", type(e).__name__, repr(e))
except Custom as rest:
    print("custom rest:", type(rest).__name__, repr(rest))
