# Multiple conditions and conditional expressions in comprehensions.
nums = list(range(-5, 16))
print([n for n in nums if n > 0 if n % 2 == 0])
print([n for n in nums if n < 0 or n > 12])
print(["fizz" if n % 3 == 0 else n for n in range(1, 10)])
print([abs(n) for n in nums if n % 4 == 0])
print([w for w in ["apple", "", "kiwi", None, "fig"] if w])
data = [("a", 3), ("b", 0), ("c", -2), ("d", 5)]
print([name for name, v in data if v > 0])
print([v if v >= 0 else -v for _, v in data])
print({name: v for name, v in data if v})
print([x for x in "a1b2c3" if x.isdigit()])
