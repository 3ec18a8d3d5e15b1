# center ljust rjust zfill.
for w in [1, 5, 6, 7, 10]:
    print(repr("abc".center(w)), repr("abc".ljust(w)), repr("abc".rjust(w)))
print(repr("abc".center(9, "*")), repr("ab".center(7, "-")))
print(repr("abc".ljust(6, ".")), repr("abc".rjust(6, ".")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5))
print("12345".zfill(3), "".zfill(3), "-".zfill(3))
print(repr("é".center(5, "ü")))
rows = [("apple", 3), ("kiwi", 12), ("banana", 150)]
for name, n in rows:
    print(name.ljust(10) + str(n).rjust(5))
print(repr("x".center(4)), repr("xy".center(5)))
print(repr("odd".center(6)), repr("even".center(7)))
