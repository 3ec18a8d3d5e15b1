# except*: matching by type and tuple, naked exceptions wrapped, several
# clauses each getting their part, the unhandled rest re-raised.
def show(label, e):
    print(label, type(e).__name__, repr(e))


# a naked exception is wrapped in ExceptionGroup('', (e,))
try:
    raise ValueError(1)
except* ValueError as e:
    show("naked", e)
    print(" inner is the raised one:", type(e.exceptions[0]).__name__)
    print(" traceback of wrapper:", e.__traceback__)

# a naked exception that no clause matches propagates unchanged
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("not reached")
except KeyError as e:
    show("unmatched naked", e)

# each clause gets its part, in order
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
except* ValueError as e:
    show("values", e)
except* TypeError as e:
    show("types", e)
except* (KeyError, IndexError) as e:
    show("lookups", e)

# a clause that matches nothing is skipped; later ones still run
try:
    raise ExceptionGroup("eg", [TypeError(1)])
except* ValueError:
    print("no values")
except* TypeError as e:
    show("types only", e)

# a clause that matches everything leaves nothing for later clauses
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* Exception as e:
    show("everything", e)
except* TypeError:
    print("not reached")

# matching by a base class and by the group's own subclasses
try:
    raise ExceptionGroup("eg", [FileNotFoundError("f"), PermissionError("p"), ValueError()])
except* OSError as e:
    show("oserrors", e)
except* ValueError:
    print("value error")

# the unhandled rest is raised again, with the original's shape
try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        show("handled", e)
except ExceptionGroup as rest:
    show("rest", rest)

# nested groups: the match keeps the nesting
try:
    raise ExceptionGroup("a", [ExceptionGroup("b", [ExceptionGroup("c", [KeyError(1)])]), KeyError(2)])
except* KeyError as e:
    show("nested", e)

# the name is unbound after the clause
try:
    raise ValueError()
except* ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)


# BaseExceptionGroup and base exceptions
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
except* KeyboardInterrupt as e:
    show("keyboard", e)
except* ValueError as e:
    show("value", e)

try:
    raise SystemExit(3)
except* SystemExit as e:
    show("system exit", e)

# else and finally
for raise_it in (False, True):
    try:
        if raise_it:
            raise ExceptionGroup("eg", [ValueError(1)])
        print("body ran")
    except* ValueError as e:
        show("handler", e)
    else:
        print("else ran")
    finally:
        print("finally ran")

# finally runs when the rest propagates
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("values handled")
    finally:
        print("finally with rest pending")
except ExceptionGroup as e:
    show("after finally", e)


# in a function, with a loop around
def process(items):
    results = []
    for item in items:
        try:
            if isinstance(item, BaseException):
                raise item
            results.append(item)
        except* ValueError as e:
            results.append("V%d" % len(e.exceptions))
        except* TypeError:
            results.append("T")
    return results


print(process([1, ValueError(), 2, TypeError(), ExceptionGroup("g", [ValueError(), ValueError()])]))

# an except* clause type that is a tuple with a group type is refused
for bad in (ExceptionGroup, (ValueError, BaseExceptionGroup)):
    try:
        try:
            raise ValueError(1)
        except* bad:
            print("not reached")
    except TypeError as e:
        print("TypeError:", e)
        print(" context:", repr(e.__context__))

for bad in (int, (ValueError, "x")):
    try:
        try:
            raise ValueError(1)
        except* bad:
            print("not reached")
    except TypeError as e:
        print("TypeError:", e)
