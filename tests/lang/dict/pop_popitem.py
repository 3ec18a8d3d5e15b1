# pop and popitem.
d = {"a": 1, "b": 2, "c": 3, "d": 4}
print(d.pop("b"), d)
print(d.pop("zz", "default"), d)
print(d.pop("a", None), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
d["e"] = 5
print(d.popitem(), d)
print(d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
stack = {}
for i in range(5):
    stack[i] = i * i
while stack:
    print(stack.popitem(), end=" ")
print()
