from operator import itemgetter, attrgetter, methodcaller
g = itemgetter(1)
print(g([10, 20, 30]), g("xyz"), repr(g))
g2 = itemgetter(0, -1, 'a'.upper())
print(repr(g2))
print(itemgetter(0, 2)([5, 6, 7]), itemgetter("k")({"k": "v"}))
print(itemgetter(slice(None, None, -1))([1, 2, 3]))
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=itemgetter(1)), max(pairs, key=itemgetter(0)))
print(list(map(itemgetter(0), pairs)))
print(repr(attrgetter("real")), repr(attrgetter("a.b", "c")))
print(attrgetter("real")(5), attrgetter("imag", "real")(3))
print(attrgetter("real.real", "imag")(1.5))
m = methodcaller("upper")
print(m("abc"), repr(m))
m2 = methodcaller("split", ",", maxsplit=1)
print(m2("a,b,c"), repr(m2))
print(repr(methodcaller("f", 1, "a", x=2, y="s")))
print(methodcaller("get", "z", 0)({"z": 9}), methodcaller("count", 1)([1, 1, 2]))
for f in [lambda: itemgetter(), lambda: attrgetter(), lambda: attrgetter(1),
          lambda: methodcaller(), lambda: methodcaller(3),
          lambda: itemgetter(1)(5), lambda: itemgetter(5)([1]),
          lambda: attrgetter("zz")(1), lambda: methodcaller("nope")(1),
          lambda: itemgetter(1)(), lambda: itemgetter(1)([1, 2], [3])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
