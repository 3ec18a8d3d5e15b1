# Function-call heavy: naive recursive Fibonacci and a recursive
# Ackermann-style helper.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


f = fib(32)
t = tak(27, 18, 9)
print("fib", f)
print("tak", t)
print("checksum", f * 1000 + t)
