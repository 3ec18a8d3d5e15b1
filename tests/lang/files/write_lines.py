# writelines, print to a file, and mode semantics.
path = "/tmp/ftpy_test_write_lines.txt"
with open(path, "w") as f:
    f.writelines(["one\n", "two\n", "three\n"])
with open(path) as f:
    print(f.read().split())
with open(path, "w") as f:
    print("printed", 1, 2, file=f)
    print("second", file=f, end="!\n")
with open(path) as f:
    print(repr(f.read()))
with open(path, "w") as f:
    f.write("truncated")
with open(path) as f:
    print(repr(f.read()))
with open(path, "a") as f:
    f.write(" + appended")
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    try:
        f.write("x")
    except Exception as e:
        print(type(e).__name__)
