# Tuple iteration and builtins.
t = (5, 3, 8, 1)
for x in t:
    print(x, end=",")
print()
print(list(enumerate(t)), list(reversed(t)))
print(len(t), sorted(t), any(t), all(t))
print(t.index(8), t.count(3))
it = iter(t)
print(next(it), next(it), list(it))
print(tuple(map(str, t)), tuple(filter(lambda x: x > 2, t)))
print(tuple([x * x for x in t]))
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
print(divmod(17, 5), type(divmod(17, 5)))
