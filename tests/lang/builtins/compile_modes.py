# compile(): modes, code objects, filenames, flags and errors.
import sys

c = compile('x = 6 * 7\nprint(x)', 'calc.py', 'exec')
print(repr(c).startswith('<code object <module> at 0x'), repr(c).endswith(', file "calc.py", line 1>'))
print(c.co_name, c.co_filename, c.co_firstlineno, type(c).__name__)
exec(c)
ns = {}
exec(c, ns)
print(ns['x'])

e = compile('x + 1', 'expr', 'eval')
print(eval(e, {'x': 1}), exec(e, {'x': 1}))

s = compile('40 + 2', 'single', 'single')
exec(s)
exec(compile('None', 's', 'single'))
exec(compile('for i in range(3): i\n', 's', 'single'))
exec(compile('a = 5; a * 2', 's', 'single'))
exec(compile('if True:\n    "yes"\n', 's', 'single'))
print(compile('pass', b'bytes-name', 'exec').co_filename)

class PathLike:
    def __fspath__(self):
        return 'from_fspath.py'
print(compile('pass', PathLike(), 'exec').co_filename)
print(compile(source='1', filename='kw', mode='eval').co_filename)

def fn(a, b=2, *args, c, **kw):
    def inner():
        return a
    return inner
co = fn.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames, co.co_cellvars, fn(1, c=3).__code__.co_freevars)
print(hex(co.co_flags), hex(fn(1, c=3).__code__.co_flags))
print(co.co_qualname, fn(1, c=3).__code__.co_qualname)
print(compile('def gen(): yield 1', 's', 'exec').co_consts[0].co_name)

for args in [('x = (', 'f.py', 'exec'), ('x=1\ny=2', 's', 'single'),
             ('if 1:\n  pass\ny=2\n', 's', 'single'), ('x=1', 's', 'eval'),
             ('', 's', 'eval'), ('', 's', 'single'), ('return 1', 'r', 'exec'),
             ('1 if 1', 's', 'eval'), ('a\0', 's', 'exec')]:
    try:
        compile(*args)
        print('compiled', args)
    except SyntaxError as e:
        print(type(e).__name__, e.args)

for call in [lambda: compile(1, 'f', 'exec'), lambda: compile('1', 'f', 'x'),
             lambda: compile('1', 'f', 'exec', 0x7),
             lambda: compile('1', 'f', 'exec', 0, False, 5),
             lambda: compile('1', 'f'), lambda: compile('1', 1, 'exec'),
             lambda: compile('1', 'f', 'exec', foo=1),
             lambda: compile(co, 'f', 'exec')]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
