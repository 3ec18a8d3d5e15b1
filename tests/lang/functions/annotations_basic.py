# Function, class and module annotations, evaluated (no PEP 563).
def f(a: int, *args: str, b: 'x' = 1, **kw: float) -> bool:
    pass

print(f.__annotations__)
print(list(f.__annotations__))

def g(p, /, q: list, *, r: dict, s=2) -> None:
    pass

print(g.__annotations__, g.__kwdefaults__, g.__defaults__)
print(f.__kwdefaults__, (lambda x: x).__annotations__)

def plain(x, y=3):
    return x

print(plain.__annotations__, plain.__kwdefaults__)
plain.__annotations__['x'] = int
print(plain.__annotations__)
plain.__annotations__ = {'y': str}
print(plain.__annotations__)
del plain.__annotations__
print(plain.__annotations__)
plain.__annotations__ = None
print(plain.__annotations__)
try:
    plain.__annotations__ = 5
except TypeError as e:
    print('TypeError', e)

# evaluated once, at definition time, in order
order = []
def note(v):
    order.append(v)
    return v

def h(a: note('a'), b: note('b') = note('default')) -> note('ret'):
    pass
print(order, h.__annotations__)

# module and class annotations
x: int = 1
y: 'later'
print(__annotations__)

class C:
    a: int
    b: str = 'b'
    c = 3
    def method(self, v: float) -> 'C':
        z: int = 5  # local: not recorded
        return self
print(C.__annotations__, C.b)
print(C.method.__annotations__)
print(C().method.__annotations__ is C.method.__annotations__)

# complex targets evaluate but do not record
class D:
    pass
obj = D()
obj.attr: int = 4
lst = [0]
lst[0]: str = 'v'
print(obj.attr, lst, 'attr' in __annotations__)

def local_only():
    q: undefined_name
    return 'ok'
print(local_only())

class Nested:
    if True:
        inner: int = 1
    for i in range(1):
        looped: str
print(Nested.__annotations__)
