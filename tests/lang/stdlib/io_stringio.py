import io
import sys
from contextlib import redirect_stdout

s = io.StringIO()
print(s.write("hello\n"), s.write("world\nlast"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])
s.seek(0)
print(repr(s.read(3)), repr(s.read(4)), repr(s.read()), repr(s.read()))
s.seek(6)
s.write("W")
print(repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell())
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
print(s.seek(0), repr(s.readline(2)))

t = io.StringIO("initial\ntext")
print(t.tell(), repr(t.read()))
t.seek(0)
t.write("IN")
print(repr(t.getvalue()))
print(t.readable(), t.writable(), t.seekable(), t.closed)
t.writelines(["a", "b"])
print(repr(t.getvalue()))
for bad in (lambda: t.seek(1, 1), lambda: t.seek(-1), lambda: t.write(5)):
    try:
        bad()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
t.close()
print(t.closed)
try:
    t.read()
except ValueError as e:
    print("ValueError", e)

with io.StringIO() as buf:
    print("to buffer", 1, 2, sep="-", file=buf)
    print(repr(buf.getvalue()))
print(buf.closed)

out = io.StringIO()
with redirect_stdout(out):
    print("captured")
    sys.stdout.write("also\n")
print(repr(out.getvalue()))
u = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(u.getvalue()), u.readlines())
