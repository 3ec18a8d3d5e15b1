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

def inner(x):
    return 10 // x

def outer(x):
    return inner(x) + 1

try:
    outer(0)
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text.replace(__file__, 'FILE'))
    etype, value, tb = sys.exc_info()
    print(etype.__name__, value, type(tb).__name__)
    for fs in traceback.extract_tb(tb):
        print(fs.filename == __file__, fs.lineno, fs.name, repr(fs.line))
    for filename, lineno, name, line in traceback.extract_tb(tb):
        print(lineno, name, line)
    print([f.tb_lineno for f in [tb, tb.tb_next, tb.tb_next.tb_next]])
    print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
    print(tb.tb_frame.f_globals is globals(), tb.tb_next.tb_frame.f_lineno)
    lines = traceback.format_exception(value)
    print(len(lines), lines[0], lines[-1], end='')
    print(traceback.format_exception_only(value))
    print(traceback.format_exception_only(type(value), value))
    print(len(traceback.format_tb(tb)), len(traceback.format_tb(tb, limit=1)), len(traceback.format_tb(tb, limit=-1)))
    print(traceback.format_tb(tb, limit=-1)[0].replace(__file__, 'FILE'), end='')
    print(repr(traceback.extract_tb(tb)[0]).replace(__file__, 'FILE'))
    print(sys.exception() is value)

print(sys.exc_info(), sys.exception())
print(traceback.format_exc(), end='')
print(traceback.format_exception_only(None))

def chained():
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('bad value') from e

try:
    chained()
except ValueError as e:
    out = ''.join(traceback.format_exception(e)).replace(__file__, 'FILE')
    print(out)
    print(''.join(traceback.format_exception(e, chain=False)).replace(__file__, 'FILE'))
    print(traceback.format_exception(type(e), e, None))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'))

class MyError(Exception):
    pass
print(traceback.format_exception_only(MyError('m')))
print(traceback.format_exception_only(MyError()))
e = ValueError('with note')
e.add_note('a note\nsecond line')
print(traceback.format_exception_only(e))
