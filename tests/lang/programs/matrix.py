# Matrix arithmetic with nested lists.
def zeros(rows, cols):
    return [[0] * cols for r in range(rows)]


def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m


def transpose(m):
    return [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))]


def add(a, b):
    return [[a[r][c] + b[r][c] for c in range(len(a[0]))] for r in range(len(a))]


def scale(m, k):
    return [[x * k for x in row] for row in m]


def multiply(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    if len(a[0]) != inner:
        raise ValueError("shape mismatch: " + str(len(a[0])) + " vs " + str(inner))
    out = zeros(rows, cols)
    for i in range(rows):
        for j in range(cols):
            total = 0
            for k in range(inner):
                total += a[i][k] * b[k][j]
            out[i][j] = total
    return out


def power(m, e):
    result = identity(len(m))
    base = m
    while e > 0:
        if e & 1:
            result = multiply(result, base)
        base = multiply(base, base)
        e >>= 1
    return result


def determinant(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(n):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        sign = 1 if c % 2 == 0 else -1
        total += sign * m[0][c] * determinant(minor)
    return total


def show(name, m):
    width = max([len(str(x)) for row in m for x in row])
    print(name + ":")
    for row in m:
        print("  [" + " ".join([str(x).rjust(width) for x in row]) + "]")


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("a", a)
show("b", b)
show("a x b", multiply(a, b))
show("b x a", multiply(b, a))
show("a^T", transpose(a))
show("a + a", add(a, a))
show("3a", scale(a, 3))
show("I3", identity(3))
fib = [[1, 1], [1, 0]]
show("fib^10", power(fib, 10))
print("fib(90) =", power(fib, 90)[0][1])
print("fib(300) =", power(fib, 300)[0][1])
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det m =", determinant(m))
print("det I4 =", determinant(identity(4)))
big = [[(r * 7 + c * 3) % 11 - 5 for c in range(5)] for r in range(5)]
show("big", big)
print("det big =", determinant(big))
print("det big^T =", determinant(transpose(big)))
sq = multiply(big, big)
print("det big^2 =", determinant(sq), determinant(big) ** 2)
try:
    multiply(a, a)
except ValueError as e:
    print("error:", e)
f = [[0.5, 1.5], [2.0, -1.0]]
show("f x f", multiply(f, f))
trace = sum([power(big, 3)[i][i] for i in range(5)])
print("trace big^3 =", trace)
n = 30
hilbert_like = [[(i + 1) * (j + 1) % 7 for j in range(n)] for i in range(n)]
prod = multiply(hilbert_like, transpose(hilbert_like))
print("checksum", sum([sum(row) for row in prod]), prod[3][17], prod[29][29])
