# A subpackage of dimport_pkg.
INNER = 'inner'


def up(name, fromlist, level):
    return __import__(name, globals(), None, fromlist, level)
