# Set creation and membership (small ints only, so order is stable).
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, 5 not in s)
print(set(), set([1, 1, 2]), set(range(5)), set("aaa"))
print({1, 1, 1}, {0, False}, {1, True, 1.0})
s.add(0)
s.add(3)
print(s)
s.discard(1)
s.discard(42)
print(s)
s.remove(2)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(s.pop() in {0, 3}, len(s))
s.clear()
print(s, len(s), bool(s))
print(sorted({"b", "a", "c"}))
print(type(set()), type({}))
print(len(set([(1, 2), (1, 2), (2, 1)])))
