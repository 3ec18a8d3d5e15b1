# A 200-line program mixing the core language: an inventory ledger with
# parsing, validation, reports, closures, comprehensions, exceptions,
# files, formatting and big-number checksums.
import sys

RAW = """\
# sku, name, qty, unit price, tags
A100, bolt, 250, 0.05, hardware;small
A101, nut, 400, 0.03, hardware;small
B200, hammer, 12, 14.99, tools
B201, saw, 5, 22.50, tools;sharp
C300, glue, 30, 3.75, supplies
C301, tape, 0, 1.99, supplies
D400, ladder, 2, 89.00, tools;large
BAD1, broken line
E500, drill, -3, 59.99, tools
"""

class_names = {"A": "fasteners", "B": "hand tools", "C": "consumables",
               "D": "equipment", "E": "power tools"}


def parse_line(line, lineno):
    parts = [p.strip() for p in line.split(",")]
    if len(parts) != 5:
        raise ValueError(f"line {lineno}: expected 5 fields, got {len(parts)}")
    sku, name, qty, price, tags = parts
    qty = int(qty)
    if qty < 0:
        raise ValueError(f"line {lineno}: negative quantity {qty} for {sku}")
    return {"sku": sku, "name": name, "qty": qty, "price": float(price),
            "tags": tuple(sorted(tags.split(";")))}


def load(text):
    items, errors = [], []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        try:
            items.append(parse_line(line, lineno))
        except ValueError as e:
            errors.append(str(e))
    return items, errors


items, errors = load(RAW)
print(f"loaded {len(items)} items, {len(errors)} errors")
for e in errors:
    print("  error:", e)

# ---- lookups and grouping
by_sku = {it["sku"]: it for it in items}
groups = {}
for it in items:
    groups.setdefault(class_names[it["sku"][0]], []).append(it["sku"])
for name, skus in sorted(groups.items()):
    print(f"{name:>12}: {', '.join(skus)}")

all_tags = sorted({t for it in items for t in it["tags"]})
print("tags:", all_tags)
tag_counts = {t: len([1 for it in items if t in it["tags"]]) for t in all_tags}
print("tag counts:", tag_counts)


# ---- a closure-based ledger
def make_ledger(start):
    balance = start
    history = []

    def post(amount, memo=""):
        nonlocal balance
        if balance + amount < 0:
            raise RuntimeError(f"overdraft: {balance:.2f} + {amount:.2f}")
        balance += amount
        history.append((memo, round(amount, 2)))
        return balance

    def report():
        return balance, list(history)

    return post, report


post, report = make_ledger(100.0)
post(-12.5, "tape")
post(40, "refund")
try:
    post(-1000, "ladder x12")
except RuntimeError as e:
    print("refused:", e)
bal, hist = report()
print(f"balance {bal:.2f}", hist)


# ---- stock value, sorting with keys, min/max
def value(it):
    return it["qty"] * it["price"]


ranked = sorted(items, key=value, reverse=True)
for i, it in enumerate(ranked[:3], start=1):
    print(f"#{i} {it['name']:<8}{value(it):>10.2f}")
cheapest = min(items, key=lambda it: it["price"])
priciest = max(items, key=lambda it: (it["price"], it["sku"]))
print("cheapest", cheapest["sku"], "priciest", priciest["sku"])
total = sum([value(it) for it in items])
print(f"total stock value: {total:,.2f}")
out_of_stock = [it["sku"] for it in items if not it["qty"]]
print("out of stock:", out_of_stock or "none")


# ---- restocking with while/else and break/continue
def restock(levels, target, budget):
    orders = {}
    skus = sorted(levels)
    i = 0
    while i < len(skus):
        sku = skus[i]
        i += 1
        need = target - levels[sku]
        if need <= 0:
            continue
        cost = need * by_sku[sku]["price"]
        if cost > budget:
            print(f"  budget exhausted at {sku} (needs {cost:.2f})")
            break
        budget -= cost
        orders[sku] = need
    else:
        print("  every item restocked")
    return orders, round(budget, 2)


levels = {it["sku"]: it["qty"] for it in items}
print("restock:", restock(levels, 20, 500.0))
print("restock:", restock(levels, 10, 50.0))

# ---- unpacking, swapping, chained comparisons, slicing
first, *middle, last = [it["sku"] for it in items]
print(first, middle, last)
a, b = 3, 7
a, b = b, a
print(a, b, 1 < a < 10 > b >= 3, a if a > b else b)
codes = "".join([it["sku"][0] for it in items])
print(codes, codes[::-1], codes[1:-1:2], codes.count("B"))

# ---- numbers: big ints, floor division, modulo, powers, rounding
checksum = 0
for it in items:
    for ch in it["sku"]:
        checksum = (checksum * 31 + ord(ch)) % (2 ** 61 - 1)
print("checksum", checksum, hex(checksum), checksum.bit_length())
big = 1
for n in range(1, 30):
    big *= n
print(big, big // 10 ** 20, -big % 997, divmod(-17, 5), 2 ** -2, round(2.675, 2))
print(round(0.5), round(1.5), round(-2.5), 7 // -2, -7 // 2, 7 % -3, abs(-3.25))


# ---- exceptions: finally, else, raise from, chaining
def checked_price(sku):
    try:
        it = by_sku[sku]
    except KeyError as e:
        raise LookupError(f"unknown sku {sku}") from e
    else:
        return it["price"]
    finally:
        print(f"  looked up {sku}")


for sku in ["B200", "Z999"]:
    try:
        print("price", checked_price(sku))
    except LookupError as e:
        print("lookup failed:", e, "| cause:", repr(e.__cause__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("not a number")
except ValueError as e:
    print("context kept:", type(e.__context__).__name__)

# ---- a file round trip
path = "/tmp/ftpy_test_inventory_ledger.txt"
with open(path, "w") as f:
    for it in items:
        f.write(f"{it['sku']}\t{it['qty']}\n")
with open(path) as f:
    rows = [line.rstrip("\n").split("\t") for line in f]
print(len(rows), rows[0], rows[-1])
with open(path, "rb") as f:
    data = f.read()
print(len(data), data[:10], data.count(b"\n"))

# ---- sets and dict views
tools = {it["sku"] for it in items if "tools" in it["tags"]}
small = {it["sku"] for it in items if "small" in it["tags"]}
print(sorted(tools | small), sorted(tools & small), sorted(tools - small))
keys = by_sku.keys()
print(len(keys), "A100" in keys, sorted(keys - {"A100", "B200"}))

report_lines = [f"{k}={v}" for k, v in sorted(tag_counts.items()) if v > 1]
print("; ".join(report_lines))
print("done", file=sys.stdout)
