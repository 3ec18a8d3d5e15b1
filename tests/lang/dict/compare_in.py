# Equality, membership and truthiness of dicts.
a = {"x": 1, "y": [1, 2]}
b = {"y": [1, 2], "x": 1}
print(a == b, a != b, a == {"x": 1}, {} == {})
print("x" in a, 1 in a, "z" not in a)
print(bool({}), bool({0: 0}))
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
print({1: 2} == {1.0: 2}, {True: "t"} == {1: "t"})
print(len({"a": 1, "a": 2}), {"a": 1, "a": 2})
