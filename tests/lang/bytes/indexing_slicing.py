# Indexing and slicing bytes gives ints and bytes.
b = b"Hello, bytes!"
print(b[0], b[-1], b[4])
print(b[0:5], b[-6:], b[::2], b[::-1])
print(b[100:], b[3:3])
print(len(b), len(b""))
print(type(b[0]), type(b[0:1]))
for x in b"ABC":
    print(x, end=" ")
print()
print(list(b"\x00\x7f\x80\xff"))
print(b"abc" + b"def", b"ab" * 3)
print(b"b" in b"abc", 98 in b"abc", b"x" not in b"abc")
print(b"abc" == b"abc", b"abc" < b"abd", b"" < b"\x00")
print(bytes(3), bytes([65, 66, 67]), bytes(range(48, 58)))
print(bytes("héllo", "utf-8"))
print(sorted(b"dcba"))
print(max(b"hello"), min(b"hello"), sum(b"\x01\x02\x03"))
