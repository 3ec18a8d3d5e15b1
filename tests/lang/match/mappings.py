# Mapping patterns: keys, extra keys, **rest, nesting, and the mapping
# protocol they use (get, keys).
import collections
from collections.abc import Mapping


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": "q" | "Q"}:
            return "quit"
        case {"type": "key", "key": str(k), **mods}:
            return f"key {k} with {sorted(mods.items())}"
        case {"type": t}:
            return f"unknown event {t}"
        case {}:
            return "a mapping without type"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": (1, 2)},
    {"type": "click", "pos": [3, 4], "button": 1},
    {"type": "click", "pos": (1, 2, 3)},
    {"type": "key", "key": "Q"},
    {"type": "key", "key": "a", "shift": True, "ctrl": False},
    {"type": "key", "key": 5},
    {"type": "scroll"},
    {"kind": "x"},
    {},
    [("type", "click")],
    "type",
    None,
]
for e in events:
    print(handle(e))

# Keys of every literal kind, and dotted names as keys.
class K:
    NAME = "name"


for m in ({1: "int", -2: "neg", 2.5: "float", None: "none", True: "bool",
           b"b": "bytes", "name": "str"},
          {1: "x"}, {True: "t"}, {"name": 1}):
    match m:
        case {1: a, -2: b, 2.5: c, None: d, b"b": e, K.NAME: f}:
            print("all keys:", a, b, c, d, e, f)
        case {True: v}:
            print("True key (1 == True):", v)
        case {K.NAME: v}:
            print("dotted key:", v)

# **rest is a new dict of the other items, in order.
config = {"host": "h", "port": 80, "debug": True, "user": "u"}
match config:
    case {"host": host, "port": port, **others}:
        print(host, port, others, others is config)
match {"only": 1}:
    case {"only": _, **rest}:
        print("empty rest:", rest)
match {"a": 1, "b": 2}:
    case {**everything}:
        print("everything:", everything)

# Missing keys fail the pattern; extra keys are fine.
for m in ({"a": 1}, {"a": 1, "b": 2}, {"b": 2}):
    match m:
        case {"a": 1, "b": b}:
            print("a and b", b)
        case {"a": a}:
            print("just a", a)
        case _:
            print("no a")

# Dict subclasses: get is used, so __missing__ is never triggered.
dd = collections.defaultdict(list, {"x": [1]})
match dd:
    case {"x": [v], "y": y}:
        print("defaultdict matched y?", y)
    case {"x": [v]}:
        print("defaultdict x", v, "keys after:", sorted(dd))
match collections.OrderedDict([("b", 2), ("a", 1)]):
    case {"a": a, **rest}:
        print("OrderedDict", a, rest)
match collections.Counter("hello"):
    case {"l": n}:
        print("Counter l:", n)


# A Mapping class: get and keys are called, __getitem__ for **rest.
class Loud(Mapping):
    def __init__(self, **items):
        self.items_ = items

    def __getitem__(self, key):
        print("  getitem", key)
        return self.items_[key]

    def __iter__(self):
        return iter(self.items_)

    def __len__(self):
        print("  len")
        return len(self.items_)

    def get(self, key, default=None):
        print("  get", key)
        return self.items_.get(key, default)


print("keys and rest:")
match Loud(a=1, b=2, c=3):
    case {"a": 1, "c": c, **rest}:
        print("matched", c, rest)
print("too few items:")
match Loud(a=1):
    case {"a": _, "b": _}:
        print("no")
    case {"a": a}:
        print("a =", a)


class MyDict(dict):
    def get(self, key, default=None):
        print("  MyDict.get", key)
        return super().get(key, default)


match MyDict(k=1):
    case {"k": v}:
        print("MyDict", v)


# Subpatterns are tried only after all keys are found.
class Ordered(dict):
    def get(self, key, default=None):
        print("  get", key)
        return dict.get(self, key, default)


match Ordered(a=1, b=2):
    case {"a": 2, "b": b}:
        print("no")
    case {"b": b, "a": a}:
        print("b then a:", b, a)

# Nested mappings and sequences.
doc = {"user": {"name": "ada", "langs": ["py", "c"]}, "ok": True}
match doc:
    case {"user": {"name": str(name), "langs": [first, *_]}, "ok": True}:
        print(name, "first language", first)
