# find, rfind, index, rindex and count.
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find(""))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind(""))
print(s.find("a", 1), s.find("a", 1, 3), s.find("a", 4, 5), s.find("a", -4))
print(s.rfind("a", 0, 5), s.rfind("a", -5, -1))
print(s.index("c"), s.rindex("a"), s.index("dab"))
print(s.index("a", 1), s.rindex("b", 0, 6))
print(s.count("a"), s.count("bra"), s.count("z"), s.count(""))
print(s.count("a", 3), s.count("a", 3, 8))
print("aaaa".count("aa"), "aaaa".find("aa", 1))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError:", e)
print("héllo".find("l"), "日本語".find("語"))
print("".find(""), "".find("a"), "abc".find("c", 10))
