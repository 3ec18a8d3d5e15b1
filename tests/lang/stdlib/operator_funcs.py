import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(1, 2), operator.sub(5, 3), operator.mul("a", 3), operator.truediv(7, 2))
print(operator.floordiv(-7, 2), operator.mod(-7, 3), operator.pow(2, 100), operator.neg(5), operator.pos(-3))
print(operator.abs(-4.5), operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2))
print(operator.gt("b", "a"), operator.ge([1], [2]), operator.not_([]), operator.truth([0]))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2), operator.contains("abc", "d"))
d = {"a": 1}
print(operator.getitem(d, "a"), operator.getitem([1, 2, 3], slice(1, None)))
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d)
print(operator.concat([1], [2]), operator.concat("x", "y"), operator.concat((1,), (2,)))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.inv(0))
print(operator.lshift(1, 70), operator.rshift(-1000, 3), operator.index(7), operator.index(True))
print(operator.and_({1, 2}, {2, 3}), operator.or_(True, False))
print(operator.add)
for f in [lambda: operator.add(1), lambda: operator.neg(), lambda: operator.not_(1, 2),
          lambda: operator.concat(1, 2), lambda: operator.add(1, 2, x=3),
          lambda: operator.index("3"), lambda: operator.truediv(1, 0),
          lambda: operator.getitem([1], 5), lambda: operator.lt(1, "a"),
          lambda: operator.concat({}, {})]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
