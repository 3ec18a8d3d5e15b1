# Round trips between str and bytes.
texts = ["ascii", "café", "日本語", "emoji 😀", "", "tab\tnl\n"]
for t in texts:
    b = t.encode()
    print(repr(t), b, len(t), len(b), b.decode() == t)
b = "Straße".encode("utf-8")
print(b, b.decode("utf-8"))
print("é".encode("latin-1"), b"\xe9".decode("latin-1"))
print(b"hello".decode("ascii"))
raw = bytes([0xe2, 0x82, 0xac])
print(raw.decode(), ord(raw.decode()))
try:
    b"\xe2\x82".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason, e.start, e.end)
print(b"\xffabc".decode("utf-8", "ignore"))
print(str(b"\xc3\xa9", "utf-8"))
