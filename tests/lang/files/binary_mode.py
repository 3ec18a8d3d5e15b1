# Reading and writing bytes in binary mode.
path = "/tmp/ftpy_test_binary_mode.bin"
data = bytes(range(256))
with open(path, "wb") as f:
    print(f.write(data))
    print(f.write(b"\x00tail"))
with open(path, "rb") as f:
    back = f.read()
print(len(back), back[:4], back[250:], back[:256] == data)
with open(path, "rb") as f:
    print(f.read(3), f.read(2))
text = "héllo wörld\n日本\n"
with open(path, "wb") as f:
    f.write(text.encode("utf-8"))
with open(path, "rb") as f:
    raw = f.read()
print(raw, len(raw))
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
with open(path, "rb") as f:
    print(f.readline(), f.readlines())
