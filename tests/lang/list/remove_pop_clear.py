# remove, pop, clear, del.
l = [5, 3, 5, 1, 5, 9]
l.remove(5)
print(l)
l.remove(5)
print(l)
try:
    l.remove(42)
except ValueError as e:
    print("ValueError:", e)
print(l.pop(), l)
print(l.pop(0), l)
print(l.pop(-2), l)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
l.clear()
print(l, len(l))
m = list(range(10))
del m[0]
del m[-1]
del m[2:4]
del m[::2]
print(m)
x = [1, 2, 3]
del x[:]
print(x)
