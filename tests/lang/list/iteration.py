# Iterating lists; modifying while looping over a copy.
l = [3, 1, 4, 1, 5, 9, 2, 6]
total = 0
for x in l:
    total += x
print(total)
for i, x in enumerate(l):
    if x == 1:
        print("one at", i)
for x in l[:]:
    if x % 2 == 0:
        l.remove(x)
print(l)
i = 0
while i < len(l):
    l[i] *= 10
    i += 1
print(l)
pairs = list(zip([1, 2, 3], ["a", "b", "c"]))
print(pairs)
for n, s in pairs:
    print(n, s, end="; ")
print()
it = iter([10, 20])
print(next(it), next(it), next(it, "stop"))
print(list(map(abs, [-1, -2, 3])), list(filter(None, [0, 1, "", "x"])))
