# Formatting a sales report: alignment, totals, f-strings, str methods.
RAW = """region|product|q1|q2|q3|q4
north|widgets|1200|1350|980|1500
north|gadgets|300|420|515|610
south|widgets|800|760|905|1010
south|gizmos|150|95|230|310
east|gadgets|1020|990|1105|1200
east|widgets|400|455|520|498
west|gizmos|75|130|160|205
west|gadgets|610|580|640|720"""

PRICES = {"widgets": 2.5, "gadgets": 7.25, "gizmos": 19.99}


def parse(raw):
    lines = raw.strip().splitlines()
    header = lines[0].split("|")
    rows = []
    for line in lines[1:]:
        fields = line.split("|")
        row = {}
        for name, value in zip(header, fields):
            row[name] = int(value) if value.isdigit() else value
        rows.append(row)
    return header, rows


def revenue(row):
    return (row["q1"] + row["q2"] + row["q3"] + row["q4"]) * PRICES[row["product"]]


def bar(value, maximum, width=20):
    filled = round(value / maximum * width)
    return "[" + "=" * filled + " " * (width - filled) + "]"


def table(header, rows):
    widths = [len(h) for h in header]
    for r in rows:
        for i, cell in enumerate(r):
            widths[i] = max(widths[i], len(cell))
    sep = "+" + "+".join(["-" * (w + 2) for w in widths]) + "+"
    out = [sep, "| " + " | ".join([h.center(w) for h, w in zip(header, widths)]) + " |", sep]
    for r in rows:
        cells = []
        for i, cell in enumerate(r):
            if cell.replace(".", "").replace(",", "").isdigit():
                cells.append(cell.rjust(widths[i]))
            else:
                cells.append(cell.ljust(widths[i]))
        out.append("| " + " | ".join(cells) + " |")
    out.append(sep)
    return out


header, rows = parse(RAW)
print("SALES REPORT".center(60, "="))
print(f"{len(rows)} rows, columns: {', '.join(header)}")
print()
body = []
for r in rows:
    units = r["q1"] + r["q2"] + r["q3"] + r["q4"]
    body.append([r["region"].title(), r["product"], f"{units:,}", f"{revenue(r):,.2f}"])
for line in table(["Region", "Product", "Units", "Revenue"], body):
    print(line)
print()
by_region = {}
for r in rows:
    by_region[r["region"]] = by_region.get(r["region"], 0) + revenue(r)
top = max(by_region.values())
for region, total in sorted(by_region.items(), key=lambda kv: -kv[1]):
    print(f"{region.upper():<6} {total:>10,.2f} {bar(total, top)}")
print()
quarters = ["q1", "q2", "q3", "q4"]
for q in quarters:
    units = sum([r[q] for r in rows])
    print("{0}: {1:>6} units".format(q.upper(), units))
best = max(rows, key=revenue)
print()
print("Best line: {} {} ({:.1f}% of total)".format(
    best["region"], best["product"], revenue(best) / sum(map(revenue, rows)) * 100))
growth = []
for r in rows:
    g = (r["q4"] - r["q1"]) / r["q1"]
    growth.append((g, r["region"] + "/" + r["product"]))
growth.sort(reverse=True)
for g, name in growth:
    print(f"  {name:<16}{g:+8.1%}")
print()
products = sorted(PRICES)
regions = []
for r in rows:
    if r["region"] not in regions:
        regions.append(r["region"])
pivot = {}
for r in rows:
    pivot[(r["region"], r["product"])] = r["q1"] + r["q2"] + r["q3"] + r["q4"]
print("units".ljust(8) + "".join([p.rjust(10) for p in products]) + "total".rjust(10))
for region in regions:
    cells = [pivot.get((region, p), 0) for p in products]
    line = region.ljust(8)
    for c in cells:
        line += (str(c) if c else "-").rjust(10)
    print(line + str(sum(cells)).rjust(10))
col_totals = [sum([pivot.get((reg, p), 0) for reg in regions]) for p in products]
print("total".ljust(8) + "".join([str(t).rjust(10) for t in col_totals])
      + str(sum(col_totals)).rjust(10))
print()
print("=" * 60)
print(f"{'Grand total':<20}{sum(map(revenue, rows)):>40,.2f}")
