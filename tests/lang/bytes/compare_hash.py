# bytes comparisons, hashing and use as dict keys.
print(b"abc" == b"abc", b"abc" != b"abd")
print(b"a" < b"b", b"abc" < b"abcd", b"B" < b"a", b"\xff" > b"\x00")
print(b"abc" == "abc")
print(sorted([b"pear", b"apple", b"Apple", b"fig"]))
d = {b"one": 1, b"two": 2}
d[b"three"] = 3
print(d, d[b"two"], b"one" in d)
print(hash(b"abc") == hash(b"abc"))
print(max([b"z", b"aa", b"zz"]), min([b"z", b"aa"]))
print(b"abc" in [b"abc", b"x"])
print(bytes(b"copy") == b"copy")
print(b"" == bytes(), len(bytes(5)))
print(b"ab" * 2 == b"abab", 2 * b"ab")
