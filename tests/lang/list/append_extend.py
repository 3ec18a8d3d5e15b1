# append, extend, insert.
l = []
l.append(1)
l.append("two")
l.append([3])
print(l, len(l))
l.extend([4, 5])
l.extend((6,))
l.extend("ab")
l.extend(range(2))
l.extend([])
print(l)
l.insert(0, "first")
l.insert(2, "mid")
l.insert(100, "end")
l.insert(-1, "before-end")
l.insert(-100, "very-first")
print(l)
m = [1, 2]
m.append(m[:])
print(m)
n = [0]
n.extend(n)
print(n)
big = []
for i in range(1000):
    big.append(i * i)
print(len(big), big[-1], big[500], sum(big))
