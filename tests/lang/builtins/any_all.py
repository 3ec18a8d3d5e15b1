# any and all.
print(any([]), all([]), any([0]), all([0]), any([0, 1]), all([1, 1]))
print(any(["", None, 0.0]), all(["x", 1, [0]]))
nums = [2, 4, 6, 7]
print(all([n % 2 == 0 for n in nums]), any([n % 2 for n in nums]))
print(any("abc"), all(""), any(range(0)), all(range(1, 5)), all(range(5)))
print(any({0: 1}), all({1: 0}))
words = ["apple", "Avocado", "almond"]
print(all([w.lower().startswith("a") for w in words]))
print(any([w.isupper() for w in words]))
