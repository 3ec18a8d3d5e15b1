# encode to bytes and decode back.
print("hello".encode())
print("hello".encode("utf-8"))
print("héllo".encode())
print("日本".encode())
print("😀".encode())
print("héllo".encode("latin-1"))
print("abc".encode("ascii"))
print(len("日本".encode()), len("日本"))
b = "naïve café".encode()
print(b, b.decode(), b.decode() == "naïve café")
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"))
print(b"\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"a\xffb".decode("utf-8", "replace"))
print(list("Aé".encode()))
