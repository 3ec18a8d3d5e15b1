# A small report generator mixing the C standard modules.
import json
import heapq
import bisect
from functools import reduce, partial, lru_cache, cmp_to_key
from itertools import groupby, accumulate, chain, islice, product, count
from operator import itemgetter, attrgetter, add, mul

raw = """
[
  {"dept": "eng", "name": "ada", "salary": 120, "skills": ["c", "python"]},
  {"dept": "ops", "name": "bob", "salary": 90, "skills": ["bash"]},
  {"dept": "eng", "name": "cy", "salary": 135.5, "skills": ["rust", "c"]},
  {"dept": "ops", "name": "dee", "salary": 95, "skills": []},
  {"dept": "sales", "name": "eve", "salary": 80, "skills": ["talk"]}
]
"""
people = json.loads(raw)
people.sort(key=itemgetter("dept", "name"))
by_dept = {}
for dept, members in groupby(people, key=itemgetter("dept")):
    members = list(members)
    by_dept[dept] = {
        "count": len(members),
        "total": reduce(add, map(itemgetter("salary"), members)),
        "names": [m["name"] for m in members],
    }
print(json.dumps(by_dept, indent=2, sort_keys=True))
print(heapq.nlargest(2, people, key=itemgetter("salary")))
print(sorted(set(chain.from_iterable(map(itemgetter("skills"), people)))))
print(list(accumulate(map(itemgetter("salary"), people))))
bands = [85, 100, 130]
labels = "DCBA"
print([(p["name"], labels[bisect.bisect(bands, p["salary"])]) for p in people])

@lru_cache(maxsize=None)
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(50), ways.cache_info().hits > 0)

double = partial(mul, 2)
print(list(islice(map(double, count(1)), 5)))
grid = ["".join(p) for p in product("ab", repeat=3)]
print(grid, sorted(grid, key=cmp_to_key(lambda x, y: (x.count("a") - y.count("a")) or (x > y) - (x < y))))
heap = []
for word in "the quick brown fox jumps over the lazy dog".split():
    heapq.heappush(heap, (len(word), word))
print([heapq.heappop(heap) for _ in range(4)], heap)
print(json.dumps({"unicode": "\u00e9\u4e2d", "ok": True}, ensure_ascii=False), json.dumps("\u00e9\u4e2d"))
