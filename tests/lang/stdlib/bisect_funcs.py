import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right, insort
a = [1, 2, 2, 2, 3, 5, 8]
print(bisect_left(a, 2), bisect_right(a, 2), bisect.bisect(a, 2), bisect_left(a, 0), bisect_right(a, 9))
print(bisect_left(a, 2, 2), bisect_left(a, 2, lo=4), bisect_right(a, 5, 0, 3), bisect_right(a, 2, hi=None))
print(bisect_left(a, 4, hi=-5), bisect_right(a, 1, 3, 2))
print(bisect_left("acegi", "d"), bisect_right((1, 3, 5), 3), bisect_left(range(0, 100, 5), 42))
people = [("ann", 20), ("bob", 25), ("cy", 31)]
print(bisect_left(people, 25, key=lambda p: p[1]), bisect_right(people, 25, key=lambda p: p[1]))
l = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort(l, x)
print(l)
insort_left(l, 5)
insort_right(l, 5.0)
print(l)
r = [("a", 1), ("c", 3)]
insort(r, ("b", 2), key=lambda t: t[1])
insort_left(r, ("z", 0), key=lambda t: t[1])
print(r)
insort(l, 7, 0, 3)
print(l)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
for f in [lambda: bisect_left([1], 2, -1), lambda: bisect_left(), lambda: bisect_left([1]),
          lambda: bisect_left(1, 2), lambda: bisect_left([1], 2, 0, 5),
          lambda: insort((1, 2), 3), lambda: bisect_left([1], 2, x=1),
          lambda: bisect_left([1, 2], "a"), lambda: bisect_left([1, 2, 3], 2, lo="a"),
          lambda: bisect_left([1, 2], 1, 2 ** 70), lambda: bisect_right([1], 1, key=5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(bisect.bisect, bisect.insort)
