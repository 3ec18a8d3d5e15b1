# readline, readlines and iterating over a file.
path = "/tmp/ftpy_test_readline_iteration.txt"
with open(path, "w") as f:
    for i in range(5):
        f.write("line " + str(i) + "\n")
with open(path) as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()))
with open(path) as f:
    for line in f:
        print(line.rstrip("\n"), len(line))
with open(path) as f:
    lines = f.readlines()
print(len(lines), lines[-1])
with open(path) as f:
    numbered = [str(n) + ": " + line.strip() for n, line in enumerate(f, 1)]
print(numbered)
with open(path) as f:
    print(sum([1 for line in f]))
