# Saving a table to a file and parsing it back.
path = "/tmp/ftpy_test_roundtrip_data.csv"
rows = [("name", "qty", "price"), ("apple", 3, 0.5), ("pear", 10, 0.25),
        ("melon", 1, 3.75)]
with open(path, "w") as f:
    for row in rows:
        f.write(",".join([str(x) for x in row]) + "\n")
with open(path) as f:
    header = f.readline().strip().split(",")
    parsed = []
    for line in f:
        name, qty, price = line.strip().split(",")
        parsed.append({"name": name, "qty": int(qty), "price": float(price)})
print(header)
for p in parsed:
    print(p)
total = 0.0
for p in parsed:
    total += p["qty"] * p["price"]
print("total", total)
with open(path) as f:
    print(len(f.read()))
