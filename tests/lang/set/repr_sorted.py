# Printing sets: small ints directly, anything else sorted.
print({5, 3, 1})
print(set(range(10)))
print({0})
print(set())
print(frozenset({2, 1}))
print(frozenset())
words = {"pear", "apple", "fig", "apple"}
print(sorted(words), len(words))
print(sorted(set("mississippi")))
print(sorted({(2, 1), (1, 2), (1, 1)}))
print([sorted(s) for s in [{"b", "a"}, {"c"}]])
print(sorted(set([-1, -5, 3])))
print(repr({1, 2}), str({7}))
