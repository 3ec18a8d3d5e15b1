import io

b = io.BytesIO()
print(b.write(b"abc\n"), b.write(bytearray(b"def\nghi")), b.tell())
print(b.getvalue())
b.seek(0)
print(b.readline(), b.readline(), b.readline(), b.readline())
b.seek(0)
print(b.readlines(), b.read())
b.seek(-3, 2)
print(b.read(2), b.tell())
b.seek(-2, 1)
print(b.read())
b.seek(2)
b.write(b"XYZ")
print(b.getvalue())
b.seek(15)
b.write(b"!")
print(b.getvalue())
print(b.truncate(4), b.getvalue())
try:
    b.write("text")
except TypeError as e:
    print("TypeError", e)
try:
    b.seek(-1)
except ValueError as e:
    print("ValueError", e)

with io.BytesIO(b"line1\nline2\n") as f:
    for line in f:
        print(line)
    print(f.read(), f.closed)
print(f.closed)
try:
    f.getvalue()
except ValueError as e:
    print("ValueError", e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
