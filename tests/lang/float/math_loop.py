# Accumulating floats in loops.
total = 0.0
for i in range(1, 101):
    total += 1.0 / i
print(total)
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0)
x = 1.0
for i in range(20):
    x = x / 2
print(x)
pi_est = 0.0
sign = 1.0
for k in range(1000):
    pi_est += sign * 4.0 / (2 * k + 1)
    sign = -sign
print(pi_est)
y = 2.0
for i in range(6):
    y = (y + 2.0 / y) / 2
print(y, y * y)
vals = [1.5, 2.25, -0.75, 10.0]
print(sum(vals), sum(vals) / len(vals))
print(max(vals), min(vals))
