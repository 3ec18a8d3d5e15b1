# Dict comprehensions.
print({x: x * x for x in range(6)})
print({c: ord(c) for c in "abc"})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"one": 1, "two": 2}.items()})
print({w: len(w) for w in "to be or not to be".split()})
print({x: ("even" if x % 2 == 0 else "odd") for x in range(5)})
print({i: [j for j in range(i)] for i in range(4)})
print({k: v for k, v in zip("xyz", range(3)) if v != 1})
scores = {"ann": 91, "bob": 78, "cy": 85}
print({n: s for n, s in scores.items() if s >= 80})
print({n: s - 50 for n, s in sorted(scores.items(), key=lambda kv: -kv[1])})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({})
