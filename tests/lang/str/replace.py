# replace with and without count.
s = "one two one two one"
print(s.replace("one", "1"))
print(s.replace("one", "1", 1))
print(s.replace("one", "1", 2))
print(s.replace("one", "1", 0))
print(s.replace("one", "1", -1))
print(s.replace("three", "3"))
print(s.replace(" ", ""))
print("aaaa".replace("a", "b", 2))
print("aaaa".replace("aa", "b"))
print("abc".replace("", "-"))
print("abc".replace("", "-", 2))
print("".replace("", "x"))
print("hello".replace("l", "L"))
print("héllo".replace("é", "e"))
print("mississippi".replace("ss", "SS"))
print("mississippi".replace("i", ""))
print("a.b.c".replace(".", "..", 1))
t = "x"
for i in range(3):
    t = t.replace("x", "xyx")
print(t)
