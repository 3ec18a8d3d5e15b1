# repr of bytes chooses quotes and escapes non-printables.
samples = [b"", b"plain", b"it's", b'say "hi"', b"both ' and \"", b"\\",
           b"\t\n\r", b"\x00\x01\x1f", b"\x7f\x80\xfe\xff", b" ~", b"\x0b\x0c"]
for s in samples:
    print(repr(s), len(s))
print(str(b"abc"))
print(repr(bytes(range(0, 256, 17))))
print([b"a", b"b"])
print((b"x",))
print({b"k": b"v"})
print(b"%" + b"{}")
print(repr(b"caf\xc3\xa9"))
