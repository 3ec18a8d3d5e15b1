# Chained and multiple assignment.
a = b = c = 0
print(a, b, c)
a = 1
print(a, b, c)
x = y = [1]
x.append(2)
print(x, y)
i, j = 0, 1
for k in range(10):
    i, j = j, i + j
print(i, j)
m, n = n, m = 1, 2
print(m, n)
row = [0] * 3
row[0] = row[1] = 5
print(row)
d = {}
d["a"] = d["b"] = "same"
print(d)
p = q = "text"
p += "!"
print(p, q)
first, second = second_copy, _ = "xy"
print(first, second, second_copy)
