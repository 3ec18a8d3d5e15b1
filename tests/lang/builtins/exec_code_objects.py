# exec and eval of code objects: function bodies, closures, recursion.
def f(a):
    return a
def g():
    yield 1
def h():
    x = 1
    def inner():
        return x
    return inner
for code in [f.__code__, g.__code__, h.__code__, h().__code__]:
    try:
        print(exec(code, {}))
    except TypeError as e:
        print('TypeError', e)
try:
    print(eval(f.__code__))
except TypeError as e:
    print('TypeError', e)
print(eval(h.__code__, {})() )
def rec(n):
    return eval('rec(n - 1)' if n else '0', globals(), {'n': n})
print(rec(50))
class M(dict):
    def __missing__(self, k):
        return k.upper()
try:
    print(eval('abc', {}, M()))
except NameError as e:
    print('NameError', e)
print(eval('__name__'), eval('__name__', {}))
exec('import sys as _s; print(_s.version_info[0])', {})
exec('def k(*, a=1): return a\nprint(k.__kwdefaults__, k())', {})
exec('class A:\n  def m(self): return super().__class__.__name__\nprint(A().m())', {})
try:
    exec('raise ValueError("in exec")', {})
except ValueError as e:
    import traceback
    print(traceback.format_exception_only(e), [fs.filename for fs in traceback.extract_tb(e.__traceback__)][1:])
print(locals() is globals(), vars() is globals())
def lf():
    a = 1
    l1 = locals()
    b = 2
    l2 = locals()
    return l1 is l2, sorted(l2)
print(lf())
inner = h()
print(inner.__closure__[0].cell_contents, len(inner.__closure__), inner.__globals__ is globals())
print(exec(inner.__code__, {}, None, closure=inner.__closure__))
for bad in [lambda: exec('1', closure=()), lambda: exec(f.__code__, {}, closure=inner.__closure__), lambda: exec(inner.__code__, {}, closure=(1,))]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
def empty():
    if False:
        z = 1
    return lambda: z
try:
    empty().__closure__[0].cell_contents
except ValueError as e:
    print('ValueError', e)
