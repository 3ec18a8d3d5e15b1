# with open(...) closes the file, even on exceptions.
path = "/tmp/ftpy_test_with_statement.txt"
with open(path, "w") as f:
    f.write("alpha\nbeta\n")
    print("inside:", f.closed)
print("after:", f.closed)
try:
    with open(path) as g:
        first = g.readline()
        raise ValueError("boom")
except ValueError as e:
    print("caught", e, "closed:", g.closed, repr(first))
with open(path) as a, open(path) as b:
    print(a.read() == b.read())
with open(path, "w") as f:
    pass
with open(path) as f:
    print(repr(f.read()))
try:
    with open("/tmp/ftpy_missing_dir/nothing.txt") as f:
        pass
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror)
