# Sets mixing hashable builtin types; unhashable members raise.
s = {1, 1.0, True}
print(len(s), s)
s = {0, 0.0, False, -0.0}
print(len(s))
t = {(1, 2), (1, 2), None}
print(len(t), None in t, (1, 2) in t)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    set([{}])
except TypeError as e:
    print("TypeError:", e)
print(2 ** 70 in {2 ** 70}, len({2 ** 70, 2 ** 70 + 0}))
print(frozenset([1]) in {frozenset([1])})
print({1} in [{1}], {1} == {1.0})
