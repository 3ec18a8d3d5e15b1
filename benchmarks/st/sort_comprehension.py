# List sorting (plain, keyed, reversed, stable) and comprehensions.
def make_data(n, seed):
    x = seed
    out = []
    for i in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        out.append(x >> 40)
    return out


data = make_data(300000, 1)
a = sorted(data)
b = sorted(data, reverse=True)
c = sorted(data, key=lambda v: (v % 1000, v))
pairs = [(v % 100, i) for i, v in enumerate(data)]
pairs.sort(key=lambda p: p[0])
evens = [v for v in data if v % 2 == 0]
squares = [v * v % 1000003 for v in a[:100000]]
grid = [[(r * c) % 7 for c in range(400)] for r in range(400)]
flat = sorted([x for row in grid for x in row])
print("sorted", a[0], a[-1], b[0] == a[-1], c[0])
print("stable", pairs[0], pairs[-1])
print("comp", len(evens), sum(squares), flat[len(flat) // 2])
print("checksum", (a[150000] + c[150000] + pairs[150000][1] + sum(squares) + sum(flat)) % 1000000007)
