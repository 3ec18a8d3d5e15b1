# The builtin __import__ (absolute and relative, fromlist) and __debug__.
import sys
m = __import__('dimport_pkg')
print(m.__name__, m.VALUE, __import__('math').sqrt(16.0))
top = __import__('dimport_pkg.inner.deep')
print(top is m, top.inner.deep.DEEP, 'dimport_pkg.inner.deep' in sys.modules)
deep = __import__('dimport_pkg.inner.deep', fromlist=['DEEP'])
print(deep.__name__, deep.DEEP)
print('dimport_pkg.leaf' in sys.modules)
pkg = __import__('dimport_pkg', globals(), locals(), ['leaf', 'no_such_sub'], 0)
print(pkg is m, pkg.leaf.LEAF, 'dimport_pkg.leaf' in sys.modules)
print(__import__('dimport_pkg', fromlist=('*',)) is m)
print(__import__('dimport_pkg', fromlist=None) is m, __import__(name='sys') is sys)
print(__import__('os.path').__name__, __import__('os.path', fromlist=['x']).join('a', 'b'))
# relative imports, from inside the package
print(m.relative('inner', ['x']).__name__, m.relative('inner.deep', []).__name__)
print(m.relative('inner.deep', ['DEEP']).__name__, m.relative('', ['leaf']).__name__)
print(m.inner.up('leaf', ['LEAF'], 2).__name__, m.inner.up('', None, 1).__name__)
print(__import__('leaf', {'__package__': 'dimport_pkg'}, None, ['x'], 1).LEAF)
print(__import__('deep', {'__name__': 'dimport_pkg.inner.x'}, None, [1], 1).DEEP)
print(__import__('deep', {'__name__': 'dimport_pkg.inner', '__path__': []},
                 None, ['y'], 1).__name__)
print(__import__('inner', {'__package__': None, '__name__': 'dimport_pkg.q'},
                 None, None, 1).__name__)
errors = [
    lambda: __import__(''), lambda: __import__(1), lambda: __import__(b'sys'),
    lambda: __import__('sys', level=-1), lambda: __import__('no_such_mod_x'),
    lambda: __import__('dimport_pkg', fromlist=[1]),
    lambda: __import__('dimport_pkg.nosuch'),
    lambda: __import__('x', level=1),
    lambda: __import__('x', None, None, [], 1),
    lambda: __import__('x', [], None, [], 1),
    lambda: __import__('x', {}, None, [], 1),
    lambda: __import__('x', {'__name__': 'top'}, None, [], 1),
    lambda: __import__('x', {'__package__': 5}, None, [], 1),
    lambda: __import__('x', {'__name__': 5}, None, [], 1),
    lambda: __import__('x', {'__package__': 'dimport_pkg'}, None, [], 3),
    lambda: __import__('x', {'__package__': ''}, None, [], 1),
    lambda: __import__('sys', level='x'),
    lambda: __import__('sys', {}, {}, [], 0, 5),
    lambda: __import__('sys', foo=1),
    lambda: __import__(),
]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(__debug__, type(__debug__).__name__)
if __debug__:
    print('debug on')
print('__debug__' in dir(__builtins__) if hasattr(__builtins__, '__dict__')
      else '__debug__' in __builtins__)
