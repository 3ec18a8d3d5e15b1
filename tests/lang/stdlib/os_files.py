# os: directories and files (created under a private temporary folder),
# errors raised as the OSError subclasses with CPython's messages.
import os
import os.path

base = os.path.join("/tmp", "ftpy_os_files_" + str(os.getpid()))
def show(p):
    return p.replace(base, "BASE")

def attempt(f, *args):
    try:
        r = f(*args)
        print("ok", r)
    except OSError as e:
        print(type(e).__name__, e.errno, show(str(e)), show(e.filename), e.filename2 is None or show(e.filename2))

os.mkdir(base)
print(os.path.isdir(base), os.path.exists(base), os.path.isfile(base), os.listdir(base))
for name in ["b.txt", "a.py", "c"]:
    f = open(os.path.join(base, name), "w")
    f.write(name * 3)
    f.close()
os.mkdir(os.path.join(base, "sub"))
os.mkdir(os.path.join(base, "sub2"), 0o755)
print(sorted(os.listdir(base)))
print(os.path.isfile(os.path.join(base, "a.py")), os.path.isdir(os.path.join(base, "a.py")))
print(os.path.getsize(os.path.join(base, "b.txt")), os.path.islink(base), os.path.lexists(base))
os.rename(os.path.join(base, "c"), os.path.join(base, "d"))
print(sorted(os.listdir(base)))
attempt(os.mkdir, base)
attempt(os.rmdir, os.path.join(base, "nope"))
attempt(os.remove, os.path.join(base, "nope"))
attempt(os.rename, os.path.join(base, "nope"), os.path.join(base, "other"))
attempt(os.listdir, os.path.join(base, "nope"))
attempt(os.listdir, os.path.join(base, "a.py"))
attempt(os.rmdir, os.path.join(base, "a.py"))
attempt(os.remove, os.path.join(base, "sub"))
attempt(os.path.getsize, os.path.join(base, "nope"))
print(os.path.exists(os.path.join(base, "nope")), os.path.isdir(os.path.join(base, "nope")), os.path.exists(""))
os.remove(os.path.join(base, "a.py"))
os.unlink(os.path.join(base, "b.txt"))
os.unlink(os.path.join(base, "d"))
os.rmdir(os.path.join(base, "sub"))
os.rmdir(os.path.join(base, "sub2"))
print(os.listdir(base))
os.rmdir(base)
print(os.path.exists(base))
for f in [os.remove, os.rmdir, os.mkdir, os.listdir]:
    try:
        f(5.5)
    except TypeError as e:
        print(e)
try:
    os.remove("a\0b")
except ValueError as e:
    print(e)
