# Insertion order is preserved, also after deletion and reinsertion.
d = {}
for key in ["zeta", "alpha", "mid", "beta"]:
    d[key] = len(key)
print(d)
d["alpha"] = 0
print(list(d))
del d["zeta"]
d["zeta"] = 99
print(list(d))
print(list(d.items()))
n = {}
for i in [5, 3, 9, 1, 7]:
    n[i] = i * i
print(n)
for i in [3, 1]:
    del n[i]
n[3] = "back"
print(n)
print({"b": 1, "a": 2} == {"a": 2, "b": 1})
print(list({"b": 1, "a": 2}), list({"a": 2, "b": 1}))
big = {}
for i in range(100):
    big[str(i)] = i
for i in range(0, 100, 2):
    del big[str(i)]
print(list(big)[:10], len(big))
