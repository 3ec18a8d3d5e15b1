from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(c["a"], c["z"], "z" in c, len(c), c.total())
print(sorted(c.elements()))
c.update("aaz")
c.update({"b": 3})
print(c)
c.subtract("aaaaaaaaa")
print(c)
c.subtract(b=1)
print(c, +c, -c)
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc, wc.most_common(1))
a = Counter(a=3, b=1)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, b - a, a | b, a & b)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=2))
print(Counter(), Counter(x=0), Counter({"k": 2}), Counter(k=1, j=2))
del c["z"]
del c["not there"]
print(c)
x = Counter(a=2)
x += Counter(a=-5, b=1)
print(x)
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError", e)
print(sorted(Counter([1, 2, 2, 3, 3, 3]).items()), dict(Counter("aab")))
