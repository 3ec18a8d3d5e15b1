# Operators on strings: + * in comparisons, indexing, augmented.
s = "spam"
print(s + "eggs", s * 2, "a" in s, "x" not in s)
print(s < "spom", s == "sp" + "am", s != "Spam", s.upper() > s)
print(s[0] + s[-1], s[1:3] * 3)
s += "!"
print(s)
s *= 2
print(s)
print("-".join([s[i] for i in range(0, len(s), 3)]))
print(len(s) * "=")
words = ["b", "a", "c"]
print(min(words) + max(words))
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
print(str(1) + "a", "a" + str(1.5), "n=" + repr("q"))
