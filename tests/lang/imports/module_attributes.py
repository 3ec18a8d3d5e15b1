"""Module attributes: __doc__, __name__, __package__, __spec__, dir()."""
import os
import math
import impkg.documented as documented
print(__doc__)
print(__name__, os.path.basename(__file__))
print(documented.__doc__, documented.__name__, documented.__package__)
print(os.path.basename(documented.__file__), documented.VALUE)
names = [n for n in dir(documented) if not n.startswith("__")]
print(names, "VALUE" in vars(documented))
print("__init__" in dir(documented), "__class__" in dir(documented))
print(type(math.__name__).__name__, "pi" in dir(math), "__new__" in dir(math))
class Documented:
    """Class doc."""
class Plain:
    pass
print(Documented.__doc__, Plain.__doc__)
def f():
    """Function doc."""
print(f.__doc__)
