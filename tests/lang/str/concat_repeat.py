# + * len, in, comparison.
a = "foo"
b = "bar"
print(a + b, b + a, a + "" + b)
print(a * 3, 3 * a, a * 0, repr(a * -1))
print(len(a * 100))
print("o" in a, "oo" in a, "x" in a, "" in a, "fo" not in a)
print(a == "foo", a != b, a < b, a > b, a <= "foo", a >= "fop")
print("abc" < "abd", "abc" < "abcd", "" < "a", "Z" < "a", "a" < "B")
print("é" > "z", "日" > "é")
print(sorted(["pear", "Apple", "banana", "apple", "Banana"]))
print(max("hello"), min("hello"))
s = ""
for i in range(5):
    s += str(i)
print(s)
s *= 2
print(s)
print("-" * 20)
print(("ab" + "cd") * 2)
print("ab" "cd" == "abcd")
print(str(), repr(str()))
