from collections import deque

d = deque()
print(d, len(d), bool(d))
d.append(1); d.append(2); d.appendleft(0); d.appendleft(-1)
print(d, len(d), d[0], d[-1], d[1], list(d), list(reversed(d)))
print(d.pop(), d.popleft(), d)
d.extend([3, 4, 5])
d.extendleft("ab")
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); print(d, d.count(3), d.index(3), 4 in d, 9 in d)
d[0] = "first"; d[-1] = "last"
print(d)
del d[1]
print(d)
d.insert(2, "ins"); d.remove(3); print(d)
d.reverse(); print(d)
d.clear(); print(d)
for bad in (d.pop, d.popleft, lambda: d[0]):
    try:
        bad()
    except IndexError as e:
        print("IndexError", e)

m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9); print(m)
m.appendleft(7); print(m)
m.extend([10, 11]); print(m)
m.extendleft([1, 2]); print(m)
z = deque([1, 2], maxlen=0); z.append(1); print(z)
try:
    m.insert(0, 5)
except IndexError as e:
    print("IndexError", e)

a = deque([1, 2, 3])
b = a.copy()
b.append(4)
print(a, b, a == deque([1, 2, 3]), a != b, a < b, a == [1, 2, 3])
print(a + b, a * 2)
a += [9]
print(a)
q = deque()
for i in range(100):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print(len(q), q[0], q[-1], sum(q))
try:
    deque([1]).index(5)
except ValueError as e:
    print("ValueError", e)
