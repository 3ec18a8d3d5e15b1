# Nested comprehensions.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row])
print([x for row in matrix for x in row if x % 2])
print([[x * 10 for x in row if x != 5] for row in matrix])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 20)
       if a * a + b * b == c * c])
print({r: [c for c in range(r)] for r in range(4)})
print([[1 if i == j else 0 for j in range(4)] for i in range(4)])
print([s for s in [w.strip(".,") for w in "Hi, there. Bye.".split()] if s])
print(["".join([c for c in w if c not in "aeiou"]) for w in ["banana", "apple", "sky"]])
