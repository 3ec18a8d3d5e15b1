# Catching by base classes of the builtin hierarchy.
cases = [ZeroDivisionError, OverflowError, KeyError, IndexError, ValueError,
         UnicodeDecodeError, TypeError, NameError, UnboundLocalError,
         AttributeError, RecursionError, NotImplementedError, FileNotFoundError,
         StopIteration, AssertionError]
for cls in cases:
    bases = []
    for b in [ArithmeticError, LookupError, ValueError, NameError,
              RuntimeError, OSError, Exception, BaseException]:
        if issubclass(cls, b):
            bases.append(b.__name__)
    print(cls.__name__, bases)
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception))
def catch(exc):
    try:
        raise exc
    except ArithmeticError:
        return "ArithmeticError"
    except LookupError:
        return "LookupError"
    except Exception:
        return "Exception"
print(catch(ZeroDivisionError()), catch(KeyError()), catch(IndexError()))
print(catch(ValueError()), catch(OverflowError()))
print(isinstance(KeyError(), LookupError), isinstance(KeyError(), IndexError))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
