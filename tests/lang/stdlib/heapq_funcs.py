import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 6, 4, 0, 10, 3]:
    heappush(h, x)
    print(h)
out = []
while h:
    out.append(heappop(h))
    print(h)
print(out)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 13, 12, 2, 2]
heapify(data)
print(data)
print(heapreplace(data, 10), data)
print(heappushpop(data, -1), data)
print(heappushpop(data, 6), data)
print(heappushpop([], 5))
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
heapify(words)
print(words, heappop(words), words)
t = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
heapify(t)
print(t)
print(nlargest(3, [1, 8, 3, 9, 2]), nsmallest(2, [5, 1, 4, 1]), nlargest(1, [3, 7, 2]), nsmallest(10, [3, 1]))
print(nlargest(2, ["aa", "b", "cccc", "dd"], key=len), nsmallest(3, ["aa", "b", "cccc", "dd"], key=len))
print(nlargest(0, [1]), nlargest(-1, [1]), nsmallest(1, []), nlargest(3, iter(range(10))))
print(nsmallest(2, [(1, "b"), (1, "a"), (0, "z")], key=lambda p: p[0]))
print(nlargest(2, [1, 1.0, 1, 2]), nlargest(n=2, iterable=[4, 5, 6]))
for f in [lambda: heappush((), 1), lambda: heappop([]), lambda: heapreplace([], 1),
          lambda: heappush([1]), lambda: heapify(1), lambda: nlargest(2, 5),
          lambda: heappop(5), lambda: heappush([1], "a"), lambda: heapify([1, "a", 2])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
