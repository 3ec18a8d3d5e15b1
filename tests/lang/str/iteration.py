# Iterating over strings and building new ones.
s = "Hello, World"
vowels = 0
for ch in s:
    if ch.lower() in "aeiou":
        vowels += 1
print(vowels)
print([c for c in s if c.isupper()])
print("".join([c.upper() if i % 2 else c.lower() for i, c in enumerate(s)]))
out = ""
for ch in reversed(s):
    out += ch
print(out)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list(enumerate("abc")))
print(list(zip("abc", "123")))
print(list(map(ord, "AB")))
it = iter("xy")
print(next(it), next(it), next(it, "done"))
print("a" in "abc" and "abc" in "xabcx")
