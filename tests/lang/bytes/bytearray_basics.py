# bytearray is the mutable sibling of bytes.
ba = bytearray(b"hello")
print(ba, len(ba))
ba[0] = 72
print(ba)
ba.append(33)
print(ba)
ba.extend(b" ok")
print(ba)
print(ba.pop(), ba)
ba[1:3] = b"EE"
print(ba)
del ba[0]
print(ba)
print(bytes(ba), ba == b"EElo! o", ba.upper())
print(bytearray(3), bytearray([1, 2, 3]))
ba2 = bytearray()
for i in range(5):
    ba2.append(65 + i)
print(ba2, ba2.decode())
ba2.reverse()
print(ba2)
print(ba2.find(b"C"), b"C" in ba2)
ba2.insert(0, 48)
print(ba2)
