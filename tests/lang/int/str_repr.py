# str() and repr() of ints, and int <-> str round trips.
for n in [0, 1, -1, 9, 10, 99, 100, -100, 65535, 2 ** 31, -2 ** 31, 10 ** 25]:
    s = str(n)
    print(s, repr(n), len(s), int(s) == n)
print(str(-0))
print(repr(10 ** 50))
print(str(123) + str(456))
print(int(str(7) * 20))
print(format(1234567, ","), format(255, "x"), format(255, "08b"))
print(format(-42, "5d"), format(42, "<5d") + "|")
print(format(10 ** 18, ","))
print("{:d}".format(99))
