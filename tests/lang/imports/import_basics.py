# import, from-import, as, packages, sys.modules caching, __name__.
import sys
import imported_helper
import imported_helper as again
from imported_helper import GREETING, bump
import impkg.tools
from impkg import tools as t

print(__name__, imported_helper.__name__, impkg.__name__, t.__name__)
print(GREETING, bump(), bump(), imported_helper.counter)
print(again is imported_helper, t is impkg.tools, t.SHARED is imported_helper)
print(impkg.NAME, t.shout("quiet"))
print([m in sys.modules for m in ["imported_helper", "impkg", "impkg.tools"]])
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from imported_helper import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
