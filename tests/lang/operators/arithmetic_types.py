# Arithmetic across int, float, bool, str, list.
print(1 + 2, 1 + 2.0, True + 1, True + 1.5, True + True)
print(7 / 2, 7 // 2, 7.0 // 2, -7 // 2.0, 7 % 2.5)
print(2 * "ab", "ab" * 2, [0] * 3, 3 * (1,), True * "x", False * [1])
print("a" + "b", [1] + [2], (1,) + (2,))
print(-True, +False, ~True, abs(-True))
print(10 ** -2, 10 ** 2.0, 4 ** 0.5, 2 ** 0.5)
for bad in [(1, "a"), ("a", 1), ([1], (1,)), (None, 1), ({}, {})]:
    try:
        bad[0] + bad[1]
    except TypeError as e:
        print("TypeError:", e)
for bad in [("a", "b"), ([1], 2.0), ("x", 1.5)]:
    try:
        bad[0] * bad[1]
    except TypeError as e:
        print("TypeError:", e)
try:
    "a" - "b"
except TypeError as e:
    print("TypeError:", e)
try:
    -"a"
except TypeError as e:
    print("TypeError:", e)
try:
    2 ** "a"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] / 2
except TypeError as e:
    print("TypeError:", e)
