import operator
a = [1]
b = operator.iadd(a, [2])
print(a, b is a, operator.iadd(1, 2), operator.isub(5, 2), operator.imul("ab", 2), operator.itruediv(7, 2))
print(operator.ifloordiv(7, 2), operator.imod(7, 3), operator.ipow(2, 5), operator.ilshift(1, 3), operator.irshift(16, 2))
print(operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3))
s = {1, 2}
print(operator.iand(s, {2}), s, operator.ior({1}, {3}))
c = [1]
print(operator.iconcat(c, (2, 3)), c)
print(operator.countOf([1, 2, 1, 1.0], 1), operator.countOf("abca", "a"), operator.indexOf([5, 6, 7], 7), operator.indexOf((1, 2), 1.0))
for f in [lambda: operator.indexOf([1], 5), lambda: operator.countOf(5, 1), lambda: operator.iconcat(1, [2]),
          lambda: operator.matmul(1, 2), lambda: operator.indexOf(5, 1), lambda: operator.imatmul([1], 2),
          lambda: operator.iadd(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
