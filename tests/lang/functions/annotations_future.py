# from __future__ import annotations (PEP 563): annotations are kept as
# the text CPython's unparser writes.
from __future__ import annotations

import __future__

def f(a: int, b: list[int] | None = None, *c: tuple[str, ...], **d: dict) -> Undefined:
    pass

print(f.__annotations__)

class C:
    x: ClassVar[int] = 3
    y: 'quoted'
    z: a.b.c
    def m(self) -> C:
        return self

print(C.__annotations__, C.x)
print(C.m.__annotations__)
v: Optional[Dict[str, List[int]]] = {}
print(__annotations__)

exprs = [
    'x', 'a.b.c', '1 .real', 'a[b]', 'a[b, c]', 'a[b,]', 'a[()]', 'a[1:2]',
    'a[1:2, ::3]', 'a[:]', 'a[*b]', 'f()', 'f(a, b=1, *c, **d)',
    'f(x for x in y)', '1', '-1', '1.5', '1e400', "'s'", "\"it's\"", "b'x'",
    'None', 'True', '...', 'a + b * c', '(a + b) * c', 'a ** b ** c',
    '(a ** b) ** c', '-a ** 2', '(-a) ** 2', 'not a', 'a and b or c',
    'a and (b or c)', 'a < b < c', 'a is not b', 'a not in b', 'int | str',
    'int | None | list[int]', '(a, b)', '()', '(a,)', '[a, b]',
    '{a: b, **c}', '{a, b}', '{}', 'lambda: 0', 'lambda x, y=1: x',
    'lambda *a, k=2, **kw: a', 'lambda a, /, b: a', 'lambda *, k: k',
    'a if b else c', '(a if b else c) if d else e',
    '[x for x in y if x if z]', '{k: v for k, v in d}', '{x for x in y}',
    '(x for x in y)', "f'{x}'", "f'a{x!r:>{w}}b'", "f'{x=}'",
    '~a', '+a', 'a @ b', 'a // b % c', 'a << b >> c', 'a & b ^ c',
    "u'x'", 'a.b[c](d).e', 'f(a)(b)', '(lambda: 1)()', '(a, b)[0]',
    "'a' 'b'", '0x10', '1_000', 'a[b][c]', '(yield)', 'await x',
    '(x := 1)', '*a',
]
for text in exprs:
    ns = {}
    try:
        exec('from __future__ import annotations\ndef f(p: ' + text + '): pass', ns)
        print(repr(ns['f'].__annotations__['p']))
    except SyntaxError as e:
        print('SyntaxError:', e.msg)

# the flag reaches code compiled from here, unless dont_inherit
ns = {}
exec('def g(q: nothing): pass', ns)
print(ns['g'].__annotations__)
code = compile('def g(q: nothing): pass', 's', 'exec', dont_inherit=True)
try:
    exec(code, ns)
except NameError as e:
    print('NameError', e)
code = compile('def g(q: nothing): pass', 's', 'exec',
               flags=__future__.annotations.compiler_flag, dont_inherit=True)
exec(code, ns)
print(ns['g'].__annotations__, hex(code.co_flags))
print(hex(compile('1', 's', 'eval').co_flags))
