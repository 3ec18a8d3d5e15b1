# A JSON round-trip of an order book: dataclasses and enums are encoded
# through default=, decoded back with object_hook, compared for equality;
# malformed documents report JSONDecodeError positions.
import io
import json
import math
from dataclasses import dataclass, field, asdict, fields
from enum import Enum


class Status(Enum):
    OPEN = "open"
    PAID = "paid"
    SHIPPED = "shipped"


@dataclass
class Item:
    sku: str
    name: str
    qty: int
    price: float

    @property
    def total(self):
        return round(self.qty * self.price, 2)


@dataclass
class Order:
    number: int
    customer: str
    status: Status
    items: list = field(default_factory=list)
    tags: set = field(default_factory=set)
    notes: dict = field(default_factory=dict)

    @property
    def total(self):
        return round(sum(item.total for item in self.items), 2)


def encode(obj):
    """The default= hook: what json cannot serialise by itself."""
    if isinstance(obj, Enum):
        return {"__enum__": type(obj).__name__, "value": obj.value}
    if isinstance(obj, (Item, Order)):
        data = {f.name: getattr(obj, f.name) for f in fields(obj)}
        data["__type__"] = type(obj).__name__
        return data
    if isinstance(obj, set):
        return {"__set__": sorted(obj)}
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


ENUMS = {"Status": Status}
TYPES = {"Item": Item, "Order": Order}


def decode(data):
    """The object_hook: rebuilds what encode() wrote."""
    if "__enum__" in data:
        return ENUMS[data["__enum__"]](data["value"])
    if "__set__" in data:
        return set(data["__set__"])
    if "__type__" in data:
        cls = TYPES[data.pop("__type__")]
        return cls(**data)
    return data


orders = [
    Order(1001, "Zoë Åberg", Status.PAID,
          [Item("A-1", "Café crème", 2, 3.5), Item("B-7", "Croissant", 3, 1.25)],
          {"breakfast", "regular"}, {"table": 4, "allergies": []}),
    Order(1002, "Łukasz", Status.OPEN, [Item("C-3", "Tea — green", 1, 2.8)],
          notes={"gift": True, "message": "Happy birthday! 🎂", "rating": None}),
    Order(1003, "李雷", Status.SHIPPED,
          [Item("D-9", "Notebook", 10, 0.1), Item("E-2", "Pen", 7, 1 / 3)],
          {"bulk"}, {"discount": 0.15, "codes": ["SPRING", "VIP"]}),
]

print("totals:", [o.total for o in orders])
text = json.dumps(orders, default=encode, indent=2, sort_keys=True, ensure_ascii=False)
lines = text.splitlines()
print("\n".join(lines[:18]))
print(f"... {len(lines) - 18} more lines")
restored = json.loads(text, object_hook=decode)
assert restored == orders, "round trip changed the data"
print("round trip ok:", [type(o).__name__ for o in restored], restored[1].status, restored[0].tags == {"regular", "breakfast"})

ascii_text = json.dumps(orders[2], default=encode, sort_keys=True)
print(ascii_text[:90])
print("ascii only:", ascii_text.isascii(), "same data:", json.loads(ascii_text, object_hook=decode) == orders[2])

compact = json.dumps({"b": [1, 2.5, None], "a": {"x": True}}, separators=(",", ":"), sort_keys=True)
print(compact, len(compact))

summary = {
    "count": len(orders),
    "revenue": round(sum(o.total for o in orders), 2),
    "by_status": {s.value: sum(1 for o in orders if o.status is s) for s in Status},
    "customers": sorted(o.customer for o in orders),
    "largest": max(orders, key=lambda o: o.total).number,
}
print(json.dumps(summary, indent=4, ensure_ascii=False))

buffer = io.StringIO()
json.dump([asdict(item) for o in orders for item in o.items], buffer)
buffer.seek(0)
items = json.load(buffer)
print(len(items), "items;", "most expensive:", max(items, key=lambda i: i["price"])["name"])

floats = [0.1, 1e-7, 1e16, 123456789.125, -0.0, 2.5e-300, 1 / 3]
back = json.loads(json.dumps(floats))
print(json.dumps(floats), all(a == b for a, b in zip(floats, back)))
print(json.dumps([math.inf, -math.inf]), json.loads("[Infinity, -Infinity, NaN]")[:2])
try:
    json.dumps([math.nan], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)

try:
    json.dumps({"when": Item})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({1: "int key", 2.5: "float", False: "bool", None: "none"}))

BAD = [
    '{"a": 1,}',
    '[1, 2',
    '{"a" 1}',
    '{"name": "unterminated}',
    "{'single': 1}",
    '[1, 2] extra',
    '',
    '{"n": 01}',
    '"bad escape \\q"',
    '[true, flase]',
]
for doc in BAD:
    try:
        json.loads(doc)
        print("parsed?!", doc)
    except json.JSONDecodeError as e:
        print(f"{doc!r:28} -> {e.msg} (line {e.lineno}, col {e.colno}, pos {e.pos})")


def walk(value, path="$"):
    """Yields (path, leaf) pairs of a decoded document."""
    if isinstance(value, dict):
        for key in sorted(value):
            yield from walk(value[key], f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from walk(item, f"{path}[{i}]")
    else:
        yield path, value


plain = json.loads(json.dumps(orders[1], default=encode))
for path, leaf in walk(plain):
    print(f"  {path:28} {leaf!r}")
