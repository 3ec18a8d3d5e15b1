# except* re-raising: the handled part's replacement joins the rest in a
# new group that has no traceback of its own.
def work():
    raise ExceptionGroup("work", [ValueError(1), TypeError(2), KeyError(3)])


try:
    work()
except* ValueError as e:
    raise RuntimeError("could not handle values") from e
except* KeyError:
    pass
