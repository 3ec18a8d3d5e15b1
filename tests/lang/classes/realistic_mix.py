import sys, os, time, enum, abc, contextlib
from collections.abc import Mapping, MutableMapping, Iterator

class Registry(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
    def __repr__(self): return f"Registry({self._d})"

r = Registry()
r["a"] = 1
r.update(b=2, c=3)
print(r, len(r), "a" in r, r.get("z", 0), list(r.items()), r.pop("a"), r.setdefault("d", 4), r)

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"

class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2

class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def __eq__(self, o): return isinstance(o, Sq) and o.s == self.s
    def __hash__(self): return hash(self.s)
    def __lt__(self, o): return self.area() < o.area()

shapes = [Circle(1), Sq(2), Sq(1)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
try:
    Shape()
except TypeError as e:
    print(e)
print({Sq(2), Sq(2), Sq(3)} == {Sq(2), Sq(3)}, min(Sq(3), Sq(1)).s)

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = enum.auto()
print(Color.RED, Color(2), Color["BLUE"], [c.name for c in Color], Color.BLUE.value, Color.RED is Color(1))

class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), isinstance(Countdown(1), Iterator), sum(Countdown(4)))

@contextlib.contextmanager
def timer(label):
    start = time.perf_counter()
    try:
        yield
    finally:
        el = time.perf_counter() - start
        print(label, "done", el >= 0)

with timer("block"):
    x = sum(range(1000))
with contextlib.suppress(KeyError):
    {}["x"]
print("after suppress", x)

class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, next=None):
        self.val, self.next = val, next
def linked(vals):
    head = None
    for v in reversed(vals):
        head = Node(v, head)
    return head
def walk(n):
    while n:
        yield n.val
        n = n.next
print(list(walk(linked([1, 2, 3]))))
try:
    Node(1).other = 3
except AttributeError as e:
    print(e)

def deco(times):
    def wrap(f):
        import functools
        @functools.wraps(f)
        def inner(*a, **k):
            return [f(*a, **k) for _ in range(times)]
        return inner
    return wrap
@deco(2)
def hello(name, *, punct="!"):
    """Say hello."""
    return f"hi {name}{punct}"
print(hello("x", punct="?"), hello.__name__, hello.__doc__)
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
t = Temp(); t.c = 10
try:
    t.c = -300
except ValueError as e:
    print("err", e, t.c)
print(sys.version_info >= (3, 8), os.sep, os.path.join("a", "b"), sorted(os.environ)[:0])
print(f"{'nested':{'>'}{10}}", "%5.2f%%" % 12.345, "{:>{w}}".format("r", w=4), format(1234.5, ",.1f"))
