# finally runs on every exit path, innermost first.
def trace(label, fail):
    try:
        print("enter", label)
        if fail:
            raise ValueError(label)
        print("exit", label)
    finally:
        print("finally", label)
def outer(fail):
    try:
        try:
            trace("inner", fail)
        finally:
            print("finally middle")
    except ValueError as e:
        print("handled", e)
    finally:
        print("finally outer")
outer(False)
print("--")
outer(True)
print("--")
def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "finally return swallows the exception"
print(swallow())
def replace():
    try:
        try:
            raise KeyError("original")
        finally:
            raise IndexError("replacement")
    except Exception as e:
        return repr(e) + " context=" + repr(e.__context__)
print(replace())
