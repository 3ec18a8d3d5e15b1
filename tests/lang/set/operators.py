# | & - ^ and comparison operators.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a | set(), a & set(), set() - a)
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} < {1, 2, 3})
print({1, 2, 3} >= {1}, {1, 2} > {1, 2}, {1} == {1}, {1} != {2})
print({1, 2} == frozenset([1, 2]))
c = set(a)
c |= {10}
print(c)
c &= {1, 10, 20}
print(c)
c -= {1}
print(c)
c ^= {10, 11}
print(c)
print(a, b)
print({1, 2, 3} - {2} - {3}, {1} | {2} | {3})
print(sorted({"x", "y"} | {"z"}))
