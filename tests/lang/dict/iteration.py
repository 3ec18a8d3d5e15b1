# Iterating dicts; changing size during iteration raises.
d = {"a": 1, "b": 2, "c": 3}
for k in d:
    print(k, d[k])
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
squares = {}
for n in range(6):
    squares[n] = n * n
print(squares)
print([k for k, v in squares.items() if v > 5])
print(dict(sorted({"b": 2, "c": 1, "a": 3}.items())))
print(dict(sorted({"b": 2, "c": 1, "a": 3}.items(), key=lambda kv: kv[1])))
it = iter({"x": 0, "y": 0})
print(next(it), next(it), next(it, "end"))
print(list(enumerate({"p": 1, "q": 2})))
