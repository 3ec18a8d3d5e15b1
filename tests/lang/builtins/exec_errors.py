# exec: argument errors, syntax errors and exceptions raised by exec'd code.
import traceback

for call in [lambda: exec(1), lambda: exec('1', []), lambda: exec('1', {}, 1),
             lambda: exec('1', globals={}), lambda: exec(),
             lambda: exec('1', {}, {}, {}), lambda: exec(b'x = 1', {}) or 'ok',
             lambda: exec('1', None, []) or 'list locals ok']:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)

def fail_in(src):
    try:
        exec(src, {})
    except Exception as e:
        return e

for src in ['1 +', 'x = (1,\n 2 +)', 'def f(:\n  pass', 'return 5', 'break',
            'nonlocal q', 'def f():\n  x = 1\n  global x', '  indented',
            'if True:\npass', 'x = "unterminated', 'yield 1',
            'from __future__ import braces', 'import os\nfrom __future__ import annotations',
            'from __future__ import nope']:
    e = fail_in(src)
    print(type(e).__name__, e.args)
    print('  ', e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), e.msg)
    print(''.join(traceback.format_exception_only(e)), end='')

# exceptions from inside exec'd code carry its frames, named <string>
e = fail_in('def boom(n):\n    return 10 // n\n\nboom(0)\n')
print(type(e).__name__, e)
tb = e.__traceback__
names = []
while tb:
    names.append((tb.tb_frame.f_code.co_filename, tb.tb_frame.f_code.co_name, tb.tb_lineno))
    tb = tb.tb_next
print(names[1:])
text = ''.join(traceback.format_exception(e)).replace(__file__, 'FILE')
print(text)
e = fail_in('raise KeyError("k")')
print(repr(e), e.__traceback__.tb_next.tb_frame.f_code.co_name)
print(str(fail_in('x = (')))
