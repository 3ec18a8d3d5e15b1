import os as _os
import sys as _sys


class _HidePaths:
    """Writes to stdout with this script's directory shown as DIR."""

    def __init__(self, out):
        self.out = out
        self.here = _os.path.dirname(_os.path.abspath(__file__))

    def write(self, s):
        return self.out.write(s.replace(self.here, "DIR"))

    def flush(self):
        self.out.flush()


_sys.stdout = _HidePaths(_sys.stdout)
import sys
import traceback

def show(lines):
    print(''.join(lines).replace(__file__, 'FILE'), end='')

def a():
    return b()

def b():
    return c()

def c():
    stack = traceback.extract_stack()
    print([(fs.name, fs.lineno) for fs in stack][-4:])
    print(stack[-1].line, '|', stack[-2].line)
    show(traceback.format_stack()[-2:])
    show(traceback.format_list(stack[-2:]))
    traceback.print_stack(limit=2, file=sys.stdout)
    print(len(traceback.extract_stack(limit=2)))
    f = sys._getframe()
    print(f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name)
    print(sys._getframe(1).f_code.co_name, sys._getframe().f_lineno)
    print([name for _, _, name, _ in traceback.extract_stack(f.f_back)][-3:])
    return 'done'

print(a())

# print_exc and print_exception to stdout
def fail(n):
    if n == 0:
        raise RuntimeError('deep')
    return fail(n - 1)

try:
    fail(6)
except RuntimeError as e:
    import io
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    show([buf.getvalue()])
    buf = io.StringIO()
    traceback.print_exception(e, limit=2, file=buf)
    show([buf.getvalue()])
    traceback.print_exception(type(e), e, e.__traceback__, limit=-1, file=sys.stdout)
    traceback.print_tb(e.__traceback__, limit=1, file=sys.stdout)

# FrameSummary by hand
fs = traceback.FrameSummary('nofile.py', 3, 'func', line='x = 1 + y')
print(fs, fs.line, fs == ('nofile.py', 3, 'func', 'x = 1 + y'), len(fs))
print(traceback.format_list([fs, ('other.py', 7, 'g', 'return 2')]))
s = traceback.StackSummary.from_list([('f.py', 1, 'h', 'pass')])
print(type(s).__name__, s.format())

# SyntaxError formatting
try:
    compile('x = (1 +\n', 'snippet.py', 'exec')
except SyntaxError as e:
    print(traceback.format_exception_only(e))
try:
    exec('def f(:\n  pass')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)), end='')
    print(e.filename, e.lineno, e.offset, repr(e.text))
print(traceback.format_exception_only(SyntaxError('plain')))
print(traceback.format_exception_only(SyntaxError('m', ('f.py', 2, 3, 'abc def\n', 2, 6))))
te = traceback.TracebackException.from_exception(ValueError('v'))
print(list(te.format()), str(te), te.exc_type.__name__, te.stack)
