# The __future__ module and the compiler's future-import rules.
from __future__ import annotations, division, generator_stop
import __future__

for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature.getOptionalRelease(), feature.getMandatoryRelease(),
          hex(feature.compiler_flag))
print(repr(__future__.annotations))
print(__future__.__all__[:3], __future__.CO_FUTURE_ANNOTATIONS)
print(annotations is __future__.annotations, type(division).__name__)

def f(x: undefined) -> also_undefined:
    return x
print(f.__annotations__, f(3))

sources = [
    'from __future__ import annotations',
    '"""doc"""\nfrom __future__ import annotations\nfrom __future__ import division',
    '"""doc"""\n"""doc2"""\nfrom __future__ import annotations',
    'import os\nfrom __future__ import annotations',
    'x = 1\nfrom __future__ import *',
    'from __future__ import *',
    'from __future__ import annotations, nope',
    'from __future__ import braces',
    'from __future__ import (annotations,\n    nope)',
    'def f():\n    from __future__ import annotations',
    'if 1:\n    from __future__ import annotations',
    'from __future__ import annotations; import sys; from __future__ import division',
    'from __future__ import division\n"""doc"""\nfrom __future__ import annotations',
    'from __future__ import barry_as_FLUFL',
]
for src in sources:
    try:
        code = compile(src, 'mod.py', 'exec')
        print('ok', hex(code.co_flags))
    except SyntaxError as e:
        print(e.msg, '|', e.args[1:], e.lineno, e.offset, e.end_offset)

# a future import in exec'd code applies to that code only
ns = {}
exec('from __future__ import annotations\ndef g(a: nope): pass', ns)
print(ns['g'].__annotations__, ns['annotations'] is __future__.annotations)
