# os: constants, the environment, the process and the working directory.
import os

print(os.name, repr(os.sep), repr(os.linesep), os.curdir, os.pardir, os.extsep, os.pathsep, os.altsep, os.devnull)
print(type(os.environ) is dict or type(os.environ).__name__ == "_Environ")
print("PATH" in os.environ, type(os.environ["PATH"]), os.getenv("PATH") == os.environ["PATH"])
print(os.getenv("FTPY_SURELY_NOT_SET"), os.getenv("FTPY_SURELY_NOT_SET", "dflt"), os.getenv("FTPY_SURELY_NOT_SET", default=3))
print(os.environ.get("FTPY_SURELY_NOT_SET", "none"))
try:
    os.getenv(1)
except TypeError as e:
    print(e)
try:
    os.environ["FTPY_SURELY_NOT_SET"]
except KeyError as e:
    print("KeyError", e)
pid = os.getpid()
print(type(pid), pid > 0, pid == os.getpid(), os.getppid() > 0)
cwd = os.getcwd()
print(type(cwd), cwd.startswith("/"), os.path.isdir(cwd))
print(os.listdir() == os.listdir(".") == os.listdir(cwd))
print("tests" in os.listdir(), "README.md" in os.listdir("."))
print(sorted(os.listdir("tests/lang/imports/impkg"))[:2])
print(os.fspath("a/b"), os.strerror(2), os.cpu_count() > 0)
try:
    os.fspath(3)
except TypeError as e:
    print(e)
