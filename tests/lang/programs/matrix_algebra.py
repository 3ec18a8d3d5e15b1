# A Matrix class with operator overloading, tuple indexing, iteration,
# equality and hashing rules, Fraction-free Gaussian elimination with
# exact integer arithmetic, and errors for mismatched shapes.


class ShapeError(ValueError):
    pass


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ShapeError("rows must be non-empty and equally long")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def __setitem__(self, pos, value):
        i, j = pos
        self.rows[i][j] = value

    def __iter__(self):
        for row in self.rows:
            yield from row

    def __len__(self):
        return self.shape[0] * self.shape[1]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __add__(self, other):
        if self.shape != other.shape:
            raise ShapeError(f"cannot add {self.shape} and {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __neg__(self):
        return Matrix([[-x for x in r] for r in self.rows])

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x * other for x in r] for r in self.rows])
        if self.shape[1] != other.shape[0]:
            raise ShapeError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result * base
            base = base * base
            n >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ShapeError("determinant needs a square matrix")
        a = [row[:] for row in self.rows]
        sign, prev = 1, 1
        for k in range(n - 1):
            if a[k][k] == 0:
                for r in range(k + 1, n):
                    if a[r][k]:
                        a[k], a[r] = a[r], a[k]
                        sign = -sign
                        break
                else:
                    return 0
            for i in range(k + 1, n):
                for j in range(k + 1, n):
                    a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) // prev
            prev = a[k][k]
        return sign * a[-1][-1]

    def __repr__(self):
        width = max(len(str(x)) for x in self)
        lines = ["[" + " ".join(str(x).rjust(width) for x in r) + "]" for r in self.rows]
        return "\n".join(lines)


A = Matrix([[2, 1], [1, 3]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A - B, A * B, 3 * A, A * 2, sep="\n--\n")
print(A.shape, len(A), A[1, 1], list(A), A == Matrix([[2, 1], [1, 3]]), A != B)
A[0, 0] = 5
print(A.transpose())
F = Matrix([[1, 1], [1, 0]])
print((F ** 30)[0, 1], (F ** 90)[0, 1])
M = Matrix([[2, -1, 0, 3], [1, 4, 2, -2], [0, 5, -3, 1], [7, 1, 1, 1]])
print("det", M.determinant(), Matrix.identity(5).determinant(), Matrix([[1, 2], [2, 4]]).determinant())
for bad in [lambda: A + Matrix([[1, 2, 3]]), lambda: A * Matrix([[1, 2, 3]]),
            lambda: Matrix([[1], [2, 3]]), lambda: {A: 1}, lambda: Matrix([[1, 2]]).determinant()]:
    try:
        bad()
    except (ShapeError, TypeError) as e:
        print(type(e).__name__, e)
