# A package tests/lang/builtins/import_builtin.py imports through
# __import__ (run alone, it defines names and prints nothing).
VALUE = 42
__all__ = ['leaf', 'VALUE']


def relative(name, fromlist, level=1):
    return __import__(name, globals(), None, fromlist, level)
