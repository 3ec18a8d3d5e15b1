# index and count.
l = ["a", "b", "c", "b", "a", "b"]
print(l.index("b"), l.index("a"), l.index("b", 2), l.index("b", 4))
print(l.index("a", 1, 5), l.index("c", -4))
print(l.count("b"), l.count("a"), l.count("z"))
try:
    l.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    l.index("c", 3)
except ValueError as e:
    print("ValueError:", e)
nums = [1, 1.0, True, 2, 0, False]
print(nums.count(1), nums.count(0), nums.index(True))
nested = [[1], [1], [2]]
print(nested.count([1]), nested.index([2]))
print([].count(None))
