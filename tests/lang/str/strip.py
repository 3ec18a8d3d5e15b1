# strip, lstrip and rstrip, with and without chars.
s = "   hello world \t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")))
print(repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
print(repr("abcHELLOcba".strip("abc")))
print(repr("www.example.com".strip("cmowz.")))
print(repr("".strip()), repr("   ".strip()))
print(repr("\t\n\r\x0b\x0c a \t".strip()))
print(repr("aaa".strip("a")))
print(repr("hello".strip("")))
print(repr("  x  ".strip(None)))
print(repr("0001200".lstrip("0")), repr("0001200".rstrip("0")))
print(repr("ñaña".strip("ñ")))
print(repr("--==text==--".strip("-=")))
lines = ["  a  ", "b  ", "  c"]
print([l.strip() for l in lines])
