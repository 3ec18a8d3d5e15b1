# raise ... from ... sets __cause__; implicit chaining sets __context__.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))
    print(e.__suppress_context__)
try:
    try:
        [][0]
    except IndexError:
        raise KeyError("during handling")
except KeyError as e:
    print(repr(e), e.__cause__, repr(e.__context__))
try:
    try:
        raise OSError("low level")
    except OSError:
        raise RuntimeError("high level") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise TypeError("direct") from ValueError("cause")
except TypeError as e:
    print(repr(e.__cause__))
