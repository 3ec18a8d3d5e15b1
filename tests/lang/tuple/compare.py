# Lexicographic comparison of tuples.
ts = [(1, 2), (1,), (0, 9, 9), (1, 2, 0), (), (2,), (1, 1, 5)]
print(sorted(ts))
print(sorted(ts, reverse=True))
print(max(ts), min(ts))
for a in [(1, 2), (1, 3)]:
    for b in [(1, 2), (1, 2, 3), (0, 5)]:
        print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
print((1, "a") < (1, "b"), ("a", 2) < ("b", 1))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print((float("nan"),) == (float("nan"),))
print((1, 2) == [1, 2], tuple([1, 2]) == (1, 2))
