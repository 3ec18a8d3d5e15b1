# == != < <= > >= is in across types.
vals = [0, 1, 2.5, -1]
for a in vals:
    print(a, [a < b for b in vals], [a >= b for b in vals])
print(1 == 1.0, "1" == 1, [1] == (1,), None == 0)
print(None is None, [] is [], () == (), [] == [])
a = [1]
b = a
print(a is b, a is not [1], a == [1])
print(3 in [1, 2, 3], "b" in "abc", 1 in {1: 0}, 2 in {1: 0}, 0 in range(1))
print("ab" in ["ab"], ["ab"] in [["ab"]], 4 not in (1, 2))
try:
    1 < "a"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    None < None
except TypeError as e:
    print("TypeError:", e)
print(1 != "1", [] != (), {} != [])
