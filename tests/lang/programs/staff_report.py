from collections import defaultdict, Counter, OrderedDict, deque, namedtuple
from dataclasses import dataclass, field, asdict
from functools import lru_cache, partial, reduce
from itertools import groupby, chain, product, combinations
import json, math, random, string, textwrap, heapq, bisect, operator, copy, io
from typing import List, Dict, Optional

@dataclass
class Employee:
    name: str
    dept: str
    salary: float
    skills: List[str] = field(default_factory=list)

    @property
    def band(self) -> str:
        return "senior" if self.salary > 90000 else "junior"

    def __str__(self):
        return f"{self.name:<8}{self.dept:>6}{self.salary:>10,.2f}"

random.seed(42)
names = ["ann", "bob", "cy", "dee", "eve", "fay", "gus", "hal"]
depts = ["eng", "ops", "sales"]
staff = [Employee(n.title(), random.choice(depts), round(random.uniform(50000, 120000), 2),
                  random.sample(["py", "c", "go", "sql", "js"], k=random.randint(1, 3))) for n in names]
for e in sorted(staff, key=operator.attrgetter("dept", "name")):
    print(e, e.band, ",".join(sorted(e.skills)))
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e)
for d, es in sorted(by_dept.items()):
    total = sum(e.salary for e in es)
    print(f"{d}: n={len(es)} avg={total / len(es):.1f} max={max(es, key=lambda e: e.salary).name}")
skill_counts = Counter(s for e in staff for s in e.skills)
print(skill_counts.most_common(3), sorted(skill_counts.elements())[:5])
print(json.dumps([asdict(e) for e in staff[:2]], indent=2, sort_keys=True))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
for k, g in groupby(sorted(staff, key=lambda e: e.band), key=lambda e: e.band):
    print(k, [e.name for e in g])
print(list(combinations("abc", 2)), len(list(product(range(3), repeat=3))))
h = []
for e in staff:
    heapq.heappush(h, (-e.salary, e.name))
print([heapq.heappop(h)[1] for _ in range(3)])
grades = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(grades, s)]) for s in [55, 65, 75, 85, 95]])
Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, math.hypot(*p), p._replace(y=0), Point._make([1, 2]))
buf = io.StringIO()
print("hello", "world", file=buf)
print(repr(buf.getvalue()), textwrap.fill("the quick brown fox jumps over the lazy dog " * 3, width=30))
dq = deque(maxlen=3)
for i in range(6):
    dq.append(i)
print(dq, reduce(operator.mul, range(1, 10)), string.capwords("hello there world"))
od = OrderedDict(sorted({"b": 2, "a": 1}.items()))
od.move_to_end("a")
print(od, list(od.keys()))
print(copy.deepcopy({"a": [1, {"b": 2}]}), partial(int, base=2)("1011"))
print(list(chain.from_iterable([[1, 2], [3]])), f"{math.pi:.5f} {math.e:10.3e} {math.factorial(20)}")
