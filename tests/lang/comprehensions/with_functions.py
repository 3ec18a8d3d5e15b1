# Comprehensions combined with builtins and functions.
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            return False
    return True
print([n for n in range(50) if is_prime(n)])
print(sum([n for n in range(100) if n % 3 == 0 or n % 5 == 0]))
print(max([len(w) for w in "comprehensions are concise".split()]))
print(sorted([w for w in "pear Apple fig banana".split()], key=str.lower))
print(dict([(w, len(w)) for w in ["x", "yy"]]))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
print(any([c.isdigit() for c in "abc1"]), all([c.isalpha() for c in "abc1"]))
words = ["level", "ftpy", "noon", "abc"]
print([w for w in words if w == w[::-1]])
print(sum([[i] * i for i in range(4)], []))
