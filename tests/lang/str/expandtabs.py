# expandtabs with default and explicit tab sizes.
s = "a\tbc\tdef\tg"
print(repr(s.expandtabs()))
print(repr(s.expandtabs(4)))
print(repr(s.expandtabs(1)))
print(repr(s.expandtabs(0)))
print(repr(s.expandtabs(3)))
print(repr("\t".expandtabs()), repr("\t\t".expandtabs(2)))
print(repr("ab\ncd\tef".expandtabs(4)))
print(repr("12345678\tx".expandtabs(8)))
print(repr("no tabs".expandtabs()))
print(repr("x\r\ty".expandtabs(4)))
rows = ["name\tqty\tprice", "apple\t3\t1.25", "watermelon\t1\t4.5"]
for r in rows:
    print(r.expandtabs(12))
