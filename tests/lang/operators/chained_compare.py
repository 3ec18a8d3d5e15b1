# Chained comparisons evaluate each operand once.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 1, 0 <= 0 < 1 <= 1, 5 > 4 >= 4 > 3)
x = 5
print(0 < x < 10, 0 < x < 5, x == 5 > 4)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(2), calls)
print("a" < "b" < "c", [1] < [2] < [3])
print(1 < 2 in [2], None is None is not False)
print(1 in [1, 2] in [[1, 2]])
a = b = c = 7
print(a == b == c, a is b)
print(2 < 3 == 3 < 4, (2 < 3) == (3 < 4))
