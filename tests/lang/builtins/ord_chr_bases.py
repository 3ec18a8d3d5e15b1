# ord, chr, hex, oct, bin.
for c in ["A", "a", "0", " ", "\n", "é", "€", "日", "😀"]:
    print(repr(c), ord(c), hex(ord(c)), chr(ord(c)) == c)
print(chr(65), chr(97), chr(48), chr(10) == "\n", chr(0x1F600))
print("".join([chr(i) for i in range(65, 91)]))
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 32, 12345678901234567890]:
    print(n, hex(n), oct(n), bin(n))
print(int(hex(255), 16), int(oct(255), 8), int(bin(255), 2))
print(ord(b"A"), ord(bytes([200])))
print(chr(ord("a") + 25), ord("z") - ord("a"))
print([hex(b) for b in "ok".encode()], bin(0b1010 ^ 0b0110))
