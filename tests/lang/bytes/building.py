# Building bytes from parts.
parts = []
for i in range(5):
    parts.append(bytes([97 + i]))
print(parts)
print(b"".join(parts))
print(b",".join(parts))
acc = b""
for p in parts:
    acc += p + b"-"
print(acc)
print(acc.rstrip(b"-"))
print(bytes([x * 2 for x in b"\x01\x02\x03"]))
print(bytes(reversed(b"abc")))
print((3).to_bytes(2, "big") + (258).to_bytes(2, "big"))
header = b"LEN" + bytes([0, 12])
print(header, header[3] * 256 + header[4])
print(b"x" * 0, b"-" * 10)
print(bytes(list(range(65, 70))).lower())
