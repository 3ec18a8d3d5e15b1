# partition and rpartition.
s = "key=value=more"
print(s.partition("="))
print(s.rpartition("="))
print(s.partition(":"))
print(s.rpartition(":"))
print("a.b.c".partition("."), "a.b.c".rpartition("."))
print("abc".partition("abc"), "abc".rpartition("abc"))
print("".partition("x"), "".rpartition("x"))
print("path/to/file.txt".rpartition("/")[2])
print("path/to/file.txt".rpartition(".")[0])
print("user@host".partition("@")[::2])
head, sep, tail = "a -> b -> c".partition(" -> ")
print(repr(head), repr(sep), repr(tail))
for line in ["name: Ann", "age: 31", "no colon"]:
    k, sep, v = line.partition(": ")
    print(k, bool(sep), v)
print("日本=語".partition("="))
