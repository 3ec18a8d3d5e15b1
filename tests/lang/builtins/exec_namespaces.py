# exec: default and explicit namespaces, separate locals, builtins.
g = {}
exec("x = 1\ny = x + 1", g)
print(sorted(k for k in g if k != '__builtins__'), g['y'])
print('__builtins__' in g, type(g['__builtins__']).__name__)

g, l = {'a': 10}, {}
exec("b = a * 2\nc = b + 1", g, l)
print(sorted(k for k in g if k != '__builtins__'), l)

# names assigned at the top level go to locals; functions see the globals
g, l = {}, {}
exec("v = 5\ndef f():\n    return v\n", g, l)
try:
    l['f']()
except NameError as e:
    print('NameError', e)
print(sorted(l), sorted(k for k in g if k != '__builtins__'))

# global declarations store into the globals
g, l = {}, {}
exec("global w\nw = 3\nz = 4", g, l)
print(g.get('w'), l)

# default: the caller's namespace at module level
exec("m1 = 41 + 1")
print(m1)

def inside():
    q = 7
    exec("r = q * 6")
    print('r' in globals(), sorted(locals()))
    d = {'q': q}
    exec("s = q + 1", globals(), d)
    print(sorted(d.items()))
    print(eval("q + s", globals(), d), eval("q * 2"))
inside()

# a mapping that is not a dict as locals
class Logged(dict):
    pass
ns = Logged()
exec("t = 1\nu = t + 1", {}, ns)
print(sorted(ns.items()))

# __builtins__ replaced
try:
    exec("print('hi')", {'__builtins__': {}})
except NameError as e:
    print('NameError', e)
exec("print(len('abc'))", {'__builtins__': {'print': print, 'len': len}})

# the return value and class bodies
print(exec("1 + 1"))
g = {}
exec("class A:\n    k = 3\n    def m(self):\n        return self.k * 2\nres = A().m()\n", g)
print(g['res'], g['A'].__name__, g['A'].__module__, g['A'].__qualname__)
g = {'__name__': 'mymod'}
exec("class B: pass", g)
print(g['B'].__module__)
# closures and comprehensions in exec'd code
g = {}
exec("def mk(n):\n    return lambda: n + 1\nres = [mk(i)() for i in range(3)]", g)
print(g['res'])
exec("x: int = 5\ny: 'str'", g)
print(g['__annotations__'], g['x'])
